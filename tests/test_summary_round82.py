"""Key statements, read on the 1,123 development pages of the forty-fourth release: talks still to come ("the ministers
will discuss …", "Xi will exchange views on …", "Министры обсудят …") only announce a meeting's topics, as talks held
do; "will discuss and adopt …" decides, and a sentence that says more than the topics stays a statement. Themes: a
welcome in the speaker's own voice ("Welcome to you all.", "I would like to welcome …") is a courtesy line (rule 12), and
a declaration's opening keeps no theme when its date abbreviates the month ("having met on Oct. 12-13", rule 6)."""

from __future__ import annotations

import pytest

from scotopics.models.courtesy import courtesy_line
from scotopics.models.discussions import only_discusses
from scotopics.models.thresholds import salutation


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


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to you all. It gives me great pleasure to see you in our capital for the council.",
        "I would like to welcome the heads of the observer states who have joined the expanded meeting.",
        "I extend a warm welcome to the prime ministers of the member states and to our special guests.",
    ],
)
def test_a_welcome_in_the_speakers_own_voice_is_a_courtesy_line(text):
    assert courtesy_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "We welcome the decision to grant Laos the status of a partner.",
        "President Xi delivered a speech, extending a warm welcome to the foreign leaders.",
    ],
)
def test_a_welcomed_decision_or_a_reported_welcome_is_no_courtesy_line(text):
    assert not courtesy_line(text)


def test_a_declarations_opening_with_an_abbreviated_month_is_a_salutation():
    opening = (
        "We, the Heads of State of the member states of the Conference, having met on Oct. 14-15, 2026 in Astana "
        "on the occasion of its anniversary,"
    )
    assert salutation(opening)
