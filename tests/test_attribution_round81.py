"""Who said what, read on the 962 real pages of the forty-third release: "the RATS head" is the Director of its
Executive Committee the text names; a holiday is no person ("our Nowruz Holiday, Spring Festival and
Maslenitsa"); a happening ("The COVID-19 pandemic has clearly revealed …") or an event that ended ("The two-day
meeting concluded with …") says nothing."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_mentions
from scotopics.models.attribution.plausibility import names_no_speaker


def test_the_rats_head_is_the_director_the_text_names(default_resolver):
    document = SpeakerDocument(
        "Border security conference opens in Dushanbe",
        (
            (
                "Speaking at the conference, Ruslan Mirzoyev, Director of the Executive Committee of the SCO Regional "
                "Anti-Terrorist Structure (RATS), said that the number of militants along the border had grown.",
            ),
            ("“The forced fight against terrorism is like mowing the lawn,” RATS head stressed.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Ruslan Mirzoyev"


def test_a_holiday_is_no_person():
    sentence = "These principles live in the traditional values of our Nowruz Holiday, Spring Festival and Maslenitsa."
    assert person_mentions(sentence) == ()


@pytest.mark.parametrize(
    ("phrase", "verb"),
    [
        ("The COVID-19 pandemic", "revealed"),
        ("The successful holding of this forum", None),
        ("The two-day meeting", "concluded"),
        ("This year's meeting", "concluded"),
    ],
)
def test_a_happening_or_an_ended_event_names_no_speaker(phrase, verb):
    assert names_no_speaker(phrase, verb)


@pytest.mark.parametrize(
    ("phrase", "verb"),
    [("the meeting", "approved"), ("The Forum", "realizes"), ("the Secretary-General", "concluded")],
)
def test_a_meeting_that_decides_or_a_person_who_concludes_speaks(phrase, verb):
    assert not names_no_speaker(phrase, verb)


def test_an_ended_meeting_is_no_speaker_of_what_it_issued(default_resolver):
    document = SpeakerDocument(
        "Culture ministers meet in Sanya",
        (
            ("The culture ministers of the SCO member states met in Sanya on Tuesday.",),
            ("The two-day meeting concluded with the issuance of the 2018-20 Executive Plan.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker is None
