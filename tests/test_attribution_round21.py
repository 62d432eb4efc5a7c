"""Speaker cases met on real Russian pages outside the labelled rounds (written anew here, never copied)."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.attribution import attribute
from scotopics.models.attribution.sources import names_the_source_before


@pytest.fixture(scope="module")
def model():
    return scotopics.load()


@pytest.mark.parametrize(
    "line",
    [
        "Это подчеркнул генеральный секретарь ШОС Нурлан Ермекбаев в поздравлении коллегам.",
        "Так считает директор Института Дальнего Востока Иван Петров.",
    ],
)
def test_this_and_so_before_a_reporting_verb_name_the_source_of_the_sentence_before(line):
    assert names_the_source_before(line)


def test_a_demonstrative_is_no_speaker_and_a_thing_it_did_names_no_source():
    """ "Это подчеркнуло важность …" (this underlined the importance): nobody said it."""
    assert not names_the_source_before("Это подчеркнуло важность совместной работы.")
    assert attribute("Это подчеркнуло важность совместной работы.").speaker is None
    assert names_the_source_before("Об этом сообщило агентство печати Казинформ.")  # a neuter source still names it


def test_the_statement_before_this_was_stressed_by_gets_its_speaker(model):
    text = (
        "ШОС ценит связи с АСЕАН и готова искать новые возможности для совместной работы.\n\n"
        "Это подчеркнул генеральный секретарь ШОС Нурлан Ермекбаев в поздравлении генсеку АСЕАН."
    )
    (statement,) = model.summarize(text, n=1)
    assert statement.speaker == "Нурлан Ермекбаев" and statement.text.startswith("ШОС ценит связи")
