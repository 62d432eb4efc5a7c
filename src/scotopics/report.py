"""Readable HTML reports: one document, several documents, or a collection over time.

:func:`document_report` renders a self-contained page (inline CSS, no
scripts, no external assets): a bar of the document's theme shares (its share
of the tagged content per theme, summing to 1), its key statements with
speaker, verb and kind, and the document itself with theme chips on each
paragraph and key statements highlighted in place. :func:`documents_report`
puts several documents on one page, a section each. :func:`corpus_report`
renders the theme table of a collection with the plot of theme shares per
month embedded as a PNG. Themes carry their taxonomy names and the same colour
everywhere (:data:`scotopics.display.THEME_COLOURS`).
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping, Sequence
from pathlib import Path

from .display import SHARE_LABEL, STYLE, THEME_COLOURS, document_html, theme_colour
from .overview import ThemeTable
from .results import DocumentAnalysis

__all__ = ["document_report", "documents_report", "corpus_report", "THEME_COLOURS"]

_PAGE_STYLE = """
body { max-width: 56rem; margin: 2rem auto; padding: 0 1rem; background: #fcfcfa; }
section.document { margin-bottom: 3rem; border-top: 3px solid #ddd; padding-top: .5rem; }
body.corpus { max-width: 72rem; }
body.corpus table { font-size: .7rem; } body.corpus th { white-space: nowrap; }
body.corpus th.theme { white-space: normal; max-width: 5.2rem; hyphens: auto; overflow-wrap: break-word; }
body.corpus th, body.corpus td { padding: .2rem .3rem; }
"""


def _page(title: str, body: list[str], *, kind: str = "document") -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{html.escape(title)}</title>",
            f'<style>{STYLE}{_PAGE_STYLE}</style></head><body class="scotopics {kind}">',
            *body,
            '<p class="meta">Made with scotopics.</p>',
            "</body></html>",
        ]
    )


def document_report(
    analysis: DocumentAnalysis,
    *,
    title: str | None = None,
    themes: Sequence[str] | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """A self-contained HTML page for one analysed document.

    ``title`` defaults to the document's headline (:attr:`DocumentAnalysis.title`:
    its first heading, skipping breadcrumbs and debris); ``names`` maps theme
    ids to the names shown (default: the model's taxonomy names carried by the
    analysis); ``themes`` fixes the colour order of labels outside the default taxonomy.
    """
    title = title or analysis.title or analysis.id or "Document analysis"
    return _page(title, [document_html(analysis, title=title, themes=themes, names=names)], kind="document")


def documents_report(
    analyses: Sequence[DocumentAnalysis],
    *,
    title: str = "Documents",
    themes: Sequence[str] | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """One self-contained page with a section per document, in the order given."""
    body = [f"<h1>{html.escape(title)}</h1>", f'<p class="meta">{len(analyses)} documents</p>']
    for analysis in analyses:
        section = document_html(analysis, themes=themes, names=names, heading_level=2)
        body.append(f'<section class="document">{section}</section>')
    return _page(title, body, kind="document")


def corpus_report(
    table: ThemeTable,
    *,
    title: str = "Themes over time",
    plot: str | Path | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """A self-contained HTML page with a theme table and, optionally, its plot (a PNG file) embedded.

    Column heads show theme names (``names``, default the ids) with their colour; the
    table scrolls sideways inside the page when it is wider than the page.
    """
    names = dict(names or {})
    undated = sum(row.get("documents", 0) for row in table.rows if row.get("month") == "undated")
    shown = [row for row in table.rows if row.get("documents", 1)]
    meta = f"{len(shown)} rows · values are each theme's {SHARE_LABEL}, averaged over the row's documents"
    if undated:
        meta += f" · {undated} undated documents in the row 'undated'"
    body = [f"<h1>{html.escape(title)}</h1>", f'<p class="meta">{html.escape(meta)}</p>']
    if plot is not None:
        data = base64.b64encode(Path(plot).read_bytes()).decode("ascii")
        body.append(f'<img alt="theme shares over time" src="data:image/png;base64,{data}">')
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.keys) + "".join(
        f'<th class="theme" title="{html.escape(t)}">'
        f'<i class="swatch" style="background:{theme_colour(t, table.themes)}"></i>{html.escape(names.get(t, t))}</th>'
        for t in table.themes
    )
    if len(shown) < len(table.rows):
        empty = len(table.rows) - len(shown)
        body.append(
            f'<p class="meta">{empty} months without documents are left out of the table '
            "(they keep their place on the plot's time axis and in the CSV).</p>"
        )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{value:.2f}</td>" if isinstance(value, float) else f"<td>{html.escape(str(value))}</td>"
            for value in (row[c] for c in table.columns)
        )
        + "</tr>"
        for row in shown
    )
    body.append(f'<div class="wide"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>')
    return _page(title, body, kind="corpus")
