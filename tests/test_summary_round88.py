"""Key statements, read on the eighty-eighth round of real pages: who moderated, a minute of silence, who was to come,
what guests got acquainted with, who jointly organised an event, a visit, a meeting's place ("met in Bishkek") and
talks that went on in another format only set the scene; a report or statements on a topic ("X выступил с докладом о
…", "От белорусской стороны … выступил …", "there were statements by … on …") only tell the topic, which keeps its
theme."""

from __future__ import annotations

import pytest

from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene


@pytest.mark.parametrize(
    "sentence",
    [
        "Модераторами дискуссии выступили директор департамента и председатель молодежного совета.",
        "The panel was moderated by the deputy director of the institute.",
        "Заседание началось с минуты молчания в память о погибших.",
        "The session opened with a minute of silence for the victims of the flood.",
        "На встрече должен был присутствовать министр иностранных дел, однако визит был отменён.",
        "Guests were able to get acquainted with traditional crafts and dishes of the member states.",
        "Участники ознакомились с экспозицией музея.",
        "The exhibition was jointly organized by the Secretariat and the embassies of the member states.",
        "The delegation visited the museum of applied arts and the old town.",
        "The talks continued in an extended format with the delegations of the member states.",
        "Переговоры продолжились в расширенном составе.",
        "The SCO energy ministers met in Bishkek on Tuesday.",
        "Technical experts of the competent agencies met at the Secretariat on 17-19 May.",
    ],
)
def test_reports_delivered_moderators_silence_and_guests_only_set_the_scene(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр выступил с докладом, в котором подчеркнул необходимость укрепления сотрудничества.",
        "The session was moderated by the rector, who stressed that youth exchanges must grow.",
        "Участники ознакомились с проектом и одобрили его.",
        "The minister visited Bishkek and stressed that the ties between the two countries are strong.",
        "The leaders met in Astana and adopted a declaration on energy security.",
    ],
)
def test_a_scene_beside_a_position_or_a_decision_stays_a_statement(sentence):
    assert not only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "На заседании генеральный секретарь выступил с докладом о военно-политической обстановке в регионе.",
        "От казахстанской стороны по вопросу пограничной безопасности выступил заместитель министра обороны.",
        "At the session there were statements by the member states on cooperation in environmental protection.",
    ],
)
def test_a_report_or_statements_on_a_topic_only_tell_the_topic(sentence):
    assert only_discusses(sentence)
    assert not only_sets_the_scene(sentence)  # the topic keeps its theme, as a discussion's does


def test_a_report_that_gives_a_position_stays_a_statement():
    assert not only_discusses("Министр выступил с докладом, в котором подчеркнул необходимость укрепления связей.")
