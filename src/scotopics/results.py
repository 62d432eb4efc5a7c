"""Result types: frozen dataclasses with ``to_dict()`` for JSON output."""

from __future__ import annotations

import gc
from collections.abc import ItemsView, Iterator, KeysView, Mapping, Sequence, ValuesView
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from .display import STYLE, document_html, document_title
from .exceptions import ParameterError, UnknownThemeError

ParagraphKind = Literal["text", "heading", "debris"]
StatementKind = Literal["decision", "call", "commitment", "assessment", "fact"]
SpeakerType = Literal["person", "office_or_body", "country", "group", "document"]

__all__ = [
    "Theme",
    "ParagraphResult",
    "KeyStatement",
    "DocumentAnalysis",
    "ParagraphKind",
    "StatementKind",
    "SpeakerType",
    "ThemeScores",
    "paragraph_results",
]


class ThemeScores(Mapping[str, float]):
    """A paragraph's scores: a read-only mapping of theme id to probability.

    Built from the model's probability row on first access, so classifying
    many texts does not build a dict per text that nobody reads. It compares
    equal to a dict with the same items, pickles, and ``dict(scores)`` gives a
    plain dict.
    """

    __slots__ = ("_themes", "_row", "_items")

    def __init__(self, themes: Sequence[str], row: Any) -> None:
        self._themes = themes
        self._row = row  # a NumPy row (or any sequence of floats), in the order of ``themes``
        self._items: dict[str, float] | None = None

    def _dict(self) -> dict[str, float]:
        if self._items is None:
            row = self._row.tolist() if hasattr(self._row, "tolist") else list(self._row)
            self._items = dict(zip(self._themes, row))
            self._row = None
        return self._items

    def __getitem__(self, theme: str) -> float:
        return self._dict()[theme]

    def __iter__(self) -> Iterator[str]:
        return iter(self._dict())

    def __len__(self) -> int:
        return len(self._themes)

    def __contains__(self, theme: object) -> bool:
        return theme in self._dict()

    def get(self, theme: str, default: Any = None) -> Any:
        return self._dict().get(theme, default)

    def keys(self) -> KeysView[str]:
        return self._dict().keys()

    def values(self) -> ValuesView[float]:
        return self._dict().values()

    def items(self) -> ItemsView[str, float]:
        return self._dict().items()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._dict() == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # like a dict

    def __repr__(self) -> str:
        return repr(self._dict())

    def __reduce__(self) -> tuple[Any, ...]:
        items = self._dict()
        return (ThemeScores, (tuple(items), list(items.values())))


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme of the taxonomy: stable id and readable name."""

    id: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}


@dataclass(frozen=True, slots=True)
class ParagraphResult:
    """A paragraph (or a classified text) with its themes.

    ``themes`` holds the theme ids above their thresholds, strongest first
    (empty: no theme). ``scores`` maps every theme id to its probability.
    ``kind`` is ``"text"`` for content, ``"heading"`` or ``"debris"`` for lines
    that are not classified (their ``scores`` are empty). ``language`` is the
    detected language; text in a language the model does not read gets no
    theme and all-zero scores.
    """

    index: int
    text: str
    themes: tuple[str, ...]
    scores: Mapping[str, float]
    kind: ParagraphKind = "text"
    language: str = "en"
    evidence: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)

    def explain(self, theme: str) -> tuple[tuple[str, float], ...]:
        """Why this paragraph has (or has not) ``theme``: (term, contribution) pairs.

        First the terms that push the paragraph towards the theme (positive
        contribution, coefficient × tf-idf, strongest first), then those that
        hold it back (negative). Works for any theme of the model, so "why not
        health?" has an answer too. Needs ``analyze``/``classify(explain=True)``.
        """
        if not self.evidence:
            raise ParameterError(f"no explanations here: call analyze/classify with explain=True (theme {theme!r})")
        if theme not in self.evidence:
            raise UnknownThemeError(f"unknown theme {theme!r}; the model knows {', '.join(self.evidence)}")
        return self.evidence[theme]

    def __repr__(self) -> str:
        tags = ", ".join(f"{t} {self.scores[t]:.2f}" for t in self.themes) or "no theme"
        return (
            f"ParagraphResult(index={self.index}, kind={self.kind!r}, themes=[{tags}], text={_clip(self.text, 50)!r})"
        )

    def __str__(self) -> str:
        if self.kind != "text":
            return f"[{self.index}] ({self.kind}) {_clip(self.text, 90)}"
        tags = ", ".join(f"{t} {self.scores[t]:.2f}" for t in self.themes) or "(no theme)"
        return f"[{self.index}] {tags}\n    {_clip(self.text, 90)}"

    def to_dict(self) -> dict[str, Any]:
        out = {
            "index": self.index,
            "text": self.text,
            "kind": self.kind,
            "language": self.language,
            "themes": list(self.themes),
            "scores": dict(self.scores),
        }
        if self.evidence:
            out["evidence"] = {t: [[term, weight] for term, weight in terms] for t, terms in self.evidence.items()}
        return out


@dataclass(frozen=True, slots=True)
class KeyStatement:
    """A key sentence: its text, paragraph and sentence indexes, and score in [0, 1].

    Who said it, where the text says so: ``speaker`` (a person resolved from
    "he" or "the Secretary-General" where unambiguous, else an office, body or
    country as written; None when unattributed), the reporting ``verb``, and
    the ``kind`` of statement: "decision", "call", "commitment",
    "assessment" or "fact".
    """

    text: str
    paragraph: int
    sentence: int
    score: float
    speaker: str | None = None
    verb: str | None = None
    kind: StatementKind = "fact"
    speaker_type: SpeakerType | None = None

    def __repr__(self) -> str:
        return (
            f"KeyStatement(paragraph={self.paragraph}, sentence={self.sentence}, score={self.score:.2f}, "
            f"kind={self.kind!r}, speaker={self.speaker!r}, text={_clip(self.text, 50)!r})"
        )

    def __str__(self) -> str:
        who = f"{self.speaker or 'unattributed'}{', ' + self.verb if self.verb else ''}"
        return f"({self.score:.2f}) {self.text} [{self.kind}; {who}]"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "score": self.score,
            "speaker": self.speaker,
            "verb": self.verb,
            "kind": self.kind,
            "speaker_type": self.speaker_type,
        }


@dataclass(frozen=True, slots=True)
class DocumentAnalysis:
    """Everything scotopics says about one document.

    ``themes`` maps each theme found to its *share of the tagged content*: the
    words of every content paragraph with themes, split equally among its
    themes, over all words of such paragraphs. Shares add up to 1 (up to
    rounding), largest first; headings, debris and paragraphs without a theme
    do not count, and a document with no tagged paragraph has no shares.
    ``language`` is the document's detected language (its main script); a
    document with paragraphs in two languages the model reads (English and
    Russian) has each paragraph's own in ``ParagraphResult.language``. For a language the model
    does not read, paragraphs are segmented but get no themes, and there are no
    key statements. ``id`` is the caller's name for the document (None unless
    given); :attr:`title` is its headline. ``theme_names`` maps theme ids to
    the taxonomy's names, for display.
    """

    paragraphs: tuple[ParagraphResult, ...]
    themes: dict[str, float]
    key_statements: tuple[KeyStatement, ...] = field(default_factory=tuple)
    language: str = "en"
    id: str | None = None
    theme_names: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def title(self) -> str:
        """The headline: the first heading before the content, skipping breadcrumbs,
        navigation and time stamps ("" when the document has none)."""
        return document_title(self.paragraphs)

    def __repr__(self) -> str:
        content = sum(p.kind == "text" for p in self.paragraphs)
        top = ", ".join(f"{t}: {w:.2f}" for t, w in list(self.themes.items())[:3])
        more = ", ..." if len(self.themes) > 3 else ""
        named = f"id={self.id!r}, " if self.id is not None else ""
        return (
            f"DocumentAnalysis({named}title={_clip(self.title, 40)!r}, language={self.language!r}, "
            f"paragraphs={len(self.paragraphs)} ({content} content), key_statements={len(self.key_statements)}, "
            f"themes={{{top}{more}}})"
        )

    def __str__(self) -> str:
        head = self.title or self.id or "(untitled document)"
        lines = [head, "themes (share of tagged content): " + _shares(self.themes)]
        lines.extend(f"  {p}" for p in self.paragraphs if p.kind == "text")
        lines.append("key statements:")
        lines.extend(f"  {k}" for k in self.key_statements)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """The document as the HTML report shows it: theme shares, key statements, chips."""
        return f'<div class="scotopics"><style>{STYLE}</style>{document_html(self, heading_level=3)}</div>'

    def to_dataframe(self):
        """One row per paragraph (needs pandas): ``id``, ``paragraph``, ``kind``, ``language``,
        ``themes`` (a list), ``key_statement`` (whether it holds one), ``text``, then one
        score column per theme (empty, NaN, for headings and debris)."""
        try:
            import pandas
        except ImportError:
            raise ImportError("to_dataframe needs pandas: pip install 'scotopics[pandas]'") from None
        themes = list(self.theme_names) or sorted({t for p in self.paragraphs for t in p.scores})
        keyed = {k.paragraph for k in self.key_statements}
        rows = [
            {
                "id": self.id,
                "paragraph": p.index,
                "kind": p.kind,
                "language": p.language,
                "themes": list(p.themes),
                "key_statement": p.index in keyed,
                "text": p.text,
                **{t: float(p.scores[t]) if t in p.scores else float("nan") for t in themes},
            }
            for p in self.paragraphs
        ]
        columns = ["id", "paragraph", "kind", "language", "themes", "key_statement", "text", *themes]
        return pandas.DataFrame(rows, columns=columns)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "themes": dict(self.themes),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "key_statements": [k.to_dict() for k in self.key_statements],
        }


def paragraph_results(
    themes: Sequence[str],
    readable: Sequence[str],
    texts: Sequence[str],
    indexes: Sequence[int],
    languages: Sequence[str],
    found: Sequence[tuple[str, ...]],
    rows: Any,
) -> list[ParagraphResult]:
    """Results of classified texts: ``found`` themes and score ``rows`` (lazy :class:`ThemeScores`)
    where the language is ``readable``, else no theme and all-zero scores.

    The cyclic garbage collector is paused meanwhile (these objects form no cycles): on a
    large batch, the collections that so many new objects trigger would cost more than building them.
    """
    with gc_paused():
        return [
            ParagraphResult(index, text, tags, ThemeScores(themes, row), "text", language)
            if language in readable
            else ParagraphResult(index, text, (), dict.fromkeys(themes, 0.0), language=language)
            for text, index, language, tags, row in zip(texts, indexes, languages, found, rows)
        ]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a block that builds many objects without cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _shares(themes: Mapping[str, float]) -> str:
    return ", ".join(f"{t} {w:.2f}" for t, w in themes.items()) or "(none)"
