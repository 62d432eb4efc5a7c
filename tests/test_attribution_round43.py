"""Who said what, round 43: cases of a labelled round of real pages once read (a video's caption in capitals before
a quotation, with or without a comma, after a title word or with an initial; "«…», – цитирует ТАСС Хакимова"; a
paragraph of direct speech opened by a dash after another of the same speaker)."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.sources import name_before_quote
from scotopics.models.attribution.transcripts import dashed_speech_before


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('MENG HUA CHINESE MINISTER OF CULTURE "All member states have acted to boost cooperation.', "Meng Hua"),
        (
            'AMBASSADOR KAMRAN J. SAEED SPECIAL ENVOY "It will place the relationship in a positive context.',
            ("Kamran J. Saeed"),
        ),
        ("SUMMIT NEWS DAY TWO “We met.", None),
        ("THE SECRETARY GENERAL “We met.", None),
    ],
)
def test_a_caption_s_name_is_its_first_words_after_any_title(sentence, speaker):
    assert name_before_quote(sentence) == speaker


def test_the_person_an_outlet_quotes_after_tsitiruet_speaks():
    found = attribute('"Хорошее начинает привлекать внимание", – цитирует ТАСС 6 марта Хакимова.')
    assert (found.speaker, found.verb) == ("Хакимов", "цитирует")
    assert attribute('"Это важно", – цитирует РИА Новости Сергея Лаврова.').speaker == "Сергей Лавров"


def test_a_dashed_paragraph_after_another_is_the_same_speaker_s(default_resolver):
    document = SpeakerDocument(
        "Организация вступает в новый этап — Асет Ибраев",
        (
            ("Такое мнение высказал на заседании президент Асет Ибраев, сообщает агентство.",),
            ("По словам Ибраева, текущий год является знаковым для организации.",),
            ("— 20 лет назад был сделан исторический шаг — принята декларация о создании организации.",),
            ("В зоне ответственности организации сосредоточены огромные ресурсы.",),
            ("— Присоединение новых членов, несомненно, усилило организацию.",),
        ),
    )
    assert default_resolver.resolve(document, 4, 0).speaker == "Асет Ибраев"


def test_a_dashed_list_item_or_question_is_no_direct_speech():
    paragraphs = (
        ("Министр Асет Ибраев перечислил итоги заседания:",),
        ("— принят план действий;",),
        ("— утверждён бюджет;",),
        ("— Какие решения приняты?",),
        ("— Принят план действий.",),
    )
    assert dashed_speech_before(paragraphs, 2) is None
    assert dashed_speech_before(paragraphs, 4) is None
    assert dashed_speech_before(paragraphs, 3) is None
