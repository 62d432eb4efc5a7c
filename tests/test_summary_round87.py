"""Key statements, read on the eighty-seventh round of real pages: results summed up without giving them ("The
ministers summed up the results of …", "подвели итоги") only tell the topics of talks; an event opening ("kicked off
in", "began its work", "открылось заседание") only sets the scene; and a body's founders told before it ("Established
by the member states of …, the RATS seeks to …") are background."""

from __future__ import annotations

import pytest

from scotopics.models.background import is_background
from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene


@pytest.mark.parametrize(
    "sentence",
    [
        "The banks summed up the results of their work this year.",
        "During the meeting, the ministers summed up the implementation of a number of programmes.",
        "Участники заседания проанализировали и подвели итоги сотрудничества за прошедший год.",
        "Были подведены итоги совместной пограничной операции.",
    ],
)
def test_results_summed_up_without_giving_them_only_tell_the_topics(sentence):
    assert only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides summed up the results of cooperation and emphasized the importance of judicial collaboration.",
        "Будут подведены итоги деятельности ШОС за два года.",
    ],
)
def test_results_summed_up_beside_a_position_or_still_to_come_stay_statements(sentence):
    assert not only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2024 SCO Forum on Traditional Medicine kicked off on Nov 30 in Nanchang.",
        "On August 18, the fourth meeting of the ministers of internal affairs of the SCO began its work in Tashkent.",
        "A meeting of the security council secretaries got underway in Astana on Tuesday.",
        "Евразийский межправительственный совет открылся в Сочи.",
        "В Таджикистане стартовали учения ОДКБ.",
    ],
)
def test_an_event_opening_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision on the membership of the two states has opened new opportunities for the SCO.",
        "The forum kicked off in Beijing, and the ministers agreed to set up a joint fund.",
    ],
)
def test_an_opening_beside_a_decision_or_an_assessment_stays_a_statement(sentence):
    assert not only_sets_the_scene(sentence)


def test_a_body_s_founders_told_before_it_are_background():
    assert is_background(
        "Established by the member states of the Shanghai Convention, the Regional Anti-Terrorist Structure seeks to "
        "combat terrorism, separatism and extremism."
    )
    assert not is_background("Established by the member states, the structure has become a pillar of security.")
