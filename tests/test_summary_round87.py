"""Key statements, read on the eighty-seventh round of real pages: results summed up without giving them ("The
ministers summed up the results of …", "подвели итоги") only tell the topics of talks; an event opening ("kicked off
in", "began its work", "открылось заседание") only sets the scene; and a body's founders told before it ("Established
by the member states of …, the RATS seeks to …") are background."""

from __future__ import annotations

import pytest

from scotopics.models.announcements import announces
from scotopics.models.background import is_background
from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene


@pytest.mark.parametrize(
    "sentence",
    [
        "The banks summed up the results of their work this year.",
        "During the meeting, the ministers summed up the implementation of a number of programmes.",
        "Участники заседания проанализировали и подвели итоги сотрудничества за прошедший год.",
        "Были подведены итоги совместной пограничной операции.",
    ],
)
def test_results_summed_up_without_giving_them_only_tell_the_topics(sentence):
    assert only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides summed up the results of cooperation and emphasized the importance of judicial collaboration.",
        "Будут подведены итоги деятельности ШОС за два года.",
    ],
)
def test_results_summed_up_beside_a_position_or_still_to_come_stay_statements(sentence):
    assert not only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2024 SCO Forum on Traditional Medicine kicked off on Nov 30 in Nanchang.",
        "On August 18, the fourth meeting of the ministers of internal affairs of the SCO began its work in Tashkent.",
        "A meeting of the security council secretaries got underway in Astana on Tuesday.",
        "Евразийский межправительственный совет открылся в Сочи.",
        "В Таджикистане стартовали учения ОДКБ.",
    ],
)
def test_an_event_opening_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision on the membership of the two states has opened new opportunities for the SCO.",
        "The forum kicked off in Beijing, and the ministers agreed to set up a joint fund.",
    ],
)
def test_an_opening_beside_a_decision_or_an_assessment_stays_a_statement(sentence):
    assert not only_sets_the_scene(sentence)


def test_a_body_s_founders_told_before_it_are_background():
    assert is_background(
        "Established by the member states of the Shanghai Convention, the Regional Anti-Terrorist Structure seeks to "
        "combat terrorism, separatism and extremism."
    )
    assert not is_background("Established by the member states, the structure has become a pillar of security.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Heads of the border services gathered at the riverside park on Wednesday to discuss border security.",
        "The event was organised by the Ministry of Culture jointly with the SCO Secretariat.",
        "The meeting occurred within the plan of joint actions for the chairmanship.",
        "Heads of the delegations of invited organisations are also participating in the summit.",
        "The heads of the delegations were received by the President of the host country.",
        "Вне повестки заслушана информация Исполкома о выполнении поручений.",
        "В совещании также примут участие главы министерств чрезвычайных ситуаций.",
        "В Уфу приедут 17 делегаций во главе с министрами.",
        "Министры иностранных дел встретятся в Астане.",
        "На встречу прибыли президенты восьми государств.",
        "В саммите также принимают участие лидеры семи государств.",
        "Саммит проходит 3–4 июля в Астане под лозунгом «Диалог и развитие».",
        "В Москве сегодня проходит форум руководителей средств массовой информации.",
        "Казахстанскую делегацию возглавил первый заместитель премьер-министра.",
    ],
)
def test_who_organised_gathered_took_part_or_led_a_delegation_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


def test_profit_is_no_arrival():
    assert not only_sets_the_scene("Прибыль компаний союза выросла на пятую часть.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Значительная часть выступления президента касалась ситуации в Афганистане.",
        "В широком формате был рассмотрен вопрос о деятельности Комиссии.",
        "Глава делегации также уделил внимание вопросам сотрудничества в торговле.",
        "В повестку дня заседания войдет более 20 вопросов.",
        "Разговор велся и о механизмах сотрудничества с партнёрскими блоками.",
        "Итоги подводятся по практике организации на саммите.",
    ],
)
def test_what_a_talk_touched_on_only_tells_its_topics(sentence):
    assert only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "ШОС основана в 2001 году и ставит перед собой задачи укрепления доверия.",
        "В Шанхайскую организацию сотрудничества входят Россия, Китай, Казахстан и Таджикистан.",
        "Founding documents of the Conference are the Declaration of 1999 and the Almaty Act of 2002.",
        "The declaration on the establishment of the SCO was signed in Shanghai in June 2001 by six countries.",
        "The Executive Committee in its activities is guided by the provisions of the Charter.",
    ],
)
def test_founding_members_and_founding_documents_are_background(sentence):
    assert is_background(sentence)


def test_a_body_that_may_be_founded_is_a_plan_not_background():
    assert not is_background("Энергетический клуб может быть создан в 2008 году, заявил замминистра.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting focused on the preparation for the next summit, the press service reports.",
        "They focused on the situation in the region and on the coming summit.",
    ],
)
def test_what_a_meeting_focused_on_only_tells_its_topics(sentence):
    assert only_discusses(sentence)


def test_meetings_still_to_be_held_only_set_the_scene():
    assert only_sets_the_scene("The ministers will then hold meetings of the Council of Foreign Ministers.")


@pytest.mark.parametrize(
    "sentence",
    [
        'At present, the "SCO family" comprises 26 states across three continents.',
        "The SCO, founded in 2001, now includes nine member countries: Belarus, Iran and seven others.",
    ],
)
def test_how_many_states_a_body_brings_together_is_background(sentence):
    assert is_background(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Keeping in view the objectives of the organisation, I would like to dwell on the threat of terrorism.",
        "Allow me to present to you proposals that are intended to give new impetus to our engagement.",
    ],
)
def test_a_speaker_announcing_his_next_topic_or_proposals_only_announces(sentence):
    assert announces(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would like to dwell on the fact that terrorism is a threat to all of us.",
        "We want to speak about trade, which we believe must double by 2030.",
    ],
)
def test_a_topic_announced_with_what_is_said_of_it_stays_a_statement(sentence):
    assert not announces(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The participants considered the possibility of expanding cooperation in education and research.",
        "The Collective Security Council session's agenda included issues of international and regional security.",
        "It focused on the implementation of decisions of the second meeting of the railway administrations.",
        "The parties in attendance shared their ideas regarding the implementation of the plan.",
        "The participants exchanged information reflecting assessments of the situation on the borders.",
    ],
)
def test_more_ways_of_telling_only_the_topics_of_talks(sentence):
    assert only_discusses(sentence)


def test_attention_paid_to_a_topic_may_be_a_stance():
    assert not only_discusses(
        "The participants paid special attention to stepping up cooperation in information security."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The event was made possible by the Secretariat and the Foreign Ministry.",
        "A meeting of the Council of Heads of State ended in Moscow on October 8 with signing of a package of documents.",
    ],
)
def test_who_made_an_event_possible_and_how_it_ended_only_set_the_scene(sentence):
    assert only_sets_the_scene(sentence)


def test_what_a_speaker_will_cover_only_announces():
    assert announces("In my presentation, I will be covering the basic principles and objectives of the Conference.")
