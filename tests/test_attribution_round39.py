"""Who said what, round 39: cases of a labelled round of real pages once read (a conjunction or an abstract noun
that opens a sentence is no subject; "states" and "support" as nouns; "Here are the highlights of PM's address:"
before a speech's points; a headline that says someone spoke in public; a speech's title in capitals or after
"English translation of")."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.openers import subject
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.titles import addressing, title_speaker
from scotopics.models.attribution.verbs import find_verb


@pytest.mark.parametrize(
    "sentence",
    [
        "And, as a logical extension of old ties, a sixth of humanity will join the family of the SCO.",
        "Cooperation with SCO states, therefore, ranks high among our foreign policy priorities.",
    ],
)
def test_a_conjunction_or_an_abstract_noun_that_opens_the_sentence_is_no_subject(sentence):
    assert subject(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Experts from the member states agreed on a plan.", "Experts from the member states"),
        ("Kazakhstan and Uzbekistan signed the agreement.", "Kazakhstan and Uzbekistan"),
    ],
)
def test_a_group_before_its_preposition_is_still_a_subject(sentence, group):
    assert subject(sentence) == group


@pytest.mark.parametrize(
    "sentence",
    [
        "Crimes using ICT could damage the critical infrastructure of member's states.",
        "The idea has gained recognition and support from the international community.",
        "Here are the highlights of the minister's address:",
    ],
)
def test_nouns_that_look_like_verbs_of_saying_are_no_verbs(sentence):
    assert find_verb(sentence) is None


def test_the_highlights_of_someone_s_address_introduce_that_person_s_points(default_resolver):
    document = SpeakerDocument(
        "New Delhi:",
        (
            ("Prime Minister Arjun Mehta addressed the annual summit of the organisation by video.",),
            ("Here are the highlights of PM's address:",),
            ("- As the organisation turns twenty, its members must keep the peace of the region.",),
            ("- Our first priority is to counter extremism and radicalisation.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Arjun Mehta"
    assert default_resolver.resolve(document, 3, 0).speaker == "Arjun Mehta"


def test_a_headline_that_says_someone_spoke_in_public_names_the_person():
    assert addressing('Путин выступил на встрече в формате "ШОС плюс" в Китае') == "Путин"
    assert addressing("Modi addresses the SCO summit in Astana") == "Modi"
    assert addressing("The ministers met in Astana") is None
    document = SpeakerDocument(
        "Илья Громов выступил на форуме ШОС в Бишкеке",
        (("- Всё больше стран хотят сотрудничать с организацией.",), ("Громов также встретился с коллегами.",)),
    )
    assert document.headline_person == "Илья Громов"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("SPEECH OF THE PRESIDENT OF THE REPUBLIC OF UZBEKISTAN AZIZ KARIMOV AT THE MEETING", "Aziz Karimov"),
        ("ВЫСТУПЛЕНИЕ ПРЕЗИДЕНТА РЕСПУБЛИКИ ТАДЖИКИСТАН ФАРХОДА САИДОВА НА САММИТЕ", "Фарход Саидов"),
        (
            "English translation of Prime Minister’s Intervention in Extended Plenary of the Summit",
            "the Prime Minister",
        ),
    ],
)
def test_a_speech_s_title_in_capitals_or_as_a_translation_names_its_speaker(title, speaker):
    assert title_speaker(title) == speaker


def test_a_headline_verb_of_highlighting_still_reports():
    assert attribute("The minister highlights the role of trade.").verb == "highlights"
