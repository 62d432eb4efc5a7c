"""Speaker cases met on the development pages in the eighteenth round (written anew here, never copied)."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import SpeakerDocument, SpeakerResolver, attribute
from scotopics.models.attribution.group_mentions import group_mentions
from scotopics.models.attribution.publishers import quoted_subject
from scotopics.models.attribution.resolver import script_language
from scotopics.models.attribution.sources import names_the_source_before, strip_source_tag

from .test_attribution_pages import default_resolver, resolve_with_default_model


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (
            "Об этом говорится в сообщении департамента информации и печати МИД РФ, опубликованном во вторник.",
            "департамент информации и печати МИД РФ",
            "говорится",
        ),
        (
            "Об этом сообщается в пресс-релизе пресс-службы правительства Киргизии.",
            "пресс-служба правительства Киргизии",
            "сообщается",
        ),
        ("В МИД сообщили, что в заседании примет участие заместитель министра.", "МИД", "сообщили"),
        ("В пресс-службе министерства заявили, что визит пройдёт в октябре.", "пресс-служба министерства", "заявили"),
    ],
)
def test_a_russian_publication_or_body_named_as_the_source(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_a_city_that_reports_names_no_body():
    """ "В Душанбе заявили" says where, not who: no speaker."""
    assert attribute("В Душанбе заявили, что форум пройдёт весной.").speaker is None


def test_a_publication_named_after_a_sentence_is_its_source():
    assert names_the_source_before("Об этом говорится в сообщении пресс-службы Минэнерго.")
    assert not names_the_source_before("В сообщении говорится о планах на будущий год.")


def test_every_sentence_of_a_quotation_closed_by_its_publication_belongs_to_the_publisher():
    """The middle of '"… . … . …", - говорится в документе.' is the publisher's, named two sentences before."""
    paragraphs = [
        [
            "Министры иностранных дел стран ШОС встретятся в Бишкеке.",
            "Об этом говорится в сообщении пресс-службы МИД Киргизии.",
        ],
        [
            '"Встреча пройдёт в рабочем формате.',
            "На ней будут рассмотрены вопросы внешних связей Организации.",
            'Министры также обменяются мнениями о положении в регионе", - говорится в документе.',
        ],
    ]
    found = resolve_with_default_model("Министры ШОС встретятся в Бишкеке", paragraphs, (1, 1))
    assert found.speaker == "пресс-служба МИД Киргизии"


def test_words_quoted_from_a_declaration_belong_to_their_subject():
    sentence = (
        '"Государства-члены, подтверждая важность энергетического диалога, решили создать рабочую группу", '
        "- говорится в тексте декларации."
    )
    assert quoted_subject(sentence) == "Государства-члены"
    found = resolve_with_default_model(
        "Декларация саммита ШОС", [["Саммит ШОС завершился в Астане."], [sentence]], (1, 0)
    )
    assert found.speaker == "Государства-члены"


def test_words_quoted_from_a_press_release_stay_the_publishers():
    """A press release reports what others did ('"Стороны обсудили …"'): its quotation is not theirs."""
    assert quoted_subject('"Стороны обсудили подготовку к саммиту", - говорится в сообщении секретариата.') is None


def test_a_group_after_of_is_no_speaking_group():
    """ "the governments of the SCO member States" is an object: no group speaks there."""
    text = "The pandemic has shown the value of the agreement between the governments of the SCO member States."
    assert not any("member States" in group for group in group_mentions(text))
    assert any(
        "heads of delegation" in group for group in group_mentions("During the talks, the heads of delegation agreed.")
    )


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("He said so.(Source: astanatimes)", "He said so."),
        ("Торговля растёт. (Источник: Казинформ)", "Торговля растёт."),
        ("The summit was held in Astana (Kazakhstan).", "The summit was held in Astana (Kazakhstan)."),
    ],
)
def test_a_source_tag_after_the_sentence_end_is_cut(sentence, kept):
    assert strip_source_tag(sentence) == kept


def test_the_speaker_before_a_source_tag_is_found():
    sentence = "“We agreed on a balanced approach,” noted Kazakh Energy Minister Almas Satbayev.(Source: astanatimes)"
    assert attribute(sentence).speaker == "Almas Satbayev"


def test_an_office_is_not_the_one_person_a_long_title_introduced_as_another():
    """ "Minister of Agriculture and Water Resources of the Republic of Uzbekistan Anvar Tursunov" is no
    Secretary General, though the title words stand more than sixty characters before his surname."""
    paragraphs = [
        ["Minister of Agriculture and Water Resources of the Republic of Uzbekistan Anvar Tursunov took part."],
        ['Earlier, the SCO Secretary General noted that "the new demonstration zone is a national brand."'],
    ]
    assert (
        resolve_with_default_model("Agricultural cooperation", paragraphs, (1, 0)).speaker
        == "the SCO Secretary General"
    )


