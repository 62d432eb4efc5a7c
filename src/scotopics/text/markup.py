"""HTML passed as text: turned into plain text with one paragraph per block.

Users paste whole web pages. Rather than tagging ``<div class=...>`` as words,
:func:`looks_like_html` recognises markup and :func:`html_to_text` keeps the
visible text, with block elements (p, div, li, h1-h6, br, tr) as line breaks
and script, style and head content dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["looks_like_html", "html_to_text"]

_TAG = re.compile(
    r"</?(?:html|body|head|p|div|span|br|li|ul|ol|h[1-6]|a|table|tr|td|article|section|header|footer|nav|script|style|meta|title|strong|em|b|i)\b[^>]*>",
    re.IGNORECASE,
)
_BLOCK = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "table",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "blockquote",
    "title",
    "figcaption",
}
_HIDDEN = {"script", "style", "head", "noscript", "template", "svg"}


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than prose that mentions a tag."""
    return "<" in text and len(_TAG.findall(text[:100_000])) >= 3


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, blocks separated by blank lines."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    text = "".join(extractor.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def visible_text(text: str) -> str:
    """The visible text of HTML input; any other text as it is."""
    return html_to_text(text) if looks_like_html(text) else text
