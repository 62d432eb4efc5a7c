"""Who said what, read on the ninety-second round of real pages (kept blind by the releases before): "X thanked Y …,
pointing to …" and "X met Y, praising …" are X's; "Leader" is a title, not a given name; an agency citing a body
("сообщает РИА Новости со ссылкой на Минобороны России") passes on the body's words, and an outlet citing another
outlet passes on those of whoever spoke before; "Ранее пресс-служба … сообщала" names the press service; a
parliament's speaker, a board's chairman and an ambassador are the person the lead gives that post; and an
ambassador "of Kazakhstan to China" is Kazakhstan’s; a paper "cited analysts as saying" gives them the words; and "he"
after "X met Y, praising what he described as …" is X."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import SpeakerDocument
from scotopics.models.attribution.document import canonical
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.national_holders import office_countries
from scotopics.models.attribution.rules import attribute

from .test_attribution_pages import resolve_with_default_model

_LEAD = "President Anvar Saidov and Belarusian Leader Pavel Orlov held talks on the sidelines of the CICA summit."


def test_leader_is_a_title_before_a_name():
    assert person_names(_LEAD) == ["Anvar Saidov", "Pavel Orlov"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In his part, Orlov thanked the President for the invitation, pointing to the potential of CICA.",
        "Orlov later met with Prime Minister Ilya Markov, praising what he described as good momentum in relations.",
        "Orlov received the delegation, highlighting the role of the Secretariat.",
    ],
)
def test_a_courtesy_or_a_meeting_then_a_participle_is_the_subject_s_statement(sentence):
    assert attribute(sentence, [_LEAD]).speaker == "Pavel Orlov"


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "Встреча министров обороны состоится в июне, сообщает РИА Новости со ссылкой на Минобороны России.",
            "Минобороны России",
        ),
        ("Саммит пройдет в Минске, сообщает ТАСС со ссылкой на пресс-службу Кремля.", "пресс-служба Кремля"),
        ("Саммит пройдет в Минске, сообщает ТАСС со ссылкой на министра Сергея Белова.", "Сергей Белов"),
    ],
)
def test_an_agency_citing_a_body_passes_on_the_body_s_words(sentence, cited):
    assert attribute(sentence).speaker == cited


def test_an_outlet_citing_another_outlet_passes_on_the_words_of_who_spoke_before():
    sentence = "Это укрепляет экономические связи внутри союза, сообщает Lada.kz со ссылкой на Sputnik."
    assert attribute(sentence).speaker is None
    title = "Генсек ШОС о национальных валютах"
    paragraphs = [
        [
            "Генеральный секретарь ШОС Тимур Алиев отметил рост доли национальных валют в расчетах.",
            sentence,
        ]
    ]
    assert resolve_with_default_model(title, paragraphs, (0, 1)).speaker == "Тимур Алиев"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Ранее пресс-служба президента сообщала, что главным вопросом саммита станет вступление страны в ШОС.",
            "пресс-служба президента",
        ),
        ("Ранее в пресс-службе Кремля сообщили, что встреча пройдет в Астане.", "пресс-служба Кремля"),
        ("Вчера пресс-центр МИД сообщил, что встреча пройдет в Минске.", "пресс-центр МИД"),
    ],
)
def test_a_press_service_after_earlier_or_yesterday_is_the_subject(sentence, body):
    assert attribute(sentence).speaker == body


@pytest.mark.parametrize(
    ("lead", "post"),
    [
        (
            "Secretary-General Li Wen met Speaker of the Federal National Council of the UAE Omar Saeed at the "
            "Secretariat.",
            "The Speaker of the UAE Federal National Council",
        ),
        (
            "Omar Saeed, Chairman of the Board of the Eurasian Economic Commission (EEC), gave an interview on Monday.",
            "EEC Board Chairman",
        ),
        (
            "Afghanistan's ambassador to Russia, Omar Saeed, visited the Secretariat on Monday.",
            "Afghanistan's ambassador to Russia",
        ),
    ],
)
def test_a_speaker_a_chairman_or_an_ambassador_is_the_one_the_lead_names(lead, post):
    document = SpeakerDocument("News of the week", ((lead,), (f"{post} stressed the importance of the ties.",)))
    assert canonical(document, post) == "Omar Saeed"


def test_an_ambassador_belongs_to_the_country_that_sends_him():
    assert office_countries("the Ambassador of Kazakhstan to China") == {"kaza"}


def test_an_outlet_citing_people_as_saying_gives_them_the_words():
    sentence = "On June 17, the Morning Herald cited analysts as saying that the bank is closer than ever."
    assert attribute(sentence).speaker == "analysts"


def test_he_after_a_sentence_with_his_own_words_is_its_subject():
    title = "Talks on the sidelines of the summit"
    paragraphs = [
        ["During talks with President Anvar Saidov, Pavel Orlov expressed condolences over the attack."],
        ["Saidov thanked Orlov for the message of sympathy."],
        ["Orlov later met with Prime Minister Ilya Markov, praising what he described as good momentum in relations."],
        ["He said trade had grown by a fifth this year."],
    ]
    assert resolve_with_default_model(title, paragraphs, (3, 0)).speaker == "Pavel Orlov"
