"""Readable HTML reports: one document, or a collection over time.

:func:`document_report` renders a self-contained page (inline CSS, no
scripts, no external assets): a bar of the document's theme shares, its key
statements with speaker, verb and kind, and the document itself with theme
chips on each paragraph and key statements highlighted in place.
:func:`corpus_report` renders the theme table of a collection with the plot of
theme shares per month embedded as a PNG.
"""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path

from .overview import ThemeTable
from .results import DocumentAnalysis, KeyStatement

__all__ = ["document_report", "corpus_report", "THEME_COLOURS"]

#: One colour per theme of the default taxonomy; other labels cycle through the palette.
THEME_COLOURS = {
    "security": "#1f77b4",
    "terrorism_extremism": "#d62728",
    "health": "#2ca02c",
    "economy": "#ff7f0e",
    "connectivity_energy": "#8c564b",
    "science_technology": "#9467bd",
    "conflict_settlement": "#e377c2",
    "institutional": "#17becf",
    "international_order": "#393b79",
    "humanitarian": "#bcbd22",
    "environment": "#008080",
    "procedural": "#7f7f7f",
}
_PALETTE = list(THEME_COLOURS.values())

_STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 56rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; line-height: 1.55; background: #fcfcfa; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem;
     border-bottom: 1px solid #ddd; padding-bottom: .2rem; font-family: Helvetica, Arial, sans-serif; }
