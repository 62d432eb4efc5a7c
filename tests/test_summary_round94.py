"""Key statements, read on the ninety-fourth and ninety-fifth rounds of real pages: an interviewer's thanks "for
agreeing to the interview" are a courtesy line, not a decision; who saw a guest off at the airport and who came home
only set the scene; and an outlet's call to make it one's news source ("Сделай … своим источником новостей",
"Подписывайся на …") is page debris."""

from __future__ import annotations

import pytest

from scotopics.models.courtesy import only_courtesy
from scotopics.models.scenes import only_sets_the_scene
from scotopics.text.debris import debris_reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Благодарю Вас, господин посол, за то, что согласились на наше интервью.",
        "Thank you for agreeing to this interview, Mr Ambassador.",
    ],
)
def test_thanks_for_agreeing_to_an_interview_are_a_courtesy_line(sentence):
    assert only_courtesy(sentence)


def test_thanks_beside_a_decision_stay_a_statement():
    assert not only_courtesy("We thank our partners and have agreed to open the centre in Tashkent next year.")


@pytest.mark.parametrize(
    "sentence",
    [
        "По завершении визита в международном аэропорту Астаны главу нашего государства проводил премьер-министр.",
        "Президент нашей страны вернулся в Ташкент.",
        "The President returned to Tashkent on Friday evening.",
    ],
)
def test_who_saw_a_guest_off_or_came_home_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["The President returned to the issue of water sharing.", "Президент вернулся к вопросу о водных ресурсах."],
)
def test_returning_to_an_issue_is_no_scene(sentence):
    assert not only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Сделай Чеснок своим источником новостей в Дзен и Google News.",
        "Подписывайся на наш телеграмм.",
        "Make The Daily Courier your preferred source on Google.",
    ],
)
def test_a_call_to_follow_the_outlet_is_debris(line):
    assert debris_reason(line, None) == "promotion"
