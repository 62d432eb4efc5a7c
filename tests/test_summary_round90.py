"""Key statements, read on the ninetieth and ninety-first rounds of real pages: an agenda told in the present ("The
agenda includes …") and talks to come ("… will have in-depth exchange of views …") only name the topics; good wishes
("Желаю вам … успехов", "I wish the meeting every success") are courtesy, and so is a quotation of courtesy closed by
its source; the year and the countries that joined ("In 2017, India and Pakistan joined the SCO.") only remind the
reader who the body is; links to other stories after the page's tools close the page as debris, and so do a page's
font-size and listen buttons, a caption that places its people ("(front)", "(7th L)") or closes on its agency in
capitals, a comment box and a Russian site's calls to follow it; and talks that went on with the delegations only set
the scene."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.background import is_background
from scotopics.models.courtesy import only_courtesy
from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene
from scotopics.text.debris import debris_reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The agenda includes the strengthening of military cooperation and common approaches to new threats.",
        "The meeting's agenda covers current regional security issues.",
        "During the summit, President Zhou Ming will have in-depth exchange of views with the leaders on cooperation.",
    ],
)
def test_an_agenda_in_the_present_or_talks_to_come_only_name_the_topics(sentence):
    assert only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Желаю вам, уважаемые коллеги, больших успехов .",
        "Желаю всем участникам совещания плодотворной работы.",
        "I wish the meeting every success.",
        "We wish you fruitful discussions and good health.",
        "«Поздравляю Нурлана Ахметова с принятием эстафеты председательства и желаю казахстанским друзьям больших "
        "успехов в этой почетной миссии», — сказал президент на заседании.",
        "“I thank our hosts for the warm welcome,” he said.",
    ],
)
def test_good_wishes_and_a_quoted_courtesy_line_are_only_courtesy(sentence):
    assert only_courtesy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish to underscore the importance India attaches to the Contact Group.",
        "We wish to emphasize the bilateral economic cooperation.",
        "“We will build the road by 2027,” he said.",
        "«Поздравляю коллег и предлагаю создать банк развития к 2027 году», — сказал президент.",
    ],
)
def test_a_wish_to_state_something_and_a_quoted_plan_stay_statements(sentence):
    assert not only_courtesy(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017, India and Pakistan joined the SCO.",
        "In 2017, India and Pakistan joined, followed by Iran in 2023.",
        "In 2017, India and Pakistan were admitted to the organization.",
        "В 2016 году в организацию вошли Индия и Пакистан.",
    ],
)
def test_the_year_and_who_joined_is_background(sentence):
    assert is_background(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017, India and Pakistan joined the SCO, which strengthened its weight in world affairs.",
        "In 2024, Belarus was admitted and the members agreed to double trade.",
    ],
)
def test_a_joining_with_an_assessment_or_a_decision_stays_a_statement(sentence):
    assert not is_background(sentence)


def test_links_to_other_stories_after_the_page_tools_are_debris():
    text = "\n\n".join(
        [
            "Председательство в ШОС переходит к Казахстану",
            "Согласно принятому порядку, председательство в организации переходит к Казахстану, сообщил президент.",
            "Он добавил, что его страна будет содействовать реализации планов казахстанского председательства.",
            "Поделиться",
            "ФОТО",
            "• Китай успешно запустил спутник для испытания новой технологии связи",
            "• Осенний пейзаж горной степи у озера",
        ]
    )
    kinds = [paragraph.kind for paragraph in scotopics.segment(text)]
    assert kinds[-2:] == ["debris", "debris"]
    assert kinds[1:3] == ["text", "text"]


def test_a_list_the_text_introduces_at_its_end_stays_text():
    text = "\n\n".join(
        [
            "Ministers meet in Astana",
            "The ministers adopted a plan of action, which includes the following points:",
            "• Joint exercises of the rescue services in the border regions",
            "• An exchange of data on floods and mudflows in the mountains",
        ]
    )
    kinds = [paragraph.kind for paragraph in scotopics.segment(text)]
    assert kinds[-2:] == ["text", "text"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Xinhua, September 15, 2015 Adjust font size:", "page tools"),
        ("Click to listen highlighted text!", "page tools"),
        (
            "Professor Li Wen from the Agricultural University (right) trains farmers in Osh in April. XINHUA",
            "photo caption",
        ),
        (
            "Chinese Premier Wang Lei (front) presides over the meeting of the heads of government in Zhengzhou.",
            "photo caption",
        ),
        ("President Zhou Ming (7th L) and the other leaders pose for a group photo.", "photo caption"),
        ("Follow China.org.cn on Twitter and Facebook to join the conversation.", "promotion"),
        ("Go to Forum >>0 Comment(s)", "promotion"),
        ("• Enter the words you see:", "promotion"),
    ],
)
def test_page_tools_captions_and_comment_boxes_are_debris(line, reason):
    assert debris_reason(line, None) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The list of members (C) was approved by the council.",
        "The parties agreed to (c) promote trade and (d) open new routes.",
        "Your comment on the plan was noted by the ministers.",
        "The summit will be held in June, the agency said. XINHUA reported that the ministers agreed on the plan.",
    ],
)
def test_sentences_with_letters_in_brackets_or_comments_stay_content(line):
    assert debris_reason(line, None) is None


@pytest.mark.parametrize(
    "line",
    [
        "Самые интересные и важные новости ищите в нашем Telegram-канале и Viber.",
        "Также следите за нами в Дзен!",
        "Читайте нас в Яндексе",
    ],
)
def test_a_russian_site_s_calls_to_follow_it_are_debris(line):
    assert debris_reason(line, None) == "promotion"


@pytest.mark.parametrize(
    ("sentence", "scene"),
    [
        ("Встреча продолжилась с участием членов делегаций.", True),
        ("The meeting continued with the participation of the delegations.", True),
        ("The meeting continued with a discussion of trade.", False),
    ],
)
def test_talks_that_went_on_with_the_delegations_only_set_the_scene(sentence, scene):
    assert only_sets_the_scene(sentence) is scene
