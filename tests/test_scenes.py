"""A sentence that only sets the scene (who took part, who met whom, that an event took place) is no key statement
while the document states anything else (models/scenes.py)."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.scenes import only_sets_the_scene, scene_paragraph


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister of Agriculture took part in the meeting of SCO agriculture ministers in Bishkek.",
        "Secretary-General Ivan Petrov met with the Ambassador of Mongolia at the Secretariat on Monday.",
        "The meeting of the heads of emergency agencies was held in Qingdao on 3 June.",
        "В работе совещания приняли участие представители министерств юстиции государств-членов ШОС.",
        "Генеральный секретарь ШОС встретился с послом Казахстана в КНР.",
        "Президент Узбекистана принял генерального секретаря Организации, прибывшего в Ташкент с визитом.",
        "12 марта в формате видеоконференции состоялось заседание Совета национальных координаторов.",
        "Deputy Secretary-General Anna Kim delivered a welcome address to the participants.",  # who welcomed them
        "Mr. Li Wei, Director of the Executive Committee, chaired the ceremony.",  # who chaired it
        "The session was chaired by the Minister of Culture of Kyrgyzstan.",
        "Attendees included experts of the drug control agencies of the member states.",  # who was there
        "Заседание открыл министр юстиции Таджикистана.",
    ],
)
def test_a_sentence_that_only_sets_the_scene_is_no_statement(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister attended the meeting and stressed that food security needs joint action.",  # a position
        "The President held talks with his counterpart, highlighting the need to raise trade.",  # a stance
        "В заседании примет участие министр, планируется подписание соглашения.",  # a plan beside the schedule
        "Заседание прошло результативно, в обстановке доверия.",  # an assessment
        "«Мы приняли участие в учениях впервые», – сказал командующий.",  # a quotation, the first person
        "Участники встречи утвердили план мероприятий на 2027 год.",  # a decision, no scene at all
        "The minister delivered a welcome address, noting the importance of joint research.",  # a stance
        "The measures included a common fund for start-ups of the member states.",  # what was decided
    ],
)
def test_a_sentence_that_also_states_something_is_left_alone(sentence):
    assert not only_sets_the_scene(sentence)


def test_a_summary_leaves_out_who_took_part():
    text = (
        "Министр транспорта Кыргызстана принял участие в совещании министров транспорта государств-членов ШОС.\n\n"
        "В работе совещания также приняли участие представители Секретариата ШОС.\n\n"
        "Министры утвердили план развития автомобильных перевозок до 2030 года."
    )
    statements = [s.text for s in scotopics.load().summarize(text, n=3)]
    assert any("утвердили план" in s for s in statements)
    assert not any("участие" in s for s in statements)


def test_a_notice_that_only_sets_the_scene_still_gets_its_best_sentence():
    statements = scotopics.load().summarize("The meeting of SCO culture ministers was held in Sanya on Friday.", n=1)
    assert [s.text for s in statements] == ["The meeting of SCO culture ministers was held in Sanya on Friday."]


def test_a_paragraph_of_scene_setting_alone_is_procedural_alone():
    model = scotopics.load()
    paragraphs = [
        "В работе совещания приняли участие руководители министерств здравоохранения и санитарных служб "
        "государств-членов ШОС.",
        "Министры утвердили совместный план борьбы с эпидемиями и договорились обмениваться данными о вакцинах.",
    ]
    first, second = model.classify(paragraphs, in_document=True)
    assert list(first.themes) == ["procedural"]  # who took part says nothing about health
    assert "health" in second.themes


def test_a_paragraph_with_a_statement_beside_its_scene_is_not_a_scene():
    assert scene_paragraph("Генеральный секретарь ШОС встретился с послом Индии. Встреча прошла в Секретариате.")
    assert not scene_paragraph(
        "Генеральный секретарь ШОС встретился с послом Индии. Он подчеркнул важность борьбы с терроризмом."
    )
