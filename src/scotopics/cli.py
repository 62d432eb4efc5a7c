"""The ``scotopics`` command line: analyse, classify or summarise text files.

Results go to stdout (a readable table or JSON lines), logs to stderr. Exit
codes: 0 all fine, 1 some inputs failed (each reported), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from . import __version__
from .api import example_text, load
from .exceptions import ScotopicsError
from .model import ThemeModel
from .results import DocumentAnalysis

__all__ = ["main"]

logger = logging.getLogger("scotopics.cli")


def _inputs(args: argparse.Namespace) -> Iterator[tuple[str, bytes | str]]:
    """(name, content) of each input: the example, stdin, files, or *.txt/*.md in folders."""
    if args.example:
        yield "example", example_text()
        return
    for raw in args.paths:
        if raw == "-":
            yield "-", sys.stdin.buffer.read()
            continue
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".md")) if path.is_dir() else [path]
        for file in files:
            try:
                yield str(file), file.read_bytes()
            except OSError as exc:
                yield str(file), exc  # type: ignore[misc]


def _format_analysis(name: str, doc: DocumentAnalysis) -> str:
    lines = [f"== {name}", "themes: " + ", ".join(f"{t} {w:.2f}" for t, w in doc.themes.items())]
    for p in doc.paragraphs:
        if p.kind != "text":
            continue
        tags = ", ".join(f"{t} {p.scores[t]:.2f}" for t in p.themes) or "(no theme)"
        snippet = p.text if len(p.text) <= 90 else p.text[:87] + "..."
        lines.append(f"  [{p.index}] {tags}\n      {snippet}")
    lines.append("key statements:")
    lines.extend(f"  ({k.score:.2f}) {k.text}" for k in doc.key_statements)
    return "\n".join(lines)


def _run(model: ThemeModel, command: str, name: str, content: bytes | str, args: argparse.Namespace) -> str:
    if command == "analyze":
        doc = model.analyze(content, n=args.n)
        return json.dumps({"id": name, **doc.to_dict()}, ensure_ascii=False) if args.format == "json" else _format_analysis(name, doc)
    if command == "summarize":
        statements = model.summarize(content, n=args.n if args.n is not None else 3)
        if args.format == "json":
            return json.dumps({"id": name, "key_statements": [k.to_dict() for k in statements]}, ensure_ascii=False)
        return "\n".join([f"== {name}"] + [f"  ({k.score:.2f}) {k.text}" for k in statements])
    (result,) = model.classify([content])
    if args.format == "json":
        return json.dumps({"id": name, **result.to_dict()}, ensure_ascii=False)
    return f"{name}\t" + (", ".join(f"{t} {result.scores[t]:.2f}" for t in result.themes) or "(no theme)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scotopics", description="Policy themes and key statements of diplomatic texts.")
    parser.add_argument("--version", action="version", version=f"scotopics {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr")
    parser.add_argument("--model", type=Path, default=None, help="a model file saved with model.save (default: bundled)")
    commands = parser.add_subparsers(dest="command", required=True)
    for command, text in (
        ("analyze", "themed paragraphs and key statements of each document"),
        ("summarize", "key statements of each document"),
        ("classify", "themes of each file taken as one paragraph"),
    ):
        sub = commands.add_parser(command, help=text, description=text)
        sub.add_argument("paths", nargs="*", help="files, folders (*.txt, *.md) or - for stdin")
        sub.add_argument("--example", action="store_true", help="use the example document shipped with scotopics")
        sub.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
        if command != "classify":
            sub.add_argument("-n", type=int, default=None, help="number of key statements")
    commands.add_parser("themes", help="list the taxonomy", description="list the taxonomy")
    for command, text in (
        ("train", "train a model on labelled data and save it"),
        ("evaluate", "cross-validate a model configuration on labelled data"),
    ):
        sub = commands.add_parser(command, help=text, description=text)
        sub.add_argument("data", type=Path, help="a corpus folder (training_data format), a .csv or a .jsonl file")
        sub.add_argument("--text-column", default="text", help="CSV column / JSONL field of the text (default: text)")
        sub.add_argument("--label-column", default="label", help="CSV column / JSONL field of the label (default: label)")
        sub.add_argument("--group-column", default=None, help="column of group ids (e.g. document ids) for grouped CV")
        sub.add_argument("--sep", default=None, help="CSV separator (default: sniffed from the header)")
        sub.add_argument("--label-sep", default=None, help="separator of several labels in one cell (multi-label)")
        sub.add_argument("--folds", type=int, default=5, help="cross-validation folds (default: 5)")
        if command == "train":
            sub.add_argument("--out", type=Path, required=True, help="where to write the model file")
            sub.add_argument("--evaluate", action="store_true", help="also cross-validate and store the figures in the model")
        else:
            sub.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    return parser


def _read_data(args: argparse.Namespace):
    from .readers import read_labelled

    return read_labelled(
        args.data, text_column=args.text_column, label_column=args.label_column, separator=args.sep,
        label_separator=args.label_sep, group_column=args.group_column,
    )


def _train_or_evaluate(args: argparse.Namespace) -> int:
    from .corpus import corpus_files, data_hash
    from .evaluation import evaluate
    from .training import train, train_documents

    data = _read_data(args)
    if args.command == "evaluate":
        report = evaluate(data.texts, data.labels, groups=data.groups, cv=args.folds)
        print(json.dumps(report.to_dict()) if args.format == "json" else report)
        return 0
    files = corpus_files(args.data) if args.data.is_dir() else [args.data]
    metadata = {"training_data_sha256": data_hash(files), "trained_on": str(args.data)}
    if args.evaluate:
        report = evaluate(data.texts, data.labels, groups=data.groups, cv=args.folds)
        metadata["evaluation"] = {"cv": {k: report.to_dict()[k] for k in ("micro_f1", "macro_f1", "exact_match", "folds", "grouped")}}
        logger.warning("cross-validation: micro-F1 %.3f, macro-F1 %.3f", report.micro_f1, report.macro_f1)
    if data.documents is not None:
        model = train_documents(args.data, metadata=metadata)
    else:
        model = train(data.texts, data.labels, groups=data.groups)
        model.metadata.update(metadata)
    print(model.save(args.out))
    return 0


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
    failures = 0
    for name, content in _inputs(args):
        try:
            if isinstance(content, OSError):
                raise content
            print(_run(model, args.command, name, content, args), flush=True)
        except (ScotopicsError, OSError) as exc:
            failures += 1
            print(f"scotopics: {name}: {exc}", file=sys.stderr)
    return 1 if failures else 0
