"""Who said what, read on the 1,042 real pages of the forty-third release: "the RATS head" is the Director of its
Executive Committee the text names; a holiday or a greeting is no person ("our Nowruz Holiday", "Dobree Den"); a
happening ("The COVID-19 pandemic has clearly revealed …") or an event that ended ("The two-day meeting concluded
with …") says nothing, nor does the writer's inference ("This indicates that …"); a source may follow the statement
with its post in lower case (", spokesperson of the Kazakh Foreign Ministry Aibek Smadiyarov announced …")."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_mentions
from scotopics.models.attribution.plausibility import names_no_speaker
from scotopics.models.attribution.rules import attribute


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


def test_a_source_named_by_a_lower_case_post_after_the_statement():
    sentence = (
        "ASTANA – The General Assembly adopted the resolution on cooperation between the UN and the SCO on Sept. 1, "
        "spokesperson of the Kazakh Foreign Ministry Aibek Smadiyarov announced at a Sept. 4 press briefing."
    )
    found = attribute(sentence)
    assert (found.speaker, found.verb) == ("Aibek Smadiyarov", "announced")


def test_the_writers_inference_is_no_ones_statement():
    sentence = "This indicates that all SCO member countries share an understanding that terrorism hampers development."
    assert attribute(sentence).speaker is None


def test_a_greeting_in_latin_letters_is_no_person():
    assert person_mentions("Dobree Den! (Good day!)") == ()


def test_the_head_of_the_delegation_is_the_one_person_the_text_names(default_resolver):
    document = SpeakerDocument(
        "SCO asks all parties to conflict in Afghanistan to refrain from use of force",
        (
            (
                "First Deputy Foreign Minister of Kyrgyzstan Nuran Niyazaliev took part in the meeting of the SCO-"
                "Afghanistan contact group.",
            ),
            (
                "In addition, the head of the delegation stressed that Kyrgyzstan is interested in a peaceful and stable "
                "Afghanistan.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Nuran Niyazaliev"


def test_the_diplomat_is_the_foreign_ministrys_press_secretary_the_lead_names(default_resolver):
    document = SpeakerDocument(
        "Власти Армении просят генсека ОДКБ проверить заявление Секретариата",
        (
            (
                "Ереван призывает генерального секретаря ОДКБ тщательно проверить заявление Секретариата, такое "
                "заявление сделал пресс-секретарь армянского внешнеполитического ведомства Ваан Унанян.",
            ),
            ("Дипломат напомнил, что Секретариат - это рабочий орган ОДКБ.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Ваан Унанян"


def test_a_forum_that_concluded_with_a_proposal_speaks():
    assert not names_no_speaker("The forum", "concluded")


def test_a_surname_alone_is_the_person_the_lead_names_in_full(default_resolver):
    document = SpeakerDocument(
        "CSTO and NATO",
        (
            (
                "MOSCOW (TASS): Interaction between the CSTO and NATO would be useful. This was stated on Monday at an "
                "online briefing by the CSTO Secretary General (SG) Stanislav Zas.",
            ),
            ("Zas also expressed concern that pockets of resistance could lead to a long-term civil war.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Stanislav Zas"


def test_membership_names_no_speaker():
    assert names_no_speaker("Membership in the group", "offers")


def test_an_organisation_that_made_a_decision_in_russian_speaks():
    found = attribute(
        'Шанхайская организация сотрудничества (ШОС) приняла решение объединить статусы "наблюдатель" и "партнер".'
    )
    assert found.verb == "приняла решение" and found.speaker.startswith("Шанхайская организация сотрудничества")
