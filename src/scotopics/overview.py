"""Themes over a collection: per document and per month, as a table or a plot.

:func:`theme_overview` aggregates analyses into a :class:`ThemeTable`; a
document's date comes from the caller (e.g. a JSONL field) or, failing that,
from the first date written in its text (:func:`find_date`). The table
writes CSV, converts to a pandas DataFrame (extra ``[pandas]``) and plots
theme shares over time as a PNG (extra ``[plot]``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .exceptions import ParameterError
from .results import DocumentAnalysis

__all__ = ["ThemeTable", "theme_overview", "find_date"]

_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_DATE_PATTERNS = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("d", "m", "y")),
    (re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})\b", re.IGNORECASE), ("d", "M", "y")),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE), ("M", "d", "y")),
)


def find_date(text: str, within: int = 2000) -> str | None:
    """The first full date written in the first ``within`` characters, as YYYY-MM-DD, or None."""
    head = text[:within]
    found: list[tuple[int, str]] = []
    for pattern, order in _DATE_PATTERNS:
        match = pattern.search(head)
        if not match:
            continue
        parts = dict(zip(order, match.groups()))
        month = _MONTHS[parts["M"].lower()] if "M" in parts else int(parts["m"])
        day, year = int(parts["d"]), int(parts["y"])
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
            found.append((match.start(), f"{year:04d}-{month:02d}-{day:02d}"))
    return min(found)[1] if found else None


@dataclass(frozen=True, slots=True)
class ThemeTable:
    """Rows of theme weights with their key columns (``id``/``date`` or ``month``)."""

    keys: tuple[str, ...]
    themes: tuple[str, ...]
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def columns(self) -> tuple[str, ...]:
        return self.keys + self.themes

    def to_csv(self, target: str | Path | None = None) -> str:
        """The table as CSV text; also written to ``target`` when given."""
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(self.columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows)
        if target is not None:
            Path(target).write_text(buffer.getvalue(), encoding="utf-8")
        return buffer.getvalue()

    def to_dataframe(self):
        """The table as a pandas DataFrame (needs ``scotopics[pandas]``)."""
        from .frames import _pandas

        return _pandas().DataFrame(self.rows, columns=list(self.columns))

    def plot(self, path: str | Path, *, title: str = "Theme shares over time") -> Path:
        """Write a PNG of theme shares per month (a table made with ``by="month"``; needs matplotlib)."""
        if "month" not in self.keys:
            raise ParameterError("plot needs a table made with by='month'")
        try:
            import matplotlib

            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
        except ImportError:
            raise ImportError("plotting needs matplotlib: pip install 'scotopics[plot]'") from None
        months = [row["month"] for row in self.rows]
        figure, axis = plt.subplots(figsize=(max(6, 0.6 * len(months) + 3), 4.5))
        bottom = [0.0] * len(months)
        colours = plt.get_cmap("tab20").colors  # type: ignore[attr-defined]
        for number, theme in enumerate(self.themes):
            values = [row[theme] for row in self.rows]
            if not any(values):
                continue
            axis.bar(months, values, bottom=bottom, label=theme, color=colours[number % len(colours)])
            bottom = [b + v for b, v in zip(bottom, values)]
        axis.set_ylabel("share of content")
        axis.set_title(title)
        axis.tick_params(axis="x", rotation=45)
        axis.legend(fontsize=7, bbox_to_anchor=(1.01, 1), loc="upper left")
        figure.tight_layout()
        figure.savefig(path, dpi=120)
        plt.close(figure)
        return Path(path)


def theme_overview(
    records: Iterable[tuple[str, DocumentAnalysis, str | None]],
    themes: Iterable[str],
    *,
    by: str = "document",
) -> ThemeTable:
    """Aggregate ``(id, analysis, date or None)`` records.

    ``by="document"``: one row per document with its theme weights.
    ``by="month"``: one row per month (documents without a date are left out),
    with the mean theme weight of that month's documents and their count.
    """
    themes = tuple(themes)
    if by not in ("document", "month"):
        raise ParameterError(f"by must be 'document' or 'month', got {by!r}")
    documents: list[dict[str, Any]] = [
        {"id": doc_id, "date": date or "", **{t: round(analysis.themes.get(t, 0.0), 4) for t in themes}}
        for doc_id, analysis, date in records
    ]
    if by == "document":
        return ThemeTable(("id", "date"), themes, documents)
    months: dict[str, list[dict[str, Any]]] = {}
    for row in documents:
        if row["date"]:
            months.setdefault(row["date"][:7], []).append(row)
    rows = [
        {
            "month": month,
            "documents": len(group),
            **{t: round(sum(r[t] for r in group) / len(group), 4) for t in themes},
        }
        for month, group in sorted(months.items())
    ]
    return ThemeTable(("month", "documents"), themes, rows)
