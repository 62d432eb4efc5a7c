"""Who said what, round 56: cases of the labelled rounds of real pages read in this release (a person named once and
then described by post or rank; "…, об этом сообщила в четверг пресс-служба …"; a dateline with the agency's
credit glued to the subject; "We, the heads of state of …, signed"; "дал высокую оценку"; a connective before a
Russian subject; a lone Russian surname before "в беседе с …"; a long source after "— сказал"; a page's buttons read
as a name; the speaker of a speech named by its headings or after its headline's colon; from rounds forty-two and
forty-four)."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bylines import columnist
from scotopics.models.attribution.declarations import preamble_declarer
from scotopics.models.attribution.described import described_person
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.openers import subject
from scotopics.models.attribution.rules import attribute


def _news(*paragraphs: tuple[str, ...], title: str = "Payments in national currencies discussed") -> SpeakerDocument:
    return SpeakerDocument(title, paragraphs)


@pytest.mark.parametrize(
    ("later", "person"),
    [
        ("“The work will take several years,” the ambassador said.", "Timur Sadykov"),
        ("The former Kyrgyz trade minister also suggested a common payment card.", "Timur Sadykov"),
        ("The Kazakh customs chief noted that queues at the border had halved.", "Timur Sadykov"),
    ],
)
def test_a_person_named_once_then_described_by_post(default_resolver, later, person):
    document = _news(
        (
            "Members are serious about settling trade in national currencies, said Timur Sadykov, special envoy "
            "for the organisation's affairs.",
        ),
        (later,),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == person


def test_a_rank_alone_in_russian_is_the_officer_named_before(default_resolver):
    document = SpeakerDocument(
        "Учения «Мирная миссия» завершились",
        (
            ("Учения показали высокий уровень подготовки, сообщил замначальника Генштаба Олег Дорохов.",),
            ("По словам генерал-лейтенанта, войска действовали слаженно.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Олег Дорохов"


def test_a_post_written_beside_someone_else_before_is_not_the_named_person_s():
    document = _news(
        ("Secretary-General Timur Sadykov received the Ambassador of Tajikistan at the Secretariat.",),
        ("The ambassador said a new power line would link the two grids.",),
    )
    assert described_person(document, 1, "the ambassador") is None


def test_a_description_of_another_nationality_is_not_the_chinese_person_named():
    document = _news(
        ("Chinese Vice Minister Wang Lei opened the round table in Beijing.",),
        ("The Kazakh leader later said the railway would be finished next year.",),
    )
    assert described_person(document, 1, "the Kazakh leader") is None


def test_two_people_named_before_leave_a_description_alone():
    document = _news(
        ("Timur Sadykov met Aibek Dzhumaliev in Bishkek.",),
        ("The minister said the road would be ready in May.",),
    )
    assert described_person(document, 1, "the minister") is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Пограничники примут участие в совместной операции, об этом сообщила в четверг пресс-служба Госпогранкомитета.",
            "пресс-служба Госпогранкомитета",
        ),
        ("Учения пройдут в июле, об этом сообщил министр обороны Алексей Гусев.", "Алексей Гусев"),
    ],
)
def test_a_source_after_ob_etom_within_the_sentence(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_dateline_with_the_agency_s_credit_glued_to_the_subject():
    found = attribute("TEHRAN (Iran News) –Foreign minister says membership will widen the country's markets.")
    assert (found.speaker, found.verb) == ("Foreign minister", "says")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Сегодня мы, главы государств Республики Казахстан, Кыргызской Республики и Республики Таджикистан, "
            "подписали Хартию организации.",
            "главы государств",
        ),
        (
            "We, the heads of state of the Republic of Kazakhstan and the Kyrgyz Republic, signed the Charter.",
            "the heads of state",
        ),
    ],
)
def test_we_and_the_declarers_before_the_verb(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_gave_a_high_assessment_reports():
    found = attribute("Председатель КНР Ван Цзюнь дал высокую оценку совместным учениям.")
    assert (found.speaker, found.verb) == ("Ван Цзюнь", "дал высокую оценку")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Кроме того, премьер Кыргызстана отметил, что расчёты в национальных валютах снижают риски.",
            "премьер Кыргызстана",
        ),
        ("Ушаков в беседе с журналистом рассказал, что президент обсудил ситуацию в регионе.", "Ушаков"),
    ],
)
def test_a_russian_subject_after_a_connective_or_before_a_setting(sentence, speaker):
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("For his part, the minister thanked the hosts for the invitation.", "the minister"),
        ("Meanwhile, Tajikistan and China have set up a border mechanism.", "Tajikistan and China"),
    ],
)
def test_a_connective_opening_the_sentence_is_no_subject(sentence, head):
    assert subject(sentence) == head


def test_a_long_source_after_said_in_russian():
    found = attribute(
        "«Страна проделала большую работу», — сказал генеральный секретарь Шанхайской организации сотрудничества "
        "(ШОС) Тимур Садыков корреспонденту новостного портала «Восток» на Форуме народной дипломатии ШОС, "
        "который прошел в Ухане."
    )
    assert found.speaker == "Тимур Садыков"


def test_a_page_s_buttons_are_no_name():
    assert person_names("news.example.cn 21-09-2021 Избранное Отправить Исправить Шрифт: a a a") == []


def test_a_speech_under_a_headline_closing_on_a_post_and_a_name(default_resolver):
    document = SpeakerDocument(
        "Our vision for the region is trust and trade: PM Sharma in Astana",
        (
            ("I am pleased to take part in this summit.",),
            ("We have proposed joint measures against radicalisation.", "I thank all of you for the support."),
            ("Our country has long borne the scars of terrorism.",),
        ),
    )
    assert document.speaker == "Sharma"
    assert default_resolver.resolve(document, 2, 0).speaker == "Sharma"


def test_a_speech_whose_heading_line_names_its_speaker():
    document = SpeakerDocument(
        "Выступление на заседании Совета глав правительств",
        (
            ("Выступление на заседании Совета глав правительств",),
            ("Премьер Госсовета КНР Ли Минчжэн",),
            ("Уважаемые коллеги!",),
            ("Рад приветствовать вас в Пекине.",),
        ),
    )
    assert document.speaker == "Ли Минчжэн"


def test_it_is_about_is_no_speech_heading():
    document = SpeakerDocument(
        "Транспортный потенциал ШОС",
        (
            ("«У нас есть все возможности для развития.", "Речь прежде всего идёт о коридорах Север–Юг.»"),
            ("Я уверен, что мы справимся.", "Мы это сделаем вместе.", "Я благодарю вас."),
        ),
    )
    assert document.speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Учения пройдут в сентябре, сообщили в Государственном пограничном комитете.",
            "Государственный пограничный комитет",
        ),
        (
            "Гастроли пройдут в 2027 году, сообщили в китайском министерстве культуры.",
            "китайское министерство культуры",
        ),
        ("Операция начнётся в августе, уточнили в Российской пограничной службе.", "Российская пограничная служба"),
    ],
)
def test_a_body_after_the_verb_is_written_in_the_nominative_with_its_adjectives(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_ob_etom_after_a_quoted_name_is_no_source():
    found = attribute(
        "Пограничники примут участие в операции «Граница-2027», об этом сообщила пресс-служба Госпогранкомитета."
    )
    assert found.speaker == "пресс-служба Госпогранкомитета"


def test_the_same_description_again_is_still_the_person(default_resolver):
    document = _news(
        ("Members are serious about settling trade in national currencies, said Timur Sadykov, the envoy.",),
        ("“This takes time,” the envoy said.", "He noted that nobody plans a single currency."),
        ("The envoy added that a payment card was being discussed.",),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Timur Sadykov"


def test_the_head_of_the_state_is_its_holder_the_text_names(default_resolver):
    document = SpeakerDocument(
        "Summit opens in Astana",
        (
            ("Head of State Erlan Abenov opened the summit of the organisation in Astana on Monday.",),
            ("The Head of the State noted that the organisation had gained wide recognition.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Erlan Abenov"


def test_a_closing_source_with_a_who_clause_after_a_quotation_s_second_sentence():
    found = attribute(
        "It is a proud day for the region,” Kyrgyz President Almaz Bekov, who chairs the organisation this year, "
        "said, opening the session in Bishkek."
    )
    assert (found.speaker, found.verb) == ("Almaz Bekov", "said")


def test_according_to_the_rules_names_no_source():
    found = attribute("According to SCO rules, Timur Sadykov has taken office as Secretary-General for three years.")
    assert found.speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("По его сведениям, регионы-партнёры будут приглашаться на заседания.", "он"),
        ("По мнению опрошенных «Ъ» экспертов, организация получила шанс стать площадкой диалога.", "эксперты"),
        (
            "В Уфе эти темы получат развитие, уверен руководитель службы планирования Ассоциации Игорь Мельников:",
            "Игорь Мельников",
        ),
    ],
)
def test_russian_sources_by_information_by_those_asked_and_a_conviction_before_a_colon(sentence, speaker):
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("Но Сергей Коваленко продолжает добиваться членства в организации.", "Сергей Коваленко"),
        ("But the ministers agreed to meet again in spring.", "the ministers"),
    ],
)
def test_a_conjunction_opening_the_sentence_is_not_part_of_its_subject(sentence, head):
    assert subject(sentence) == head


_ANALYSIS = (
    ("Deepening divides are undermining the organisation's counter-terrorism agenda.",),
    ("The accession of new members has been hailed as a watershed for the region.",),
    ("In fact, the forum is being seen as a counterweight to Western institutions.",),
    ("Its members were accused of pursuing narrow national interests.", "That charge was acknowledged by few."),
    ("Bilateral disputes will likely spill over into its meetings.",),
)


def test_two_authors_after_a_label_sign_an_analysis():
    document = SpeakerDocument(
        "The limits of the organisation",
        _ANALYSIS,
        header=("The limits of the organisation", "Authors : Lena Ortiz | Ravi Menon"),
    )
    assert columnist(document) == "Lena Ortiz and Ravi Menon"


def test_passive_reports_do_not_make_an_opinion_piece_a_news_story():
    document = SpeakerDocument("The limits of the organisation", _ANALYSIS, header=("By Omar Siddiqui",))
    assert columnist(document) == "Omar Siddiqui"


def test_a_list_of_a_council_s_decisions_is_the_council_s(default_resolver):
    document = SpeakerDocument(
        "Заседание глав правительств завершилось",
        (
            ("Заседание глав правительств государств-членов ШОС завершилось в Бишкеке.",),
            ("По итогам заседания подписан ряд документов.",),
            ("1. Решения Совета глав правительств государств-членов ШОС:",),
            ("- О бюджете организации на 2028 год.",),
            ("- О работе над созданием Банка развития.",),
        ),
    )
    assert default_resolver.resolve(document, 4, 0).speaker == "Совет глав правительств государств-членов ШОС"


def test_a_formal_title_is_the_named_person_s_only_if_the_text_gave_it_to_him():
    document = _news(
        ("President Li Wen praised the transport agreement signed in Tashkent.",),
        ("The Prime Minister said the road would open next year.",),
    )
    assert described_person(document, 1, "the Prime Minister") is None


def test_the_head_of_the_state_named_as_president_before(default_resolver):
    document = SpeakerDocument(
        "The President of Uzbekistan calls for joint action on climate",
        (
            ("During the event, the President of Uzbekistan Bakhodir Rakhimov put forward several initiatives.",),
            ("In particular, the Head of the state proposed to create a climate council.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Bakhodir Rakhimov"


def test_a_council_holds_no_office_its_text_gives_a_holder_for():
    document = SpeakerDocument(
        "STATEMENT by the Council of the Heads of State of the organisation on energy security",
        (("We, the heads of the member states of the organisation, state the following:",),),
    )
    assert document.author == "the Council of the Heads of State of the organisation"


def test_an_institute_under_the_president_is_part_of_the_post_before_the_name():
    found = attribute(
        "Организация должна решать социальные проблемы, считает руководитель отдела Института стратегических "
        "исследований при президенте Узбекистана Комилжон Расулов."
    )
    assert found.speaker == "Комилжон Расулов"


def test_a_city_s_second_word_is_no_surname():
    assert person_names("The statement recalled the summit in Rio de Janeiro.") == []


def test_a_relative_clause_after_the_subject_is_cut():
    found = attribute("The Iranian president who is in Dushanbe for the summit stressed that trade must grow.")
    assert found.speaker == "the Iranian president"


@pytest.mark.parametrize(
    ("opening", "declarers"),
    [
        (
            "We, the heads of the member states of the organisation (SCO) – the Republic of Kazakhstan,",
            "the heads of the member states of the organisation",
        ),
        ("On the tenth anniversary of the organisation, Member States.", "Member States"),
    ],
)
def test_a_declaration_s_preamble_clauses_are_its_declarers(default_resolver, opening, declarers):
    document = SpeakerDocument(
        "Statement on energy security",
        (
            (opening,),
            ("underscoring that every person needs reliable and modern energy,",),
            ("Strictly following the principles of the Charter,",),
            ("Determined to strengthen relations between their peoples;",),
            ("state the following:",),
            ("Energy security is an important basis of economic development.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == declarers
    assert default_resolver.resolve(document, 3, 0).speaker == declarers


def test_clauses_that_open_no_declaration_name_no_declarers():
    document = SpeakerDocument(
        "Forum opens",
        (
            ("The forum opened in Astana on Monday.",),
            ("Noting the growth of trade,",),
            ("the ministers agreed to meet again.",),
        ),
    )
    assert preamble_declarer(document, 1) is None


def test_a_treaty_term_is_no_name():
    assert person_names("The members submitted their Nationally Determined Contributions on time.") == []


def test_an_editor_s_note_names_the_writer():
    sentences = (
        ("Editor's note: Aigul Sarsenova, a member of the national academy, shares her views on the summit.",),
        *_ANALYSIS,
    )
    assert columnist(SpeakerDocument("New challenges for the region", sentences)) == "Aigul Sarsenova"


def test_a_translated_speech_s_title_names_its_speaker():
    document = SpeakerDocument(
        "Перевод выступления Чжао Лэцзи на заседании Совета глав государств",
        (("Уважаемые коллеги!",), ("Нынешний саммит имеет важное значение для развития организации.",)),
    )
    assert document.speaker == "Чжао Лэцзи"


def test_enthused_reports():
    found = attribute("This exhibition will carry the spirit of friendship further,” enthused Zhou Lan.")
    assert (found.speaker, found.verb) == ("Zhou Lan", "enthused")


def test_a_russian_post_in_another_case_before_is_someone_else_s():
    document = SpeakerDocument(
        "Генсек принял посла",
        (
            ("Генеральный секретарь Тимур Садыков принял Посла Лаоса в Секретариате.",),
            ("Посол сообщил, что его страна заинтересована в проектах организации.",),
        ),
    )
    assert described_person(document, 1, "Посол") is None


def test_ministers_in_the_plural_are_no_one_officer():
    document = SpeakerDocument(
        "Премьеры обсудили банк",
        (
            ("Вице-премьер Игорь Соколов открыл заседание.",),
            ("Премьер-министры поддержали создание банка развития.",),
        ),
    )
    assert described_person(document, 1, "Премьер-министры") is None


def test_a_formal_title_is_the_one_of_several_people_the_text_gave_it_to():
    document = _news(
        ("Professor Oleg Markin, Rector of the University, welcomed the students alongside Dr Anna Bulat.",),
        ("The Rector said the university would open a joint programme.",),
        title="Youth forum opens",
    )
    assert described_person(document, 1, "the Rector") == "Oleg Markin"


def test_a_russian_post_opening_the_sentence_in_capitals(default_resolver):
    document = SpeakerDocument(
        "Совет министров внутренних дел",
        (
            ("В заседании совета принял участие министр внутренних дел Владимир Корнеев.",),
            ("Министр отметил, что совет является площадкой для конструктивного диалога.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Владимир Корнеев"


def test_a_scholar_from_an_institute_before_said():
    found = attribute(
        "Associate Professor Chen Bo from the Academy of Social Sciences and the Institute of Eastern Europe and "
        "Central Asia, said that the accession is possible."
    )
    assert found.speaker == "Chen Bo"


def test_he_after_the_rector_is_the_rector(default_resolver):
    document = _news(
        (
            "Professor Oleg Markin, Rector of the University, welcomed the students alongside Dr Liu Tao, "
            "Vice-President of a partner university.",
            "The Rector enthused over the programme in his welcome.",
            "He said that a common educational space would benefit everyone.",
        ),
        title="Youth forum opens",
    )
    assert default_resolver.resolve(document, 0, 2).speaker == "Oleg Markin"


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("Kanatov indicated that five other countries have shown interest in membership.", "Kanatov", "indicated"),
        (
            "Отметим, что президент Белоруссии Иван Карпенко придерживается мнения, что организации нужен банк.",
            "Иван Карпенко",
            "придерживается мнения",
        ),
        ("Напомним, что ранее Сергей Котов заявил о готовности к диалогу.", "Сергей Котов", "заявил"),
    ],
)
def test_indicated_a_view_held_and_a_report_after_the_writer_s_aside(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_the_writer_s_aside_alone_names_nobody():
    assert attribute("Напомним, саммит прошёл в июле в Астане.").speaker is None


def test_a_verb_that_is_a_word_of_a_capitalised_name_is_no_verb():
    found = attribute("Under the approved Working Plan to implement these documents, the operation takes place in May.")
    assert found.verb is None
    assert attribute("Lavrov Calls For Unity Of The Organisation").verb == "calls for"


def test_a_sentence_opening_adverb_is_no_given_name():
    assert person_names("Здесь Пекин рассчитывает на поддержку соседей.") == []


def test_a_document_notes_that_a_group_spoke_in_russian():
    found = attribute("В документе отмечается, что страны ШОС высказались за расширение сотрудничества.")
    assert (found.speaker, found.verb) == ("страны ШОС", "высказались")
