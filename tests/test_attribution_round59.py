"""Who said what, round 59: cases of the development pages read in this release: a name with the particle "ul" and a
nationality before the post in its apposition ("H.E. Moin ul Haque, Pakistani ambassador"); "the spokesman" a lead
introduces as "Press Secretary"; "…, said the spokesperson X during …"; "drew the attention of"; where a named
subject spoke, between it and its verb ("X at a meeting in … called on"); ratifications as reports, in English and
Russian, with a date and its year between a Russian subject and its verb ("Нижняя палата … 21 января 2015 года
ратифицировала"); "Meanwhile X"; a headline's "emphasises"; "noticed"; "the ex-official" and "the expert" a lead
names as former Secretary-General and as political commentator; a group in the genitive fronted before its verb
("Участников поприветствовал …"); a press service passing on its principal's words; "В Кремле заявили"; "In the words
of X"; an op-ed's author after a bar in its title; "выступил с докладом"; "in favour of" as no verb; "the Prime
Minister" beside a deputy who is Foreign Minister; "He answered the questions"; "Russia To Conduct"; an interview
title's "Dmitry Anatolyevich"; "Идею коллеги поддержал X"; "His Highness" before a name."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bylines import byline_author, columnist
from scotopics.models.attribution.canonical import canonical, office_holder
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import clean_name, person_mentions, person_names
from scotopics.models.attribution.participles import gerund_clause
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.titles import title_speaker
from scotopics.models.attribution.transcripts import named_interviewee


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The forum was opened by H.E. Tariq ul Hassan, Pakistani ambassador.", "Tariq ul Hassan"),
        ("The corridor will open soon, Noor ud Din Qureshi said.", "Noor ud Din Qureshi"),
    ],
)
def test_a_name_keeps_its_lower_case_particle(text, name):
    assert name in person_mentions(text)


def test_the_post_after_a_name_and_a_nationality_gives_the_office_its_holder():
    document = SpeakerDocument(
        "Youth exchanges matter, says envoy",
        (
            (
                "“Exchanges between our young people will bring our countries closer,” said H.E. Tariq ul Hassan, "
                "Pakistani ambassador, on Monday.",
            ),
            ("The ambassador stated that the bloc had become a constructive force.",),
        ),
    )
    assert office_holder(document, "the ambassador") == "Tariq ul Hassan"


def test_the_spokesman_is_the_press_secretary_the_lead_names():
    document = SpeakerDocument(
        "Security council secretaries meet in Minsk",
        (
            ("The secretaries approved a plan of consultations, CSTO Press Secretary Anton Belov told reporters.",),
            ("«The plan takes account of the new strategy,» the spokesman said.",),
        ),
    )
    assert office_holder(document, "the spokesman") == "Anton Belov"


def test_a_spokesman_is_no_prime_minister():
    document = SpeakerDocument(
        "Premier arrives in Bishkek",
        (
            ("Prime Minister Daniyar Sultanov arrived in Bishkek on Monday.",),
            ("The spokesman said the talks would last two days.",),
        ),
    )
    assert office_holder(document, "the spokesman") is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (
            "The visits will deepen the friendship among the four countries, said the spokesperson Li Wenhua during "
            "Wednesday's press briefing.",
            "Li Wenhua",
            "said",
        ),
        (
            "Highlighting the role of the bloc, the President drew the attention of the participants to food security.",
            "the President",
            "drew the attention",
        ),
        (
            "Chinese Premier Zhao Ming at a meeting in the SCO Plus format called on colleagues to share experience.",
            "Zhao Ming",
            "called on",
        ),
        ("Kazakhstan’s upper house of parliament ratified an agreement on road transport.", None, "ratified"),
        ("Сенат Казахстана в четверг ратифицировал соглашение о международных перевозках.", None, "ратифицировал"),
        (
            "Нижняя палата парламента Таджикистана 21 января 2015 года ратифицировала соглашение о перевозках.",
            "Нижняя палата парламента Таджикистана",
            "ратифицировала",
        ),
    ],
)
def test_reports_read_this_round(sentence, speaker, verb):
    found = attribute(sentence)
    assert found.verb == verb
    if speaker is not None:
        assert found.speaker == speaker
    else:
        assert found.speaker == sentence.split(" ratified")[0].split(" в четверг")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking at the launch ceremony, a senior official of the ministry said the theme would help.",
        "Environmental groups present at the forum cautioned that dams should meet ecological standards.",
    ],
)
def test_where_a_participle_or_a_group_spoke_is_not_cut_to_a_wrong_subject(sentence):
    assert attribute(sentence).speaker not in ("Speaking", "Environmental groups present")


def test_a_soft_russian_adjective_opens_no_gerund_clause():
    assert not gerund_clause("Нижняя палата парламента".split())
    assert not gerund_clause("Внешняя политика страны".split())
    assert gerund_clause("Выполняя решения саммита".split())


def test_a_dateline_keeps_its_subject_after_a_date_without_a_year():
    sentence = "Москва. 1 сентября. INTERFAX.RU - Президент Белоруссии Александр Лукашенко отметил рост торговли."
    assert attribute(sentence).speaker == "Александр Лукашенко"


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("Участников поприветствовал Владимир Путин.", "Владимир Путин", "поприветствовал"),
        (
            "The President said that 150 events were held in the year of the chairmanship, Kazinform reports citing "
            "the Akorda press service.",
            "the President",
            "said",
        ),
        ("“China wants a common space,” Farid Aliyev noticed.", "Farid Aliyev", "noticed"),
        (
            "Председательствовавший на совещании директор службы Виктор Иванов выступил с докладом о наркотиках.",
            "Виктор Иванов",
            "выступил с докладом",
        ),
        ("В Кремле заявили, что саммит пройдет в Казани.", "Кремль", "заявили"),
        ("In the words of Chinese President Xi Jinping, the members have created a new model.", "Xi Jinping", None),
    ],
)
def test_more_reports_read_this_round(sentence, speaker, verb):
    found = attribute(sentence)
    assert found.speaker == speaker
    if verb is not None:
        assert found.verb == verb


def test_a_sentence_adverb_is_no_given_name():
    assert clean_name("Meanwhile Murat Salim Esenli") == "Murat Salim Esenli"
    assert person_mentions("Earlier Piyush Goyal addressed the meeting.") == ("Piyush Goyal",)


def test_a_headline_verb_is_cut_from_the_speaker_it_follows():
    assert title_speaker("PM Modi emphasises on connectivity among SCO members") == "PM Modi"


def test_an_op_ed_author_after_a_bar_in_the_title_but_not_an_outlet():
    assert byline_author(["SCO Membership: A High Water Mark in Our Diplomacy | Tariq Hassan"]) == "Tariq Hassan"
    assert byline_author(["SCO summit opens in Astana | Daily Times"]) is None


def test_a_former_holder_and_a_commentator_are_the_persons_the_lead_names():
    document = SpeakerDocument(
        "Former secretary-general on the bloc's economy",
        (
            ("Members should expand economic ties, former Secretary-General of SCO Rashid Karimov said.",),
            ("Practical steps have already been taken in transport, the ex-official said.",),
        ),
    )
    assert canonical(document, "the ex-official") == "Rashid Karimov"
    assert canonical(document, "the ex-Secretary General") == "Rashid Karimov"
    commentary = SpeakerDocument(
        "Baku enters the SCO family",
        (
            ("The political commentator Farid Aliyev said that the bloc was created to build trust.",),
            ("“Its main goal is security,” the expert said.",),
        ),
    )
    assert office_holder(commentary, "the expert") == "Farid Aliyev"


def test_a_gerund_clause_before_a_comma_is_no_name_in_apposition():
    document = SpeakerDocument(
        "Президент выступил на саммите",
        (
            ("Решение подписали главы делегаций, пишет агентство со ссылкой на Акорду",),
            ("Выступая перед участниками саммита, президент Казахстана отметил рост торговли.",),
        ),
    )
    assert office_holder(document, "президент Казахстана") is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("«Поэтому, – подчеркнул он, – важно укреплять сотрудничество в военной сфере.", "он", "подчеркнул"),
        ("«Мы готовы, – заявил Сергей Орлов, – к диалогу со всеми партнёрами».", "Сергей Орлов", "заявил"),
        ("По прогнозам экспертов, к 2050 году население Земли достигнет 9 млрд человек.", "эксперты", "according to"),
        (
            "Президент Азамат Садыков возложил руководство подготовкой саммита на кабинет министров.",
            "Азамат Садыков",
            None,
        ),
    ],
)
def test_russian_reports_read_this_round(sentence, speaker, verb):
    found = attribute(sentence)
    assert found.speaker == speaker
    if verb is not None:
        assert found.verb == verb


def test_a_source_cited_inside_a_quotation_is_not_its_speaker():
    assert attribute("«По прогнозам экспертов, к 2050 году население Земли достигнет 9 млрд человек.").speaker is None


def test_in_favour_of_is_no_verb_but_coming_out_in_favour_of_is():
    assert attribute("However, the recent momentum in favour of the rebels could slow the corridor.").speaker is None
    found = attribute("With regard to Afghanistan, the participants came out in favour of national reconciliation.")
    assert (found.speaker, found.verb) == ("the participants", "came out in favour of")


def test_the_prime_minister_is_not_the_foreign_minister_named_beside_him():
    document = SpeakerDocument(
        "Prime Minister leaves for Astana",
        (
            ("Prime Minister Tariq Hassan will leave for Astana today for the summit.",),
            ("The Prime Minister will be accompanied by Deputy Prime Minister and Foreign Minister Ali Raza Khan.",),
            ("At the summit, the Prime Minister will share Pakistan's perspective on regional issues.",),
        ),
    )
    assert document.rule(2).speaker == "Tariq Hassan"


def test_he_who_answered_the_questions_is_the_person_named_before():
    lead = "SCO Secretary-General Rustam Karimov met the SCO Press Club. He answered the questions of the portal."
    assert named_interviewee(lead) == "Rustam Karimov"


def test_a_headline_infinitive_is_no_given_name():
    assert person_names("India, Pakistan, China And Russia To Conduct Joint SCO Military Drill") == []
    assert person_names("To Lam said the talks were useful.") == ["To Lam"]


def test_an_interview_title_addressing_the_interviewee_by_patronymic_gives_his_full_name():
    title = "Question: Dmitry Anatolyevich, you have called the position of the SCO leaders on our efforts unified."
    document = SpeakerDocument(
        title,
        (
            (title, "Can you tell me just what this unity consists of?"),
            (
                "President of Russia Dmitry Orlov: As you know, these were dramatic events.",
                "I had to tell our partners what had actually happened.",
                "We told them what guided us, and I think they understood our position.",
                "I am sure that we will keep working together.",
            ),
        ),
    )
    assert document.author == "Dmitry Orlov"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Идею коллеги поддержал глава правительства России Дмитрий Орлов.", "Дмитрий Орлов"),
        (
            "His Highness Sheikh Khalid bin Saeed Al Mansouri, the Emirati Minister of Foreign Affairs and "
            "International Cooperation, drew attention to his country's shared interests with the SCO.",
            "Sheikh Khalid bin Saeed Al Mansouri",
        ),
        (
            "Responding to Ambassador Ali Reza Zadeh, the SCO Secretary-General stated that the SCO is against force.",
            "the SCO Secretary-General",
        ),
    ],
)
def test_a_fronted_object_an_honorific_and_an_addressee(sentence, speaker):
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Инициатива о культурном диалоге была предложена президентом Узбекистана Азаматом Садыковым на саммите.",
            "Азамат Садыков",
        ),
        ("Министр транспорта Таджикистана Азим Рахимов представил информацию о строительстве дорог.", "Азим Рахимов"),
        (
            "The exercise will be a prototype of anti-terrorist operations, a deputy commander of the Ground Forces "
            "said yesterday.",
            "a deputy commander of the Ground Forces",
        ),
    ],
)
def test_a_passive_agent_a_report_of_information_and_a_commander_at_the_end(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_its_representative_set_into_a_sentence_is_not_a_trailing_source():
    sentence = "Beijing was ready, its representative said, to share the test results with all partners."
    assert attribute(sentence).speaker != "the representative"


def test_presenting_a_position_is_a_report_and_an_event_is_no_speaker():
    found = attribute("Rahimov presented the position of Tajikistan on strengthening political interaction.")
    assert (found.speaker, found.verb) == ("Rahimov", "presented the position")
    assert attribute("The event underscored the economic significance of the SCO region.").speaker is None


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["By Anton Petrov · 2021-09-28 · Source: No. 39"], "Anton Petrov"),
        (["By Xinhua writer Li Wenhua"], "Li Wenhua"),
    ],
)
def test_bylines_with_a_middle_dot_or_an_outlet_writer(lines, author):
    assert byline_author(lines) == author


def test_an_editors_note_that_says_who_the_writer_is_signs_the_piece():
    document = SpeakerDocument(
        "Teenage years of a regional organisation",
        (
            ("Editor's note: Li Wenhua is an international affairs commentator based in Beijing.",),
            ("The organisation has reached a crucial point in its history.", "It has new questions to answer."),
            ("Its members will have to show that they can act together.",),
        ),
    )
    assert columnist(document) == "Li Wenhua"


def test_a_speech_titled_with_a_post_and_a_surname_is_his_not_whom_he_greets():
    document = SpeakerDocument(
        "President Karimi’s Remarks in the 17th Summit Meeting of the Organization",
        (
            ("President Orlov, Distinguished Heads of State and Government, Ladies and Gentlemen,",),
            ("Today is a transformative moment for the organisation.",),
        ),
    )
    assert document.author == "President Karimi"


def test_an_interview_named_in_a_header_line_keeps_its_answers_from_the_journalists_byline():
    document = SpeakerDocument(
        "A new model for international relations",
        (("The organisation is very important for the world because it is unique.",),),
        header=("—Interview of Wang Lei, deputy director of the research centre", "by Li Wenhua"),
    )
    assert document.interviewee == "Wang Lei"
