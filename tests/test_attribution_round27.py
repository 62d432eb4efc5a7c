"""Speakers of the fourth round of development pages (written anew): wires' unnamed officials, Russian sources
with their addressee or circumstance, and more reporting verbs."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.attribution.introductions import introduced_person, unnamed_official
from scotopics.models.attribution.names import person_mentions, person_names
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.titles import title_speaker
from scotopics.models.attribution.transcripts import speaker_label


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


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Казахстанская и киргизская делегации выступили с инициативой создать общую сеть станций.",
            "Казахстанская и киргизская делегации",
        ),
        ("Российская и китайская стороны подчеркнули важность диалога.", "Российская и китайская стороны"),
        ("По этой причине кыргызская сторона предложила перенести встречу.", "кыргызская сторона"),
    ],
)
def test_two_nationalities_joined_by_and_head_one_subject(sentence, speaker):
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


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Текст выступления Министра иностранных дел Узбекистана А.Б.Каримова на пресс-конференции", "А.Б.Каримов"),
        (
            "Text of the speech of the Foreign Minister of Uzbekistan Bakhtiyor Saidov at the press conference",
            "Bakhtiyor Saidov",
        ),
    ],
)
def test_the_text_of_a_speech_names_its_author_in_the_title(title, speaker):
    assert title_speaker(title) == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "делегация во главе с Послом по особым поручениям Министерства иностранных дел Республики Казахстан "
            "Азаматом Нуркеновым",
            "Азамат Нуркенов",
        ),
        ("телеграмму направили Сергею Лаврову", "Сергей Лавров"),
        ("встреча с Александром Шпаковским", "Александр Шпаковский"),
    ],
)
def test_a_mans_name_in_the_instrumental_or_dative_is_put_in_the_nominative(text, name):
    assert person_mentions(text) == (name,)


def test_a_surname_in_sky_after_a_given_name_is_a_name_and_an_adjective_after_a_place_is_not():
    assert person_names("Об этом заявил депутат Палаты представителей Игорь Марзалюк-Шпаковский в интервью.") == [
        "Игорь Марзалюк-Шпаковский"
    ]
    assert person_names("Об этом заявил депутат Александр Пиотровский в интервью.") == ["Александр Пиотровский"]
    assert person_names("В Душанбе Антинаркотический центр открыл выставку.") == []


def test_a_line_with_a_name_alone_gives_the_floor_to_the_quotation_below_it():
    assert speaker_label("Александр Шпаковский:") == "Александр Шпаковский"
    assert speaker_label("Key Points:") is None


def test_a_vice_ministers_post_after_the_name_introduces_the_unnamed_official():
    lead = "Contracts worth two billion dollars will be signed at the summit, a senior official said yesterday."
    rest = "Li Jun, vice-minister of commerce, said at a press briefing that the projects matter to all members."
    assert introduced_person(lead, rest, "a senior official", {}) == "Li Jun"
