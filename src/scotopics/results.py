"""Result types: frozen dataclasses with ``to_dict()`` for JSON output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .exceptions import ParameterError, UnknownThemeError

ParagraphKind = Literal["text", "heading", "debris"]
StatementKind = Literal["decision", "call", "commitment", "assessment", "fact"]

__all__ = ["Theme", "ParagraphResult", "KeyStatement", "DocumentAnalysis", "ParagraphKind", "StatementKind"]


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
    scores: dict[str, float]
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "score": self.score,
            "speaker": self.speaker,
            "verb": self.verb,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class DocumentAnalysis:
    """Everything scotopics says about one document.

    ``themes`` maps each theme found to its weight: the share of the
    document's content words that lie in paragraphs tagged with it, largest first.
    ``language`` is the document's detected language: for a language the model
    does not read, paragraphs are segmented but get no themes, and there are no
    key statements.
    """

    paragraphs: tuple[ParagraphResult, ...]
    themes: dict[str, float]
    key_statements: tuple[KeyStatement, ...] = field(default_factory=tuple)
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "themes": dict(self.themes),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "key_statements": [k.to_dict() for k in self.key_statements],
        }
