"""Sentences a summary leaves out, read on the development pages of rounds 70 to 72: courtesy in the first person
("Для меня большая честь приветствовать Вас …"), a welcome speech reported ("С приветственным словом к участникам
обратился …"), where an event is held ("Саммит проходит во Дворце …"), who greeted the delegations, an opinion
announced before it is given ("Свое мнение высказал политолог …") and a question put ("NEWS.ru спросил …"); a visit,
an event's date and place to come or going on, the atmosphere of a talk, and thoughts shared or information given
about a topic ("He informed about the results of …")."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.announcements import announces
from scotopics.models.courtesy import only_courtesy
from scotopics.models.scenes import only_sets_the_scene


def test_courtesy_said_with_a_pronoun_of_the_first_person_is_courtesy():
    assert only_courtesy("Для меня большая честь приветствовать Вас накануне китайского Нового года.")
    assert only_courtesy("Для нас большая честь принимать участников форума.")
    assert not only_courtesy("Мы высоко ценим вклад Китая в развитие ШОС.")  # no courtesy word


@pytest.mark.parametrize(
    "sentence",
    [
        "С онлайн-приветствием к ним обратился генеральный секретарь ШОС Чжан Мин.",
        "От имени Генерального секретаря ШОС с приветственным словом к участникам Совещания обратился его заместитель.",
        "Deputy Secretary-General Sohail Khan addressed the forum participants with greetings.",
        "Саммит проходит во Дворце «Кохи Навруз».",
        "Местом проведения совещания стала государственная резиденция Дяоюйтай в столице Китая.",
        "Глав делегаций встретил первый заместитель председателя Пограничной службы.",
        "С приветственной речью выступили Министр иностранных дел КНР Ван И и Генеральный секретарь ШОС.",
        "25 мая 2016 года в Ташкенте Генеральный секретарь ШОС Р.Алимов посетил Университет мировой экономики.",
        "Мероприятие пройдет с 23 по 25 августа.",
        "Беседа прошла в конструктивной и дружеской атмосфере.",
        "The presidents of Turkmenistan and Afghanistan are also attending summit meetings as guests.",
        "The exercises are being held in East Azarbaijan from the 1st to 5th of December.",
    ],
)
def test_a_welcome_speech_a_venue_or_a_greeting_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Заседание проходит в условиях сложной геополитической конъюнктуры.",  # an assessment
        "Глава МИД обратился к участникам с приветствием, в котором подчеркнул важность борьбы с терроризмом.",
        "Заседание прошло результативно.",
        "Президент посетил выставку и отметил, что ШОС укрепляет связи.",
    ],
)
def test_what_is_said_beside_the_scene_keeps_the_sentence(sentence):
    assert not only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Свое мнение высказал директор Центра изучения континентальной интеграции «Северная Евразия», политолог "
        "Алексей Дзермант, передает ИА «NewTimes».",
        "On the eve of the event, Chinese Ambassador Liu Jiangping shared her views in an interview with 24.kg.",
        "На экономическом форуме NEWS.ru спросил специального представителя президента РФ по делам ШОС.",
        "Р.Алимов поделился с присутствующими своими мыслями об эволюции развития ШОС и ее перспективах.",
        "He informed about the results of the CSTO activities in 2022.",
        "He also provided information on current priorities and the preparation of major events within the SCO.",
    ],
)
def test_an_opinion_announced_or_a_question_put_only_announces(sentence):
    assert announces(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He shared his views that the SCO must grow.",
        "Своим мнением поделился эксперт, отметив, что ШОС растёт.",
        "Министр спросил коллег, готовы ли они поддержать план, и предложил провести встречу.",
        "He informed the participants that the SCO would hold its summit in July.",
        "She briefed the ministers on the preparations and stressed that the summit must adopt the strategy.",
    ],
)
def test_an_opinion_given_or_a_proposal_beside_a_question_is_stated(sentence):
    assert not announces(sentence)


def test_the_summary_leaves_the_courtesy_and_the_scene_out():
    text = (
        "Для меня большая честь приветствовать участников совещания министров.\n\n"
        "С приветственным словом к участникам совещания обратился заместитель Генерального секретаря.\n\n"
        "Министры договорились создать рабочую группу по цифровой торговле и утвердили план действий на 2026 год."
    )
    picked = [k.text for k in scotopics.load().summarize(text, n=1)]
    assert picked == [
        "Министры договорились создать рабочую группу по цифровой торговле и утвердили план действий на 2026 год."
    ]
