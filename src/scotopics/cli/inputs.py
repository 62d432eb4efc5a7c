"""Reading the command line's inputs: files, folders, JSON Lines and stdin, in the order given."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..api import example_text
from ..io.corpus import numbered_lines

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


def records(args: argparse.Namespace) -> Iterator[Record]:
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
