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
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2), format="%(levelname)s %(name)s: %(message)s")
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
