"""Who said what, read on the eighty-sixth round of real pages (kept blind by the two releases before): a press
release's "Following is [the text of] X's message to …:" gives the message below it to X; "His Highness remarked"
is the person the lead gives that honorific ("H.H. Sheikh …", the honorific no part of his name); a post and a given
name ("Prime Minister Shehbaz") are the one full name the text gives with that given name; a post's country decides
its holder ("The Chinese president" is not the "US President" the lead also names, "The Russian president" not the
"Tajikistan's President" of a caption); "the Kazakh leader" is the "Head of State" the lead names; a country that "will continue" to do something inside a person's reported speech is his words;
and a fronted circumstance ("As founding members, they …") is nobody who speaks."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.canonical import canonical
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.floor_speech import speaks_through_floor
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.national_holders import country_person, of_another_country
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.transcripts import introduced_speech


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        (
            "GENEVA, 3 May (UN Information Service) -- Following is the text of UN Secretary-General Amara Diallo's "
            "message to the Eighth Summit of the Shanghai Cooperation Organisation (SCO), in Bishkek on 2 May:",
            "Amara Diallo",
        ),
        (
            "Following is UN Secretary-General Amara Diallo’s message, delivered by Pedro Lima, Under-Secretary-"
            "General for Political Affairs, to the Council of Heads of State of the Shanghai Cooperation Organisation, "
            "in Astana today:",
            "Amara Diallo",
        ),
    ],
)
def test_a_press_release_line_introducing_a_message_names_its_author(line, owner):
    assert introduced_speech(line) == (owner, True)


def test_a_press_release_line_without_a_colon_introduces_nothing():
    assert introduced_speech("Following is UN Secretary-General Amara Diallo’s message to the summit.") is None


def test_the_paragraphs_of_an_introduced_message_are_its_author_s(default_resolver):
    document = SpeakerDocument(
        "Secretary-General Praises Regional Role of Shanghai Cooperation Organisation in Message to Summit",
        (
            (
                "Following is the text of UN Secretary-General Amara Diallo's message to the Eighth Summit of the "
                "Shanghai Cooperation Organisation (SCO), in Bishkek on 2 May:",
            ),
            ("I am pleased to send greetings to the Presidents of the member States.",),
            (
                "SCO member States have shown their commitment to dialogue and mutual understanding.",
                "You are trying to do more to protect the environment and promote development.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Amara Diallo"
    assert default_resolver.resolve(document, 2, 1).speaker == "Amara Diallo"


def test_an_honorific_alone_is_the_person_the_lead_gives_it_to():
    document = SpeakerDocument(
        "Qatar becomes a dialogue partner of the SCO",
        (
            (
                "Reflecting on the new status, H.H. Sheikh Hamad bin Khalid Al Thani, Minister of State, underlined "
                "the role of the SCO in Eurasia.",
            ),
            ("Commenting on the occasion, His Highness remarked that Qatar would take an active part.",),
        ),
    )
    assert canonical(document, "His Highness") == "Sheikh Hamad bin Khalid Al Thani"
    assert person_names("Earlier, H.H. Sheikh Hamad bin Khalid Al Thani underlined the role.") == [
        "Sheikh Hamad bin Khalid Al Thani"
    ]


def test_a_post_and_a_given_name_are_the_full_name_the_text_gives():
    document = SpeakerDocument(
        "SCO meeting concludes in Islamabad",
        (
            (
                "In his closing remarks, Prime Minister Muhammad Tariq Malik announced the transfer of the chairmanship.",
            ),
            ("Prime Minister Tariq reaffirmed the commitment of his country to the goals of the SCO.",),
        ),
    )
    assert canonical(document, "Prime Minister Tariq") == "Muhammad Tariq Malik"


@pytest.mark.parametrize(
    ("person", "office", "text", "another"),
    [
        ("Daniel Brooks", "the Chinese president", "Earlier, US President Daniel Brooks criticised the WHO.", True),
        ("Ali Karimzoda", "the Russian president", "Tajikistan's President Ali Karimzoda arrived.", True),
        (
            "Pavel Sokolov",
            "the Russian president",
            "Tajikistan's President Ali Karimzoda and Russia's President Pavel Sokolov met.",
            False,
        ),
    ],
)
def test_a_post_s_country_before_a_name_tells_whether_he_holds_another_country_s_post(person, office, text, another):
    assert of_another_country(person, office, text) is another


def test_of_two_people_placed_beside_a_country_the_one_whose_own_post_names_it_holds_it():
    text = (
        "India, Pakistan to join group led by Russia, China . Tajikistan's President Ali Karimzoda, Russian President "
        "Pavel Sokolov and China's President Li Wei pose for a photo."
    )
    assert country_person(["Ali Karimzoda", "Pavel Sokolov", "Li Wei"], "The Russian president", text) == (
        "Pavel Sokolov"
    )


def test_a_country_s_leader_is_the_head_of_state_the_lead_names():
    document = SpeakerDocument(
        "Cooperation within the SCO is crucial - President",
        (
            (
                "ASTANA. KAZINFORM Head of State Aidos Nurlanov has had a meeting with the foreign ministers of the SCO.",
            ),
            ("Those attending were: Minister of Foreign Affairs of Kazakhstan Serik Omarov, and others.",),
            ("The Kazakh Leader pointed out a number of issues on the agenda of the SCO.",),
        ),
    )
    assert canonical(document, "The Kazakh Leader") == "Aidos Nurlanov"


def test_a_fronted_circumstance_is_nobody_who_speaks(default_resolver):
    document = SpeakerDocument(
        "The group's founders",
        (("As founding members, they were the driving forces behind the platform, and now they want to widen it.",),),
    )
    assert default_resolver.resolve(document, 0, 0).speaker != "As founding members"


@pytest.mark.parametrize(
    ("sentence", "through"),
    [
        ("China will continue to take the SCO as a diplomatic priority and support the chairmanship.", True),
        ("Kyrgyzstan will propose to hold a youth forum of the SCO next year.", True),
        ("China proposed to hold a youth forum of the SCO next year.", False),
    ],
)
def test_a_country_s_plan_in_a_modal_is_the_words_of_who_holds_the_floor(sentence, through):
    rule = attribute(sentence)
    assert speaks_through_floor(sentence, rule.speaker or "", rule) is through


def test_a_country_that_will_continue_inside_a_minister_s_speech_is_his_words(default_resolver):
    document = SpeakerDocument(
        "Minister calls for closer SCO cooperation in science",
        (
            (
                "Vice Minister Chen Hao pointed out that the SCO has taken science cooperation to a new level.",
                "China will continue to promote open cooperation and encourage joint laboratories.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 1).speaker == "Chen Hao"
