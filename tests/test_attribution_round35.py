"""Who said what, round 35: cases of a labelled round of real pages once read (an indeclinable surname after
"по словам", an outlet before the body it asked, "plans to" and "intends to" in the present, a post and a surname
as the person before "he", an interviewee who "speaks with" an outlet, a list of decisions by its agent, a city's
dateline before a country, "growing" before a noun, "И отметил, что …", a message of welcome and the message
that reads, "We the leaders" without a comma, a hyphenated adjective, a fronted "With …", a palace in the
prepositional, an address to the listeners, a labelled question by name and patronymic, a plan named as a
topic, an agenda, a meeting before its subject, a city that hosted and those taking part as scenes,
thanks offered by "express" or "extend")."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.declarations import declarer
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.openers import subject
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.speaker_types import titled_surname
from scotopics.models.attribution.titles import title_speaker
from scotopics.models.attribution.verbs import find_verb
from scotopics.models.courtesy import only_courtesy
from scotopics.models.cues import REPORTING_VERBS
from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene
from scotopics.models.summarizer import may_state


def test_an_indeclinable_surname_after_po_slovam_keeps_its_ending():
    assert attribute("По словам Шойгу, учения пройдут осенью в Таджикистане.").speaker == "Шойгу"
    assert attribute("По словам генсека Нурлана Ермекбаева, ШОС открыта.").speaker == "Нурлан Ермекбаев"


def test_an_outlet_in_quotation_marks_before_the_body_it_asked_is_no_speaker():
    sentence = "Как сообщили «АП» в министерстве энергетики РТ, переговоры прошли успешно."
    assert attribute(sentence).speaker == "министерство энергетики РТ"


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("Kyrgyzstan plans to host a forum of mountain regions next spring.", "Kyrgyzstan", "plans"),
        (
            "ALMATY (Agency): Kazakhstan, which chairs the group, plans to open three new centres.",
            "Kazakhstan",
            "plans",
        ),
        ("Tehran intends to propose a joint fund for water projects.", "Tehran", "intends"),
        ("Abdullayev echoed this view, adding that the new corridor would pay off soon.", "Abdullayev", "echoed"),
    ],
)
def test_plans_to_intends_to_and_echoed_report_their_subject(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_plans_is_a_verb_only_right_before_to():
    assert find_verb("The group shares data on harvests and export plans, to be sent to the ministers.") is None
    assert find_verb("The action plans were drafted by the experts.") is None


def test_plans_as_a_noun_is_no_reporting_cue_of_a_key_statement():
    assert "plans" not in REPORTING_VERBS and "intends" in REPORTING_VERBS


def test_he_after_a_post_and_a_surname_is_that_person_not_one_from_the_title():
    title = "Summit: PM Sharma calls for unity, President Li Wei quotes a poet"
    context = [
        "The host opened the meeting in the morning.",
        "PM Sharma also stressed the value of the charter of the organisation.",
    ]
    found = attribute('"We must respect every member\'s sovereignty," he added.', context, title=title)
    assert found.speaker == "PM Sharma"


def test_a_post_and_a_surname_is_a_person_but_an_article_is_no_post():
    assert titled_surname("Prime Minister Sharma")
    assert not titled_surname("the Conclave")


def test_an_interviewee_who_speaks_with_an_outlet_is_named_by_the_title():
    title = "The Ambassador of Kyrgyzstan to Japan Aibek Toktobaev speaks with the Daily Herald on the coming summit"
    assert title_speaker(title) == "Aibek Toktobaev"


def test_the_answers_of_an_interview_under_such_a_title_are_the_interviewees(default_resolver):
    document = SpeakerDocument(
        "The Ambassador of Kyrgyzstan to Japan Aibek Toktobaev speaks with the Daily Herald on the coming summit",
        (
            ("What does the summit mean for the region?",),
            ("This is a turning point for the whole organisation.", "Its agenda has never been so broad."),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Aibek Toktobaev"


def test_the_items_of_a_list_of_decisions_belong_to_its_agent(default_resolver):
    document = SpeakerDocument(
        "Leaders close the summit",
        (
            ("Among the decisions approved by the Council of Heads of Government were:",),
            ("1. A programme of cooperation in agriculture for 2027-2030.",),
            ("2. Granting a partner status to two more states.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "the Council of Heads of Government"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("TASHKENT (Wire Service - 4th May, 2021) Russia would welcome a larger role for observers.", "Russia"),
        ("HANOI (Agency) China supports the proposal to widen the forum.", "China"),
        ("ASEAN Secretary-General Nguyen Van Long welcomed the idea of a joint forum.", "Nguyen Van Long"),
    ],
)
def test_a_citys_dateline_before_a_country_is_no_part_of_the_speaker(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_growing_before_call_makes_it_a_noun():
    assert attribute("While tensions persist, the growing call for a fairer order must be heeded.").speaker is None


def test_i_otmetil_chto_continues_the_person_before(default_resolver):
    document = SpeakerDocument(
        "Совещание антинаркотических ведомств",
        (
            ("Председатель агентства Марат Сейткалиев выступил на совещании в Бишкеке.",),
            ("И отметил, что маршруты трафика смещаются на север.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Марат Сейткалиев"


def test_the_message_that_reads_is_its_senders_after_a_message_of_welcome_from_him(default_resolver):
    document = SpeakerDocument(
        "Prosecutors of the region meet in Bishkek",
        (
            ("Prosecutors general of the member states met in Bishkek on Tuesday.",),
            ("A deputy prosecutor read out a message of welcome from President Almaz Dzhaparov to the participants.",),
            ("«Fighting cross-border crime is a shared task of our states,» the message reads.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Almaz Dzhaparov"


def test_we_the_leaders_without_a_comma_declare_as_the_leaders():
    opening = (
        "We the heads of the member states of the Shanghai Cooperation Organisation (hereinafter the SCO), "
        "following the meeting in Tashkent, declare the following."
    )
    assert declarer(opening) == "the heads of the member states of the Shanghai Cooperation Organisation"


def test_a_verb_form_after_a_hyphenated_adjective_is_a_noun():
    sentence = '"Steady political-diplomatic support for the talks made progress possible," the envoy said.'
    assert find_verb(sentence).text.lower() == "said"


@pytest.mark.parametrize(
    "sentence",
    [
        "With six members and four observers, the group is the largest of its kind.",
        "Leaders from 14 countries and heads of 9 international organisations gathered in the capital.",
    ],
)
def test_a_fronted_with_phrase_or_a_counted_noun_is_no_speaking_subject(sentence):
    assert subject(sentence) is None


def test_a_palace_in_the_prepositional_case_is_no_person():
    assert person_names("Во Дворце Независимости состоялось заседание глав государств.") == []


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("Уважаемые коллеги, друзья, добрый день!", False),
        ("«Народная газета» он-лайн: Алексей Викторович, расскажите о планах форума.", False),
        ("Dear colleagues, I am confident that our cooperation will keep growing.", True),
    ],
)
def test_an_address_to_the_listeners_and_a_labelled_question_are_no_statements(sentence, statement):
    assert may_state(sentence) is statement


@pytest.mark.parametrize(
    ("sentence", "only"),
    [
        ("During the dinner, both sides exchanged views on the SCO development plans and regional affairs.", True),
        ("The parties reviewed the preparations for the events planned for this year.", True),
        ("The ministers discussed trade and plans to open a joint centre.", False),
        ("It was discussed, and it is planned to sign the agreement in May.", False),
        ("Повестка дня была посвящена вопросам торгового и инвестиционного сотрудничества.", True),
        ("The agenda included trade facilitation and the fight against drug trafficking.", True),
    ],
)
def test_a_plan_named_as_a_topic_or_an_agenda_is_no_statement(sentence, only):
    assert only_discusses(sentence) is only


def test_a_meeting_before_its_subject_without_a_comma_is_no_part_of_the_speaker():
    found = attribute("During the talks the ministers stressed the need to fight drug trafficking.")
    assert found.speaker == "the ministers"


@pytest.mark.parametrize(
    ("sentence", "scene"),
    [
        ("On 3 May 2024, Dushanbe hosted a meeting of the SCO ministers of agriculture.", True),
        ("Taking part in the session were the Prime Minister of Pakistan and the President of Kyrgyzstan.", True),
        ("The fifth meeting of the heads of border services has been held in Almaty.", True),
        ("The meetings have been held since 2006 and serve as a mechanism of border cooperation.", False),
        ("Astana hosted the summit and called for a joint water strategy.", False),
    ],
)
def test_a_city_that_hosted_and_those_taking_part_only_set_the_scene(sentence, scene):
    assert only_sets_the_scene(sentence) is scene


@pytest.mark.parametrize(
    ("sentence", "courtesy"),
    [
        ("I would like to express my gratitude to the Tajik side for the warm welcome.", True),
        (
            "Let me extend the highest regard and deepest appreciation to our hosts for the excellent arrangements.",
            True,
        ),
        (
            "I would like to express my gratitude to our hosts and stress that the SCO must fight drug trafficking.",
            False,
        ),
    ],
)
def test_courtesy_offered_by_express_or_extend_is_courtesy_alone(sentence, courtesy):
    assert only_courtesy(sentence) is courtesy
