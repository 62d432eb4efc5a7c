"""Who said what, round 38: cases of a labelled round of real pages once read (an op-ed whose text says who writes
it, ", writes X"; "H.E." before a name and a post right after it, "Li Wenhao Premier of the State Council"; a
quotation closed by "— указано в документе" speaks for the subject its words open with)."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bylines import columnist
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.titles import title_speaker


def test_an_op_ed_whose_text_says_who_writes_it_speaks_in_that_writer_s_voice(default_resolver):
    document = SpeakerDocument(
        "A bloc facing a new test",
        (
            (
                "Trust among neighbours has been the bloc's foundation.",
                "It is important now to give that principle new strength, writes Aidar Sultanov, a former envoy.",
            ),
            ("The old order is fading away.", "The new one will not be built quickly."),
            ("Sanctions hurt not only their target but world trade as a whole.",),
        ),
    )
    assert columnist(document) == "Aidar Sultanov"
    assert default_resolver.resolve(document, 1, 0).speaker == "Aidar Sultanov"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("H.E. Mohammad Rahimi delivered the address.", "Mohammad Rahimi"),
        ("Speech by Li Wenhao Premier of the State Council at the meeting", "Li Wenhao"),
    ],
)
def test_an_honorific_before_a_name_and_a_post_after_it_are_no_part_of_the_name(text, name):
    assert person_names(text) == [name]


def test_a_speech_s_title_with_a_post_after_the_name_names_the_person():
    title = "Speech by H.E. Li Wenhao Premier of the State Council of the People's Republic of China at the Meeting"
    assert title_speaker(title) == "Li Wenhao"
    # a body's name that ends in an office word is no person's name
    assert person_names("Officials of the Xinjiang Uygur Autonomous Region said") == []


def test_a_quotation_closed_by_ukazano_v_dokumente_speaks_for_the_subject_it_opens_with(default_resolver):
    document = SpeakerDocument(
        "Итоги саммита в Астане",
        (
            ("Главы государств подписали декларацию саммита.",),
            ("«Государства-члены приняли решение учредить фонд развития», — указано в документе.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Государства-члены"
