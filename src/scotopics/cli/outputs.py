"""Writing results: JSON lines, CSV and readable tables on stdout."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

from ..results import ParagraphResult


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def table(record_id: str, result: Any, command: str) -> str:
    if command == "classify":
        tags = ", ".join(f"{t} {result.scores[t]:.2f}" for t in result.themes) or "(no theme)"
        return f"{record_id}\t{tags}" + "".join(f"\n  {line}" for line in _because(result))
    if command == "summarize":
        return "\n".join([f"== {record_id}"] + [f"  ({k.score:.2f}) {k.text}" for k in result])
    lines = [f"== {record_id}", "themes: " + ", ".join(f"{t} {w:.2f}" for t, w in result.themes.items())]
    if result.language not in ("en", "und"):
        lines.append(f"language: {result.language} (not read by this model: no themes)")
    for p in result.paragraphs:
        if p.kind == "text":
            tags = ", ".join(f"{t} {p.scores[t]:.2f}" for t in p.themes) or "(no theme)"
            lines.append(f"  [{p.index}] {tags}\n      {_short(p.text)}")
            lines.extend(f"      {line}" for line in _because(p))
    lines.append("key statements:")
    for k in result.key_statements:
        who = f" [{k.kind}; {k.speaker or 'unattributed'}{', ' + k.verb if k.verb else ''}]"
        lines.append(f"  ({k.score:.2f}) {k.text}{who}")
    return "\n".join(lines)


def _because(result: ParagraphResult) -> list[str]:
    """'because:' lines of an explained result (none when it was not explained)."""
    lines = []
    for theme in result.themes:
        pushing = [term for term, weight in result.evidence.get(theme, ()) if weight > 0]
        if pushing:
            lines.append(f"{theme} because: " + ", ".join(pushing))
    return lines


def as_json(record_id: str, result: Any) -> str:
    payload = {"key_statements": [k.to_dict() for k in result]} if isinstance(result, list) else result.to_dict()
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
            "summarize": ["id", "paragraph", "sentence", "score", "text"],
        }[command]
        self.writer.writerow(header)

    def write(self, record_id: str, result: Any) -> None:
        if self.command == "classify":
            self.writer.writerow(
                [record_id, "|".join(result.themes), *(f"{result.scores.get(t, 0.0):.4f}" for t in self.themes)]
            )
        elif self.command == "summarize":
            for k in result:
                self.writer.writerow([record_id, k.paragraph, k.sentence, f"{k.score:.4f}", k.text])
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
