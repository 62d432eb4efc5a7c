"""Who said what, round 29: cases from development round 9 and the interviewee search on long leads."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.document import SpeakerDocument, canonical
from scotopics.models.attribution.names import patronymic_holder, person_mentions, person_names, surname_key
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.quotations import quotation_source
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.sources import source_after, source_named_after
from scotopics.models.attribution.trailing import trailing_source
from scotopics.models.attribution.transcripts import named_interviewee

#: A lead's sentence that names no interview, repeated: the interviewee search must read it as before.
_FILLER = "Министр встретился с коллегами в Пекине, где обсуждались вопросы сотрудничества в рамках организации"


@pytest.mark.parametrize(
    ("lead", "interviewee"),
    [
        (f"{_FILLER}. {_FILLER}. Посол Кыргызстана Канат Осмонов дал интервью агентству.", "Канат Осмонов"),
        (f"{_FILLER}, а посол Кыргызстана Канат Осмонов дал интервью агентству.", "Канат Осмонов"),
        (f"{_FILLER}! В интервью газете посол Канат Осмонов подчеркнул роль организации.", "Канат Осмонов"),
        ((_FILLER + " ") * 20 + ".", None),
        (f"{_FILLER}. Канат Осмонов. Дал интервью агентству.", None),  # the name and the verb in different sentences
    ],
)
def test_a_lead_names_its_interviewee_in_the_sentence_with_the_verb(lead, interviewee):
    assert named_interviewee(lead) == interviewee


def test_a_state_secretary_written_short_is_the_one_the_lead_names_in_full():
    lead = "Минск готов к диалогу, сообщил государственный секретарь Совета безопасности Игорь Сергеенко."
    known = {"сергеенк": "Игорь Сергеенко"}
    assert find_office_holder("госсекретаря Совбеза Белоруссии", [lead], known) == "Игорь Сергеенко"
    document = SpeakerDocument("Минск предлагает диалог", ((lead,), ("По мнению госсекретаря Совбеза, время пришло.",)))
    assert canonical(document, "госсекретаря Совбеза") == "Игорь Сергеенко"


def test_a_body_inside_a_quotation_its_source_closes_is_what_is_quoted(default_resolver):
    document = SpeakerDocument(
        "Итоги встречи",
        (
            (
                "«Все вопросы сняты.",
                "Минобороны Казахстана и Минобороны Кыргызстана согласовали план учений.",
                "Это хороший результат», — отметил генерал Асхат Нурланов.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 1).speaker == "Асхат Нурланов"


def test_a_person_named_inside_a_quotation_stays_its_speaker(default_resolver):
    document = SpeakerDocument(
        "Итоги совещания",
        (
            ("Министр обороны Асхат Нурланов принял участие в совещании.",),
            (
                "«Министр Нурланов в своем выступлении предложил план учений.",
                "Он также призвал укрепить границы», — сообщили в пресс-службе.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Асхат Нурланов"


def test_a_view_named_after_the_statements_gives_them_their_source(default_resolver):
    document = SpeakerDocument(
        "Генсек СВМДА о планах",
        (
            (
                "Расширение организации — естественный процесс.",
                "Новые члены принесут новые идеи.",
                "Таким мнением в эфире программы «Итоги недели» с Аскаром Бековым, поделился генеральный секретарь "
                "СВМДА Тимур Ахметов.",
            ),
            ("Он не исключает, что число наблюдателей вырастет.",),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Тимур Ахметов"
    assert default_resolver.resolve(document, 0, 1).speaker == "Тимур Ахметов"
    assert (
        default_resolver.resolve(document, 1, 0).speaker == "Тимур Ахметов"
    )  # not the host, named in the instrumental


def test_such_an_opinion_opening_names_its_source():
    found = source_named_after("Такое мнение высказал на форуме в Астане министр Ерлан Карин.")
    assert found is not None


@pytest.mark.parametrize("given", ["Евгения", "Ксения"])
def test_a_given_name_in_nia_is_a_womans_name_not_a_noun(given):
    assert person_names(f"Доцент кафедры политологии {given} Самойлова отметила, что интеграция идет.") == [
        f"{given} Самойлова"
    ]


def test_a_hasty_remark_reports(default_resolver):
    document = SpeakerDocument(
        "Эксперты о ЕАЭС",
        (("Политолог Ксения Самойлова поспешила заверить, что перенос штаб-квартиры не планируется.",),),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Ксения Самойлова"


@pytest.mark.parametrize(
    "sentence",
    [
        "Министры акцентировали внимание на вопросах продовольственной безопасности.",
        "Министры затронули вопросы продовольственной безопасности, призвав к совместным мерам.",
    ],
)
def test_russian_verbs_of_emphasis_and_raising_report(sentence):
    assert attribute(sentence).speaker == "Министры"


def test_a_russian_source_after_a_date_aside_is_the_speaker():
    sentence = (
        "Страны Содружества поддержали обновление концепции, заявил сегодня, 14 апреля, министр иностранных дел "
        "Беларуси Максим Рыженков на пресс-конференции в Минске."
    )
    assert trailing_source(sentence) == ("Максим Рыженков", "заявил")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "ALMATY, May 3 (Xinhua) -- The CICA will open a regional office, the newly appointed CICA secretary "
            "general Timur Akhmetov has said.",
            ("Timur Akhmetov", "said"),
        ),
        ("DUSHANBE, May 3 (Xinhua) -- The meeting will deepen transport ties, experts have said.", ("experts", "said")),
    ],
)
def test_an_english_source_in_lower_case_titles_or_a_group_with_has_said(sentence, source):
    assert trailing_source(sentence) == source


def test_officials_who_relay_a_countrys_offer_are_no_trailing_group():
    assert trailing_source("India offered to host the next forum, officials said.") is None


def test_two_transliterations_of_one_surname_are_one_person():
    assert surname_key("Aleynik") == surname_key("Aleinik")
    assert surname_key("Li") == "li"  # a short Chinese family name is left as written


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("на фоне заявленного Дональдом Трампом курса на сдерживание", ("Дональд Трамп",)),
        ("встреча с Исломом Каримовым прошла в Ташкенте", ("Ислом Каримов",)),
        ("Особое внимание в выступлении Касым-Жомарта Токаева было уделено", ("Касым-Жомарт Токаев",)),
        ("В своем выступлении перед коллегами Сергей Шойгу отметил", ("Сергей Шойгу",)),  # a subject, as written
        ("date 2025-10-10 Текст: Вера Басилая", ()),  # a byline
        ("Лидерам предстоит выработать ответ Фото: Владимир Андреев © URA.RU", ()),  # a photo credit
    ],
)
def test_russian_names_in_the_instrumental_after_a_speech_and_in_credits(text, names):
    assert person_mentions(text) == names


def test_an_outlet_with_a_dot_between_the_view_and_its_source():
    sentence = "Об этом в беседе с корреспондентом KAZ.NEWS рассказал политолог Марат Сейткали."
    found = source_named_after(sentence)
    assert found is not None and source_after(sentence, found) == "Марат Сейткали"


def test_an_expert_assessment_set_out_as_questions_names_its_interviewee(default_resolver):
    lead = "Директор центра «Перспектива» Марат Сейткали дал экспертную оценку агентству по поводу политики Казахстана."
    assert named_interviewee(lead) == "Марат Сейткали"
    document = SpeakerDocument(
        lead,
        (
            (lead,),
            ("1. Какое место тема занимает во внешней политике?",),
            ("— Несмотря на близость, нельзя сказать, что тема имеет большое значение.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Марат Сейткали"


def test_a_quoted_word_in_a_sentence_with_its_own_verb_is_no_quotation_closed_by_its_source():
    sentence = "Глава государства охарактеризовал обстановку как «сложную», поддержал совместные меры партнеров."
    assert quotation_source(sentence) is None
    assert attribute(sentence).speaker == "Глава государства"
    assert quotation_source("«Обстановка сложная», – подчеркнул глава государства.") == (
        "глава государства",
        "подчеркнул",
    )


def test_a_city_dateline_with_a_colon_is_no_speaker(default_resolver):
    document = SpeakerDocument(
        "PM's statement conveyed vision: FO",
        (("KARACHI: The Prime Minister's statement at the summit conveyed Pakistan's vision for the region.",),),
    )
    assert default_resolver.resolve(document, 0, 0).speaker != "KARACHI"


def test_the_person_before_who_speaks_in_the_relative_clause():
    sentence = "The session was attended by SCO Deputy Secretary-General Sohail Khan, who talked about tourism routes."
    assert attribute(sentence).speaker == "Sohail Khan"


def test_an_expert_named_before_his_apposition_holds_the_analysts_office():
    lead = "Gas prices will fall next year, Rustam Ibragimov, a professor at the Tashkent State University, said."
    assert find_office_holder("the analyst", [lead], {"ibragimov": "Rustam Ibragimov"}) == "Rustam Ibragimov"


def test_the_leader_of_a_country_is_its_president_the_lead_names(default_resolver):
    document = SpeakerDocument(
        "President receives CICA Executive Director",
        (
            ("The President of the Republic of Uzbekistan, Mr. Shavkat Mirziyoyev, received the CICA Director.",),
            ("The Leader of Uzbekistan reaffirmed the readiness to support the Conference.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Shavkat Mirziyoyev"


def test_an_office_with_a_named_holder_inside_a_quoted_statement_still_speaks(default_resolver):
    document = SpeakerDocument(
        "Mirziyoyev meets CSTO Secretary General",
        (
            ("President of Uzbekistan Shavkat Mirziyoyev held a meeting with the Secretary General of the CSTO.",),
            (
                '"At the meeting, the tasks of the organization were discussed.',
                "The head of state noted that the organization should focus on its statutory areas of work.",
                'Special attention should be paid to countering terrorism," the statement read.',
            ),
        ),
    )
    assert default_resolver.resolve(document, 1, 1).speaker == "Shavkat Mirziyoyev"


@pytest.mark.parametrize(
    ("lead", "interviewee"),
    [
        (
            "The Daily presents an interview with political scientist, Chairman of the Silk Road Media Channel, "
            "Arman Dzhumabekov.",
            "Arman Dzhumabekov",
        ),
        ("Our correspondent talked to CICA Deputy Executive Director Ruslan Bekov about the summit.", "Ruslan Bekov"),
    ],
)
def test_english_leads_that_announce_an_interview_name_its_interviewee(lead, interviewee):
    assert named_interviewee(lead) == interviewee


def test_a_given_name_and_patronymic_in_latin_letters_stand_for_the_person_named():
    assert patronymic_holder("Alexey Leontievich", ["Alexei Shevtsov", "Vladimir Putin"]) == "Alexei Shevtsov"


def test_a_question_of_two_sentences_is_an_interviewers(default_resolver):
    lead = "Our correspondent talked to CICA Deputy Executive Director Ruslan Bekov about the Conference."
    document = SpeakerDocument(
        "An exclusive interview with the CICA Deputy Executive Director",
        (
            (lead,),
            ("The Conference turned thirty this year.", "What are its tasks today?"),
            ("The Conference is changing.", "Its transformation is not a matter of new bureaucracies."),
        ),
    )
    assert default_resolver.resolve(document, 2, 1).speaker == "Ruslan Bekov"


@pytest.mark.parametrize(
    ("office", "lead", "holder"),
    [
        ("the diplomat", "The summit will meet in June, Vice Foreign Minister Cheng Guoping said.", "Cheng Guoping"),
        (
            "глава российской дипломатии",
            "Министр иностранных дел России Сергей Лавров прибыл в Астану.",
            "Сергей Лавров",
        ),
        ("the heads of diplomatic missions", "Deputy Foreign Minister Adil Tursunov met the ambassadors.", None),
    ],
)
def test_a_diplomat_is_the_foreign_minister_or_his_deputy_and_missions_are_no_diplomat(office, lead, holder):
    assert find_office_holder(office, [lead], {}) == holder


def test_an_acting_secretary_general_after_the_statement_is_its_source():
    sentence = "Новым генсеком назначен Игорь Петров, заявил и.о. генсека организации Олег Смирнов журналистам."
    assert trailing_source(sentence) == ("Олег Смирнов", "заявил")


def test_proposals_put_forward_report_and_their_list_items_belong_to_the_proposer(default_resolver):
    document = SpeakerDocument(
        "Президент выступил с рядом предложений",
        (
            ("Президент Кыргызстана Садыр Жапаров на саммите СНГ выступил с рядом предложений по транспорту.",),
            ("В частности, Садыр Жапаров выдвинул следующие предложения:",),
            ("- Создание общего логистического центра;",),
            ("- Проведение транспортного форума в Бишкеке.",),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Садыр Жапаров"
    assert default_resolver.resolve(document, 2, 0).speaker == "Садыр Жапаров"


def test_the_one_person_an_interviews_title_names_holds_its_answers(default_resolver):
    document = SpeakerDocument(
        "Uzbekistan plays a key role in the SCO - Chinese expert Li Wenhai",
        (
            ("By Aibek Usmanov",),
            ("In an interview with our agency, the expert spoke about the Chinese side's view of the organisation.",),
            ("The SCO turned twenty-five this year.", "How has it changed?"),
            ("Over these years the SCO has turned into an authoritative regional structure.",),
        ),
    )
    assert default_resolver.resolve(document, 3, 0).speaker == "Li Wenhai"
