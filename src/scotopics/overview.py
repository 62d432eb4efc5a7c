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

from .display import SHARE_LABEL, theme_colour
from .exceptions import ParameterError
from .results import DocumentAnalysis

__all__ = ["ThemeTable", "theme_overview", "find_date", "check_date", "UNDATED"]

#: The ``month`` of the row that gathers documents without a date.
UNDATED = "undated"

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
    """Rows of theme shares with their key columns (``id``/``date`` or ``month``)."""

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

    def plot(
        self, path: str | Path, *, title: str = "Theme shares over time", names: dict[str, str] | None = None
    ) -> Path:
        """Write a PNG of theme shares per month (a table made with ``by="month"``; needs matplotlib).

        Each bar is the mean of its documents' shares of tagged content, so it reaches at most 1;
        months without documents stay on the axis (empty), undated documents are left out of the
        plot, and each theme has the colour it has in the HTML reports.
        """
        if "month" not in self.keys:
            raise ParameterError("plot needs a table made with by='month'")
        try:
            import matplotlib

            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
        except ImportError:
            raise ImportError("plotting needs matplotlib: pip install 'scotopics[plot]'") from None
        dated = [row for row in self.rows if row["month"] != UNDATED]
        months = [row["month"] for row in dated]
        figure, axis = plt.subplots(figsize=(min(14, max(6, 0.4 * len(months) + 3)), 4.5))
        bottom = [0.0] * len(months)
        drawn = False
        for theme in self.themes:
            values = [row[theme] for row in dated]
            if not any(values):
                continue
            label = (names or {}).get(theme, theme)
            axis.bar(months, values, bottom=bottom, label=label, color=theme_colour(theme, self.themes))
            bottom = [b + v for b, v in zip(bottom, values)]
            drawn = True
        axis.set_ylim(0, 1)
        axis.set_ylabel(f"{SHARE_LABEL} (mean per document)")
        axis.set_title(title)
        step = max(1, -(-len(months) // 24))  # at most 24 month labels; every month keeps its place
        axis.set_xticks(range(0, len(months), step), months[::step])
        axis.tick_params(axis="x", rotation=45)
        if drawn:
            axis.legend(fontsize=7, bbox_to_anchor=(1.01, 1), loc="upper left")
        else:  # documents without any theme (or no dated ones): an empty chart that says so
            axis.text(0.5, 0.5, "no themes in these documents", ha="center", va="center", transform=axis.transAxes)
        figure.tight_layout()
        figure.savefig(path, dpi=120)
        plt.close(figure)
        return Path(path)


def check_date(value: object) -> str:
    """A record's date as ``YYYY-MM-DD`` or ``YYYY-MM``; :class:`ParameterError` for anything else.

    Accepts ISO dates (a time after the date is ignored), ``YYYY-MM``, and dates
    written as :func:`find_date` reads them ("14 October 2021", "14.10.2021").
    """
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?", text)
    if match:
        year, month, day = match.groups()
        if 1 <= int(month) <= 12 and (day is None or 1 <= int(day) <= 31):
            return f"{year}-{month}" + (f"-{day}" if day else "")
    else:
        found = find_date(text)
        if found and len(text) <= 40:
            return found
    raise ParameterError(f"date {text!r} is not a date (expected YYYY-MM-DD, YYYY-MM or e.g. 14 October 2021)")


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def theme_overview(
    records: Iterable[tuple[str, DocumentAnalysis, str | None]],
    themes: Iterable[str],
    *,
    by: str = "document",
) -> ThemeTable:
    """Aggregate ``(id, analysis, date or None)`` records.

    ``by="document"``: one row per document with its theme shares (share of tagged content).
    ``by="month"``: one row per calendar month from the first to the last date
    (months without documents included, with zeros), with the mean theme share
    of that month's documents and their count, then a row ``"undated"`` for
    documents without a date, if any.
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
    undated: list[dict[str, Any]] = []
    for row in documents:
        if row["date"]:
            months.setdefault(row["date"][:7], []).append(row)
        else:
            undated.append(row)
    groups = [(month, months.get(month, [])) for month in _month_range(min(months), max(months))] if months else []
    if undated:
        groups.append((UNDATED, undated))
    rows = [
        {
            "month": month,
            "documents": len(group),
            **{t: round(sum(r[t] for r in group) / len(group), 4) if group else 0.0 for t in themes},
        }
        for month, group in groups
    ]
    return ThemeTable(("month", "documents"), themes, rows)
