"""Speaker cases met on round fifteen of real pages (written anew here, never copied), one test each."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import SpeakerDocument, attribute
from scotopics.models.attribution.groups import speaking_group
from scotopics.models.attribution.lists import list_introduction
from scotopics.models.attribution.names import clean_name, person_names
from scotopics.models.attribution.openers import subject

from .test_attribution_pages import resolve_with_default_model


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("В этой связи Генеральный секретарь ШОС отметил, что доверие растёт.", "Генеральный секретарь ШОС"),
        ("При этом Генеральный секретарь ШОС подчеркнул, что доверие растёт.", "Генеральный секретарь ШОС"),
        ("Со своей стороны глава МИД Монголии подчеркнул, что доверие растёт.", "глава МИД Монголии"),
        (
            "In this regard the Secretary-General of the SCO stressed that trust grows.",
            "the Secretary-General of the SCO",
        ),
        ("For its part the Mongolian side stressed that trust grows.", "the Mongolian side"),
    ],
)
def test_a_linking_phrase_before_the_subject_is_no_part_of_it(sentence, speaker):
    """ "В этой связи", "При этом", "In this regard": not a place before a subject whose initials remain."""
    assert attribute(sentence).speaker == speaker


def test_an_interview_introduced_as_a_q_and_a_is_the_interviewees_in_its_answers():
    paragraphs = [
        ["ULAANBAATAR – Mongolia is getting ready for its first SCO conference on pastures, said Dauren Abenov."],
        ["Following is a Q&A with Ambassador Dauren Abenov."],
        ["What will the conference bring?"],
        ["Herders across the region face the same droughts.", "A common early-warning network will be set up."],
    ]
    found = resolve_with_default_model("Mongolia prepares a pasture conference", paragraphs, (3, 1))
    assert found.speaker == "Dauren Abenov"


def test_a_title_joined_to_its_qualifier_by_hyphens_is_no_part_of_the_name():
    assert clean_name("Ambassador-at-Large Dauren Abenov") == "Dauren Abenov"
    assert person_names("Jean-Pierre Fournier spoke.") == ["Jean-Pierre Fournier"]


def _document(introduction: str) -> SpeakerDocument:
    return SpeakerDocument("", ((introduction,), ("- a common pasture register;",), ("- joint veterinary checks.",)))


def test_list_items_belong_to_the_subject_that_introduces_them_without_a_reporting_verb():
    introduced = list_introduction(_document("During its chairmanship, Mongolia intends to focus on these areas:"), 2)
    assert introduced == (2, "Mongolia")
    assert list_introduction(_document("The agenda of the meeting included:"), 2) is None


@pytest.mark.parametrize(
    ("phrase", "speaks"),
    [
        ("the officials", True),
        ("Indian organisers", True),
        ("the heads of delegation", True),
        ("military analysts", True),
        ("Many Mongolian proposals", False),
        ("the subsequent years of the organisation's work", False),
        ("the following documents", False),
        ("представители делегаций", True),
    ],
)
def test_a_plural_noun_phrase_speaks_only_when_its_head_names_people_or_bodies(phrase, speaks):
    assert speaking_group(phrase) is speaks


def test_plural_things_before_a_participle_are_no_speaker():
    paragraphs = [
        ["President Batbayar Enkh said Mongolia had waited long for membership."],
        ["Many Mongolian proposals put forward at the organisation over these years have been upheld."],
    ]
    found = resolve_with_default_model("Mongolia joins", paragraphs, (1, 0))
    assert found.speaker != "Many Mongolian proposals"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("In addition, a meeting of technical experts can be organised in Ulaanbaatar.", None),
        ("The ministers were informed about the plan.", None),
        ("The heads of delegation are convinced that trade will grow.", "The heads of delegation"),
        ("The ministers agreed to meet again next year.", "The ministers"),
    ],
)
def test_the_subject_of_a_passive_verb_is_no_speaker_but_a_stance_keeps_it(sentence, found):
    assert subject(sentence) == found


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Following the results of the pasture forum the participants:", "the participants"),
        ("По итогам форума участники:", "участники"),
        ("The agenda of the forum included:", None),
    ],
)
def test_statements_set_out_after_a_dash_belong_to_the_group_that_closes_their_introduction(introduction, speaker):
    document = SpeakerDocument("", ((introduction,), ("— stated that herding needs water;",), ("— noted the risks.",)))
    found = list_introduction(document, 2)
    assert (found[1] if found else None) == speaker


def test_a_country_of_two_words_is_no_persons_name():
    assert (
        person_names("Cambodia, Nepal and Sri Lanka are dialogue partners; Costa Rica and Burkina Faso are not.") == []
    )


def test_a_diplomat_in_charge_of_an_embassy_is_the_diplomat_the_lead_names():
    paragraphs = [
        ["The Secretary-General met Charge d'Affaires of Mongolia in China Bat-Erdene Dorj."],
        ["The message of Foreign Minister of Mongolia Gombojav Zandanshatar was handed over."],
        ["The Mongolian diplomat spoke about the priorities of the chairmanship."],
        ["He expressed certainty that the joint effort would help the organisation."],
    ]
    found = resolve_with_default_model("Secretary-General meets Mongolian diplomat", paragraphs, (3, 0))
    assert found.speaker == "Bat-Erdene Dorj"


def test_a_country_speaking_inside_an_introduced_speech_is_the_speaker_who_holds_the_floor():
    paragraphs = [
        ["The meeting of heads of emergency agencies was held in Cholpon-Ata."],
        ["Mongolian Emergency Minister Batsaikhan Dorj attended the meeting."],
        ["Highlights of the Mongolian Minister’s speech at the meeting:"],
        ["Mongolia believes that a common early-warning network will save lives."],
    ]
    found = resolve_with_default_model("Emergency chiefs meet", paragraphs, (3, 0))
    assert found.speaker == "Batsaikhan Dorj"


def test_the_russian_name_of_a_body_before_a_persons_name_is_cut_from_it():
    """ "Генеральный директор Всемирной Организации Здравоохранения Тедрос …": the body's genitive words go."""
    text = "Генеральный директор Всемирной Организации Здравоохранения Тедрос Адханом Габрейесус выступил."
    assert person_names(text) == ["Тедрос Адханом Габрейесус"]
    assert person_names("Секретарь Совбеза Олег Радов заявил.") == ["Олег Радов"]
