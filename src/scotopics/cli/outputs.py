"""Writing results: JSON lines, CSV and readable tables on stdout."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from ..results import KeyStatement, ParagraphResult


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _who(statement: KeyStatement) -> str:
    return f"[{statement.kind}; {statement.speaker or 'unattributed'}{', ' + statement.verb if statement.verb else ''}]"


def _statement_lines(statements: Sequence[KeyStatement], indent: str = "  ") -> list[str]:
    return [f"{indent}({k.score:.2f}) {k.text} {_who(k)}" for k in statements]


def table(record_id: str, result: Any, command: str, languages: Sequence[str] = ("en",)) -> str:
    """A readable block for one result; ``languages`` are those the model reads."""
    if command == "classify":
        tags = ", ".join(f"{t} {result.scores[t]:.2f}" for t in result.themes) or "(no theme)"
        if result.language not in languages and result.language != "und":
            tags = f"(language {result.language}: not read by this model)"
        return f"{record_id}\t{tags}" + "".join(f"\n  {line}" for line in _because(result))
    if command == "summarize":
        if isinstance(result, dict):
            lines = [f"== {record_id}"]
            for theme, statements in result.items():
                lines.append(f"{theme}:")
                lines.extend(_statement_lines(statements, "    "))
            return "\n".join(lines)
        return "\n".join([f"== {record_id}", *_statement_lines(result)])
    lines = [f"== {record_id}", "themes: " + _shares(result.themes) + "  (share of tagged content)"]
    read = [lang for lang in sorted({p.language for p in result.paragraphs if p.kind == "text"}) if lang in languages]
    unread = sorted({p.language for p in result.paragraphs if p.kind == "text"} - set(languages) - {"und"})
    if unread:
        said = f"; read: {', '.join(read)}" if read else ""
        lines.append(f"language: {', '.join(unread)} (not read by this model: no themes{said})")
    for p in result.paragraphs:
        if p.kind == "text":
            tags = ", ".join(f"{t} {p.scores[t]:.2f}" for t in p.themes) or "(no theme)"
            if p.language not in languages and p.language != "und":
                tags = f"(language {p.language}: not read)"
            lines.append(f"  [{p.index}] {tags}\n      {_short(p.text)}")
            lines.extend(f"      {line}" for line in _because(p))
    lines.append("key statements:")
    lines.extend(_statement_lines(result.key_statements))
    return "\n".join(lines)


def _shares(themes: dict[str, float]) -> str:
    return ", ".join(f"{t} {w:.2f}" for t, w in themes.items()) or "(none)"


def _because(result: ParagraphResult) -> list[str]:
    """'because:' lines of an explained result (none when it was not explained)."""
    lines = []
    for theme in result.themes:
        pushing = [term for term, weight in result.evidence.get(theme, ()) if weight > 0]
        if pushing:
            lines.append(f"{theme} because: " + ", ".join(pushing))
    return lines


def as_json(record_id: str, result: Any) -> str:
    if isinstance(result, dict):
        payload: dict[str, Any] = {
            "by_theme": {theme: [k.to_dict() for k in statements] for theme, statements in result.items()}
        }
    elif isinstance(result, list):
        payload = {"key_statements": [k.to_dict() for k in result]}
    else:
        payload = result.to_dict()
        payload.pop("id", None)
    return json.dumps({"id": record_id, **payload}, ensure_ascii=False)


class CsvOutput:
    """One CSV with a header for the command: rows per text, paragraph or statement."""

    def __init__(self, command: str, themes: tuple[str, ...]) -> None:
        self.command = command
        self.themes = themes
        self.writer = csv.writer(sys.stdout, lineterminator="\n")
        header = {
            "classify": ["id", "themes", *themes],
            "analyze": ["id", "paragraph", "kind", "language", "themes", "key_statements", "text"],
            "summarize": ["id", "theme", "paragraph", "sentence", "score", "kind", "speaker", "verb", "text"],
        }[command]
        self.writer.writerow(header)

    def _statement(self, record_id: str, theme: str, k: KeyStatement) -> None:
        self.writer.writerow(
            [record_id, theme, k.paragraph, k.sentence, f"{k.score:.4f}", k.kind, k.speaker or "", k.verb or "", k.text]
        )

    def write(self, record_id: str, result: Any) -> None:
        if self.command == "classify":
            self.writer.writerow(
                [record_id, "|".join(result.themes), *(f"{result.scores.get(t, 0.0):.4f}" for t in self.themes)]
            )
        elif self.command == "summarize":
            groups = result.items() if isinstance(result, dict) else [("", result)]
            for theme, statements in groups:
                for k in statements:
                    self._statement(record_id, theme, k)
        else:
            keys: dict[int, list[str]] = {}
            for k in result.key_statements:
                keys.setdefault(k.paragraph, []).append(k.text)
            for p in result.paragraphs:
                self.writer.writerow(
                    [
                        record_id,
                        p.index,
                        p.kind,
                        p.language,
                        "|".join(p.themes),
                        " | ".join(keys.get(p.index, [])),
                        p.text,
                    ]
                )
