"""Key statements, read on the ninety-third round of real pages: who represented a country at a summit, who joined
whom, whom a minister spoke with, what was on display, who met a guest at the airport, who confirmed taking part and
where a festival will be held only set the scene; talks the parties "will mainly exchange views" in, and issues a
summit "addressed", only name the topics."""

from __future__ import annotations

import pytest

from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene


@pytest.mark.parametrize(
    "sentence",
    [
        "President Omar Qadir represented Pakistan at the summit, which the leaders of all member countries attended.",
        "They were joined by heads of observer states of the Organization and other guests.",
        "Foreign Minister Pavel Orlov spoke with the heads of delegations before the consultations.",
        "On display at the exhibition are pictures by children from the SCO member states.",
        "В аэропорту его встретил премьер-министр Ильяс Беков.",
        "Свое участие в этом знаковом событии уже подтвердили исполнители из России и Казахстана.",
        "Фестиваль будет проходить сразу на нескольких столичных площадках.",
    ],
)
def test_who_came_met_or_took_part_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


def test_a_summit_held_in_new_conditions_is_an_assessment():
    assert not only_sets_the_scene(
        "Саммит будет проходить в абсолютно новых условиях, которые затрагивают интересы стран."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "During the meeting, the parties will mainly exchange views on the priority tasks of cooperation.",
        "The summit addressed issues related to regional security and the coordination of anti-terrorist activities.",
    ],
)
def test_talks_to_come_and_issues_addressed_only_name_the_topics(sentence):
    assert only_discusses(sentence)
