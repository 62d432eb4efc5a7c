"""Word lists shared by the key-statement cues and attribution, kept as package data.

Each ``<name>.txt`` beside this module holds one entry per line (a word or a
phrase, lower case); lines starting with ``#`` are comments. Keeping the lists
as data lets the cues and the speaker rules read the same list, so they cannot
drift apart, and lets a reader review a list without reading code.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["entries", "words", "phrases"]


@cache
def entries(name: str) -> tuple[str, ...]:
    """Every entry of list ``name``, in file order."""
    text = (resources.files(__package__) / f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


def words(name: str) -> frozenset[str]:
    """The single-word entries of list ``name``."""
    return frozenset(entry for entry in entries(name) if " " not in entry)


def phrases(name: str) -> tuple[str, ...]:
    """The entries of list ``name`` that are phrases of two or more words."""
    return tuple(entry for entry in entries(name) if " " in entry)
