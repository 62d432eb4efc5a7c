"""Key statements, read on the eighty-eighth round of real pages: who reported on what ("X выступил с докладом о …",
"От белорусской стороны … выступил …"), who moderated, a minute of silence, who was to come, what guests got
acquainted with and who jointly organised an event only set the scene."""

from __future__ import annotations

import pytest

from scotopics.models.scenes import only_sets_the_scene


@pytest.mark.parametrize(
    "sentence",
    [
        "На заседании генеральный секретарь выступил с докладом о военно-политической обстановке в регионе.",
        "От казахстанской стороны по вопросу пограничной безопасности выступил заместитель министра обороны.",
        "Модераторами дискуссии выступили директор департамента и председатель молодежного совета.",
        "The panel was moderated by the deputy director of the institute.",
        "Заседание началось с минуты молчания в память о погибших.",
        "The session opened with a minute of silence for the victims of the flood.",
        "На встрече должен был присутствовать министр иностранных дел, однако визит был отменён.",
        "Guests were able to get acquainted with traditional crafts and dishes of the member states.",
        "Участники ознакомились с экспозицией музея.",
        "The exhibition was jointly organized by the Secretariat and the embassies of the member states.",
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
    ],
)
def test_a_scene_beside_a_position_or_a_decision_stays_a_statement(sentence):
    assert not only_sets_the_scene(sentence)
