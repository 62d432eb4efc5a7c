"""Sentences a summary leaves out, read on the 560 real pages of the forty-first release: an English schedule of an
event to come ("Putin will meet with …", "The summit will take place in Astana from July 3-4"), unless it is a
decision on the next meeting; a wire's description of a body (its functions, its highest body, where it came
from, who founded it); a meeting held in a given format; and a transcript's label of who speaks next."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.background import describes_body, is_background
from scotopics.models.scenes import only_sets_the_scene
from scotopics.models.summarizer import may_state


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin will meet with Chinese President Xi Jinping and Turkish President Recep Tayyip Erdogan.",
        "From July 2 to 6, Chinese President Xi Jinping will attend the 24th Meeting of the Council of Heads of State.",
        "Chief Justices of the Supreme Courts of SCO member states have been invited to attend the meeting.",
        "The meeting will be held in Minsk on 5 May.",
        "Leaders of the SCO member states are expected to attend the final day of drills Friday.",
        "Emomali Rahmon is also scheduled to meet with the presidents of Afghanistan and Kyrgyzstan.",
        "The list of high guests included Deputy Chairperson of the Standing Committee Shen Yueyue.",
        "On 21 December 2022, experts of the SCO Interbank Consortium held a hybrid-format meeting in New Delhi.",
    ],
)
def test_a_schedule_or_a_meeting_held_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what the event will take place amid is an assessment
        "The summit will take place amid three converging crises that directly affect the SCO member states.",
        # the next meeting, a meeting at a set interval and one for a purpose are decisions
        "The next meeting of the Council of Heads of Government will be held in Moscow in 2005.",
        "Its council will meet at least once a year.",
        "Heads of the emergency agencies are due to meet in October to approve an action plan.",
        "The leaders will sign a declaration on the fight against terrorism.",
        "The ministers held a productive meeting in Tashkent.",
    ],
)
def test_a_plan_a_decision_or_an_assessment_is_no_scene(sentence):
    assert not only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The consortium’s highest body is the Council of the SCO Interbank Consortium.",
        "Its main functions are to provide organizational and technical guarantees for the SCO's activities.",
        "The Council of National Coordinators is the SCO body that coordinates the current activities.",
        "The Business Council is in fact an association of businessmen and chambers of commerce.",
        "It was preceded by the Shanghai Five mechanism.",
        "Pakistan is a founding member of CICA, a multinational forum of 28 member states.",
        "Also participating in the organization are four observer countries and six dialogue partners.",
        "The CIS, a regional intergovernmental organization, was formed following the dissolution of the Soviet Union.",
        "The SCO was founded at a Summit in Shanghai in 2001 by the presidents of Russia and China.",
    ],
)
def test_a_wires_description_of_a_body_is_background(sentence):
    assert is_background(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The SCO is the most important body of regional cooperation.",  # an assessment
        "He said that the SCO is a body that unites the region.",  # what he said
        "The SCO grew out of the Shanghai Five and has become an organisation that plays a visible part.",
    ],
)
def test_an_assessment_of_a_body_is_no_description(sentence):
    assert not describes_body(sentence)


def test_a_transcripts_speaker_label_is_no_statement():
    assert not may_state("National Coordinator of the Republic of Uzbekistan for SCO Affairs Rahmatulla Nurimbetov:")
    assert may_state("The SCO remains committed to the principles of its Charter.")


def test_a_summary_leaves_out_a_schedule_and_a_description():
    text = (
        "Leaders of the SCO meet in Astana\n\n"
        "The SCO summit will take place in Astana from July 3 to 4. Putin will meet with Xi Jinping and Recep Tayyip "
        "Erdogan.\n\n"
        "The SCO, a regional intergovernmental organization, was formed in Shanghai. It was preceded by the Shanghai "
        "Five mechanism.\n\n"
        "Putin said that the Organisation must strengthen its fight against terrorism and drug trafficking."
    )
    statements = scotopics.load().summarize(text, n=3)
    texts = [s.text for s in statements]
    assert any("terrorism" in t for t in texts)
    assert not any(t.startswith(("Putin will meet", "It was preceded", "The SCO, a regional")) for t in texts)
