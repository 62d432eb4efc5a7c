"""The command line's commands, each from parsed arguments to an exit code."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..batch import Failure
from ..exceptions import ScotopicsError
from ..model import ThemeModel
from ..results import DocumentAnalysis
from .inputs import Record, records
from .outputs import CsvOutput, as_json, table

logger = logging.getLogger("scotopics.cli")


def _by_theme(model: ThemeModel, contents: Iterator[Any], n: int) -> Iterator[Any]:
    for index, content in enumerate(contents):
        try:
            yield model.summarize_by_theme(content, n=n)
        except ScotopicsError as exc:
            yield Failure(index, type(exc).__name__, str(exc))


def _results(model: ThemeModel, args: argparse.Namespace, command: str) -> Iterator[tuple[Record, Any]]:
    """(record, result or Failure) for every input, in input order."""
    pending: deque[Record] = deque()

    def contents() -> Iterator[Any]:
        for record in records(args):
            pending.append(record)
            yield None if record.read_error else record.content

    options = {"n_jobs": args.n_jobs, "progress": args.progress}
    stream: Iterator[Any]
    if command == "classify":
        stream = model.iter_classify(contents(), explain=args.explain, **options)
    elif command == "summarize" and args.by_theme:
        stream = _by_theme(model, contents(), 1 if args.n is None else args.n)
    elif command == "summarize":
        from ..batch import iter_results

        n = args.n if args.n is not None else (None if args.words else 3)
        summary = {"n": n, "themes": args.themes, "words": args.words}
        stream = iter_results(model, "summarize", contents(), options=summary, **options)
    else:
        stream = model.iter_analyze(contents(), n=args.n, explain=args.explain, **options)
    for result in stream:
        record = pending.popleft()
        if isinstance(result, DocumentAnalysis):
            result = dataclasses.replace(result, id=record.id)
        yield record, result


def _report_failure(record: Record, result: Failure) -> None:
    print(f"scotopics: {record.id}: {record.read_error or result.message}", file=sys.stderr)


def _analysed(model: ThemeModel, args: argparse.Namespace) -> tuple[list[tuple[Record, DocumentAnalysis]], int]:
    """Analyses of the inputs that worked, and the number that failed (each reported)."""
    failures = 0
    analysed: list[tuple[Record, DocumentAnalysis]] = []
    for record, result in _results(model, args, "analyze"):
        if isinstance(result, Failure):
            failures += 1
            _report_failure(record, result)
        else:
            analysed.append((record, result))
    return analysed, failures


def _dated(analysed: list[tuple[Record, DocumentAnalysis]]) -> list[tuple[str, DocumentAnalysis, str | None]]:
    """(id, analysis, date) with dates from the record, else the first date written in the text."""
    from ..overview import find_date

    out = []
    for record, analysis in analysed:
        content = record.content
        text = content.decode("utf-8", errors="replace") if isinstance(content, bytes) else content
        out.append((record.id, analysis, record.date or find_date(text or "")))
    return out


def run_documents(model: ThemeModel, args: argparse.Namespace) -> int:
    command = args.command
    output = CsvOutput(command, model.themes) if args.format == "csv" else None
    failures = 0
    for record, result in _results(model, args, command):
        if isinstance(result, Failure):
            failures += 1
            _report_failure(record, result)
        elif output is not None:
            output.write(record.id, result)
        elif args.format == "json":
            print(as_json(record.id, result), flush=True)
        else:
            print(table(record.id, result, command, model.languages), flush=True)
    return 1 if failures else 0


def run_corpus(model: ThemeModel, args: argparse.Namespace) -> int:
    from ..overview import theme_overview

    analysed, failures = _analysed(model, args)
    table = theme_overview(_dated(analysed), model.themes, by=args.by)
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
        names = {t.id: t.name for t in model.taxonomy}
        logger.info("plot written to %s", table.plot(args.plot, names=names))
    return 1 if failures or not analysed else 0


def run_report(model: ThemeModel, args: argparse.Namespace) -> int:
    from ..overview import theme_overview
    from ..report import corpus_report, document_report, documents_report

    analysed, failures = _analysed(model, args)
    if not analysed:
        return 1
    names = {t.id: t.name for t in model.taxonomy}
    if args.corpus:
        table = theme_overview(_dated(analysed), model.themes, by="month")
        plot = None
        if any(row["month"] != "undated" for row in table.rows):
            try:
                import tempfile

                plot = Path(tempfile.mkdtemp()) / "themes.png"
                table.plot(plot, names=names)
            except ImportError as exc:
                logger.warning("%s: the report has no plot", exc)
                plot = None
        page = corpus_report(table, plot=plot, names=names)
    elif len(analysed) == 1:
        page = document_report(analysed[0][1], themes=list(model.themes), names=names)
    else:
        page = documents_report([a for _, a in analysed], themes=list(model.themes), names=names)
    if args.html:
        args.html.write_text(page, encoding="utf-8")
        logger.info("report written to %s", args.html)
    else:
        sys.stdout.write(page)
    return 1 if failures else 0


def train_or_evaluate(args: argparse.Namespace) -> int:
    from ..api import train, train_documents
    from ..io.corpus import corpus_files, data_hash
    from ..io.readers import read_labelled
    from ..training.evaluation import evaluate, small_data_note

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
    note = small_data_note(data.texts, data.labels)
    if note:
        print(f"scotopics: warning: {note}", file=sys.stderr)
    print(model.save(args.out))
    return 0
