"""Who said what, round 40: cases of a labelled round of real pages once read ("затронул" as "affected", not a verb
of speaking, unless a topic follows; "коллегам по ШОС" after a Russian verb; "Honorable" before a name; "отдела" is
a noun, not a past verb; "officials and experts said"; a headline closing on a name after a dash; a news headline
about someone's address is no speech's title)."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.titles import title_speaker


def test_zatronul_speaks_only_of_a_topic():
    assert attribute("Пандемия так или иначе затронула всех нас и изменила наш взгляд на медицину.").speaker is None
    found = attribute("Стороны затронули в ходе встречи темы региональной безопасности.")
    assert (found.speaker, found.verb) == ("Стороны", "затронули")


def test_the_colleagues_told_are_no_part_of_the_speaker():
    found = attribute("Сейчас, как сообщил президент Белов коллегам по ШОС, возрастает роль новых центров силы.")
    assert found.speaker == "президент Белов"


def test_an_honorific_before_a_name_is_no_part_of_it():
    assert attribute("Honorable Farrukh Aliev noted that the organisation had grown.").speaker == "Farrukh Aliev"


def test_a_genitive_that_looks_like_a_past_verb_ends_no_subject():
    found = attribute("Начальник отдела Института Центральной Азии Тимур Ахмедов подчеркнул значимость декларации.")
    assert found.speaker == "Тимур Ахмедов"


def test_officials_and_experts_who_close_a_sentence_speak_it():
    sentence = "Closer ties among the members will boost trade in the region, officials and experts said on Monday."
    assert attribute(sentence).speaker == "officials and experts"


def test_a_headline_closing_on_a_name_after_a_dash_names_the_person_it_reports():
    document = SpeakerDocument(
        "Kyrgyzstan values its place in the SCO - Askar Temirov",
        (
            ("The President of Kyrgyzstan received the Secretary-General of the organisation.",),
            ("Askar Temirov noted that the organisation had grown into a factor of regional security.",),
            ("According to Temirov, trade and transport ties come first.",),
        ),
    )
    assert document.headline_person == "Askar Temirov"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Pakistan has sent out a clear message during Prime Minister Imran Qadir's address at the summit", None),
        ("Full text of Chinese President Wen Hao's speech at the SCO summit", "Wen Hao"),
        ("Li Wenhao's remarks to the press", "Li Wenhao"),
    ],
)
def test_a_possessive_speech_title_names_a_speaker_only_when_a_name_owns_it(title, speaker):
    assert title_speaker(title) == speaker
