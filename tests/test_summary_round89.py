"""Key statements, read on the eighty-ninth round of real pages: who represented a country and who opened a meeting
with the verb first only set the scene, as does an event that began somewhere ("… началось в пятницу в Минске"); a
count of a body's observers or members, how often it meets, its priority tasks and the year a country applied only
remind the reader who the body is; a greeting ("Добрый день!", "Good evening!") and a guest welcomed by name are
courtesy; a line that closes on the page's tools ("… Print Download (PDF 29 Kb)") is debris; and a reporting verb's
plain clause that only sets the scene ("Он отметил, что в заседании приняли участие …") reports no position; a word of
weight before a topic ("discussed priority areas of …") only names the topic; a site's calls and forms ("Connect with
us. Get latest news and updates.", "• Your e-mail:") are debris; thanks after a title ("Mr. Ming thanked …") or for a
cordial welcome are only courtesy; an event that came to an end somewhere, and who convened it, only set the scene."""

from __future__ import annotations

import pytest

from scotopics.models.background import is_background
from scotopics.models.courtesy import courtesy_line, only_courtesy
from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene, reports_only_the_scene
from scotopics.text.debris import debris_reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan was represented by Foreign Minister Arman Seitov.",
        "The observer states were represented by their deputy ministers of culture.",
        "Российская сторона была представлена заместителем министра культуры.",
        "Открыл заседание председатель совета – министр культуры Таджикистана.",
    ],
)
def test_who_represented_a_country_or_opened_a_meeting_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


def test_a_representative_who_stressed_a_point_stays_a_statement():
    sentence = (
        "During the discussion, the Secretariat was represented by the Deputy Secretary-General, who stressed the "
        "relevance of the initiatives."
    )
    assert not only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It also has four observer states – Afghanistan, Belarus, Iran and Mongolia – and fourteen dialogue partners.",
        "The organization now has ten members, two observers and fourteen dialogue partners.",
        "The Council of Heads of State meets once a year and adopts decisions on all important matters.",
        "Its priority tasks include joint counteraction to terrorism and cooperation in education.",
        "Шанхайская организация сотрудничества объединяет десять государств евразийского континента.",
    ],
)
def test_counts_of_members_meetings_and_priority_tasks_are_background(sentence):
    assert is_background(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It has become a major constructive force in the region.",
        "The SCO has played an important role in keeping the region stable.",
        "The ministers agreed that the council meets twice a year from now on.",
    ],
)
def test_an_assessment_or_a_decision_about_the_body_is_no_background(sentence):
    assert not is_background(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Заседание Совета министров иностранных дел СНГ началось в пятницу в Минске.",
        "Саммит лидеров стран ШОС начался в китайском городе Циндао, сообщает агентство.",
    ],
)
def test_an_event_that_began_somewhere_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


def test_the_year_a_country_applied_is_background():
    assert is_background("Иран подал заявку на вступление в организацию в 2008 году.")
    assert not is_background("Иран подал заявку на вступление в организацию, заявил министр.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Добрый день, дорогие друзья!",
        "Good evening!",
        "Здравствуйте, уважаемые коллеги!",
        "I warmly welcome President Omar Halil and the heads of delegations.",
    ],
)
def test_a_greeting_or_a_guest_welcomed_by_name_is_courtesy(sentence):
    assert courtesy_line(sentence)


def test_welcoming_a_decision_is_no_courtesy():
    assert not courtesy_line("I welcome the decision to grant the country full membership.")


@pytest.mark.parametrize(
    "line",
    [
        "4333 November 4, 2019 Print Download (PDF 29 Kb)",
        "8310 20 мая, 2016 Распечатать Скачать (PDF 121 Kb)",
        "ChinaNews App Download",
        "SCO summit meeting issues joint communique 2007-08-17 03:17:54 Print",
    ],
)
def test_a_line_that_closes_on_the_page_s_tools_is_debris(line):
    assert debris_reason(line, None) == "page tools"


@pytest.mark.parametrize(
    "line",
    ["The ministers agreed to print the joint textbook.", "Students of the member states can download the course"],
)
def test_a_sentence_about_printing_or_downloading_is_no_debris(line):
    assert debris_reason(line, None) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Он отметил, что в заседании приняли участие делегаты компетентных органов государств-членов.",
        "Нуртлеу отметил, что впервые в работе совета принимают участие министры иностранных дел двух стран.",
        "The minister said that the participants exchanged views on international issues and cooperation.",
    ],
)
def test_a_clause_that_only_sets_the_scene_reports_no_position(sentence):
    assert reports_only_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Собеседники сошлись во мнении, что в саммите примут участие все лидеры.",  # what they agreed on
        "Министр сообщил, что в сентябре на Иссык-Куле пройдут Третьи Всемирные игры кочевников.",  # to come
        "Он подчеркнул, что предприятия малого бизнеса почти не участвуют в проектах организации.",  # a negation
        "The ministers noted with satisfaction that the delegations of all member states attended the forum.",
        "Он сообщил, что павильон посетили более 80 тыс. человек.",  # figures of a result
        "Он отметил, что Сообщество прошло путь от пограничного механизма до влиятельного объединения.",
    ],
)
def test_a_reported_agreement_plan_negation_or_figure_is_more_than_the_scene(sentence):
    assert not reports_only_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting participants discussed priority areas of joint work: information exchange and border security.",
        "During the meeting, the parties exchanged views on the priority areas of cooperation in the new environment.",
        "They focused on priority tasks for further development and plans for cooperation with other structures.",
    ],
)
def test_a_word_of_weight_before_a_topic_only_names_the_topic(sentence):
    assert only_discusses(sentence)


def test_a_priority_stated_beside_the_talks_stays_a_statement():
    assert not only_discusses("The sides discussed the corridor and agreed that its completion is a priority.")


@pytest.mark.parametrize(
    "line", ["Connect with us. Get latest news and updates.", "• Your e-mail:", "• Friend's name:"]
)
def test_a_site_s_calls_and_forms_are_debris(line):
    assert debris_reason(line, None) == "promotion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Ming thanked the minister and the staff of the ministry for holding the meeting.",
        "First of all, I would like to thank the leadership of the republic for the cordial welcome.",
    ],
)
def test_thanks_after_a_title_or_for_a_welcome_are_only_courtesy(sentence):
    assert only_courtesy(sentence)


def test_thanks_followed_by_a_position_are_more_than_courtesy():
    assert not only_courtesy("S. Jaishankar thanked the hosts. He then stressed the need to fight terrorism.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting of the Council of Foreign Ministers came to an end in Astana.",
        "The 24th Summit of Heads of State concluded on Thursday in Astana.",
        "Премьер-министр Михаил Мишустин собрал заседание совета глав правительств в Москве, передает корреспондент.",
        "The council convened a closed expert meeting on Afghanistan on 12 March 2025.",
        "Совместное учение вооруженных сил государств – членов ШОС завершилось в Челябинской области.",
    ],
)
def test_an_event_that_ended_somewhere_or_who_convened_it_only_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


def test_a_meeting_that_ended_with_a_plan_issued_is_more_than_the_scene():
    assert not only_sets_the_scene("The two-day meeting concluded on Thursday with the issuance of the Executive Plan.")
