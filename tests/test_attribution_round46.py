"""Who said what, round 46: cases of a labelled round of real pages once read (the organisation as the subject of a
sentence with no reporting verb is what is spoken about; an abstract thing is no subject; "all the member states";
"pitched for"; an agent before an inverted passive; a quotation closed by a dash and a surname before whom he told;
plural Russian offices and "Eurasia" are no names; a headline about hosting an event names no speaker; a turn's
name before a colon)."""

from __future__ import annotations

from scotopics.models.attribution.candidates import candidates
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.openers import subject
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.titles import title_speaker


def test_the_organisation_without_a_reporting_verb_is_spoken_about(default_resolver):
    document = SpeakerDocument(
        "Why the SCO matters for the region",
        (
            ("The summit opens in Astana on Wednesday.",),
            ("The SCO is not a military alliance.", "It seeks to keep the region stable."),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker is None


def test_the_organisation_inside_a_speech_is_still_the_speaker_s(default_resolver):
    document = SpeakerDocument(
        "Foreign Minister at the reception",
        (
            ("Foreign Minister Zhao Lei said that the organisation had grown stronger every year.",),
            ("The SCO has consistently followed this spirit, contributing to regional stability.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Zhao Lei"


def test_an_abstract_thing_is_no_speaker(default_resolver):
    document = SpeakerDocument(
        "Analysis: the SCO after Astana",
        (
            ("The introduction of new states has widened the frontiers of the organisation.",),
            ("This slogan emphasizes the commitment of the country to peace.",),
        ),
    )
    for paragraph, thing in ((0, "The introduction of new"), (1, "This slogan")):
        assert thing not in {c.speaker for c in candidates(document, paragraph, 0)}
        assert default_resolver.resolve(document, paragraph, 0).speaker != thing
    assert "the Kyrgyz business community" in {
        c.speaker
        for c in candidates(SpeakerDocument("", (("the Kyrgyz business community supports the plan.",),)), 0, 0)
    }  # a body of people speaks


def test_all_the_member_states_and_a_pitch():
    found = attribute("In today's meeting, all the member states supported the concept of green transport.")
    assert (found.speaker, found.verb) == ("all the member states", "supported")
    found = attribute("Given the impact of the pandemic, India on Thursday pitched for closer interaction.")
    assert (found.speaker, found.verb) == ("India", "pitched for")


def test_an_agent_before_an_inverted_passive():
    found = attribute("By the Council of RATS were approved the measures against recruitment into terrorist groups.")
    assert (found.speaker, found.verb) == ("the Council of RATS", "approved")
    assert attribute("By the end of the year were approved three plans.").speaker is None


def test_a_quotation_closed_by_a_dash_and_the_surname_before_whom_he_told():
    found = attribute(
        "Там живёт половина населения планеты» - сказал Ушаков журналистам накануне визита президента Виктора Сомова."
    )
    assert (found.speaker, found.verb) == ("Ушаков", "сказал")


def test_no_names_in_plural_offices_and_places():
    assert person_names("Секретари Советов безопасности обсудили миграцию") == []
    assert person_names("How Will the Heart of Eurasia Beat?") == []


def test_a_headline_about_hosting_an_event_names_no_speaker():
    assert title_speaker("Uzbek embassy in Ashgabat hosts briefing on priorities of the chairmanship") is None


def test_a_turn_s_name_before_its_colon_is_the_subject():
    assert subject("Dr. Amina Rauf: It is better seen as a complement.") == "Dr Amina Rauf"