def test_an_office_goes_to_the_one_person_no_other_office_introduces():
    """The SCO's Secretary General is not the UN's: the untitled name the item also uses is his."""
    paragraphs = [
        ["The SCO Secretary General met UN Secretary-General Carlos Mendes in New York."],
        ["Anvar Rahimov stressed the need for joint work against drug trafficking."],
        ["The SCO Secretary General also pointed out the value of the resolution on cooperation with the UN."],
    ]
    assert resolve_with_default_model("Two Secretaries-General met", paragraphs, (2, 0)).speaker == "Anvar Rahimov"


def test_an_office_stays_an_office_when_two_people_could_hold_it():
    paragraphs = [
        ["Anvar Rahimov and Carlos Mendes attended the forum."],
        ["The Secretary General pointed out the value of the new programme."],
    ]
    found = resolve_with_default_model("Forum", paragraphs, (1, 0)).speaker
    assert found == "the Secretary General"


def test_the_source_named_in_the_next_sentence_speaks_for_a_statement_about_a_group():
    """ "Страны ШОС ищут …. Об этом заявил генсек X." is X's statement, though the countries are its subject."""
    paragraphs = [
        [
            "ПЕКИН, 3 марта.",
            "Страны ШОС ищут новые решения в ответ на потрясения в мировой экономике.",
            "Об этом заявил генеральный секретарь ШОС Арман Сапаров.",
        ]
    ]
    found = resolve_with_default_model("ШОС ищет решения", paragraphs, (0, 1))
    assert (found.speaker, found.verb) == ("Арман Сапаров", "заявил")


def test_an_outlet_named_as_the_source_is_not_the_speaker():
    paragraphs = [["Страны ШОС расширят торговлю в национальных валютах.", "Об этом сообщает ТАСС."]]
    assert resolve_with_default_model("Торговля", paragraphs, (0, 0)).speaker != "ТАСС"


def test_he_after_a_russian_office_with_an_adjective_is_that_office():
    context = [
        "Генеральный секретарь ШОС встретился с Генеральным секретарём ООН Карлосом Мендесом.",
        "Генеральный секретарь ШОС констатировал, что пандемия осложнила многосторонние контакты.",
    ]
    found = attribute("Он подчеркнул, что ШОС сохранила работоспособность.", context)
    assert found.speaker == "Генеральный секретарь ШОС"


def test_the_outlet_a_source_spoke_to_is_not_part_of_it():
    assert attribute("Об этом рассказал «Интерфаксу» заместитель министра Иван Петров.").speaker == "Иван Петров"
    assert attribute('Об этом рассказал "Интерфаксу" источник в правительстве.').speaker == "источник"


def test_english_and_russian_documents_get_their_own_nobody_margin():
    resolver = default_resolver()
    english = SpeakerDocument("Forum", (("The ministers met in Astana.",),))
    russian = SpeakerDocument("Форум", (("Министры встретились в Астане.",),))
    assert (script_language(english), script_language(russian)) == ("en", "ru")
    assert resolver.none_margins == {"en": 2.0}
    arrays, record = resolver._get_state()
    again = SpeakerResolver._from_state(arrays, record)
    assert again.none_margins == {"en": 2.0} and again.none_margin == resolver.none_margin
    del record["none_margins"]  # a file of an earlier version: one margin for all
    assert SpeakerResolver._from_state(arrays, record).none_margins == {}


def test_a_country_speaks_for_itself_after_the_minister_of_another_country():
    """ "Kazakhstan proposes …" after the quotation of Uzbekistan's minister is Kazakhstan's, not his; "China is
    willing …" inside the speech of China's minister stays his."""
    paragraphs = [
        [
            "Minister of Transport of Uzbekistan Anvar Karimov said the new railway would cut delivery times.",
            '"We support every joint step," Mr. Karimov concluded.',
        ],
        ["Kazakhstan proposes to create a single digital platform for customs declarations."],
    ]
    assert resolve_with_default_model("Transport ministers meet", paragraphs, (1, 0)).speaker == "Kazakhstan"
    paragraphs = [
        ["Chinese Foreign Minister Li Wen said the SCO had grown stronger.", "China is willing to deepen trade."],
    ]
    assert resolve_with_default_model("Ministers meet", paragraphs, (0, 1)).speaker == "Li Wen"
