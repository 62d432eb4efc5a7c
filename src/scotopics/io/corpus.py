"""Reading and checking the labelled corpus (``training_data/`` format).

A corpus is a folder of JSON Lines files, one document per line::

    {"id", "genre", "date", "title", "language" (optional, default "en"),
     "paragraphs": [{"sentences": [...], "themes": [...], "key": [...], "speakers": {...}}]}

``key`` lists the indexes of the paragraph's key sentences; the optional
``speakers`` maps a key sentence's index (as a string) to who makes the
statement, or null (test documents carry it, for the attribution benchmark).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..exceptions import CorpusError

__all__ = [
    "CorpusParagraph",
    "CorpusDocument",
    "read_documents",
    "read_taxonomy",
    "validate_documents",
    "corpus_files",
    "data_hash",
]


@dataclass(frozen=True, slots=True)
class CorpusParagraph:
    """A labelled paragraph: its sentences, themes and key-sentence indexes."""

    sentences: tuple[str, ...]
    themes: tuple[str, ...]
    key: tuple[int, ...] = ()
    speakers: dict[int, str | None] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


@dataclass(frozen=True, slots=True)
class CorpusDocument:
    """A labelled document of the corpus."""

    id: str
    genre: str
    date: str
    title: str
    paragraphs: tuple[CorpusParagraph, ...] = field(default_factory=tuple)
    language: str = "en"

    @property
    def text(self) -> str:
        """The document as plain text, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)


def corpus_files(path: str | Path) -> list[Path]:
    """The ``*.jsonl`` files of a corpus folder (sorted), or the file itself."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise CorpusError(f"no corpus file or folder at {path}")
    return sorted(path.glob("*.jsonl"))


def _paragraph(raw: dict, where: str) -> CorpusParagraph:
    try:
        return CorpusParagraph(
            sentences=tuple(raw["sentences"]),
            themes=tuple(raw.get("themes", ())),
            key=tuple(raw.get("key", ())),
            speakers={int(k): v for k, v in (raw.get("speakers") or {}).items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CorpusError(f"{where}: paragraph without a 'sentences' list, or with bad fields ({exc})") from None


def numbered_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(line number, line) for the non-blank lines of a JSON Lines stream, numbered from 1."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield number, line


def read_documents(path: str | Path) -> list[CorpusDocument]:
    """All documents of a corpus folder or JSONL file, in file and line order."""
    documents = []
    for file in corpus_files(path):
        with file.open(encoding="utf-8") as handle:
            for line_number, line in numbered_lines(handle):
                where = f"{file}:{line_number}"
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{where}: invalid JSON ({exc.msg})") from None
                if not isinstance(raw, dict) or "paragraphs" not in raw:
                    raise CorpusError(f"{where}: a document must be an object with 'paragraphs'")
                documents.append(
                    CorpusDocument(
                        id=str(raw.get("id", where)),
                        genre=str(raw.get("genre", "")),
                        date=str(raw.get("date", "")),
                        title=str(raw.get("title", "")),
                        language=str(raw.get("language", "en")),
                        paragraphs=tuple(
                            _paragraph(p, f"{where} paragraph {i}") for i, p in enumerate(raw["paragraphs"])
                        ),
                    )
                )
    return documents


def read_taxonomy(path: str | Path) -> list[dict]:
    """The theme list of a ``themes.json`` file: dicts with at least ``id`` and ``name``."""
    try:
        themes = json.loads(Path(path).read_text(encoding="utf-8"))["themes"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorpusError(f"cannot read the taxonomy from {path}: {exc}") from None
    if not themes or not all(isinstance(t, dict) and "id" in t and "name" in t for t in themes):
        raise CorpusError(f"{path}: every theme needs an 'id' and a 'name'")
    return themes


def validate_documents(documents: Iterable[CorpusDocument], theme_ids: Sequence[str]) -> list[str]:
    """Problems of form in a corpus: unknown themes, key indexes out of range, empty sentences."""
    known = set(theme_ids)
    problems = []
    seen_ids: set[str] = set()
    for doc in documents:
        if doc.id in seen_ids:
            problems.append(f"{doc.id}: duplicate document id")
        seen_ids.add(doc.id)
        if not doc.paragraphs:
            problems.append(f"{doc.id}: no paragraphs")
        for i, paragraph in enumerate(doc.paragraphs):
            where = f"{doc.id} paragraph {i}"
            if not paragraph.sentences or any(not isinstance(s, str) or not s.strip() for s in paragraph.sentences):
                problems.append(f"{where}: empty sentence")
            unknown = [t for t in paragraph.themes if t not in known]
            if unknown:
                problems.append(f"{where}: unknown themes {unknown}")
            if len(set(paragraph.themes)) != len(paragraph.themes):
                problems.append(f"{where}: a theme is listed twice")
            if any(not isinstance(k, int) or not 0 <= k < len(paragraph.sentences) for k in paragraph.key):
                problems.append(f"{where}: key index out of range {list(paragraph.key)}")
    return problems


def data_hash(paths: Iterable[str | Path]) -> str:
    """SHA-256 over the names and bytes of the given files (order-independent)."""
    digest = hashlib.sha256()
    for path in sorted(Path(p) for p in paths):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()
