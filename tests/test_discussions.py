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
        # a briefing or a talk that only names its subject
        "The Secretary General briefed the President on the progress in implementing the Astana Statement.",
        "Possible forms of the institute's part in the task force were considered.",
        "Zhakenov also spoke about the main tasks of the organisation during the chairmanship.",
        "Она проинформировала о ходе подготовки к заседанию Совета.",
        "Министр рассказал о работе ведомства в рамках председательства.",
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
        "Министр рассказал о планах, отметив, что центр откроется весной.",  # what he said beside the topic
        "The envoy briefed reporters on the talks and said the deal will be signed in May.",
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
