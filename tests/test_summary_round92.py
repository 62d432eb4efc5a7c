"""Key statements, read on the ninety-second round of real pages: who met whom, the one met named right after the verb
("… on Thursday met Turkish President …", "X and Y met today on the sidelines") or passive ("… was met by …"), only
sets the scene; an agenda told as "Top on the agenda of the meeting will be …", talks people "were expected to
discuss" and a Russian line "Еще одна важная тема – …" only name the topics."""

from __future__ import annotations

import pytest

from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene


@pytest.mark.parametrize(
    "sentence",
    [
        "ISLAMABAD: Prime Minister Imran Qadir on Thursday met Turkish President Kemal Arslan on the sidelines of the "
        "SCO summit in Samarkand.",
        "Earlier in the day, President Pavel Orlov and Prime Minister Imran Qadir met today on the sidelines of the "
        "summit.",
        "The head of our state was met by the President of the Russian Federation Pavel Orlov.",
    ],
)
def test_who_met_whom_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


def test_a_meeting_with_a_position_beside_it_is_no_scene():
    assert not only_sets_the_scene("Orlov met Qadir today and said gas supplies to Pakistan are possible.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Top on the agenda of the meeting will be trade and economic cooperation and cultural projects.",
        "Orlov and Zhou were also expected to discuss economic relations between the two countries.",
        "Еще одна важная тема – создание единой системы таможенного транзита.",
        "Один из основных вопросов – транспортное сообщение и развитие инфраструктуры.",
        "Одна из главных тем – безопасность границ.",
    ],
)
def test_topics_to_come_or_named_by_a_dash_only_name_the_topics(sentence):
    assert only_discusses(sentence)


def test_a_decision_to_come_beside_the_agenda_is_a_statement():
    assert not only_discusses("Top on the agenda will be the strategy, which the leaders will approve.")
