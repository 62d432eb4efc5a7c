"""Reading the command line's inputs: files, folders, JSON Lines and stdin, in the order given.

Text files are decoded with ``--encoding`` (default UTF-8); Markdown files are
read as their text (emphasis marks, link targets and heading marks dropped);
HTML files are passed on as HTML, which the library reads as its visible text.
A problem with one input (unreadable file, a JSONL line that is not JSON, a
bad date, a folder with nothing to read) becomes a :class:`Record` with a
``read_error``, reported on stderr while the other inputs still run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..exceptions import ParameterError
from ..io.corpus import numbered_lines
from ..overview import check_date
from .arguments import FOLDER_SUFFIXES


@dataclass(frozen=True, slots=True)
class Record:
    """One input document: an id, its content (or why it could not be read) and a date if known."""

    id: str
    content: str | bytes | None
    date: str | None = None
    read_error: str | None = None


# -- Markdown ---------------------------------------------------------------------

_MD_RULES = (
    (re.compile(r"^ {0,3}(?:[-*_] *){3,}$", re.MULTILINE), ""),  # horizontal rule
    (re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE), r"\1"),  # ATX heading
    (re.compile(r"^ {0,3}>\s?", re.MULTILINE), ""),  # block quote
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),  # comment
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image: its alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # link: its text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference link
    (re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+.*$", re.MULTILINE), ""),  # link definition
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # emphasis *x*
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # emphasis _x_
    (re.compile(r"^ {0,3}([*+])\s+", re.MULTILINE), "- "),  # list markers: one kind
)


def markdown_to_text(text: str) -> str:
    """The text of a Markdown document: headings, lists and paragraphs kept, markup dropped."""
    text = re.sub(r"^```.*?^```[^\n]*$", "", text, flags=re.MULTILINE | re.DOTALL)
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text


# -- reading inputs -------------------------------------------------------------


def _date(value: object, where: str) -> tuple[str | None, str | None]:
    """(date, None) or (None, error) for a record's date field."""
    if value is None or value == "":
        return None, None
    try:
        return check_date(value), None
    except ParameterError as exc:
        return None, f"{where}: {exc}"


def _jsonl_records(name: str, lines: Iterable[str], args: argparse.Namespace) -> Iterator[Record]:
    for number, line in numbered_lines(iter(lines)):
        fallback_id = f"{name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(fallback_id, None, read_error=f"line {number} is not JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield Record(fallback_id, None, read_error=f"line {number} is not a JSON object")
            continue
        if args.text_field not in row:
            yield Record(fallback_id, None, read_error=f"line {number} has no {args.text_field!r} field")
            continue
        record_id = str(row.get(args.id_field, fallback_id)) if args.id_field else fallback_id
        date, error = _date(row.get(args.date_field) if args.date_field else None, f"line {number}")
        yield Record(record_id, row[args.text_field], date, read_error=error)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnicodeDecodeError(
            exc.encoding, exc.object, exc.start, exc.end, f"not valid {encoding} (give --encoding?)"
        ) from None


def _file_records(path: Path, args: argparse.Namespace) -> Iterator[Record]:
    encoding = args.encoding or "utf-8"
    try:
        data = path.read_bytes()
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _jsonl_records(str(path), _decode(data, encoding).splitlines(), args)
        elif suffix == ".md":
            yield Record(str(path), markdown_to_text(_decode(data, encoding)))
        else:
            # Without --encoding the bytes go as they are: the library reads UTF-8 and says so when it is not.
            yield Record(str(path), _decode(data, encoding) if args.encoding else data)
    except (OSError, UnicodeDecodeError) as exc:
        yield Record(str(path), None, read_error=f"cannot read: {exc}")


def _folder_records(path: Path, args: argparse.Namespace) -> Iterator[Record]:
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
    if not files:
        wanted = ", ".join(f"*{suffix}" for suffix in FOLDER_SUFFIXES)
        yield Record(str(path), None, read_error=f"the folder holds no files to read ({wanted})")
    for file in files:
        yield from _file_records(file, args)


def records(args: argparse.Namespace) -> Iterator[Record]:
    """Input documents in the order given; folders in sorted path order."""
    if args.example:
        from ..api import example_text

        yield Record("example", example_text())
        return
    for raw in args.paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            if args.jsonl:
                text = data.decode(args.encoding or "utf-8", errors="replace")
                yield from _jsonl_records("stdin", text.splitlines(), args)
            else:
                yield Record("-", data.decode(args.encoding, errors="replace") if args.encoding else data)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _folder_records(path, args)
        else:
            yield from _file_records(path, args)
