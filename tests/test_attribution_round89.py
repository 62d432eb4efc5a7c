"""Who said what, read on the eighty-ninth round of real pages (kept blind by the three releases before): an editor's
line ("Following is the full text of a speech by President X …") makes the text below X's speech; a quotation's
source may be followed by a date with an abbreviated month ("…, which met Feb. 4 in Moscow."); "According to the
government, X called …" is X's; "It was announced by X …, that …" is X's; "С его слов, …" is "по его словам"; a
gerund before "что" ("Учитывая, что …") is no surname; an adverb after a Russian group ("Участники заранее …") is
not part of it; a man's surname in "-а" given in the genitive ("Николая Бордюжи") is written as the text writes it
in the nominative ("Н. Бордюжа:"); a body is written in the nominative with its adjectives ("в сообщении российского
кабмина": "российский кабмин"); and a body that holds a view in the present speaks ("В РАТС ШОС считают …")."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bodies import body_nominative
from scotopics.models.attribution.cases import man_in_nominative
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.speech_headings import introduces_speech

from .test_attribution_pages import resolve_with_default_model


def test_an_editor_s_note_before_a_speech_makes_every_statement_its_speaker_s():
    title = "Holding fast to good neighbourliness for a shared future"
    paragraphs = [
        [
            "Editor's note: Following is the full text of a speech by President Zhou Ming via video in Beijing on "
            "Nov 12 at the meeting of the Council of Heads of State of the Shanghai Cooperation Organization."
        ],
        ["Dear colleagues,"],
        ["The world is entering a period of turbulence and transformation."],
        ["The organisation has stood the test of time and become a constructive force in the region."],
    ]
    assert resolve_with_default_model(title, paragraphs, (2, 0)).speaker == "Zhou Ming"
    assert resolve_with_default_model(title, paragraphs, (3, 0)).speaker == "Zhou Ming"


@pytest.mark.parametrize(
    ("lines", "speech"),
    [
        (["Editor’s note: Following is the full text of a speech by President Zhou Ming in Beijing."], True),
        (["The following is the full text of the address by the Secretary-General."], True),
        (["Following is the full text of the joint communique of the meeting."], False),
        (["The ministers adopted the following text of the statement."], False),
    ],
)
def test_an_editor_s_line_introduces_a_speech_only_when_it_names_one(lines, speech):
    assert introduces_speech(lines) is speech
    assert SpeakerDocument("Headline", tuple((line,) for line in lines)).speech is speech


def test_a_quotation_s_source_followed_by_an_abbreviated_month_speaks():
    sentence = (
        "These are essential factors,” said First Deputy Prime Minister Aidar Temirov at the meeting of the "
        "commission, which met Feb. 4 in Moscow."
    )
    assert attribute(sentence).speaker == "Aidar Temirov"


def test_according_to_the_government_the_person_it_reports_speaks():
    found = attribute('According to the government, Arjun Mehta called upon the members "to act together".')
    assert (found.speaker, found.verb) == ("Arjun Mehta", "called upon")


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (
            "It was announced by Chinese President Li Wen in the closing session of the summit, that Nepal would "
            "join as a dialogue partner.",
            "Li Wen",
            "announced",
        ),
        ("It was stressed by the ministers that the corridor must open this year.", "the ministers", "stressed"),
    ],
)
def test_a_reporting_verb_s_agent_after_an_impersonal_it_speaks(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_an_impersonal_it_with_an_agent_that_only_attended_names_nobody():
    assert attribute("It was attended by the ministers of culture of the member states.").speaker is None


def test_s_ego_slov_is_his_words_as_po_ego_slovam():
    found = attribute("С его слов, туристы посещают сразу несколько соседних стран.")
    assert (found.speaker, found.verb) == ("он", "according to")


def test_a_gerund_before_a_that_clause_is_no_speaker():
    sentence = "Учитывая, что город объявили культурной столицей Содружества, бюджет подвергнется испытаниям."
    assert attribute(sentence).speaker is None


def test_an_adverb_after_a_group_is_not_part_of_it():
    assert attribute("Участники заранее не планируют принимать совместный документ.").speaker == "Участники"


@pytest.mark.parametrize(
    ("name", "text", "written"),
    [
        ("Николая Бордюжи", "Н. Бордюжа: Я бы выделил три этапа.", "Николай Бордюжа"),
        ("Николай Бордюжи", "Н. Бордюжа: Я бы выделил три этапа.", "Николай Бордюжа"),
        ("Сергея Лаврова", "– сказал Лавров.", "Сергей Лавров"),
        ("Пранаба Мукерджи", "Мукерджи подчеркнул …", "Пранаба Мукерджи"),  # no "Мукерджа" written: as it is
        ("Николай Бордюжи", "Текст без имени.", "Николай Бордюжи"),
        ("Анны Шевы", "Шева отметила …", "Анны Шевы"),  # a woman's name
    ],
)
def test_a_surname_in_a_given_in_the_genitive_is_written_as_the_text_gives_it(name, text, written):
    assert man_in_nominative(name, text) == written


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("российского кабмина", "российский кабмин"),
        ("внешнеполитического ведомства", "внешнеполитическое ведомство"),
        ("таможенной службы", "таможенная служба"),
        ("общей службы", "общая служба"),
        ("Секретариата ШОС", "Секретариат ШОС"),
        ("этого ведомства", "этого ведомства"),  # a pronoun, no body's name
    ],
)
def test_a_body_and_the_adjectives_before_it_are_written_in_the_nominative(phrase, nominative):
    assert body_nominative(phrase) == nominative


def test_a_quotation_published_by_a_body_with_an_adjective_names_it_in_the_nominative():
    sentence = "«Планируется принять программу праздничных мероприятий», — говорится в сообщении российского кабмина."
    assert attribute(sentence).speaker == "российский кабмин"


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("В РАТС ШОС считают важной международную кооперацию в борьбе с терроризмом.", "РАТС ШОС", "считают"),
        ("В МИД подчеркивают, что позиция страны не изменилась.", "МИД", "подчеркивают"),
    ],
)
def test_a_body_that_holds_a_view_in_the_present_speaks(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_a_city_that_holds_a_view_is_no_body():
    assert attribute("В Ташкенте считают, что строительство плотин нужно согласовать.").speaker is None
