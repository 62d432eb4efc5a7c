"""Reading labelled data for training and evaluation: CSV, JSON Lines, or our corpus format.

:func:`read_labelled` returns texts, labels and (optionally) groups from

- a corpus folder or file in the ``training_data`` format (one document per
  line with labelled paragraphs; groups are document ids);
- a ``.csv``/``.tsv`` file with a text and a label column (the separator is
  sniffed: ``,``, ``;`` or tab);
- a ``.jsonl`` file of objects with a text and a label field.

A label cell may hold several labels joined by ``label_separator`` (CSV) or be
a list (JSON Lines); then the data is multi-label.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..exceptions import CorpusError
from ..io.corpus import CorpusDocument, numbered_lines, read_documents

__all__ = ["LabelledData", "read_labelled"]


@dataclass(frozen=True, slots=True)
class LabelledData:
    """Texts with one label (str) or a list of labels each, and optional group ids."""

    texts: list[str]
    labels: list[Any]
    groups: list[str] | None = None
    documents: list[CorpusDocument] | None = None  # set for corpus-format input

    def __len__(self) -> int:
        return len(self.texts)


def _is_corpus(path: Path) -> bool:
    if path.is_dir():
        return True
    if path.suffix != ".jsonl":
        return False
    with path.open(encoding="utf-8") as handle:
        first = next((line for line in handle if line.strip()), "")
    try:
        return isinstance(json.loads(first), dict) and "paragraphs" in json.loads(first)
    except json.JSONDecodeError:
        return False


def _split(value: str, label_separator: str | None) -> Any:
    if label_separator is None:
        return value.strip()
    return [part.strip() for part in value.split(label_separator) if part.strip()]


def _read_csv(
    path: Path,
    text_column: str,
    label_column: str,
    separator: str | None,
    label_separator: str | None,
    group_column: str | None,
) -> LabelledData:
    with path.open(encoding="utf-8", newline="") as handle:
        sample = handle.read(65536)
        handle.seek(0)
        if separator is None:
            header = sample.splitlines()[0] if sample else ""
            separator = max(("\t", ";", ","), key=header.count)
        reader = csv.DictReader(handle, delimiter=separator)
        missing = [c for c in (text_column, label_column, group_column) if c and c not in (reader.fieldnames or [])]
        if missing:
            raise CorpusError(f"{path}: no column {', '.join(map(repr, missing))}; columns are {reader.fieldnames}")
        texts, labels, groups = [], [], []
        for row in reader:
            texts.append(row[text_column] or "")
            labels.append(_split(row[label_column] or "", label_separator))
            if group_column:
                groups.append(row[group_column])
    return LabelledData(texts, labels, groups or None)


def _read_jsonl(path: Path, text_column: str, label_column: str, group_column: str | None) -> LabelledData:
    texts, labels, groups = [], [], []
    with path.open(encoding="utf-8") as handle:
        for number, line in numbered_lines(handle):
            try:
                row = json.loads(line)
                texts.append(row[text_column])
                label = row[label_column]
                labels.append(list(label) if isinstance(label, list) else str(label))
                if group_column:
                    groups.append(str(row[group_column]))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise CorpusError(
                    f"{path}:{number}: needs fields {text_column!r} and {label_column!r} ({exc})"
                ) from None
    return LabelledData(texts, labels, groups or None)


def read_labelled(
    path: str | Path,
    *,
    text_column: str = "text",
    label_column: str = "label",
    separator: str | None = None,
    label_separator: str | None = None,
    group_column: str | None = None,
) -> LabelledData:
    """Texts, labels and groups from a CSV, JSON Lines or corpus-format path."""
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"no data at {path}")
    if _is_corpus(path):
        documents = read_documents(path)
        return LabelledData(
            texts=[p.text for d in documents for p in d.paragraphs],
            labels=[list(p.themes) for d in documents for p in d.paragraphs],
            groups=[d.id for d in documents for _ in d.paragraphs],
            documents=documents,
        )
    if path.suffix == ".jsonl":
        return _read_jsonl(path, text_column, label_column, group_column)
    return _read_csv(path, text_column, label_column, separator, label_separator, group_column)
