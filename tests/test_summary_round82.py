"""Key statements, read on the 1,123 development pages of the forty-fourth release: talks still to come ("the ministers
will discuss …", "Xi will exchange views on …", "Министры обсудят …") only announce a meeting's topics, as talks held
do; "will discuss and adopt …" decides, and a sentence that says more than the topics stays a statement."""

from __future__ import annotations

import pytest

from scotopics.models.discussions import only_discusses


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers will focus on ways to deepen trade ties and improve connectivity across the region.",
        "During the visit, the President will exchange views on the current and future development of the SCO.",
        "In addition, the summit will also look into regional and international affairs.",
        "Министры обсудят вопросы формирования общей транспортной системы.",
        "На заседании будут обсуждаться вопросы функционирования организации и её внешних связей.",
    ],
)
def test_talks_still_to_come_only_announce_topics(sentence):
    assert only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The participants will discuss and adopt a final document, the Tashkent Declaration.",
        "We will discuss important issues today, and we support the initiatives of our chair.",
        "The heads of state will discuss regional security and will jointly seek answers to new threats.",
        "Главы государств обсудят вопросы безопасности и утвердят план совместных действий.",
    ],
)
def test_talks_to_come_beside_a_decision_a_plan_or_a_position_stay_statements(sentence):
    assert not only_discusses(sentence)
