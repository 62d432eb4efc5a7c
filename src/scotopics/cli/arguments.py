"""The command line's argument parser.

A usage error (a bad option, a missing argument, ``-n -3``) prints one line
naming the problem, with a pointer to ``--help``, and exits with status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from .._version import __version__

#: Suffixes of the files read from a folder.
FOLDER_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")

_EPILOG = "Exit status: 0 all inputs done, 1 some inputs failed (each reported on stderr), 2 usage error."


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _whole_number(minimum: int, what: str):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{what}, got {value}")
        return value

    return parse


def _n_jobs(text: str) -> int:
    value = _whole_number(-(10**6), "")(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must not be 0 (use 1 for serial, -1 for all cores)")
    return value


def _themes(text: str) -> list[str]:
    themes = [part.strip() for part in text.split(",") if part.strip()]
    if not themes:
        raise argparse.ArgumentTypeError("expected theme ids separated by commas, e.g. health,economy")
    return themes


_COUNT = _whole_number(0, "must be zero or more")
_POSITIVE = _whole_number(1, "must be 1 or more")


def _add_input_arguments(sub: argparse.ArgumentParser, default_format: str, formats: tuple[str, ...]) -> None:
    inputs = sub.add_argument_group("inputs")
    inputs.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders (read recursively: *.txt, *.md, *.html, *.htm, *.jsonl), or - for stdin",
    )
    inputs.add_argument("--example", action="store_true", help="use the example document shipped with scotopics")
    inputs.add_argument(
        "--encoding", default=None, metavar="NAME", help="encoding of text files and stdin (default: UTF-8)"
    )
    inputs.add_argument("--jsonl", action="store_true", help="read stdin as JSON Lines records")
    inputs.add_argument(
        "--text-field", default="text", metavar="NAME", help="JSONL field holding the text (default: text)"
    )
    inputs.add_argument(
        "--id-field", default="id", metavar="NAME", help="JSONL field passed through as the id (default: id)"
    )
    output = sub.add_argument_group("output and speed")
    output.add_argument(
        "--format", choices=formats, default=default_format, help=f"output format (default: {default_format})"
    )
    output.add_argument(
        "--n-jobs", type=_n_jobs, default=None, metavar="N", help="parallel jobs (default: serial; -1: all cores)"
    )
    output.add_argument("--progress", action="store_true", help="show a progress bar on stderr (needs tqdm)")
    sub.set_defaults(date_field=None, n=None, by_theme=False, themes=None, words=None, explain=False)


def _add_date_field(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--date-field",
        default="date",
        metavar="NAME",
        help="JSONL field holding the date, YYYY-MM-DD or YYYY-MM (default: date; else the first date in the text)",
    )


def _add_document_commands(commands) -> None:
    for command, text in (
        ("analyze", "themed paragraphs and key statements of each document"),
        ("summarize", "key statements of each document, with speaker, verb and kind"),
        ("classify", "themes of each input, taken as one paragraph"),
    ):
        sub = commands.add_parser(command, help=text, description=text[0].upper() + text[1:] + ".", epilog=_EPILOG)
        _add_input_arguments(sub, "json", ("json", "csv", "table"))
        if command != "summarize":
            sub.add_argument("--explain", action="store_true", help="show the terms behind each theme")
        if command == "analyze":
            sub.add_argument(
                "-n",
                type=_COUNT,
                default=None,
                help="number of key statements (default: automatic; 0: themes only, faster)",
            )
        if command == "summarize":
            sub.add_argument("-n", type=_COUNT, default=None, help="number of key statements (default: 3)")
            sub.add_argument(
                "--themes",
                type=_themes,
                default=None,
                metavar="IDS",
                help="only statements about these themes, e.g. health,economy",
            )
            sub.add_argument("--words", type=_POSITIVE, default=None, metavar="N", help="a length budget in words")
            sub.add_argument(
                "--by-theme", action="store_true", help="the best -n statements (default 1) for each theme found"
            )


def _add_collection_commands(commands) -> None:
    text = "theme shares (of tagged content) per document or per month"
    sub = commands.add_parser("corpus", help=text, description=text[0].upper() + text[1:] + ".", epilog=_EPILOG)
    _add_input_arguments(sub, "csv", ("csv", "json", "table"))
    _add_date_field(sub)
    sub.add_argument("--by", choices=("document", "month"), default="document", help="rows per document or per month")
    sub.add_argument(
        "--plot",
        type=Path,
        default=None,
        metavar="PNG",
        help="write a PNG of theme shares per month (needs matplotlib)",
    )
    text = "A readable HTML report: one section per document, or theme shares over time with --corpus."
    sub = commands.add_parser("report", help="a readable HTML report", description=text, epilog=_EPILOG)
    _add_input_arguments(sub, "html", ("html",))
    sub.add_argument("--html", type=Path, default=None, metavar="FILE", help="write the page here (default: stdout)")
    sub.add_argument(
        "--corpus", action="store_true", help="one page of theme shares per month over all inputs, with a plot"
    )
    _add_date_field(sub)


def _add_training_commands(commands) -> None:
    for command, text in (
        ("train", "train a model on labelled data and save it"),
        ("evaluate", "cross-validate a model configuration on labelled data"),
    ):
        sub = commands.add_parser(command, help=text, description=text[0].upper() + text[1:] + ".", epilog=_EPILOG)
        sub.add_argument("data", type=Path, help="a corpus folder (training_data format), a .csv or a .jsonl file")
        sub.add_argument(
            "--text-column", default="text", metavar="NAME", help="CSV column / JSONL field of the text (default: text)"
        )
        sub.add_argument(
            "--label-column",
            default="label",
            metavar="NAME",
            help="CSV column / JSONL field of the label (default: label)",
        )
        sub.add_argument(
            "--group-column",
            default=None,
            metavar="NAME",
            help="column of group ids (e.g. document ids) for grouped CV",
        )
        sub.add_argument("--sep", default=None, metavar="TEXT", help="CSV separator (default: sniffed from the header)")
        sub.add_argument(
            "--label-sep", default=None, metavar="TEXT", help="separator of several labels in one cell (multi-label)"
        )
        sub.add_argument(
            "--folds",
            type=_whole_number(2, "must be 2 or more"),
            default=5,
            metavar="K",
            help="cross-validation folds (default: 5)",
        )
        if command == "train":
            sub.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to write the model file")
            sub.add_argument(
                "--evaluate", action="store_true", help="also cross-validate and store the figures in the model"
            )
        else:
            sub.add_argument(
                "--format", choices=("table", "json"), default="table", help="output format (default: table)"
            )


def parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="scotopics",
        description="Policy themes and key statements of diplomatic texts.",
        epilog=_EPILOG + " Run 'scotopics COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"scotopics {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr")
    parser.add_argument(
        "--model",
        type=Path,
        default=None,
        metavar="FILE",
        help="a model file saved with model.save (default: the bundled model)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_document_commands(commands)
    _add_collection_commands(commands)
    commands.add_parser("themes", help="list the taxonomy", description="List the taxonomy: theme id and name.")
    _add_training_commands(commands)
    return parser


def usage_error(message: str) -> int:
    """Report a usage error found after parsing: one line on stderr; returns exit status 2."""
    print(f"scotopics: error: {message} (see scotopics --help)", file=sys.stderr)
    return 2
