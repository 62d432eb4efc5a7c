"""Speakers of the fourth round of development pages (written anew): wires' unnamed officials, Russian sources
with their addressee or circumstance, and more reporting verbs."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.attribution.group_mentions import group_mentions
from scotopics.models.attribution.introductions import introduced_person, unnamed_official
from scotopics.models.attribution.names import nominative, patronymic_holder, person_mentions, person_names
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.titles import title_speaker
from scotopics.models.attribution.transcripts import named_interviewee, speaker_label


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tourism ties among the members have great potential, a Chinese official said Friday.", "a Chinese official"),
        ("Exchanges have widened over twenty years, an SCO official said on Saturday.", "an SCO official"),
    ],
)
def test_an_unnamed_official_closing_a_wire_statement_is_its_source(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_the_unnamed_official_of_a_lead_is_the_person_the_story_introduces_next():
    lead = "Health cooperation among the members has a bright future, a Chinese official said in an interview."
    rest = (
        "Herbal medicine is widely accepted in the region, said Li Wenhua, head of the national medicine "
        "administration. Li said the forum gathered doctors from eight countries."
    )
    assert unnamed_official("a Chinese official")
    assert introduced_person(lead, rest, "a Chinese official", {}) == "Li Wenhua"


def test_an_unnamed_official_outside_the_lead_stays_as_written():
    lead = "The tourism ministers met in Qingdao on Monday."
    rest = "A Kazakh official urged more flights. Wang Bo, director of the exhibition, said sales doubled."
    assert introduced_person(lead, rest, "A Kazakh official", {}) is None


def test_a_summary_names_the_person_behind_a_wires_unnamed_official():
    model = scotopics.load()
    text = (
        "Education exchange of the SCO to grow fast: official\n\n"
        "BEIJING, May 4 (Xinhua) -- Student exchanges among the member states of the Shanghai Cooperation "
        "Organization will double within five years, a senior official said Thursday.\n\n"
        "The network university will add twenty campuses and open a joint master's programme in ecology, "
        "Zhou Minghua, director of the university's coordination office, told a press conference in Beijing.\n\n"
        '"Education is the surest bridge between our peoples," Zhou said.'
    )
    statements = model.summarize(text, n=5)
    lead = next(s for s in statements if s.text.startswith("BEIJING"))
    assert lead.speaker == "Zhou Minghua"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("«Все отношения в ШОС строятся на взаимном уважении», - сказал Песков журналистам в Самарканде.", "Песков"),
        (
            "Официальный представитель МИД России в очередной раз заявил, что обвинения беспочвенны.",
            "Официальный представитель МИД России",
        ),
        (
            "Кыргызстан в период своего председательства в ШОС выступил с инициативой провести форум инвесторов.",
            "Кыргызстан",
        ),
        (
            "Об этом в среду сообщила пресс-служба президента Казахстана по итогам участия секретаря Совета "
            "безопасности Гизата Нурдаулетова во встрече в Нью-Дели.",
            "пресс-служба президента Казахстана",
        ),
    ],
)
def test_a_russian_source_without_its_addressee_circumstance_or_adverb(sentence, speaker):
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Казахстанская и киргизская делегации выступили с инициативой создать общую сеть станций.",
            "Казахстанская и киргизская делегации",
        ),
        ("Российская и китайская стороны подчеркнули важность диалога.", "Российская и китайская стороны"),
        ("По этой причине кыргызская сторона предложила перенести встречу.", "кыргызская сторона"),
    ],
)
def test_two_nationalities_joined_by_and_head_one_subject(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_named_source_after_the_circumstance_is_still_found():
    found = attribute("Об этом в ходе брифинга заявил официальный представитель МИД КНР Лу Кан.")
    assert found.speaker == "Лу Кан"


def test_the_diplomat_of_a_briefing_item_is_the_ministrys_spokesperson_the_lead_names():
    lead = "Об этом объявил в среду официальный представитель МИД КНР Лу Кан."
    assert find_office_holder("Дипломат", (lead, ""), {"кан": "Лу Кан"}) == "Лу Кан"


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("During the meeting, Oralov raised the issue of a cultural capital for 2025.", "Oralov", "raised the issue"),
        ("Делегация КНР выступила с идеей объединить усилия сейсмологов.", "Делегация КНР", "выступила с идеей"),
        ("A senior official has predicted rapid growth of the exchange.", "A senior official", "predicted"),
    ],
)
def test_more_verbs_that_report_a_position(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Текст выступления Министра иностранных дел Узбекистана А.Б.Каримова на пресс-конференции", "А.Б.Каримов"),
        (
            "Text of the speech of the Foreign Minister of Uzbekistan Bakhtiyor Saidov at the press conference",
            "Bakhtiyor Saidov",
        ),
    ],
)
def test_the_text_of_a_speech_names_its_author_in_the_title(title, speaker):
    assert title_speaker(title) == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "делегация во главе с Послом по особым поручениям Министерства иностранных дел Республики Казахстан "
            "Азаматом Нуркеновым",
            "Азамат Нуркенов",
        ),
        ("телеграмму направили Сергею Лаврову", "Сергей Лавров"),
        ("встреча с Александром Шпаковским", "Александр Шпаковский"),
    ],
)
def test_a_mans_name_in_the_instrumental_or_dative_is_put_in_the_nominative(text, name):
    assert person_mentions(text) == (name,)


def test_a_surname_in_sky_after_a_given_name_is_a_name_and_an_adjective_after_a_place_is_not():
    assert person_names("Об этом заявил депутат Палаты представителей Игорь Марзалюк-Шпаковский в интервью.") == [
        "Игорь Марзалюк-Шпаковский"
    ]
    assert person_names("Об этом заявил депутат Александр Пиотровский в интервью.") == ["Александр Пиотровский"]
    assert person_names("В Душанбе Антинаркотический центр открыл выставку.") == []


def test_a_line_with_a_name_alone_gives_the_floor_to_the_quotation_below_it():
    assert speaker_label("Александр Шпаковский:") == "Александр Шпаковский"
    assert speaker_label("Key Points:") is None


def test_a_vice_ministers_post_after_the_name_introduces_the_unnamed_official():
    lead = "Contracts worth two billion dollars will be signed at the summit, a senior official said yesterday."
    rest = "Li Jun, vice-minister of commerce, said at a press briefing that the projects matter to all members."
    assert introduced_person(lead, rest, "a senior official", {}) == "Li Jun"


def test_an_interview_whose_questions_address_the_interviewee_by_patronymic_gives_him_the_answers():
    model = scotopics.load()
    text = (
        "Генеральный секретарь организации призвал укреплять антитеррористическое сотрудничество\n\n"
        "— Бахтияр Ерланович, как вы оцениваете итоги прошедшего года?\n\n"
        "— Год был напряжённым. Мы считаем, что государствам необходимо создать общий центр реагирования на "
        "киберугрозы. Без этого бороться с вербовкой в сети невозможно.\n\n"
        "— Какие задачи стоят перед секретариатом в новом году?\n\n"
        "— Главная задача — подготовить программу сотрудничества на следующие три года и согласовать её "
        "со всеми сторонами до осеннего саммита."
    )
    answers = [s for s in model.summarize(text, n=4) if not s.text.startswith("—")]
    assert answers and all(s.speaker == "Бахтияр Ерланович" for s in answers)


def test_an_interviews_lead_names_the_interviewee_before_the_verb():
    lead = "В интервью обозревателю газеты Ивану Петрову посол Китая Ли Мин подчеркнул, что ШОС укрепляет безопасность."
    assert named_interviewee(lead) == "Ли Мин"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Главным итогом встречи стало одобрение стратегии до 2030 года, сообщает Минэнерго РК.", "Минэнерго РК"),
        (
            "Кыргызстан выступил с инициативой создать ассоциацию инвесторов, сообщает пресс-служба министерства.",
            "Кыргызстан",
        ),
    ],
)
def test_a_body_that_reports_in_the_present_is_the_source_unless_the_sentence_names_its_own(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_patronymic_in_the_instrumental_is_put_in_the_nominative():
    assert nominative("Шавкатом Миромоновичем Мирзиёевым") == "Шавкат Миромонович Мирзиёев"


def test_a_given_name_and_patronymic_find_the_full_name_whatever_its_case_form():
    assert patronymic_holder("Рахматулла Кабылович", ["Рахматулл Нурымбетов"]) == "Рахматулл Нурымбетов"


def test_two_offices_of_one_person_name_its_holder():
    lead = "Deputy Prime Minister and Foreign Minister Ahmad Karim addressed the meeting in Tianjin on Tuesday."
    assert find_office_holder("the foreign minister", (lead, ""), {"karim": "Ahmad Karim"}) == "Ahmad Karim"
    model = scotopics.load()
    text = (
        "Minister calls for inclusive Afghan government\n\n"
        f"{lead}\n\n"
        "About the invitation to Afghanistan, the deputy prime minister and foreign minister said that the "
        "observer status of that country had been suspended since 2021."
    )
    said = next(s for s in model.summarize(text, n=3) if s.text.startswith("About"))
    assert said.speaker == "Ahmad Karim"


def test_what_a_person_said_is_no_source_after_said():
    found = attribute(
        "Valuing the SCO's role, Wang, also a member of the Political Bureau, said the Shanghai Spirit, which "
        "features mutual trust, has become a guide."
    )
    assert found.speaker == "Wang"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("национальный координатор Республики Узбекистан в ШОС Рахматулла Нурымбетов ответил", "Рахматулла Нурымбетов"),
        ("Министр МЧС России С.К. Шойгу предложил создать единую базу данных", "С.К. Шойгу"),
    ],
)
def test_initials_ending_in_s_are_no_preposition_before_a_name(text, name):
    assert person_mentions(text) == (name,)


def test_a_chinese_name_after_an_office_in_the_genitive_keeps_the_form_the_document_gives():
    lead = "Состоялась встреча Генерального секретаря ШОС Ли Мина с послом Казахстана."
    assert find_office_holder("Генеральный секретарь", (lead, ""), {"ли": "Ли Мин"}) == "Ли Мин"


def test_a_line_that_addresses_the_listeners_names_no_speaker():
    assert person_names("Honourable Chairman of the Council of Foreign Ministers, Mr. Alan Berik,") == []
    assert person_names("Excellency Mr. Li Ming, Secretary-General of the Organisation,") == []
    assert person_names("Honourable Alan Berik said the meeting was useful.") != []
    assert person_names("Good Afternoon") == []


@pytest.mark.parametrize(
    ("lead", "interviewee"),
    [
        (
            "Генеральный секретарь организации Арман Бекзатов дал интервью корр. агентства Ивану Петрову и Олегу "
            "Сидорову, в котором ответил на вопросы о работе секретариата.",
            "Арман Бекзатов",
        ),
        (
            "БИШКЕК, 2 мая. В преддверии саммита замминистра Алмаз Токтогулов ответил на вопросы агентства.",
            "Алмаз Токтогулов",
        ),
    ],
)
def test_a_lead_that_says_who_gave_the_interview_or_answered_the_questions_names_the_interviewee(lead, interviewee):
    assert named_interviewee(lead) == interviewee


def test_a_passive_without_its_agent_gives_the_floor_to_the_clause_joined_after_it():
    found = attribute("A joint communiqué was signed, and the ministers agreed to hold the next forum in Dushanbe.")
    assert (found.speaker, found.verb) == ("the ministers", "agreed")
    assert attribute("The plan was adopted by the ministers.").speaker == "the ministers"


def test_a_body_named_after_a_preposition_is_no_speaking_group():
    assert group_mentions("ahead of the meeting of the SCO Council of Foreign Ministers in Beijing") == ()


def test_who_gave_an_interview_in_english_is_the_interviewee():
    lead = (
        "DUSHANBE, April 20 (Xinhua) -- Foreign Minister Alan Berik gave an interview to Xinhua ahead of the meeting."
    )
    assert named_interviewee(lead) == "Alan Berik"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "ДУШАНБЕ, 28 авг – РИА Новости. Главы государств – членов ШОС на саммите в Душанбе в четверг утвердили "
            "положение о партнёрах.",
            "Главы государств – членов ШОС",
        ),
        (
            "Стороны договорились о расширении торговли, сообщил журналистам источник в российской делегации.",
            "источник в российской делегации",
        ),
    ],
)
def test_a_group_before_the_setting_of_a_datelined_lead_and_a_source_without_its_addressee(sentence, speaker):
    assert attribute(sentence).speaker == speaker
