"""Background a summary leaves out, and the string scans that replaced patterns compiled per name (written anew)."""

from __future__ import annotations

import re

import pytest

import scotopics
from scotopics.models.attribution import SpeakerDocument
from scotopics.models.attribution.candidates import candidates
from scotopics.models.attribution.explicit import word_position as _word_position
from scotopics.models.attribution.floor_speech import _after_modal
from scotopics.models.attribution.sources import names_the_source_before
from scotopics.models.background import defines, recalls_founding
from scotopics.models.summarizer import may_state


@pytest.mark.parametrize(
    "sentence",
    [
        "The SCO was founded in 2001 in Shanghai by six states.",
        "The Contact Group was set up in 2005, suspended in 2009 and revived in 2017.",
        "The Interbank Consortium was established on 26 October 2005 to finance joint projects.",
        "Региональная антитеррористическая структура ШОС была создана в 2002 году.",
        "Деловой совет ШОС был учреждён в 2006 году.",
    ],
)
def test_a_sentence_that_recalls_when_a_body_was_founded_is_no_key_statement(sentence):
    assert recalls_founding(sentence)
    assert not may_state(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Since it was founded in 2001, the SCO has become a pillar of stability in the region.",
        "The ministers agreed that the new centre was founded on sound principles.",
        "The Secretary-General said the Forum, set up in 2006, should meet twice a year.",
        "В 2001 году была создана ШОС, и с тех пор она выросла вдвое.",
    ],
)
def test_a_founding_year_inside_a_statement_leaves_it_a_candidate(sentence):
    assert not recalls_founding(sentence)
    assert may_state(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The SCO Energy Club is a non-governmental multilateral body of experts.",
        "The Secretariat is a permanent body of the Organisation based in Beijing.",
        "Деловой совет ШОС является международной структурой, объединяющей бизнес-сообщества.",
    ],
)
def test_a_definition_in_descriptive_words_is_background(sentence):
    assert defines(sentence)
    assert not may_state(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The SCO is an effective organization for solving regional problems.",
        "Today the SCO is a respected international organisation.",
        "Khan added that the SCO is an important organization.",
    ],
)
def test_a_definition_that_assesses_stays_a_candidate(sentence):
    assert not defines(sentence)
    assert may_state(sentence)


def test_a_summary_leaves_out_the_founding_line_of_a_press_release():
    model = scotopics.load()
    text = (
        "Ministers of Agriculture Meet in Bishkek\n\n"
        "The agriculture ministers of the SCO member states met in Bishkek on 12 May.\n\n"
        "The ministers agreed to set up a joint seed bank and to share data on locust outbreaks.\n\n"
        "Minister Askar Beishenov stressed that food security must stay at the top of the agenda.\n\n"
        "The SCO was founded in 2001 in Shanghai; its Secretariat is in Beijing."
    )
    picked = [s.text for s in model.summarize(text, n=3)]
    assert not any("founded in 2001" in p for p in picked)
    assert any("seed bank" in p for p in picked)


@pytest.mark.parametrize(
    ("text", "word", "endings"),
    [
        ("об этом заявил норова.", "норов", ("", "а", "у")),
        ("об этом заявил норовский.", "норов", ("", "а", "у")),
        ("the_norov said", "norov", ("",)),
        ("norov, norovа and norov", "norov", ("", "а")),
        ("", "norov", ("",)),
        ("mr alimov noted", "alimov", ("", "а", "у", "ым", "ом", "е", "ой")),
    ],
)
def test_the_word_scan_finds_what_a_word_boundary_pattern_finds(text, word, endings):
    alternatives = "|".join(map(re.escape, endings))
    found = re.search(rf"\b{re.escape(word)}(?:{alternatives})\b", text)
    assert _word_position(text, word, endings) == (found.start() if found else -1)


def test_a_reporting_verb_after_a_modal_is_an_appeal_only_as_a_word_of_its_own():
    assert _after_modal("All member states should support the initiative.", "support")
    assert _after_modal("They will  Support it.", "support")
    assert not _after_modal("All member states should supported it.", "support")
    assert not _after_modal("China supports the initiative.", "supports")
    assert not _after_modal("The Council shall not support it.", "support")


@pytest.mark.parametrize(
    "sentence",
    ["Об этом сообщает пресс-служба министерства транспорта.", "Об этом в четверг сообщает агентство «Кабар»."],
)
def test_a_present_tense_attribution_line_names_the_source_before_and_is_no_statement(sentence):
    assert names_the_source_before(sentence)
    assert not may_state(sentence)


def test_an_outlet_that_carries_the_news_is_not_the_speaker_of_the_sentence_before():
    document = SpeakerDocument(
        "Министры транспорта ШОС встретились в Ташкенте",
        (("Министры транспорта стран ШОС обсудили новые маршруты.", "Об этом сообщило агентство «Кабар»."),),
    )
    assert not any("Кабар" in (c.speaker or "") for c in candidates(document, 0, 0))
