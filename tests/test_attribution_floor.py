"""Who holds the floor: a sentence without a reporting verb inside a stretch a person speaks belongs to that
person, also when the sentences between say "he" ("Wei said …. He stressed …. China is ready …")."""

from __future__ import annotations

import copy

from scotopics.models.attribution import SpeakerDocument
from scotopics.models.attribution.candidates import candidates

from .test_attribution import resolve
from .test_attribution_pages import default_resolver, resolve_with_default_model

MINISTER_SPEAKS = [
    ["Defence Minister Arman Sadykov addressed the SCO defence ministers in Bishkek on Tuesday."],
    [
        "Sadykov said the region faces new risks along its southern borders.",
        "He stressed that joint exercises must become regular.",
        "Kazakhstan is ready to host the next drills of the border services.",
    ],
]


def test_a_person_reported_before_a_pronoun_holds_the_floor():
    document = SpeakerDocument("Defence ministers meet", tuple(map(tuple, MINISTER_SPEAKS)))
    assert document.floor_holder(3) == (1, "Arman Sadykov", True)  # "he" stands one sentence back, Sadykov two
    assert document.floor_holder(2) == (1, "Arman Sadykov", True)


FORUM = [
    ["On 12 March 2024, the SCO Youth Forum opened in Almaty, hosted by Kazakhstan."],
    ["Deputy Secretary-General Sohail Khan welcomed the delegates on behalf of the Secretariat."],
    [
        "In his address, Secretary-General Aibek Osmonov stressed that the forum met at a turning point.",
        "Young people make up almost half of the region's population.",
    ],
    [
        "Osmonov noted that the digital economy was changing the labour market of every member state.",
        "Old skills lose their value within a few years.",
    ],
    [
        "Schools and universities cannot keep pace with this change alone.",
        "In these conditions, joint training programmes of the member states have a special value for the young.",
    ],
]


def test_the_floor_holder_is_a_candidate_and_the_resolver_gives_him_the_assessment():
    """Three sentences and a paragraph break after "Osmonov noted …", the assessment is still his."""
    document = SpeakerDocument("", tuple(map(tuple, FORUM)))
    assert document.floor_holder(document.position[(4, 1)]) == (3, "Aibek Osmonov", False)
    assert "Aibek Osmonov" in {c.speaker for c in candidates(document, 4, 1)}
    assert resolve_with_default_model("", FORUM, (4, 1)).speaker == "Aibek Osmonov"


def test_nobody_holds_the_floor_after_a_body_or_two_paragraphs_back():
    body = SpeakerDocument(
        "Ministers meet",
        (("The ministers said the region faces new risks.", "Kazakhstan is ready to host the next drills."),),
    )
    assert body.floor_holder(1) is None  # a group reported, no person
    far = SpeakerDocument(
        "Ministers meet",
        (
            ("Sadykov said the region faces new risks.",),
            ("The exercises took place near Osh.",),
            ("Kazakhstan is ready to host the next drills.",),
        ),
    )
    assert far.floor_holder(2) is None  # more than one paragraph break back
    assert SpeakerDocument("Ministers meet", (("Kazakhstan is ready to host the drills.",),)).floor_holder(0) is None


def test_a_country_that_proposes_in_plain_news_keeps_its_own_voice():
    """Without a person speaking before it, the subject of "Kazakhstan proposes …" is still the speaker."""
    paragraphs = [
        ["The SCO energy ministers met in Astana on Friday."],
        ["Kazakhstan proposes to set up a common register of energy projects."],
    ]
    assert resolve_with_default_model("Energy ministers meet", paragraphs, (1, 0)).speaker == "Kazakhstan"


def test_a_country_inside_a_minister_s_speech_speaks_through_him_but_one_that_proposes_keeps_its_voice():
    """ "Sadykov said …. Kazakhstan intends to …": a reader credits the minister, whose country it is; a country
    with a reporting verb of its own ("Kazakhstan proposed …") keeps its voice."""
    speech = [
        MINISTER_SPEAKS[0],
        [MINISTER_SPEAKS[1][0], "Kazakhstan intends to widen the training of border guards with its neighbours."],
    ]
    assert resolve_with_default_model("Defence ministers meet", speech, (1, 1)).speaker == "Arman Sadykov"
    speech[1][1] = "Kazakhstan proposed to widen the training of border guards with its neighbours."
    assert resolve_with_default_model("Defence ministers meet", speech, (1, 1)).speaker == "Kazakhstan"


def test_the_organisation_as_the_subject_inside_a_speech_is_what_the_speaker_talks_about():
    """ "Sadykov said …. The SCO has become …": the assessment is the minister's; the SCO is its topic. In plain
    news the SCO that calls for something still speaks."""
    speech = [MINISTER_SPEAKS[0], [MINISTER_SPEAKS[1][0], "The SCO has become a pillar of stability in the region."]]
    assert resolve_with_default_model("Defence ministers meet", speech, (1, 1)).speaker == "Arman Sadykov"
    news = [["The SCO energy ministers met in Astana on Friday."], ["The SCO called for a common energy market."]]
    assert resolve_with_default_model("Energy ministers meet", news, (1, 0)).speaker == "the SCO"


def test_an_office_reported_before_holds_the_floor_as_the_person_who_holds_it():
    """ "по словам главы государства, …. Кыргызстан продолжит …": the head of state the lead names speaks on."""
    document = SpeakerDocument(
        "",
        (
            ("Президент Кыргызстана Айбек Осмонов выступил на саммите ШОС.",),
            (
                "Первый приоритет, по словам главы государства, - это обеспечение стабильности.",
                "Кыргызстан продолжит наращивать коллективные усилия.",
            ),
        ),
    )
    assert document.floor_holder(2) == (1, "Айбек Осмонов", True)


def _unsure_resolver():
    """The default resolver made unsure of every candidate: what the rules after the ranking decide shows."""
    unsure = copy.copy(default_resolver())
    unsure.min_proba = 0.9999
    return unsure


def test_a_pronoun_that_reports_gets_the_likeliest_person_even_when_the_ranking_is_unsure():
    """ "He added that …" with the person named far back: someone spoke, so the likeliest person is named, not
    None (here with a resolver made unsure of every candidate; a group is never chosen for "he")."""
    unsure = _unsure_resolver()
    paragraphs = [
        ["SCO Secretary-General Aibek Osmonov opened the forum in Almaty on Monday."],
        ["The forum brought together 300 delegates.", "Its sessions covered trade, transport and energy."],
        ["Mutual trust is the core of its work.", "He added that the SCO directs its energy to stability."],
    ]
    assert resolve(unsure, "", paragraphs, (2, 1)).speaker == "Aibek Osmonov"
    assert resolve(unsure, "", paragraphs, (2, 0)).speaker is None  # no reporting verb: nobody is guessed


def test_quoted_words_in_the_first_person_are_someones_even_when_the_ranking_is_unsure():
    """'Li listed five proposals. First: "We must …"': quoted first-person words in a news item are a person's;
    the writer's own narration stays without a speaker."""
    unsure = _unsure_resolver()
    paragraphs = [
        ["Chinese President Li Wen addressed the SCO summit in Astana on Friday."],
        ["Li listed five proposals for the organisation.", 'First: "We must guard our region against division.'],
        ["The summit closed in the evening."],
    ]
    assert resolve(unsure, "", paragraphs, (1, 1)).speaker == "Li Wen"
    assert resolve(unsure, "", paragraphs, (2, 0)).speaker is None
