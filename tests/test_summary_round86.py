"""Key statements, read on the eighty-sixth round of real pages: who was in attendance or present, who gathered,
arrived or talked with whom only sets the scene (also when the list of those present spells initials "I.A.Karimov",
whose "I" is no first person); a position set out by its topic only ("изложил российские оценки ситуации вокруг …")
announces it; talks going on or still to be considered ("are discussing …", "will consider …") only tell their
topics; and "Об этом говорится в тексте сообщения …" names the source of the sentence before."""

from __future__ import annotations

import pytest

from scotopics.models.announcements import announces
from scotopics.models.attribution.sources import names_the_source_before
from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene


@pytest.mark.parametrize(
    "sentence",
    [
        "President of the Republic of Kazakhstan N.A.Nazarov, President of the Kyrgyz Republic K.S.Bekov, President "
        "of the Republic of Uzbekistan I.A.Karimov were in attendance.",
        "The foreign ministers of Iran and Mongolia were also present.",
        "Министры собрались в Сочи на двухдневное заседание.",
        "Премьер-министр прибыл в Сочи, чтобы встретиться с делегациями стран союза.",
        "Об итогах председательства побеседовали с экспертом Центра геополитических исследований.",
    ],
)
def test_who_was_present_gathered_arrived_or_talked_with_whom_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers present agreed to open a joint trade office.",
        "They said they were present at the birth of a new world order and would defend it.",
        "I.A.Karimov stressed that the region needs a common water policy.",
    ],
)
def test_a_position_beside_those_present_stays_a_statement(sentence):
    assert not only_sets_the_scene(sentence)


def test_a_position_set_out_by_its_topic_only_announces_it():
    assert announces(
        "Заместитель министра Андрей Петров в ходе заседания изложил российские оценки ситуации вокруг кризиса."
    )
    assert not announces("Андрей Петров изложил позицию России и предложил созвать конференцию.")


def test_the_text_of_a_message_named_as_the_source():
    assert names_the_source_before("Об этом говорится в тексте сообщения на сайте МИД РФ.")


@pytest.mark.parametrize(
    ("sentence", "topics_only"),
    [
        ("The secretaries of the security councils are discussing areas of joint work against money laundering.", True),
        ("Ministers will consider the appeal of the presidents to the veterans.", True),
        ("Ministers will consider the draft and approve the budget for next year.", False),
        ("The secretaries are discussing the plan and said it must be adopted by May.", False),
    ],
)
def test_talks_going_on_or_to_be_considered_only_tell_their_topics(sentence, topics_only):
    assert only_discusses(sentence) is topics_only
