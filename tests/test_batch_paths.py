"""Batch paths (one scan of a whole batch) must agree with their text-by-text forms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scotopics.text.inputs import coerce_text, coerce_text_list
from scotopics.text.language import detect_language, detect_languages

PIECES = ["hello ", "привет ", "中文", "مرحبا", "ß", "123 ", "", " ", "Ωμέγα", "é"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=8).map("".join), max_size=8))
def test_detect_languages_agrees_with_detect_language(texts):
    assert detect_languages(texts) == [detect_language(text) for text in texts]


def test_detect_languages_reads_the_same_sample():
    texts = ["a" * 30 + "жжжжжжжжж", "b" * 25_000 + "ж" * 50_000, "ж"]
    assert detect_languages(texts) == [detect_language(text) for text in texts] == ["en", "en", "ru"]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                [*PIECES, "\r\n", "\t", "\x00", "\u200b", "e\u0301", "\u0301", "\n", "Pахмон ", "cаммит", "Оrg"]
            ),
            max_size=6,
        ).map("".join),
        max_size=6,
    )
)
def test_coerce_text_list_agrees_with_coerce_text(texts):
    assert coerce_text_list(texts) == [coerce_text(text) for text in texts]


EDGES = "AZaz@[`{\u00bf\u00c0\u00d7\u00ff\u0100\u01ff\u0200\u023f\u0240\u024f\u0250\u03ff\u0400\u04ff\u0500 ёж"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=EDGES, max_size=40))
def test_latin_and_cyrillic_counts_on_bytes_agree_with_the_patterns(text):
    from scotopics.text.language import _SCRIPTS, _latin_over_cyrillic

    expected = len(_SCRIPTS["en"].findall(text)) >= len(_SCRIPTS["ru"].findall(text))
    assert _latin_over_cyrillic(text) == expected
