"""Who said what, rounds 70 to 72: a declaration whose opening sentence defines a name in a parenthesis
("Руководители государств – членов ШОС (далее – ШОС или Организация) … заявляют о следующем") is the declarers',
not the name's."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.declarations import declarer
from scotopics.models.attribution.document import SpeakerDocument

OPENINGS = [
    (
        "Руководители государств – членов Шанхайской организации сотрудничества (далее – ШОС или Организация) по итогам "
        "заседания Совета глав государств-членов в Циндао 10 июня 2018 года заявляют о следующем.",
        "Руководители государств – членов Шанхайской организации сотрудничества",
    ),
    (
        "The Heads of State of the Member States of the Shanghai Cooperation Organisation (hereinafter the SCO or the "
        "Organisation), following the meeting in Qingdao, declare the following:",
        "The Heads of State of the Member States of the Shanghai Cooperation Organisation",
    ),
]


@pytest.mark.parametrize(("opening", "declarers"), OPENINGS)
def test_a_name_defined_in_a_parenthesis_declares_nothing(opening, declarers):
    assert declarer(opening, "ШОС") == declarers
    assert declarer(opening, "the SCO") == declarers


def test_a_reported_speaker_outside_parentheses_still_declares():
    opening = "Speaking at the forum, the Secretary-General stated the following:"
    assert declarer(opening, "the Secretary-General") == "the Secretary-General"


def test_the_declarations_sentences_are_the_declarers(default_resolver):
    opening, declarers = OPENINGS[0]
    document = SpeakerDocument(
        "Циндаоская декларация",
        (
            (opening,),
            (
                "Динамично развивающийся мир переживает период крупных перемен, геополитический ландшафт становится "
                "многополярным.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == declarers
