"""Where a report names its source: after the statement (a wire's "…, Putin was quoted as saying"), in commas
inside it ("…, добавил Шойгу, …"), behind an outlet that only carries it, after an opening participle clause;
two people who share a surname; and the person holding the floor for a group's words in his speech."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import SpeakerDocument, attribute
from scotopics.models.attribution.candidates import candidates
from scotopics.models.attribution.document import canonical
from scotopics.models.attribution.names import another_person, person_names
from scotopics.models.attribution.trailing import aside_source

from .test_attribution_pages import resolve_with_default_model


@pytest.mark.parametrize(
    ("sentence", "context", "speaker", "verb"),
    [
        (  # the outlet and the agency it cites only carry the minister's words
            "Water Minister Daniyar Seitkali proposed a joint fund for glacier monitoring at the meeting of the "
            "SCO environment ministers, Steppe Herald reports citing Nomad News Agency.",
            [],
            "Daniyar Seitkali",
            "proposed",
        ),
        (  # a quotation inside the sentence, closed by its comma, then the source and a dash
            'The summit will call for a "fairer order of trade," Oleg Varin said - a phrase aimed at sanctions.',
            [],
            "Oleg Varin",
            "said",
        ),
        (
            "The organisation keeps gaining weight, Varin was quoted as saying by the Steppe Herald agency.",
            ["Prime Minister Oleg Varin opened the session."],
            "Oleg Varin",
            "was quoted as saying",
        ),
        ("Trade between the members will double by 2030, says a Kyrgyz official.", [], "a Kyrgyz official", "says"),
        (  # the participle clause cites a thing, not a source: the one who speaks is the subject after it
            "Citing the success of the chairmanship's motto, Rao said it had united the members.",
            ["Culture Minister Anil Rao chaired the meeting."],
            "Anil Rao",
            "said",
        ),
        (  # the verb of the opening clause ("condemned") is not the sentence's report
            "Observing that India firmly condemned terrorism in all its forms, he called for a stronger RATS.",
            ["Defence Minister Arjun Mehta arrived in Astana."],
            "Arjun Mehta",
            "called for",
        ),
        (  # no comma after the participle clause: the name closing it is the subject (named in full later)
            "Addressing the summit by video link PM Mehta said that the SCO must reform its methods.",
            ["Prime Minister Arjun Mehta took part in the summit."],
            "Arjun Mehta",
            "said",
        ),
        ("Li hailed the steady growth of the organisation.", ["Premier Li Wenhai arrived."], "Li Wenhai", "hailed"),
        (
            "Member of the Youth Council, Timur Nazarov, opined that only joint work brings results.",
            [],
            "Timur Nazarov",
            "opined",
        ),
    ],
)
def test_english_sources_that_close_or_open_a_statement(sentence, context, speaker, verb):
    found = attribute(sentence, context)
    assert (found.speaker, found.verb) == (speaker, verb)


@pytest.mark.parametrize(
    ("sentence", "context", "speaker", "verb"),
    [
        (  # a reporting clause in commas inside the statement, with a name or a pronoun
            "В этой связи, добавил Сухов, пришло время вернуться к работе контактной группы.",
            ["Министр обороны Павел Сухов прибыл в Бишкек."],
            "Павел Сухов",
            "добавил",
        ),
        (  # the subject of the statement ("страны") is not the one who says it
            "Все страны региона, подчеркнул он, едины во мнении, что границы должны быть безопасны.",
            ["Министр обороны Павел Сухов прибыл в Бишкек."],
            "Павел Сухов",
            "подчеркнул",
        ),
        (  # "по его словам" keeps the name found before as written ("Сухов", not "Сух")
            "Сотрудничество, по его словам, развивается быстро.",
            ["Министр обороны Павел Сухов прибыл в Бишкек."],
            "Павел Сухов",
            "according to",
        ),
        (  # the two sides of a talk share a view: "собеседники" are a group that speaks
            "Собеседники сошлись во мнении, что саммит придаст новый импульс развитию организации.",
            [],
            "Собеседники",
            "сошлись во мнении",
        ),
        (  # an office written with a capital closes the statement after a dash
            "Прием новых членов укрепит организацию, - отметил Глава государства.",
            [],
            "Глава государства",
            "отметил",
        ),
        (  # a gerund's clause after the source ("выступая на …")
            "Торговля в рамках ШОС выросла, заявил во вторник генеральный секретарь ШОС Ли Вэньхай, выступая "
            "на открытии форума.",
            [],
            "Ли Вэньхай",
            "заявил",
        ),
        (  # where and when the source spoke is no part of the source
            "«Страны готовы работать вместе», – написал Абаев в пятницу в своем блоге.",
            ["Министр здравоохранения Руслан Абаев провел совещание."],
            "Руслан Абаев",
            "написал",
        ),
        (  # where a subject spoke stands between it and its verb
            "Президент Беларуси Игорь Лапин в своем выступлении на заседании Совета в Астане сделал акцент на "
            "вопросах безопасности.",
            [],
            "Игорь Лапин",
            "сделал акцент",
        ),
        (
            "Выступая на совещании министров обороны в Астане, он поприветствовал новых членов.",
            ["Министр обороны Павел Сухов прибыл в Астану."],
            "Павел Сухов",
            "поприветствовал",
        ),
    ],
)
def test_russian_sources_inside_and_after_a_statement(sentence, context, speaker, verb):
    found = attribute(sentence, context)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_a_clause_in_commas_reports_only_with_a_reporting_verb():
    assert aside_source("One of the answers, he continued, is more trade.") == ("he", "continued")
    assert aside_source("In 2020, China, India and Russia met in Moscow.") is None
    assert aside_source("The plan, which he drafted, was approved.") is None


@pytest.mark.parametrize(
    ("name", "known", "two_people"),
    [
        ("Wang Wenbin", "Wang Yi", True),  # a Chinese family name shared by a spokesman and his minister
        ("Nawaz Sharif", "Shehbaz Sharif", True),
        ("S Jaishankar", "Subrahmanyam Jaishankar", False),  # an initial of the same given name
        ("Сергея Лаврова", "Сергей Лавров", False),  # one name in two cases
        ("Muhammad Shehbaz Sharif", "Shehbaz Sharif", False),
    ],
)
def test_two_full_names_with_one_surname(name, known, two_people):
    assert another_person(name, known) is two_people


def test_a_spokesman_is_not_his_minister_of_the_same_surname():
    document = SpeakerDocument(
        "Foreign Minister to attend SCO meeting",
        (
            ("Foreign Minister Wang Yi will visit Astana, Foreign Ministry spokesman Wang Wenbin announced.",),
            ("China hopes the meeting will bring results, the spokesman told a regular news conference.",),
        ),
    )
    assert canonical(document, "Wang Wenbin") == "Wang Wenbin"
    assert canonical(document, "the spokesman") == "Wang Wenbin"
    assert canonical(document, "Wang") == "Wang Yi"  # a surname alone is the person the lead names first


SPEECH_WITH_GROUP_SUBJECTS = [
    ["Defence Minister Arjun Mehta addressed the SCO defence ministers in Minsk on Tuesday."],
    [
        "Mehta said that terrorism remains the main threat to the region.",
        "All member states should share intelligence on foreign fighters without delay.",
    ],
    ["The sides also discussed the schedule of joint exercises for next year."],
]


def test_a_group_s_duty_in_a_speech_is_the_speaker_s_words_but_a_group_s_act_is_its_own():
    title = "SCO defence ministers meet"
    assert resolve_with_default_model(title, SPEECH_WITH_GROUP_SUBJECTS, (1, 1)).speaker == "Arjun Mehta"
    assert resolve_with_default_model(title, SPEECH_WITH_GROUP_SUBJECTS, (2, 0)).speaker != "Arjun Mehta"


def test_the_items_of_a_list_belong_to_who_put_it_forward():
    paragraphs = [
        ["Deputy Foreign Minister Sun Lihua met SCO Deputy Secretary-General Omar Baig in Beijing on Monday."],
        [
            "Sun Lihua put forward three proposals.",
            "First, to prepare the next summit together.",
            "Second, to widen cooperation in the digital economy.",
            "Third, to deepen exchanges among universities and young people.",
        ],
    ]
    for item in (1, 2, 3):
        assert resolve_with_default_model("Sun Lihua meets Omar Baig", paragraphs, (1, item)).speaker == "Sun Lihua"


@pytest.mark.parametrize(
    "sentence",
    [
        "A joint action plan to implement the agreement on disaster relief for 2027-2029 was approved.",
        'The work plan for the "Year of Culture of the SCO in 2027" was also adopted at the meeting.',
    ],
)
def test_a_plan_adopted_in_the_passive_has_no_speaker(sentence):
    found = attribute(sentence, ["The emergency ministers met in Cholpon-Ata."])
    assert found.speaker is None and found.verb in ("approved", "adopted")


def test_those_a_speech_addresses_and_its_motto_are_no_speakers():
    document = SpeakerDocument(
        "",
        (
            ("Together towards Sustainable Peace and Prosperity",),
            ("Dear summit participants!",),
            ("I am convinced that only joint efforts can settle the conflicts of our region.",),
        ),
    )
    assert person_names("Together towards Sustainable Peace and Prosperity") == []
    assert {c.speaker for c in candidates(document, 2, 0)}.isdisjoint({"Dear summit participants", "Sustainable Peace"})


def test_a_russian_ministry_head_and_a_deputy_minister_are_the_people_the_lead_names():
    document = SpeakerDocument(
        "",
        (
            (
                "Совещание министров сельского хозяйства ШОС прошло под председательством Министра сельского "
                "хозяйства Олега Травина, заявил журналистам замминистра энергетики России Павел Ветров.",
            ),
            ("По словам главы Минсельхоза России, урожай зерна в странах ШОС растет.",),
            ("Отвечая на вопрос о сроках, замминистра сказал: «Клуб будет создан в этом году».",),
        ),
    )
    assert canonical(document, "главы Минсельхоза России") == "Олег Травин"
    assert attribute(document.paragraphs[2][0], [document.paragraphs[0][0]]).speaker == "замминистра"
    assert canonical(document, "замминистра") == "Павел Ветров"


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (  # where the subject spoke, between it and its verb
            "Генеральный секретарь ШОС Ли Вэньхай в интервью агентству Степь заявил, что работа идет.",
            "Ли Вэньхай",
            "заявил",
        ),
        (
            "Union Minister of Agriculture, Arjun Mehta during the 7th SCO Agriculture Ministers Meeting said, "
            '"Food security comes first."',
            "Arjun Mehta",
            "said",
        ),
        (  # a long "as X said" clause before the statement
            "Как заявил во время встречи с участниками первого совещания министров связи государств-участников "
            "ШОС президент Киргизии Азат Бекешев, эта встреча должна стать началом большой работы.",
            "Азат Бекешев",
            "заявил",
        ),
        ("Как пишет агентство Степь, об этом заявил министр обороны Павел Сухов.", "Павел Сухов", "заявил"),
        (  # a page's date stamp before the lead
            "date 2027-09-01 Страны-участницы ШОС призвали реформировать Совет Безопасности ООН.",
            "Страны-участницы ШОС",
            "призвали",
        ),
        (
            "18:14 21/06/2027Участники совещания министров энергетики согласовали проект стратегии.",
            "Участники совещания министров энергетики",
            "согласовали",
        ),
    ],
)
def test_the_subject_behind_a_setting_a_date_stamp_or_a_long_clause(sentence, speaker, verb):
    found = attribute(sentence, [])
    assert (found.speaker, found.verb) == (speaker, verb)
