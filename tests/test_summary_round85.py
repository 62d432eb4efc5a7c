"""Key statements, read on the eighty-second and eighty-fifth rounds of real pages: a sentence that only says what a
speaker told about, informed the audience about or explained a position on ("told about the main achievements",
"explained to the meeting Kazakhstan's position on …") announces a topic, not the position; once it gives the words
("explained that …") or reports a stand beside the topic, it stays a statement."""

from __future__ import annotations

import pytest

from scotopics.models.announcements import announces


@pytest.mark.parametrize(
    "sentence",
    [
        "In an interview with a news agency, the Secretary General told about the main results of the year.",
        "The deputy minister used his opening remarks to inform the audience about the main areas of the programme.",
        "Nazarov explained to the meeting Tajikistan's position on the key areas of cooperation.",
        "The ambassador explained his country's approach to the draft convention.",
    ],
)
def test_telling_about_a_topic_or_explaining_a_position_on_it_only_announces(sentence):
    assert announces(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He explained that the new bank would open its first office in May.",
        "She explained Uzbekistan's position on water use and stressed the need for a regional agreement.",
        "The minister told reporters about the plan and said it would be approved in June.",
    ],
)
def test_telling_the_words_or_a_stand_beside_the_topic_stays_a_statement(sentence):
    assert not announces(sentence)
