"""How much of a document each theme takes: shares that add up to 1 over the tagged content."""

from __future__ import annotations

from collections.abc import Sequence

from ..results import ParagraphResult

__all__ = ["theme_shares"]


def theme_shares(paragraphs: Sequence[ParagraphResult]) -> dict[str, float]:
    """Each theme's share of the document's tagged content, largest first.

    Every content paragraph with themes counts with its number of words, split
    equally among its themes; shares are those words over all words of tagged
    paragraphs, so they add up to 1 (up to rounding). Headings, debris and
    paragraphs without a theme do not count. A document with no tagged
    paragraph has no shares.
    """
    words_by_theme: dict[str, float] = {}
    total = 0
    for paragraph in paragraphs:
        if paragraph.kind != "text" or not paragraph.themes:
            continue
        words = len(paragraph.text.split())
        total += words
        for theme in paragraph.themes:
            words_by_theme[theme] = words_by_theme.get(theme, 0.0) + words / len(paragraph.themes)
    if total == 0:
        return {}
    ranked = sorted(words_by_theme.items(), key=lambda item: (-item[1], item[0]))
    return {theme: round(count / total, 4) for theme, count in ranked}
