"""Who said what, round 29: cases from development round 9 and the interviewee search on long leads."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.transcripts import named_interviewee

#: A lead's sentence that names no interview, repeated: the interviewee search must read it as before.
_FILLER = "Министр встретился с коллегами в Пекине, где обсуждались вопросы сотрудничества в рамках организации"


@pytest.mark.parametrize(
    ("lead", "interviewee"),
    [
        (f"{_FILLER}. {_FILLER}. Посол Кыргызстана Канат Осмонов дал интервью агентству.", "Канат Осмонов"),
        (f"{_FILLER}, а посол Кыргызстана Канат Осмонов дал интервью агентству.", "Канат Осмонов"),
        (f"{_FILLER}! В интервью газете посол Канат Осмонов подчеркнул роль организации.", "Канат Осмонов"),
        ((_FILLER + " ") * 20 + ".", None),
        (f"{_FILLER}. Канат Осмонов. Дал интервью агентству.", None),  # the name and the verb in different sentences
    ],
)
def test_a_lead_names_its_interviewee_in_the_sentence_with_the_verb(lead, interviewee):
    assert named_interviewee(lead) == interviewee
