"""Who said what, round 58: cases of the labelled rounds of real pages read in this release (a press epithet before
a surname and a relative clause before the verb; from the fifty-sixth round and the rounds before)."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.rules import attribute


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Russian leader Orlov, who thanked the hosts for a warm welcome, said that the plan would be approved.",
            "Russian leader Orlov",
        ),
        ("The Kazakh premier Sadykov, who arrived on Monday, said that trade had grown.", "the Kazakh premier Sadykov"),
    ],
)
def test_a_press_epithet_before_a_surname_speaks_across_a_relative_clause(sentence, speaker):
    assert attribute(sentence).speaker == speaker
