"""The command line's argument parser."""

from __future__ import annotations

import argparse
from pathlib import Path

from .._version import __version__


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


def parser() -> argparse.ArgumentParser:
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
