"""Speakers of the sixth round of development pages (written anew): lists of signed documents after "Среди них:",
settings between a subject and its verb, the head of a republic, dashed speech over several sentences, a
minister named by nationality and field, and a surname alone before "in his meeting"."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.attribution.document import SpeakerDocument, canonical
from scotopics.models.attribution.lists import list_introduction
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.transcripts import continues_dashed_speech


@pytest.fixture(scope="module")
def resolver():
    return scotopics.load().summarizer.speaker_resolver


def test_items_after_a_line_that_points_back_belong_to_the_sentence_before_it():
    document = SpeakerDocument(
        "Итоги саммита",
        (
            ("Главы правительств стран ЕАЭС подписали в Минске пять документов.",),
            ("В их числе:",),
            ("- соглашение о цифровых транспортных коридорах;",),
            ("- программа развития промышленной кооперации.",),
        ),
    )
    assert list_introduction(document, 2) == (1, "Главы правительств стран ЕАЭС")  # (how far back the "В их числе:")
    assert list_introduction(document, 3) == (2, "Главы правительств стран ЕАЭС")


def test_a_pointer_line_with_no_speaker_before_it_gives_the_items_none():
    document = SpeakerDocument(
        "Итоги",
        (("Пакет документов опубликован на сайте.",), ("Среди них:",), ("- меморандум о сотрудничестве;",)),
    )
    assert list_introduction(document, 2) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Главы государств по итогам встречи в Астане утвердили план действий.", "Главы государств"),
        ("Министры транспорта в рамках совещания одобрили концепцию коридоров.", "Министры транспорта"),
        ("Стороны по результатам переговоров подписали меморандум.", "Стороны"),
    ],
)
def test_a_setting_between_a_russian_subject_and_its_verb_is_no_part_of_the_speaker(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_the_head_of_the_republic_in_the_genitive_is_the_president_the_lead_names():
    lead = "Президент Кыргызстана Садыр Жапаров открыл форум в Бишкеке."
    sentence = "По словам главы республики, страна завершила председательство с хорошими результатами."
    found = attribute(sentence, [lead])
    assert found.speaker == "глава республики"
    document = SpeakerDocument("Форум в Бишкеке", ((lead,), (sentence,)))
    assert canonical(document, found.speaker) == "Садыр Жапаров"


@pytest.mark.parametrize(
    ("paragraph", "sentence", "continues"),
    [
        (("- Граждане видят в ШОС клуб лидеров.", "Однако открытость форумов это меняет."), 1, True),
        (("- Граждане видят в ШОС клуб лидеров.", "Однако открытость форумов это меняет."), 0, False),
        (("Граждане видят в ШОС клуб лидеров.", "Однако открытость форумов это меняет."), 1, False),
        (("- соглашение о туризме;", "- программа обменов;"), 1, False),  # a list, not speech
        (("— Как вы оцениваете итоги?", "Что дальше?"), 1, False),  # an interviewer's question
    ],
)
def test_a_later_sentence_of_dashed_speech_is_told_from_lists_and_questions(paragraph, sentence, continues):
    assert continues_dashed_speech(paragraph, sentence) is continues


def test_every_sentence_of_dashed_speech_has_its_speakers_name(resolver):
    document = SpeakerDocument(
        "Эксперты обсудили будущее ШОС",
        (
            ("В Алматы прошла конференция аналитических центров стран ШОС.",),
            ("Казахстан представлял политолог Ерлан Сагымбаев, который считает, что форум стал полезным.",),
            (
                "- Для многих граждан организация остаётся далёкой и непонятной.",
                "Участие экспертов делает её повестку ближе к людям.",
            ),
        ),
    )
    assert resolver.resolve(document, 2, 1).speaker == "Ерлан Сагымбаев"


def test_a_minister_named_by_nationality_and_field_is_not_another_countrys_minister_of_that_field():
    texts = [
        "Kyrgyz Interior Minister Ulan Niyazbekov and Kazakh Interior Minister Yerlan Turgumbayev attended.",
        "Chaired by Uzbek Interior Minister Pulat Bobojonov, the meeting reviewed drug trafficking.",
    ]
    known = {"niyazbekov": "Ulan Niyazbekov", "turgumbayev": "Yerlan Turgumbayev", "bobojonov": "Pulat Bobojonov"}
    assert find_office_holder("Uzbek interior minister", texts, known) == "Pulat Bobojonov"
    assert find_office_holder("the Kazakh interior minister", texts, known) == "Yerlan Turgumbayev"
    other = ["Sirojiddin Muhriddin, Foreign Minister of Tajikistan, opened the session."]
    assert find_office_holder("the Tajik foreign minister", other, {"muhriddin": "Sirojiddin Muhriddin"}) == (
        "Sirojiddin Muhriddin"
    )


def test_the_second_of_two_offices_is_found_after_the_first():
    text = "ISLAMABAD: Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar said Pakistan was ready."
    assert find_office_holder("the foreign minister", [text], {"dar": "Mohammad Ishaq Dar"}) == "Mohammad Ishaq Dar"


def test_a_deputy_minister_is_not_resolved_to_the_minister():
    texts = ["Minister of Health of Kazakhstan Akmaral Alnazarova chaired the meeting."]
    document = SpeakerDocument("Health ministers meet", ((texts[0],), ("An Iranian deputy minister noted gaps.",)))
    assert canonical(document, "An Iranian deputy minister") == "An Iranian deputy minister"


def test_he_is_the_surname_that_opened_the_sentence_before_not_the_president_he_met():
    context = [  # the rules read a window of earlier sentences; the full name stood further back
        "On Monday, the Pakistani foreign minister met Chinese President Xi Jinping.",
        "Asif in his meeting with the Chinese leader expressed goodwill and said the ties rest on respect.",
    ]
    assert attribute('"China and Pakistan are strategic partners," he said.', context).speaker == "Asif"
