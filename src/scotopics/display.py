"""How results look to a reader: theme colours, the document's title and its HTML rendering.

One module renders a :class:`~scotopics.results.DocumentAnalysis` as HTML, so
that the report page (:mod:`scotopics.report`), the notebook display
(``DocumentAnalysis._repr_html_``) and the plot of a collection
(:mod:`scotopics.overview`) show every theme with the same name and colour.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import Any

# The result types of :mod:`scotopics.results` import this module, so they are typed ``Any`` here.

__all__ = [
    "THEME_COLOURS",
    "STYLE",
    "theme_colour",
    "document_title",
    "display_kinds",
    "document_html",
    "SHARE_LABEL",
]

#: What ``DocumentAnalysis.themes`` measures, as written in reports and plots.
SHARE_LABEL = "share of tagged content"

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

#: CSS shared by the report page and the notebook display (scoped to ``.scotopics``).
STYLE = """
.scotopics { font-family: Georgia, 'Times New Roman', serif; color: #222; line-height: 1.55; }
.scotopics h1 { font-size: 1.6rem; margin-bottom: .2rem; }
.scotopics h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem;
     font-family: Helvetica, Arial, sans-serif; }
.scotopics .meta { color: #666; font: .85rem Helvetica, Arial, sans-serif; }
.scotopics .bar { display: flex; height: 1.6rem; border-radius: 4px; overflow: hidden; margin: .8rem 0 .4rem;
     background: #eee; }
.scotopics .bar span { display: block; height: 100%; }
.scotopics .legend, .scotopics .chips { font: .78rem Helvetica, Arial, sans-serif; }
.scotopics .legend span, .scotopics .chip { display: inline-block; margin: 0 .5rem .3rem 0; }
.scotopics .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: -1px;
          margin-right: .25rem; }
.scotopics .chip { color: #fff; border-radius: 999px; padding: .05rem .55rem; }
.scotopics .statement { margin: .6rem 0; padding: .5rem .8rem; background: #fff8dc; border-left: 4px solid #e0b000; }
.scotopics .who { font: .8rem Helvetica, Arial, sans-serif; color: #555; margin-top: .2rem; }
.scotopics .kind { text-transform: uppercase; letter-spacing: .04em; font-size: .7rem; background: #eee;
        border-radius: 3px; padding: 0 .3rem; margin-right: .4rem; }
.scotopics .paragraph { margin: 1rem 0; } .scotopics .paragraph p { margin: .25rem 0 0; }
.scotopics mark { background: #fff0a8; padding: 0 .1rem; }
.scotopics .debris, .scotopics .heading { color: #999; font: .8rem Helvetica, Arial, sans-serif; margin: .4rem 0; }
.scotopics .heading { font-weight: bold; color: #555; }
.scotopics .notheme { color: #aaa; font: italic .75rem Helvetica, Arial, sans-serif; }
.scotopics .wide { overflow-x: auto; max-width: 100%; }
.scotopics table { border-collapse: collapse; font: .75rem Helvetica, Arial, sans-serif; margin-top: .6rem; }
.scotopics th, .scotopics td { border-bottom: 1px solid #e4e4e4; padding: .2rem .4rem; text-align: right; }
.scotopics th { vertical-align: bottom; max-width: 6rem; white-space: normal; }
.scotopics th:first-child, .scotopics td:first-child { text-align: left; white-space: nowrap; }
.scotopics img { max-width: 100%; }
"""

# A date and/or time stamp at the end of a page title ("… 14.10.2021 16:20").
_STAMP = re.compile(r"[\s–—-]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})?\s*(?:\d{1,2}:\d{2})?\s*$")
# Page furniture the segmenter may leave as a heading: share and print links, copyright lines.
_FURNITURE = re.compile(
    r"^\W*(?:(?:share|print|e-?mail|tweet|copyright|©|поделиться|печать|версия для печати)\W*)+$|©",
    re.IGNORECASE,
)
# A breadcrumb trail ("Home > News > Press releases").
_TRAIL = re.compile(r"\s[>»/|]\s")


def theme_colour(theme: str, themes: Sequence[str] = ()) -> str:
    """The colour of ``theme``: fixed for the default taxonomy, else by its place in ``themes``."""
    if theme in THEME_COLOURS:
        return THEME_COLOURS[theme]
    position = list(themes).index(theme) if theme in themes else sum(map(ord, theme))
    return _PALETTE[position % len(_PALETTE)]


def display_kinds(paragraphs: Sequence[Any]) -> list[str]:
    """The kind each paragraph is shown as: headings after the last content paragraph, and
    share/print/copyright lines anywhere, are page debris rather than headings."""
    last_text = max((i for i, p in enumerate(paragraphs) if p.kind == "text"), default=-1)
    kinds = []
    for position, paragraph in enumerate(paragraphs):
        kind = paragraph.kind
        if kind == "heading" and (position > last_text >= 0 or _FURNITURE.search(paragraph.text)):
            kind = "debris"
        kinds.append(kind)
    return kinds


def document_title(paragraphs: Sequence[Any]) -> str:
    """The document's headline: its first heading before the content, without a trailing time
    stamp; breadcrumbs, navigation and share lines are skipped. "" when there is none."""
    kinds = display_kinds(paragraphs)
    fallback = ""
    for paragraph, kind in zip(paragraphs, kinds):
        if paragraph.kind == "text":
            break
        text = _STAMP.sub("", paragraph.text).strip()
        if kind == "heading" and text and not _TRAIL.search(text):
            return text
        # A headline with a time stamp is debris to the segmenter but still the page's title.
        if not fallback and kind == "debris" and text != paragraph.text.strip() and not _TRAIL.search(text):
            fallback = text
    return fallback


def _name(theme: str, names: Mapping[str, str]) -> str:
    return names.get(theme, theme)


def share_bar(shares: Mapping[str, float], order: Sequence[str], names: Mapping[str, str]) -> list[str]:
    """A bar whose segments are the shares as they are (the rest, if any, stays grey) and its legend."""
    if not shares:
        return ['<p class="notheme">No theme found.</p>']
    spans = "".join(
        f'<span style="width:{100 * w:.2f}%;background:{theme_colour(t, order)}" '
        f'title="{html.escape(_name(t, names))} {w:.0%}"></span>'
        for t, w in shares.items()
    )
    legend = "".join(
        f'<span><i class="swatch" style="background:{theme_colour(t, order)}"></i>'
        f"{html.escape(_name(t, names))} {w:.0%}</span>"
        for t, w in shares.items()
    )
    return [f'<div class="bar">{spans}</div>', f'<div class="legend">{legend}</div>']


def _who(statement: Any) -> str:
    parts = [f'<span class="kind">{html.escape(statement.kind)}</span>']
    if statement.speaker:
        parts.append(html.escape(statement.speaker))
    if statement.verb:
        parts.append(f"({html.escape(statement.verb)})")
    return f'<div class="who">{" ".join(parts)}</div>'


def _paragraph_html(paragraph: Any, statements: list[Any], order, names) -> str:
    text = html.escape(paragraph.text)
    for statement in statements:
        escaped = html.escape(statement.text)
        speaker = html.escape(statement.speaker or "unattributed")
        marked = f'<mark title="{speaker} · {html.escape(statement.kind)}">{escaped}</mark>'
        text = text.replace(escaped, marked, 1)
    chips = "".join(
        f'<span class="chip" style="background:{theme_colour(t, order)}" title="{html.escape(t)}">'
        f"{html.escape(_name(t, names))} {paragraph.scores[t]:.2f}</span>"
        for t in paragraph.themes
    )
    chips = chips or '<span class="notheme">no theme</span>'
    return f'<div class="paragraph"><div class="chips">{chips}</div><p>{text}</p></div>'


def document_html(
    analysis: Any,
    *,
    title: str | None = None,
    themes: Sequence[str] | None = None,
    names: Mapping[str, str] | None = None,
    heading_level: int = 1,
) -> str:
    """The body of a document report: title, theme shares, key statements, the annotated text.

    ``names`` maps theme ids to readable names (default: the analysis's own);
    ``themes`` fixes the colour order of labels outside the default taxonomy.
    """
    names = dict(analysis.theme_names) | dict(names or {})
    order = list(themes or analysis.themes)
    for paragraph in analysis.paragraphs:
        order.extend(t for t in paragraph.themes if t not in order)
    title = title or analysis.title or (analysis.id or "Document analysis")
    by_paragraph: dict[int, list[Any]] = {}
    for statement in analysis.key_statements:
        by_paragraph.setdefault(statement.paragraph, []).append(statement)
    meta = (
        f"{len(analysis.paragraphs)} paragraphs · language {html.escape(analysis.language)} · "
        f"{len(analysis.key_statements)} key statements"
    )
    sub = f"h{heading_level + 1}"
    body = [
        f"<h{heading_level}>{html.escape(title)}</h{heading_level}>",
        f'<p class="meta">{meta}</p>',
        f'<{sub}>Themes <span class="meta">({SHARE_LABEL})</span></{sub}>',
        *share_bar(analysis.themes, order, names),
        f"<{sub}>Key statements</{sub}>",
    ]
    if not analysis.key_statements:
        body.append('<p class="notheme">None.</p>')
    for statement in analysis.key_statements:
        body.append(f'<div class="statement">{html.escape(statement.text)}{_who(statement)}</div>')
    body.append(f"<{sub}>Document</{sub}>")
    for paragraph, kind in zip(analysis.paragraphs, display_kinds(analysis.paragraphs)):
        if paragraph.kind != "text":
            body.append(f'<div class="{kind}">{html.escape(paragraph.text)}</div>')
        else:
            body.append(_paragraph_html(paragraph, by_paragraph.get(paragraph.index, []), order, names))
    return "\n".join(body)
