"""Speakers of the fourth round of development pages (written anew): wires' unnamed officials, Russian sources
with their addressee or circumstance, and more reporting verbs."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.attribution.introductions import introduced_person, unnamed_official
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.rules import attribute


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tourism ties among the members have great potential, a Chinese official said Friday.", "a Chinese official"),
        ("Exchanges have widened over twenty years, an SCO official said on Saturday.", "an SCO official"),
    ],
)
def test_an_unnamed_official_closing_a_wire_statement_is_its_source(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_the_unnamed_official_of_a_lead_is_the_person_the_story_introduces_next():
    lead = "Health cooperation among the members has a bright future, a Chinese official said in an interview."
    rest = (
        "Herbal medicine is widely accepted in the region, said Li Wenhua, head of the national medicine "
        "administration. Li said the forum gathered doctors from eight countries."
    )
    assert unnamed_official("a Chinese official")
    assert introduced_person(lead, rest, "a Chinese official", {}) == "Li Wenhua"


def test_an_unnamed_official_outside_the_lead_stays_as_written():
    lead = "The tourism ministers met in Qingdao on Monday."
    rest = "A Kazakh official urged more flights. Wang Bo, director of the exhibition, said sales doubled."
    assert introduced_person(lead, rest, "A Kazakh official", {}) is None


def test_a_summary_names_the_person_behind_a_wires_unnamed_official():
    model = scotopics.load()
    text = (
        "Education exchange of the SCO to grow fast: official\n\n"
        "BEIJING, May 4 (Xinhua) -- Student exchanges among the member states of the Shanghai Cooperation "
        "Organization will double within five years, a senior official said Thursday.\n\n"
        "The network university will add twenty campuses and open a joint master's programme in ecology, "
        "Zhou Minghua, director of the university's coordination office, told a press conference in Beijing.\n\n"
        '"Education is the surest bridge between our peoples," Zhou said.'
    )
    statements = model.summarize(text, n=5)
    lead = next(s for s in statements if s.text.startswith("BEIJING"))
    assert lead.speaker == "Zhou Minghua"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("«Все отношения в ШОС строятся на взаимном уважении», - сказал Песков журналистам в Самарканде.", "Песков"),
        (
            "Официальный представитель МИД России в очередной раз заявил, что обвинения беспочвенны.",
            "Официальный представитель МИД России",
        ),
        (
            "Кыргызстан в период своего председательства в ШОС выступил с инициативой провести форум инвесторов.",
            "Кыргызстан",
        ),
        (
            "Об этом в среду сообщила пресс-служба президента Казахстана по итогам участия секретаря Совета "
            "безопасности Гизата Нурдаулетова во встрече в Нью-Дели.",
            "пресс-служба президента Казахстана",
        ),
    ],
)
def test_a_russian_source_without_its_addressee_circumstance_or_adverb(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_named_source_after_the_circumstance_is_still_found():
    found = attribute("Об этом в ходе брифинга заявил официальный представитель МИД КНР Лу Кан.")
    assert found.speaker == "Лу Кан"


def test_the_diplomat_of_a_briefing_item_is_the_ministrys_spokesperson_the_lead_names():
    lead = "Об этом объявил в среду официальный представитель МИД КНР Лу Кан."
    assert find_office_holder("Дипломат", (lead, ""), {"кан": "Лу Кан"}) == "Лу Кан"


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("During the meeting, Oralov raised the issue of a cultural capital for 2025.", "Oralov", "raised the issue"),
        ("Делегация КНР выступила с идеей объединить усилия сейсмологов.", "Делегация КНР", "выступила с идеей"),
        ("A senior official has predicted rapid growth of the exchange.", "A senior official", "predicted"),
    ],
)
def test_more_verbs_that_report_a_position(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)
