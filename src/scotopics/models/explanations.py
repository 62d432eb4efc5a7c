"""Why a text got (or did not get) a theme: the terms that push it towards or away from it.

A linear model's score for a theme is a sum over the text's terms of
coefficient × tf-idf, so each term's contribution is exact, not an
approximation. Terms are shown in the words of the text being explained
("warm hospitality", not the stems "warm hospit" or the corpus's most frequent
word for them).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..text.features import WORD_PATTERN, stem_cache

__all__ = ["contributions", "surface_in_text", "Contributions"]

Contributions = tuple[tuple[str, float], ...]


def surface_in_text(text: str, language: str = "english", unify_words: bool = False) -> dict[str, str]:
    """stem -> the word as first written in ``text``, and "stem stem" -> the two words as written
    (``unify_words`` as the model's vectoriser reads words, see :class:`~scotopics.text.features.StemAnalyzer`)."""
    stems = stem_cache(language, unify_words)
    words = [(word, stems[word.lower()]) for word in WORD_PATTERN.findall(text)]
    kept = [(word, stem) for word, stem in words if stem]
    surface: dict[str, str] = {}
    for word, stem in kept:
        surface.setdefault(stem, word)
    for (first, first_stem), (second, second_stem) in zip(kept, kept[1:]):
        surface.setdefault(f"{first_stem} {second_stem}", f"{first} {second}")
    return surface


def _readable(term: str, own: dict[str, str], fallback: dict[str, str]) -> str:
    if term in own:
        return own[term]
    return " ".join(own.get(part) or fallback.get(part, part) for part in term.split(" "))


def contributions(
    row,
    coef: np.ndarray,
    columns: Sequence[int],
    terms: Sequence[str],
    *,
    text: str,
    fallback_surface: dict[str, str],
    k: int,
    unify_words: bool = False,
) -> list[Contributions]:
    """For each label column, the ``k`` strongest terms for it, then the ``k`` strongest against it.

    ``row`` is the text's TF-IDF row (sparse), ``coef`` the model's weights
    (labels × terms). A positive contribution pushes towards the label, a
    negative one away from it.
    """
    indices, values = row.indices, row.data
    own = surface_in_text(text, unify_words=unify_words)
    out = []
    for column in columns:
        weights = values * coef[column, indices]
        order = np.argsort(-weights, kind="stable")
        pushing = [i for i in order[:k] if weights[i] > 0]
        holding = [i for i in order[::-1][:k] if weights[i] < 0]
        out.append(
            tuple(
                (_readable(terms[indices[i]], own, fallback_surface), round(float(weights[i]), 4))
                for i in pushing + holding
            )
        )
    return out
