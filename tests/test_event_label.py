"""The event label (``procedural``) after the thresholds: courtesy lines and interviewers' questions lose it, a
document's scene-setting paragraph has it alone."""

from __future__ import annotations

import numpy as np
import pytest

import scotopics
from scotopics.models.event_label import event_label_decisions, interviewer_question, recalls_background
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


@pytest.mark.parametrize(
    "text",
    [
        "Founded in Shanghai in 2001, the SCO has eight member states: China, India, Kazakhstan, Kyrgyzstan, Pakistan, "
        "Russia, Tajikistan and Uzbekistan.",
        "The SCO member-states are China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan. Afghanistan, India, "
        "Iran, Mongolia, Pakistan are observer states of the organization.",
        "The Shanghai Cooperation Organization currently has eight full members — China, Kyrgyzstan, Pakistan, Russia, "
        "Tajikistan, India, Kazakhstan and Uzbekistan. Turkmenistan and the United Nations are guest attendances.",
        "The SCO was founded at a Summit in Shanghai in 2001 by the presidents of Russia, China, Kyrgyzstan, "
        "Kazakhstan, Tajikistan and Uzbekistan.",
        "At present, the SCO has 10 full member states, 2 observer states, and 14 dialogue partners.",
    ],
)
def test_a_reminder_of_who_the_members_are_reports_no_event(text):
    assert recalls_background(text)


@pytest.mark.parametrize(
    "text",
    [
        # the reminder beside an event of today
        "В 2023 году председательствует в ОДКБ Белоруссия. В организацию входят шесть государств, однако на саммите "
        "не присутствовал премьер-министр Армении.",
        "The RATS is a permanent body under the SCO based out of Tashkent, Uzbekistan. The meeting, which will be held "
        "between Monday and Thursday, will see the participation of Pakistan and China.",
        # no reminder at all
        "The SCO member states are committed to environmental protection.",
        "SCO members are jointly strengthening their cooperation to bring more practical benefits to peoples.",
    ],
)
def test_no_reminder_without_an_event(text):
    assert not recalls_background(text)


def test_a_reminder_of_the_members_loses_only_the_event_label():
    texts = [
        "The member states of the SCO are Russia, China, India, Pakistan, Kyrgyz Republic, Kazakhstan, Tajikistan and "
        "Uzbekistan. Afghanistan is among the observer states of the SCO.",
        "The foreign ministers of the SCO member states met in Astana on Friday.",
    ]
    flags = np.array([[True, True], [True, False]])
    decided = event_label_decisions(flags, texts, column=0, in_document=False)
    assert decided.tolist() == [[False, True], [True, False]]
