"""The ``scotopics`` command line (also ``python -m scotopics``).

Inputs are files, folders (``*.txt`` and ``*.md``, recursive), JSON Lines
files (one record per line; ``--text-field``, ids passed through with
``--id-field``) and stdin (``-``). Results go to stdout as JSON lines (the
default), CSV or a readable table; logs and progress go to stderr. Exit codes:
0 all fine, 1 some inputs failed (each reported), 2 usage error.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .api import example_text, load
from .batch import Failure
from .corpus import numbered_lines
from .exceptions import ScotopicsError
from .model import ThemeModel
from .results import DocumentAnalysis, ParagraphResult

__all__ = ["main"]

logger = logging.getLogger("scotopics.cli")

_DOCUMENT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True, slots=True)
class Record:
    """One input document: an id, its content (or why it could not be read) and a date if known."""

    id: str
    content: str | bytes | None
    date: str | None = None
    read_error: str | None = None


# -- reading inputs -------------------------------------------------------------


def _jsonl_records(name: str, lines: Iterator[str], args: argparse.Namespace) -> Iterator[Record]:
    for number, line in numbered_lines(lines):
        fallback_id = f"{name}:{number}"
        try:
            row = json.loads(line)
            text = row[args.text_field]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            yield Record(
                fallback_id, None, read_error=f"line {number}: no {args.text_field!r} field in a JSON object ({exc})"
            )
            continue
        record_id = str(row.get(args.id_field, fallback_id)) if args.id_field else fallback_id
        date = row.get(args.date_field) if args.date_field else None
        yield Record(record_id, text, str(date) if date else None)


def _file_records(path: Path, args: argparse.Namespace) -> Iterator[Record]:
    try:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                yield from _jsonl_records(str(path), handle, args)
            return
        yield Record(str(path), path.read_bytes())
    except (OSError, UnicodeDecodeError) as exc:
        yield Record(str(path), None, read_error=f"cannot read: {exc}")


def _records(args: argparse.Namespace) -> Iterator[Record]:
    """Input documents in the order given; folders in sorted path order."""
    if args.example:
        yield Record("example", example_text())
        return
    for raw in args.paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            if args.jsonl:
                yield from _jsonl_records("stdin", iter(data.decode("utf-8", errors="replace").splitlines()), args)
            else:
                yield Record("-", data)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix in _DOCUMENT_SUFFIXES + (".jsonl",)
            ):
                yield from _file_records(file, args)
        else:
            yield from _file_records(path, args)


# -- output ------------------------------------------------------------------------


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _table(record_id: str, result: Any, command: str) -> str:
    if command == "classify":
        tags = ", ".join(f"{t} {result.scores[t]:.2f}" for t in result.themes) or "(no theme)"
        return f"{record_id}\t{tags}" + "".join(f"\n  {line}" for line in _because(result))
    if command == "summarize":
        return "\n".join([f"== {record_id}"] + [f"  ({k.score:.2f}) {k.text}" for k in result])
    lines = [f"== {record_id}", "themes: " + ", ".join(f"{t} {w:.2f}" for t, w in result.themes.items())]
    if result.language not in ("en", "und"):
        lines.append(f"language: {result.language} (not read by this model: no themes)")
    for p in result.paragraphs:
        if p.kind == "text":
            tags = ", ".join(f"{t} {p.scores[t]:.2f}" for t in p.themes) or "(no theme)"
            lines.append(f"  [{p.index}] {tags}\n      {_short(p.text)}")
            lines.extend(f"      {line}" for line in _because(p))
    lines.append("key statements:")
    for k in result.key_statements:
        who = f" [{k.kind}; {k.speaker or 'unattributed'}{', ' + k.verb if k.verb else ''}]"
        lines.append(f"  ({k.score:.2f}) {k.text}{who}")
    return "\n".join(lines)


def _because(result: ParagraphResult) -> list[str]:
    """'because:' lines of an explained result (none when it was not explained)."""
    return [
        f"{theme} because: " + ", ".join(term for term, _ in terms) for theme, terms in result.evidence.items() if terms
    ]


def _json(record_id: str, result: Any) -> str:
    payload = {"key_statements": [k.to_dict() for k in result]} if isinstance(result, list) else result.to_dict()
    return json.dumps({"id": record_id, **payload}, ensure_ascii=False)


class _CsvOutput:
    """One CSV with a header for the command: rows per text, paragraph or statement."""

    def __init__(self, command: str, themes: tuple[str, ...]) -> None:
        self.command = command
        self.themes = themes
        self.writer = csv.writer(sys.stdout, lineterminator="\n")
        header = {
            "classify": ["id", "themes", *themes],
            "analyze": ["id", "paragraph", "kind", "language", "themes", "key_statements", "text"],
            "summarize": ["id", "paragraph", "sentence", "score", "text"],
        }[command]
        self.writer.writerow(header)

    def write(self, record_id: str, result: Any) -> None:
        if self.command == "classify":
            self.writer.writerow(
                [record_id, "|".join(result.themes), *(f"{result.scores.get(t, 0.0):.4f}" for t in self.themes)]
            )
        elif self.command == "summarize":
            for k in result:
                self.writer.writerow([record_id, k.paragraph, k.sentence, f"{k.score:.4f}", k.text])
        else:
            keys: dict[int, list[str]] = {}
            for k in result.key_statements:
                keys.setdefault(k.paragraph, []).append(k.text)
            for p in result.paragraphs:
                self.writer.writerow(
                    [
                        record_id,
                        p.index,
                        p.kind,
                        p.language,
                        "|".join(p.themes),
                        " | ".join(keys.get(p.index, [])),
                        p.text,
                    ]
                )


# -- commands ----------------------------------------------------------------------


def _results(model: ThemeModel, args: argparse.Namespace, command: str) -> Iterator[tuple[Record, Any]]:
    """(record, result or Failure) for every input, in input order."""
    pending: deque[Record] = deque()

    def contents() -> Iterator[Any]:
        for record in _records(args):
            pending.append(record)
            yield record.content

    options = {"n_jobs": args.n_jobs, "progress": args.progress}
    explain = getattr(args, "explain", False)
    if command == "classify":
        stream = model.iter_classify(contents(), explain=explain, **options)
    elif command == "summarize":
        from .batch import iter_results

        stream = iter_results(model, "summarize", contents(), options={"n": 3 if args.n is None else args.n}, **options)
    else:
        stream = model.iter_analyze(contents(), n=args.n, explain=explain, **options)
    for result in stream:
        yield pending.popleft(), result


def _report_failure(record: Record, result: Failure) -> None:
    print(f"scotopics: {record.id}: {record.read_error or result.message}", file=sys.stderr)


def _run_documents(model: ThemeModel, args: argparse.Namespace) -> int:
    command = args.command
    output = _CsvOutput(command, model.themes) if args.format == "csv" else None
    failures = 0
    for record, result in _results(model, args, command):
        if isinstance(result, Failure):
            failures += 1
            _report_failure(record, result)
        elif output is not None:
            output.write(record.id, result)
        else:
            print(_json(record.id, result) if args.format == "json" else _table(record.id, result, command), flush=True)
    return 1 if failures else 0


def _run_corpus(model: ThemeModel, args: argparse.Namespace) -> int:
    from .overview import find_date, theme_overview

    failures = 0
    records: list[tuple[str, DocumentAnalysis, str | None]] = []
    for record, result in _results(model, args, "analyze"):
        if isinstance(result, Failure):
            failures += 1
            _report_failure(record, result)
            continue
        date = record.date
        if date is None and isinstance(record.content, (str, bytes)):
            text = (
                record.content.decode("utf-8", errors="replace")
                if isinstance(record.content, bytes)
                else record.content
            )
            date = find_date(text)
        records.append((record.id, result, date))
    table = theme_overview(records, model.themes, by=args.by)
    if args.format == "json":
        for row in table.rows:
            print(json.dumps(row, ensure_ascii=False))
    elif args.format == "table":
        print("\t".join(table.columns))
        for row in table.rows:
            print("\t".join(str(row[c]) for c in table.columns))
    else:
        sys.stdout.write(table.to_csv())
    if args.plot:
        if args.by != "month":
            print("scotopics: --plot needs --by month", file=sys.stderr)
            return 2
        logger.info("plot written to %s", table.plot(args.plot))
    return 1 if failures else 0


def _run_report(model: ThemeModel, args: argparse.Namespace) -> int:
    from .overview import find_date, theme_overview
    from .report import corpus_report, document_report

    failures = 0
    analysed: list[tuple[Record, DocumentAnalysis]] = []
    for record, result in _results(model, args, "analyze"):
        if isinstance(result, Failure):
            failures += 1
            _report_failure(record, result)
        else:
            analysed.append((record, result))
    if not analysed:
        return 1
    if args.corpus or len(analysed) > 1:
        records = []
        for record, analysis in analysed:
            text = (
                record.content.decode("utf-8", errors="replace")
                if isinstance(record.content, bytes)
                else record.content
            )
            records.append((record.id, analysis, record.date or find_date(text or "")))
        table = theme_overview(records, model.themes, by="month")
        plot = None
        if table.rows:
            try:
                import tempfile

                plot = Path(tempfile.mkdtemp()) / "themes.png"
                table.plot(plot)
            except ImportError as exc:
                logger.warning("%s: the report has no plot", exc)
                plot = None
        page = corpus_report(table, plot=plot)
    else:
        page = document_report(analysed[0][1], themes=list(model.themes))
    if args.html:
        args.html.write_text(page, encoding="utf-8")
        logger.info("report written to %s", args.html)
    else:
        sys.stdout.write(page)
    return 1 if failures else 0


def _train_or_evaluate(args: argparse.Namespace) -> int:
    from .corpus import corpus_files, data_hash
    from .evaluation import evaluate
    from .readers import read_labelled
    from .training import train, train_documents

    data = read_labelled(
        args.data,
        text_column=args.text_column,
        label_column=args.label_column,
        separator=args.sep,
        label_separator=args.label_sep,
        group_column=args.group_column,
    )
    if args.command == "evaluate":
        report = evaluate(data.texts, data.labels, groups=data.groups, cv=args.folds)
        print(json.dumps(report.to_dict()) if args.format == "json" else report)
        return 0
    files = corpus_files(args.data) if args.data.is_dir() else [args.data]
    metadata: dict[str, Any] = {"training_data_sha256": data_hash(files), "trained_on": str(args.data)}
    if args.evaluate:
        report = evaluate(data.texts, data.labels, groups=data.groups, cv=args.folds)
        metadata["evaluation"] = {
            "cv": {k: report.to_dict()[k] for k in ("micro_f1", "macro_f1", "exact_match", "folds", "grouped")}
        }
        logger.warning("cross-validation: micro-F1 %.3f, macro-F1 %.3f", report.micro_f1, report.macro_f1)
    if data.documents is not None:
        model = train_documents(args.data, metadata=metadata)
    else:
        model = train(data.texts, data.labels, groups=data.groups)
        model.metadata.update(metadata)
    print(model.save(args.out))
    return 0


# -- arguments -----------------------------------------------------------------------


def _add_input_arguments(sub: argparse.ArgumentParser, default_format: str, formats: tuple[str, ...]) -> None:
    sub.add_argument("paths", nargs="*", help="files, folders (*.txt, *.md, *.jsonl), JSONL files, or - for stdin")
    sub.add_argument("--example", action="store_true", help="use the example document shipped with scotopics")
    sub.add_argument("--jsonl", action="store_true", help="read stdin as JSON Lines records")
    sub.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    sub.add_argument("--id-field", default="id", help="JSONL field passed through as the id (default: id)")
    sub.add_argument(
        "--format", choices=formats, default=default_format, help=f"output format (default: {default_format})"
    )
    sub.add_argument("--n-jobs", type=int, default=None, help="parallel jobs (default: serial; -1: all cores)")
    sub.add_argument("--progress", action="store_true", help="show a progress bar on stderr (needs tqdm)")
    sub.set_defaults(date_field=None)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scotopics", description="Policy themes and key statements of diplomatic texts."
    )
    parser.add_argument("--version", action="version", version=f"scotopics {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr")
    parser.add_argument(
        "--model", type=Path, default=None, help="a model file saved with model.save (default: bundled)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for command, text in (
        ("analyze", "themed paragraphs and key statements of each document"),
        ("summarize", "key statements of each document"),
        ("classify", "themes of each input taken as one paragraph"),
    ):
        sub = commands.add_parser(command, help=text, description=text)
        _add_input_arguments(sub, "json", ("json", "csv", "table"))
        if command != "summarize":
            sub.add_argument("--explain", action="store_true", help="show the terms behind each theme")
        if command != "classify":
            sub.add_argument("-n", type=int, default=None, help="number of key statements")
        else:
            sub.set_defaults(n=None)
    sub = commands.add_parser(
        "corpus", help="theme shares per document or per month", description="theme shares per document or per month"
    )
    _add_input_arguments(sub, "csv", ("csv", "json", "table"))
    sub.add_argument(
        "--date-field", default="date", help="JSONL field holding the date (else the first date in the text)"
    )
    sub.add_argument("--by", choices=("document", "month"), default="document", help="rows per document or per month")
    sub.add_argument("--plot", type=Path, default=None, help="write a PNG of theme shares per month (needs matplotlib)")
    sub.set_defaults(n=None)
    sub = commands.add_parser("report", help="a readable HTML report", description="a readable HTML report")
    _add_input_arguments(sub, "html", ("html",))
    sub.add_argument("--html", type=Path, default=None, help="write the page here (default: stdout)")
    sub.add_argument("--corpus", action="store_true", help="a report of theme shares per month over all inputs")
    sub.add_argument(
        "--date-field", default="date", help="JSONL field holding the date (else the first date in the text)"
    )
    sub.set_defaults(n=None)
    commands.add_parser("themes", help="list the taxonomy", description="list the taxonomy")
    for command, text in (
        ("train", "train a model on labelled data and save it"),
        ("evaluate", "cross-validate a model configuration on labelled data"),
    ):
        sub = commands.add_parser(command, help=text, description=text)
        sub.add_argument("data", type=Path, help="a corpus folder (training_data format), a .csv or a .jsonl file")
        sub.add_argument("--text-column", default="text", help="CSV column / JSONL field of the text (default: text)")
        sub.add_argument(
            "--label-column", default="label", help="CSV column / JSONL field of the label (default: label)"
        )
        sub.add_argument("--group-column", default=None, help="column of group ids (e.g. document ids) for grouped CV")
        sub.add_argument("--sep", default=None, help="CSV separator (default: sniffed from the header)")
        sub.add_argument("--label-sep", default=None, help="separator of several labels in one cell (multi-label)")
        sub.add_argument("--folds", type=int, default=5, help="cross-validation folds (default: 5)")
        if command == "train":
            sub.add_argument("--out", type=Path, required=True, help="where to write the model file")
            sub.add_argument(
                "--evaluate", action="store_true", help="also cross-validate and store the figures in the model"
            )
        else:
            sub.add_argument(
                "--format", choices=("table", "json"), default="table", help="output format (default: table)"
            )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2), format="%(levelname)s %(name)s: %(message)s")
    if args.command in ("train", "evaluate"):
        try:
            return _train_or_evaluate(args)
        except (ScotopicsError, OSError) as exc:
            print(f"scotopics: {exc}", file=sys.stderr)
            return 1
    try:
        model = load(args.model)
    except ScotopicsError as exc:
        print(f"scotopics: {exc}", file=sys.stderr)
        return 2
    if args.command == "themes":
        for theme in model.taxonomy:
            print(f"{theme.id}\t{theme.name}")
        return 0
    if not args.paths and not args.example:
        parser.error(f"{args.command}: give files, folders, - for stdin, or --example")
    if args.n_jobs is not None and args.n_jobs == 0:
        parser.error("--n-jobs must not be 0")
    try:
        return _dispatch(model, args)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _dispatch(model: ThemeModel, args: argparse.Namespace) -> int:
    try:
        if args.command == "corpus":
            return _run_corpus(model, args)
        if args.command == "report":
            return _run_report(model, args)
        return _run_documents(model, args)
    except ImportError as exc:
        print(f"scotopics: {exc}", file=sys.stderr)
        return 2
