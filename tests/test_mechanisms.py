"""A sector's own mechanism takes the sector's theme (rule 10): a paragraph about RATS alone is the terrorism
sector's, not the Organisation's own affairs, unless it also names the Secretariat or membership."""

from __future__ import annotations

import numpy as np
import pytest

import scotopics
from scotopics.models.mechanisms import names_rats_alone, with_sector_mechanisms

THEMES = ["institutional", "terrorism_extremism", "procedural"]


@pytest.mark.parametrize(
    "text",
    [
        "The SCO RATS Council presidency has been transferred to China.",
        "Директор Исполкома РАТС ШОС рассказал об основных этапах работы постоянно действующего органа ШОС.",
        "The Executive Committee of the SCO Regional Anti-Terrorist Structure is a permanent body.",
    ],
)
def test_a_paragraph_about_rats_alone(text):
    assert names_rats_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "The SCO has two permanent bodies: the Secretariat in Beijing and the RATS Executive Committee in Tashkent.",
        "The RATS Council met for the first time with India and Pakistan as full members.",
        "The Council instructed the Executive Committee to prepare for the admission of Iran to the RATS mechanisms.",
        "The SCO summit adopted a declaration on the Organisation's development.",
    ],
)
def test_rats_beside_the_organisations_bodies_or_membership_or_no_rats(text):
    assert not names_rats_alone(text)


def test_rats_alone_takes_terrorism_instead_of_institutional():
    texts = ["The SCO RATS Council presidency has been transferred to China.", "The Secretariat and RATS met."]
    flags = np.array([[True, False, False], [True, False, True]])
    decided = with_sector_mechanisms(flags, texts, THEMES)
    assert decided.tolist() == [[False, True, False], [True, False, True]]
    assert flags[0, 0]  # the caller's decisions are left as they were
    assert with_sector_mechanisms(flags, texts, ["institutional", "procedural", "economy"]) is flags


def test_classify_gives_the_rats_presidency_to_terrorism():
    themes = scotopics.load().classify(["The SCO RATS Council presidency has been transferred to China."])[0].themes
    assert "terrorism_extremism" in themes and "institutional" not in themes
