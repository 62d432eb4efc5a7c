"""Speakers of the sixth round of development pages (written anew): lists of signed documents after "Среди них:",
settings between a subject and its verb, the head of a republic, dashed speech over several sentences, a
minister named by nationality and field, and a surname alone before "in his meeting"."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.document import SpeakerDocument, canonical
from scotopics.models.attribution.lists import enumeration_introduction, list_introduction
from scotopics.models.attribution.names import person_mentions
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.titles import title_speaker
from scotopics.models.attribution.trailing import trailing_source
from scotopics.models.attribution.transcripts import continues_dashed_speech, dashed_dialogue


def test_items_after_a_line_that_points_back_belong_to_the_sentence_before_it():
    document = SpeakerDocument(
        "Итоги саммита",
        (
            ("Главы правительств стран ЕАЭС подписали в Минске пять документов.",),
            ("В их числе:",),
            ("- соглашение о цифровых транспортных коридорах;",),
            ("- программа развития промышленной кооперации.",),
        ),
    )
    assert list_introduction(document, 2) == (1, "Главы правительств стран ЕАЭС")  # (how far back the "В их числе:")
    assert list_introduction(document, 3) == (2, "Главы правительств стран ЕАЭС")


def test_a_pointer_line_with_no_speaker_before_it_gives_the_items_none():
    document = SpeakerDocument(
        "Итоги",
        (("Пакет документов опубликован на сайте.",), ("Среди них:",), ("- меморандум о сотрудничестве;",)),
    )
    assert list_introduction(document, 2) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Главы государств по итогам встречи в Астане утвердили план действий.", "Главы государств"),
        ("Министры транспорта в рамках совещания одобрили концепцию коридоров.", "Министры транспорта"),
        ("Стороны по результатам переговоров подписали меморандум.", "Стороны"),
    ],
)
def test_a_setting_between_a_russian_subject_and_its_verb_is_no_part_of_the_speaker(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_the_head_of_the_republic_in_the_genitive_is_the_president_the_lead_names():
    lead = "Президент Кыргызстана Садыр Жапаров открыл форум в Бишкеке."
    sentence = "По словам главы республики, страна завершила председательство с хорошими результатами."
    found = attribute(sentence, [lead])
    assert found.speaker == "глава республики"
    document = SpeakerDocument("Форум в Бишкеке", ((lead,), (sentence,)))
    assert canonical(document, found.speaker) == "Садыр Жапаров"


@pytest.mark.parametrize(
    ("paragraph", "sentence", "continues"),
    [
        (("- Граждане видят в ШОС клуб лидеров.", "Однако открытость форумов это меняет."), 1, True),
        (("- Граждане видят в ШОС клуб лидеров.", "Однако открытость форумов это меняет."), 0, False),
        (("Граждане видят в ШОС клуб лидеров.", "Однако открытость форумов это меняет."), 1, False),
        (("- соглашение о туризме;", "- программа обменов;"), 1, False),  # a list, not speech
        (("— Как вы оцениваете итоги?", "Что дальше?"), 1, False),  # an interviewer's question
    ],
)
def test_a_later_sentence_of_dashed_speech_is_told_from_lists_and_questions(paragraph, sentence, continues):
    assert continues_dashed_speech(paragraph, sentence) is continues


def test_every_sentence_of_dashed_speech_has_its_speakers_name(default_resolver):
    document = SpeakerDocument(
        "Эксперты обсудили будущее ШОС",
        (
            ("В Алматы прошла конференция аналитических центров стран ШОС.",),
            ("Казахстан представлял политолог Ерлан Сагымбаев, который считает, что форум стал полезным.",),
            (
                "- Для многих граждан организация остаётся далёкой и непонятной.",
                "Участие экспертов делает её повестку ближе к людям.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 2, 1).speaker == "Ерлан Сагымбаев"


def test_a_minister_named_by_nationality_and_field_is_not_another_countrys_minister_of_that_field():
    texts = [
        "Kyrgyz Interior Minister Ulan Niyazbekov and Kazakh Interior Minister Yerlan Turgumbayev attended.",
        "Chaired by Uzbek Interior Minister Pulat Bobojonov, the meeting reviewed drug trafficking.",
    ]
    known = {"niyazbekov": "Ulan Niyazbekov", "turgumbayev": "Yerlan Turgumbayev", "bobojonov": "Pulat Bobojonov"}
    assert find_office_holder("Uzbek interior minister", texts, known) == "Pulat Bobojonov"
    assert find_office_holder("the Kazakh interior minister", texts, known) == "Yerlan Turgumbayev"
    other = ["Sirojiddin Muhriddin, Foreign Minister of Tajikistan, opened the session."]
    assert find_office_holder("the Tajik foreign minister", other, {"muhriddin": "Sirojiddin Muhriddin"}) == (
        "Sirojiddin Muhriddin"
    )


def test_the_second_of_two_offices_is_found_after_the_first():
    text = "ISLAMABAD: Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar said Pakistan was ready."
    assert find_office_holder("the foreign minister", [text], {"dar": "Mohammad Ishaq Dar"}) == "Mohammad Ishaq Dar"


def test_a_deputy_minister_is_not_resolved_to_the_minister():
    texts = ["Minister of Health of Kazakhstan Akmaral Alnazarova chaired the meeting."]
    document = SpeakerDocument("Health ministers meet", ((texts[0],), ("An Iranian deputy minister noted gaps.",)))
    assert canonical(document, "An Iranian deputy minister") == "An Iranian deputy minister"


def test_he_is_the_surname_that_opened_the_sentence_before_not_the_president_he_met():
    context = [  # the rules read a window of earlier sentences; the full name stood further back
        "On Monday, the Pakistani foreign minister met Chinese President Xi Jinping.",
        "Asif in his meeting with the Chinese leader expressed goodwill and said the ties rest on respect.",
    ]
    assert attribute('"China and Pakistan are strategic partners," he said.', context).speaker == "Asif"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Казахстан не поддерживает идею создания нового органа.", "Казахстан"),
        ("Россия не только поддерживает идею, но и выступает за её развитие.", "Россия"),
        ("Китай не прибегает к силе для давления на слабых, выступает за равноправие.", "Китай"),
    ],
)
def test_a_negation_is_no_part_of_a_russian_subject(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_the_prime_minister_is_not_the_vice_prime_minister_the_text_names():
    texts = ["Возглавит штаб вице-премьер-министр Валерий Диль."]
    assert find_office_holder("премьер-министр", texts, {"диль": "Валерий Диль"}) is None


def test_the_kremlin_spokesman_with_his_country_is_the_person_the_text_names():
    document = SpeakerDocument(
        "Кремль о ШОС",
        (
            ("Пресс-секретарь президента России подчеркнул, что ШОС – это дружба во имя чего-то.",),
            ("Пресс-секретарь президента России Дмитрий Песков заявил, что задачи такой нет.",),
        ),
    )
    assert canonical(document, "Пресс-секретарь президента России") == "Дмитрий Песков"


def test_a_listener_greeted_in_the_dative_is_no_speaker_and_a_dative_patronymic_is_put_back():
    greeting = "Хочу выразить признательность Президенту Таджикистана, уважаемому Эмомали Шариповичу Рахмону."
    assert person_mentions(greeting) == ()
    assert person_mentions("Слово предоставляется Эмомали Шариповичу Рахмону.") == ("Эмомали Шарипович Рахмон",)


def test_a_source_with_its_post_but_no_closing_comma_is_the_person():
    sentence = '"The CSTO needs to be ready for various scenarios," Emomali Rahmon, President of Tajikistan said.'
    assert attribute(sentence).speaker == "Emomali Rahmon"
    dateline = (
        "TASHKENT, Uzbekistan, September 1. President of Uzbekistan Shavkat Mirziyoyev emphasized at the summit "
        "that the SCO embodies mutual respect, the minister wrote on X."
    )
    assert attribute(dateline).speaker != "Uzbekistan"  # a dateline's country, not a source with its post


def test_a_post_joined_by_and_before_the_name_closes_a_wire_statement():
    sentence = (
        "BEIJING, Sept. 16 (Xinhua) -- The meeting has pushed forward cooperation against the pandemic, "
        "Chinese State Councilor and Foreign Minister Wang Yi said Wednesday."
    )
    assert attribute(sentence).speaker == "Wang Yi"


def test_a_russian_source_with_an_initial_closes_a_quotation():
    sentence = "В октябре был утвержден план мероприятий», — сказал А. Смадияров на брифинге."
    assert trailing_source(sentence) == ("А. Смадияров", "сказал")


def test_a_month_between_a_russian_subject_and_its_verb_is_no_part_of_the_speaker():
    sentence = "Государства-члены в июле прошлого года единогласно поддержали инициативу Казахстана."
    assert attribute(sentence).speaker == "Государства-члены"


def test_an_office_with_a_given_name_is_the_person_the_lead_names():
    document = SpeakerDocument(
        "Bilawal meets Lavrov",
        (
            ("Foreign Minister Bilawal Bhutto Zardari met Russian Foreign Minister Sergei Lavrov in Goa.",),
            ("Bilawal Bhutto said the talks were warm.",),
            ("Foreign Minister Bilawal assured to work closely on food security.",),
        ),
    )
    assert canonical(document, "Foreign Minister Bilawal") == "Bilawal Bhutto Zardari"


def test_points_announced_as_follows_belong_to_the_person_who_announced_them(default_resolver):
    document = SpeakerDocument(
        "Wang Yi on the foreign ministers' meeting",
        (
            ("Chinese Foreign Minister Wang Yi said on Wednesday that the meeting had been a success.",),
            ("The foreign ministers have reached important agreements as follows, according to Wang.",),
            ("Firstly, the heads of state will issue a statement on the anniversary.",),
            ("Secondly, the consensus on a shared future has been consolidated.",),
        ),
    )
    assert enumeration_introduction(document, 3) == (2, "Wang Yi")
    assert default_resolver.resolve(document, 3, 0).speaker == "Wang Yi"


def test_he_after_a_surname_written_alone_is_that_person(default_resolver):
    document = SpeakerDocument(
        "Iran's foreign minister arrives in Tianjin",
        (
            ("Speaking upon his arrival on Tuesday, Araghchi confirmed his participation in the meeting.",),
            ('"The organization is expanding its global foothold," Araghchi said.',),
            ("He added that the summit would finalize the development strategy of the organization.",),
        ),
    )
    found = default_resolver.resolve(document, 2, 0)
    assert (found.speaker, found.speaker_type) == ("Araghchi", "person")


def test_a_dashed_question_answered_by_a_dashed_paragraph_is_an_interview():
    interview = (("Вступление.",), ("– Как вы оцениваете итоги?",), ("– Положительно. Работа идёт.",))
    listing = (("Приняты документы:",), ("– соглашение о транзите;",), ("– программа обменов.",))
    agenda = (("Повестка:",), ("- Торговля.",), ("- ШОС в многополярном мире: что дальше?",), ("- Транспорт.",))
    assert dashed_dialogue(interview)
    assert not dashed_dialogue(listing)
    assert not dashed_dialogue(agenda)  # a question among a list's items


def test_a_newspaper_interview_gives_its_answers_to_the_person_its_title_names(default_resolver):
    document = SpeakerDocument(
        "Министр иностранных дел Кыргызстана Жээнбек Кулубаев",
        (
            ("Глава МИД Кыргызстана Жээнбек Кулубаев посетил Пекин.", "Визит прошёл в дни подготовки к саммиту ШОС."),
            ("– Чего вы ждёте от председательства Китая в организации?",),
            ("– Безусловно, многого.", "Мы надеемся на новые транспортные проекты и рост торговли в регионе."),
        ),
    )
    assert default_resolver.resolve(document, 2, 1).speaker == "Жээнбек Кулубаев"


def test_an_interview_set_out_as_a_monologue_gives_its_answers_to_the_interviewee(default_resolver):
    document = SpeakerDocument(
        "Генеральный секретарь СНГ Сергей Лебедев дал интервью телеканалу",
        (
            ("Генеральный секретарь Содружества Независимых Государств Сергей Лебедев дал интервью телеканалу.",),
            ("Как генеральный секретарь СНГ хочу сказать, что Россия обозначила приоритеты председательства.",),
            ("Мы много работаем над экономическим сотрудничеством.", "Я уверен, что наши страны сблизятся."),
            ("Наш опыт наблюдения за выборами накапливался годами.",),
        ),
    )
    assert person_mentions(document.title) == ("Сергей Лебедев",)
    assert document.interviewee == "Сергей Лебедев"
    assert default_resolver.resolve(document, 1, 0).speaker == "Сергей Лебедев"


def test_the_organisation_as_the_subject_of_an_answer_is_the_interviewees_word(default_resolver):
    document = SpeakerDocument(
        "Interview: SCO Secretary-General Zhang Ming on the Astana summit",
        (
            ("SCO Secretary-General Zhang Ming gave an interview to Xinhua ahead of the summit.",),
            ("Q: What will the summit bring?",),
            ("A: The SCO has become a model of cooperation among neighbours.",),
        ),
    )
    assert document.interviewee == "Zhang Ming"
    assert default_resolver.resolve(document, 2, 0).speaker == "Zhang Ming"


def test_we_of_course_opens_no_declaration(default_resolver):
    document = SpeakerDocument(
        "Ambassador assessed relations between Russia and India",
        (
            ("India remains a necessary partner, Russian Ambassador to India Nikolai Kudashev told reporters.",),
            ("“We, of course, have a lot in common in our bilateral relations.",),
            ("“India is elected as a non-permanent member of the UN Security Council.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker != "of course"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Address :550 Dalian Road (W), Shanghai 200083, China", None),  # a page's postal address
        ("Interview of the Ambassador with RIA Novosti (7th September, 2021)", "the Ambassador"),
    ],
)
def test_a_titles_speaker_is_no_address_and_not_the_outlet(title, speaker):
    assert title_speaker(title) == speaker


def test_it_is_no_speaker():
    assert attribute("It’s proposed that all member countries develop a consensus.").speaker is None


@pytest.mark.parametrize(
    ("lead", "sentence", "office", "person"),
    [
        ("Михаил Мишустин выступил перед странами ЕАЭС.", "Чиновник пояснил планы.", "Чиновник", "Михаил Мишустин"),
        (
            "Кризиса нет, заявил экс-генсек ОДКБ Станислав Зась.",
            "Экс-генсек призвал к диалогу.",
            "Экс-генсек",
            "Станислав Зась",
        ),
    ],
)
def test_an_official_and_a_former_secretary_general_are_the_person_the_lead_names(lead, sentence, office, person):
    document = SpeakerDocument(lead, ((sentence,),))
    assert canonical(document, office) == person
