"""Batch throughput (serial, 2 processes, Dask) and the memory of streaming.

    python benchmarks/batch.py [--documents 2000] [--paragraphs 1000000]

Documents are the test documents, repeated with a running number so that
each is distinct. The streaming figure runs in a fresh process: it classifies
``--paragraphs`` paragraphs read from a generator through ``iter_classify``
and reports the process's peak RSS, which should not grow with the count.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from _common import documents, print_table, write_results

STREAM = """
import resource, sys, time
sys.path.insert(0, {bench!r})
import scotopics
from _common import documents, paragraph_table, peak_rss_mb
texts, _, _ = paragraph_table(documents("documents"))
count = int(sys.argv[1])
model = scotopics.load()
def paragraphs():
    for i in range(count):
        yield f"{{texts[i % len(texts)]}} ({{i}})"
started = time.perf_counter()
done = sum(1 for _ in model.iter_classify(paragraphs()))
seconds = time.perf_counter() - started
print(done, seconds, peak_rss_mb())
"""


def throughput(model, texts, **options) -> float:
    started = time.perf_counter()
    results = model.analyze_many(texts, **options)
    assert len(results) == len(texts)
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    import scotopics

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--paragraphs", type=int, default=1_000_000)
    args = parser.parse_args()
    base = [d.text for d in documents("test")]
    texts = [f"{base[i % len(base)]}\n\nReference {i}." for i in range(args.documents)]
    model = scotopics.load()
    rows, results = [], {"documents": args.documents}
    results["serial_docs_per_s"] = throughput(model, texts)
    rows.append(["analyze_many, serial (n_jobs=None)", f"{results['serial_docs_per_s']:.1f} documents/s"])
    results["n_jobs_2_docs_per_s"] = throughput(model, texts, n_jobs=2, batch_size=64)
    rows.append(["analyze_many, n_jobs=2 (loky processes)", f"{results['n_jobs_2_docs_per_s']:.1f} documents/s"])
    small = texts[:100]
    results["serial_100_docs_per_s"] = throughput(model, small)
    results["n_jobs_2_100_docs_per_s"] = throughput(model, small, n_jobs=2, batch_size=64)
    rows.append(
        [
            "100 documents: serial / n_jobs=2",
            f"{results['serial_100_docs_per_s']:.1f} / {results['n_jobs_2_100_docs_per_s']:.1f} documents/s",
        ]
    )
    try:
        import joblib
        from distributed import Client, LocalCluster

        with (
            LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
            Client(cluster),
            joblib.parallel_config(backend="dask"),
        ):
            results["dask_docs_per_s"] = throughput(model, texts, n_jobs=-1, batch_size=64)
        rows.append(
            ["analyze_many, Dask LocalCluster (2 worker processes)", f"{results['dask_docs_per_s']:.1f} documents/s"]
        )
    except ImportError:
        print("dask.distributed is not installed (pip install 'scotopics[dask]'): Dask row skipped")
    bench = str(__import__("pathlib").Path(__file__).resolve().parent)
    output = subprocess.run(
        [sys.executable, "-c", STREAM.format(bench=bench), str(args.paragraphs)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    done, seconds, peak = int(output[0]), float(output[1]), float(output[2])
    results.update(stream_paragraphs=done, stream_seconds=seconds, stream_peak_rss_mb=peak)
    rows.append(
        [
            f"iter_classify over {done:,} paragraphs from a generator",
            f"{done / seconds:,.0f} paragraphs/s, peak RSS {peak:.0f} MB",
        ]
    )
    print_table(["measure", "value"], rows)
    print(write_results("batch", results))


if __name__ == "__main__":
    main()
