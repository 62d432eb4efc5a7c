"""The event label (``procedural``) after the thresholds: courtesy lines and interviewers' questions lose it, a
document's scene-setting paragraph has it alone."""

from __future__ import annotations

import numpy as np
import pytest

import scotopics
from scotopics.models.event_label import event_label_decisions, interviewer_question
from scotopics.models.thresholds import speech_occasion


@pytest.mark.parametrize(
    "text",
    [
        "What is your expectation of the upcoming SCO Summit? What outcome do you look forward to?",
        "Question: Please tell us about the results of the meeting of national coordinators.",
        "— Madam Ambassador, how do you assess the preparation and work of the upcoming SCO summit?",
        "Вопрос: Каково содержание принятого заявления?",
        "— Алексей Валерьевич, какие ожидания от проведения встречи на высшем уровне?»",
    ],
)
def test_an_interviewers_question(text):
    assert interviewer_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Astana and discussed the agenda of the summit.",
        "Why is this happening? Zhang said that the world expects a new type of international relations.",
        "Is the SCO ready for this? " + "The Organisation has grown for twenty years and answers new threats. " * 10,
    ],
)
def test_no_interviewers_question(text):
    assert not interviewer_question(text)


def test_a_question_loses_only_the_event_label():
    texts = [
        "Question: How are the preparations for the summit going?",
        "The summit in Astana opened on Monday.",
        "Could we say that economic cooperation has been given new impetus?",
    ]
    flags = np.array([[True, False], [True, False], [True, True]])
    decided = event_label_decisions(flags, texts, column=0, in_document=False)
    assert decided.tolist() == [[False, False], [True, False], [False, True]]
    assert flags[0, 0]  # the caller's decisions are left as they were


def test_analyze_gives_an_interviewers_question_about_the_summit_no_event_label():
    text = (
        "Interview with the SCO Secretary-General\n\n"
        "Question: Please tell us about the results of the meeting of national coordinators of the SCO member states.\n\n"
        "Answer: The leaders will adopt the Astana Declaration and a programme against terrorism and extremism."
    )
    paragraphs = scotopics.load().analyze(text).paragraphs
    question = next(p for p in paragraphs if p.text.startswith("Question"))
    assert "procedural" not in question.themes


@pytest.mark.parametrize(
    "text",
    [
        "Speech at the expanded format meeting of the Shanghai Cooperation Organisation’s Council of Heads of State",
        "At the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization",
        "at the High Level Conference of the Shanghai Cooperation Organisation on ‘Security and Stability in the Region’",
    ],
)
def test_a_speechs_occasion_has_no_policy_content(text):
    assert speech_occasion(text)


@pytest.mark.parametrize(
    "text",
    [
        "At the summit the chairmanship was handed over to the Russian Federation.",
        "At the meeting of the Foreign Ministers Council of the CSTO, chaired by the Deputy Prime Minister",
        "Речь не идёт о кратном увеличении бюджета Организации",  # "it is not about …", no speech
        "Trade grew.",
    ],
)
def test_a_sentence_is_no_speechs_occasion(text):
    assert not speech_occasion(text)


def test_classify_gives_a_speechs_occasion_no_theme_and_a_short_sentence_its_theme():
    model = scotopics.load()
    lines = [
        "At the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization",
        "Trade grew.",
    ]
    results = model.classify(lines)
    assert results[0].themes == () and "economy" in results[1].themes
