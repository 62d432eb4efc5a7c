"""A sentence that only lists the topics of talks is no key statement while the document states anything else
(models/discussions.py)."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.discussions import only_discusses


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides discussed the development of the energy sector and the financing of projects.",
        "Обсуждались вопросы обеспечения безопасности на пространстве ШОС.",
        "Главы делегаций обменялись мнениями о военно-политической обстановке в регионе.",
        "Были рассмотрены вопросы практической реализации договоренностей.",
    ],
)
def test_a_list_of_topics_discussed_is_no_statement(sentence):
    assert only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Участники обсудили проект повестки дня и утвердили формат проведения мероприятия.",  # a decision
        "The heads of delegation exchanged views and supported the initiative of Tajikistan.",  # a position
        "«Мы обсудили положение в Центральной Азии», – сказал министр.",  # a quotation, first person
        "The issue of the chairmanship will be discussed separately.",  # a plan
        "The ministers discussed the situation and stressed that dialogue is essential.",
        "The delegations signed a protocol.",  # no discussion at all
    ],
)
def test_a_sentence_that_also_states_something_is_left_alone(sentence):
    assert not only_discusses(sentence)


def test_a_summary_leaves_out_the_topics_discussed():
    text = (
        "Energy ministers of the SCO met in Tashkent on Friday.\n\n"
        "The sides discussed the development of the energy sector, investment and financing of projects.\n\n"
        "The ministers approved a plan of joint actions on renewable energy for 2026-2028."
    )
    statements = [s.text for s in scotopics.load().summarize(text, n=3)]
    assert any("approved a plan" in s for s in statements)
    assert not any("discussed" in s for s in statements)


def test_a_document_that_only_lists_topics_still_gets_its_best_sentence():
    statements = scotopics.load().summarize("Terrorist threats were discussed.", n=1)
    assert [s.text for s in statements] == ["Terrorist threats were discussed."]
