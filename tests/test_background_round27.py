"""Reminders of who a body is that close news items: members, status, dash definitions (written anew)."""

from __future__ import annotations

import pytest

from scotopics.models.background import defines, is_background, lists_members, lists_observers, recalls_status
from scotopics.models.summarizer import may_state


@pytest.mark.parametrize(
    "sentence",
    [
        "В неё входят Индия, Казахстан, Китай, Киргизия, Пакистан, Россия, Таджикистан и Узбекистан.",
        "В состав Совета входят министры транспорта девяти государств.",
        "Its members are the development banks of six countries.",
        "The SCO currently comprises ten member states and fourteen partners.",
        "Членами организации являются десять государств.",
    ],
)
def test_a_list_of_members_is_background(sentence):
    assert lists_members(sentence)
    assert not may_state(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mongolia became an observer in 2004.",
        "Iran became a full member of the Organisation in July 2023 at a virtual summit.",
        "Сербия получила статус партнёра по диалогу в 2016 году.",
        "Белоруссия стала полноправным членом ШОС в июле 2024 года на саммите в Астане.",
        "Laos became an SCO dialogue partner in 2024.",  # (round 47 of the real pages)
        "Nepal joined the Organisation as a dialogue partner in 2015.",
        "Egypt first applied for partnership status 9 years ago, but the decision came only in 2021.",
    ],
)
def test_the_year_a_country_got_its_status_is_background(sentence):
    assert recalls_status(sentence)
    assert not may_state(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan on Friday formally became a full member of the Organisation at the Astana summit.",
        "It is the first exhibition held by Iran since the country became a full member in July 2023.",
        "The minister said Laos, which became a partner in 2024, could join the energy projects.",
        "Iran will join the SCO as a full member in 2023.",
        "Belarus joined the SCO as a full member on Thursday.",
    ],
)
def test_the_news_of_a_status_or_a_status_inside_a_statement_stays_a_candidate(sentence):
    assert not recalls_status(sentence)
    assert may_state(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "ШОС — региональная международная организация, основанная в 2001 году.",
        "Университет ШОС – сетевая структура, объединяющая вузы государств-членов.",
    ],
)
def test_a_definition_after_a_dash_is_background(sentence):
    assert defines(sentence)
    assert not may_state(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Сегодня ЕАЭС – международная организация с собственным правом и наднациональной комиссией.",
        "ШОС – открытая организация, и Россия поддерживает стремление Белоруссии стать её членом.",
        "Министры иностранных дел государств – членов организации утвердили итоговую декларацию.",
    ],
)
def test_a_dash_that_assesses_or_joins_words_leaves_a_candidate(sentence):
    assert not is_background(sentence)
    assert may_state(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Afghanistan, Belarus, Iran and Mongolia are four observer states, and the dialogue partners include Nepal.",
        "Afghanistan, Belarus, Iran and Mongolia act as observer countries in the SCO.",
        "India, Iran, Mongolia and Pakistan are observers.",
        "The SCO's observer countries include Afghanistan, Belarus, Iran and Mongolia.",
        "Статус наблюдателя имеют Индия, Иран, Монголия и Пакистан.",
        "Наблюдателями ШОС являются Афганистан, Белоруссия, Иран и Монголия.",
    ],
)
def test_a_list_of_observers_or_partners_is_background(sentence):
    assert lists_observers(sentence) and is_background(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "India, Pakistan and Iran have called for closer cooperation against terrorism.",
        "Since India and Pakistan became observers, the organisation has grown in weight.",
    ],
)
def test_countries_that_act_or_a_status_inside_a_statement_stay_candidates(sentence):
    assert not lists_observers(sentence)