.meta { color: #666; font: .85rem Helvetica, Arial, sans-serif; }
.bar { display: flex; height: 1.6rem; border-radius: 4px; overflow: hidden; margin: .8rem 0 .4rem; }
.bar span { display: block; height: 100%; }
.legend, .chips { font: .78rem Helvetica, Arial, sans-serif; }
.legend span, .chip { display: inline-block; margin: 0 .5rem .3rem 0; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: -1px;
          margin-right: .25rem; }
.chip { color: #fff; border-radius: 999px; padding: .05rem .55rem; }
.statement { margin: .6rem 0; padding: .5rem .8rem; background: #fff8dc; border-left: 4px solid #e0b000; }
.who { font: .8rem Helvetica, Arial, sans-serif; color: #555; margin-top: .2rem; }
.kind { text-transform: uppercase; letter-spacing: .04em; font-size: .7rem; background: #eee;
        border-radius: 3px; padding: 0 .3rem; margin-right: .4rem; }
.paragraph { margin: 1rem 0; } .paragraph p { margin: .25rem 0 0; }
mark { background: #fff0a8; padding: 0 .1rem; }
.debris, .heading { color: #999; font: .8rem Helvetica, Arial, sans-serif; margin: .4rem 0; }
.heading { font-weight: bold; color: #555; }
.notheme { color: #aaa; font: italic .75rem Helvetica, Arial, sans-serif; }
table { border-collapse: collapse; font: .8rem Helvetica, Arial, sans-serif; margin-top: .6rem; }
th, td { border-bottom: 1px solid #e4e4e4; padding: .2rem .5rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
img { max-width: 100%; }
"""


# A date and/or time stamp at the end of a page title ("… 14.10.2021 16:20").
_STAMP = re.compile(r"[\s–—-]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})?\s*(?:\d{1,2}:\d{2})?\s*$")


def _colour(theme: str, themes: list[str]) -> str:
    return THEME_COLOURS.get(theme) or _PALETTE[themes.index(theme) % len(_PALETTE)]


def _page(title: str, body: list[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{html.escape(title)}</title>",
            f"<style>{_STYLE}</style></head><body>",
            *body,
            '<p class="meta">Made with scotopics.</p>',
            "</body></html>",
        ]
    )


def _share_bar(shares: dict[str, float], themes: list[str]) -> list[str]:
    if not shares:
        return ['<p class="notheme">No theme found.</p>']
    total = sum(shares.values())
    spans = "".join(
        f'<span style="width:{100 * w / total:.2f}%;background:{_colour(t, themes)}" '
        f'title="{html.escape(t)} {w:.0%}"></span>'
        for t, w in shares.items()
    )
    legend = "".join(
        f'<span><i class="swatch" style="background:{_colour(t, themes)}"></i>{html.escape(t)} {w:.0%}</span>'
        for t, w in shares.items()
    )
    return [f'<div class="bar">{spans}</div>', f'<div class="legend">{legend}</div>']


def _who(statement: KeyStatement) -> str:
    parts = [f'<span class="kind">{html.escape(statement.kind)}</span>']
    if statement.speaker:
        parts.append(html.escape(statement.speaker))
    if statement.verb:
        parts.append(f"({html.escape(statement.verb)})")
    return f'<div class="who">{" ".join(parts)}</div>'


def document_report(analysis: DocumentAnalysis, *, title: str | None = None, themes: list[str] | None = None) -> str:
    """A self-contained HTML page for one analysed document.

    ``title`` defaults to the document's first heading or debris line;
    ``themes`` fixes the colour order (default: the themes found).
    """
    order = list(themes or analysis.themes)
    for paragraph in analysis.paragraphs:
        order.extend(t for t in paragraph.themes if t not in order)
    if title is None:
        first = next((p.text for p in analysis.paragraphs if p.kind != "text"), "Document analysis")
        title = _STAMP.sub("", first).strip() or first
    by_paragraph: dict[int, list[KeyStatement]] = {}
    for statement in analysis.key_statements:
        by_paragraph.setdefault(statement.paragraph, []).append(statement)

    meta = (
        f"{len(analysis.paragraphs)} paragraphs · language {html.escape(analysis.language)} · "
        f"{len(analysis.key_statements)} key statements"
    )
    body = [
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="meta">{meta}</p>',
        "<h2>Themes</h2>",
        *_share_bar(analysis.themes, order),
        "<h2>Key statements</h2>",
    ]
    if not analysis.key_statements:
        body.append('<p class="notheme">None.</p>')
    for statement in analysis.key_statements:
        body.append(f'<div class="statement">{html.escape(statement.text)}{_who(statement)}</div>')
    body.append("<h2>Document</h2>")
    for paragraph in analysis.paragraphs:
        if paragraph.kind != "text":
            body.append(f'<div class="{paragraph.kind}">{html.escape(paragraph.text)}</div>')
            continue
        text = html.escape(paragraph.text)
        for statement in by_paragraph.get(paragraph.index, []):
            escaped = html.escape(statement.text)
            speaker = html.escape(statement.speaker or "unattributed")
            marked = f'<mark title="{speaker} · {html.escape(statement.kind)}">{escaped}</mark>'
            text = text.replace(escaped, marked, 1)
        chips = "".join(
            f'<span class="chip" style="background:{_colour(t, order)}">'
            f"{html.escape(t)} {paragraph.scores[t]:.2f}</span>"
            for t in paragraph.themes
        )
        chips = chips or '<span class="notheme">no theme</span>'
        body.append(f'<div class="paragraph"><div class="chips">{chips}</div><p>{text}</p></div>')
    return _page(title, body)


def corpus_report(table: ThemeTable, *, title: str = "Themes over time", plot: str | Path | None = None) -> str:
    """A self-contained HTML page with a theme table and, optionally, its plot (a PNG file) embedded."""
    body = [f"<h1>{html.escape(title)}</h1>", f'<p class="meta">{len(table.rows)} rows</p>']
    if plot is not None:
        data = base64.b64encode(Path(plot).read_bytes()).decode("ascii")
        body.append(f'<img alt="theme shares over time" src="data:image/png;base64,{data}">')
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{value:.2f}</td>" if isinstance(value, float) else f"<td>{html.escape(str(value))}</td>"
            for value in (row[c] for c in table.columns)
        )
        + "</tr>"
        for row in table.rows
    )
    body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    return _page(title, body)
