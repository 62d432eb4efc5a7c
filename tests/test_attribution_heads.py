"""Speaker cases met on a tenth round of real pages (written anew here, never copied): sources named at the
end or in an aside, headline speakers, office holders, Russian case endings and what can head a speaker."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.attribution import SpeakerDocument, attribute
from scotopics.models.attribution.document import canonical
from scotopics.models.attribution.names import nominative, person_names
from scotopics.models.attribution.plausibility import plausible
from scotopics.models.attribution.titles import title_speaker
from scotopics.text.segment import segment

from .test_attribution_pages import resolve_with_default_model


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        # a source named at the very end outranks the sentence's grammatical subject
        ('Tajikistan drew up a plan "full of practical steps," according to Rahimov.', "Rahimov", "according to"),
        # an outlet that cites an official passes on the official's words
        (
            "Uzbekistan backs the new members, Daryo reports citing Foreign Minister Bakhrom Saidov.",
            "Bakhrom Saidov",
            "citing",
        ),
        ("More states have asked to join as partners, Sultanov revealed.", "Sultanov", "revealed"),
        ("Эти памятники нужно внести в общий реестр, считают участники форума.", "участники форума", "считают"),
        # the source as an aside inside the sentence
        ("Казахстан, как отметили делегаты, предложил провести фестиваль.", "делегаты", "отметили"),
        ("The bank, as Petrov noted, will open its first office next year.", "Petrov", "noted"),
    ],
)
def test_a_source_named_at_the_end_or_in_an_aside_is_the_speaker(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_an_aside_that_names_no_one_gives_no_speaker():
    assert attribute("The plan, as agreed earlier, will be adopted in June.").speaker is None
    assert attribute("Exports will grow in spring, according to the plan.").speaker is None


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Full Text: Remarks by Vice Premier Zhou Wenbo at the SCO Energy Forum", "Zhou Wenbo"),
        ("Zhou Wenbo's speech at the SCO Energy Forum", "Zhou Wenbo"),
        ("Transcript: Address by Secretary-General Aibek Osmonov at the Youth Council", "Aibek Osmonov"),
        ("Statement at the SCO Council of Foreign Ministers by Foreign Minister Arif Sadykov", "Arif Sadykov"),
        ("Выступления на церемонии вступления в должность Генерального секретаря Айбека Осмонова", "Айбек Осмонов"),
        ("Выступление на заседании СМИД ШОС Министра Нурлана Ахметова", "Нурлан Ахметов"),
        ("Выступление на встрече с Нурланом Ахметовым", None),
        ("Address at the forum organised by the SCO Secretariat", None),
        ("SCO Energy Council to meet on May 4-5: Secretary General", None),
        ("SCO to hold its first water forum in Dushanbe", None),
    ],
)
def test_a_headlines_kicker_and_announcement_are_no_speaker(title, speaker):
    assert title_speaker(title) == speaker


def test_a_headline_that_gives_the_floor_to_a_surname_names_the_person_of_the_text():
    title = "Saidov: The SCO must keep its doors open"
    paragraphs = [
        ["TASHKENT, May 4. Foreign Minister Bakhrom Saidov spoke at the SCO forum."],
        ["The organisation must stay open to new partners, the minister said."],
    ]
    assert SpeakerDocument(title, tuple(tuple(p) for p in paragraphs)).speaker == "Bakhrom Saidov"
    assert resolve_with_default_model(title, paragraphs, (1, 0)).speaker == "Bakhrom Saidov"


def _document(*sentences: str, title: str = "") -> SpeakerDocument:
    return SpeakerDocument(title, tuple((s,) for s in sentences))


@pytest.mark.parametrize(
    ("sentences", "office", "holder"),
    [
        # the one person the item names, when nothing says he holds another post
        (
            ("The talks on the new payment system ended on Friday.", "Kemal Arslan stated that the plan is ready."),
            "the official",
            "Kemal Arslan",
        ),
        (
            ("The SCO Secretary General opened the forum.", "Kemal Arslan welcomed the guests from ten countries."),
            "the Secretary General",
            "Kemal Arslan",
        ),
        # "Head of State" names the president
        (("Head of State Arman Serikov received the foreign ministers.",), "the President", "Arman Serikov"),
        # a long ambassador's title before the name
        (
            (
                "Zhao Lin met Ambassador Extraordinary and Plenipotentiary of Mongolia to the People's Republic of "
                "China Batbold Ganbaatar.",
            ),
            "the Ambassador",
            "Batbold Ganbaatar",
        ),
        (
            ("The Egyptian Deputy Foreign Minister Samir Adel signed the memorandum.",),
            "the Egyptian deputy foreign minister",
            "Samir Adel",
        ),
        (
            ("SCO Secretary General Lin Tao arrived in Minsk.",),
            "Shanghai Co-operation Organisation Secretary General",
            "Lin Tao",
        ),
        (("SCO Secretary General Lin Tao arrived in Minsk.",), "Secretary General of the SCO", "Lin Tao"),
        (("Kazakh Foreign Minister Arman Sadykov arrived in Minsk.",), "the Kazakh FM", "Arman Sadykov"),
        (("Президент Кыргызстана Айбек Осмонов выступил на саммите.",), "главы государства", "Айбек Осмонов"),
    ],
)
def test_an_office_is_resolved_to_its_holder(sentences, office, holder):
    assert canonical(_document(*sentences), office) == holder


def test_the_one_person_named_is_no_holder_of_an_office_he_is_not_introduced_by():
    document = _document("Ambassador Kemal Arslan handed over his credentials.", "The minister thanked the guests.")
    assert canonical(document, "the minister") == "the minister"
    salutation = _document("Dear Ivan Petrovich, dear colleagues!", title="Address by the President of Uzbekistan")
    assert canonical(salutation, "the President of Uzbekistan") == "the President of Uzbekistan"


@pytest.mark.parametrize(
    ("oblique", "nominative_form"),
    [
        ("пресс-службы МИД Казахстана", "пресс-служба МИД Казахстана"),
        ("министра иностранных дел России Сергея Лаврова", "министр иностранных дел России Сергей Лавров"),
        ("представителя Минздрава", "представитель Минздрава"),
        ("российского президента", "российский президент"),
        ("Сергея Лаврова", "Сергей Лавров"),
    ],
)
def test_only_the_head_of_a_russian_office_and_the_name_after_it_change_case(oblique, nominative_form):
    assert nominative(oblique) == nominative_form


@pytest.mark.parametrize(
    ("phrase", "can_speak"),
    [
        ("The voice of the SCO", False),
        ("The subsequent years of the bloc's work", False),
        ("A joint action", False),
        ("the SCO Secretariat", True),
        ("Minister of Foreign Affairs of Kazakhstan", True),
        ("the Indian side", True),
    ],
)
def test_a_speaker_phrase_is_judged_by_the_noun_that_heads_it(phrase, can_speak):
    assert plausible(phrase, None) is can_speak


def test_a_transcript_turn_after_the_text_has_begun_is_text_not_a_heading():
    text = (
        "Opening of the meeting of the Council of Heads of State, with remarks by the host of the summit\n\n"
        "President of Kazakhstan Arman Serikov: Dear colleagues, friends\n\n"
        "Let me open our meeting and thank you all for coming."
    )
    kinds = [(s.kind, s.text[:9]) for s in segment(text)]
    assert kinds[1] == ("text", "President")


@pytest.mark.parametrize(
    ("sentence", "context", "speaker"),
    [
        # an outlet quoting an official passes on the official's words
        ("Quoting presidential aide Pavel Orlov, local media reported that the talks went well.", [], "Pavel Orlov"),
        # a news agency that only carries a named speaker's proposal
        ("According to Xinhua, Premier Lin Tao put forward three proposals on trade.", [], "Lin Tao"),
        # a relative clause's pronoun, not the words before it
        (
            "One of the points he stressed is the security of the border.",
            ["Rustam Nazarov spoke first."],
            "Rustam Nazarov",
        ),
        # "he" is the subject of the sentence before, not a person named after "proposed by"
        (
            "He stressed that the plan is open to all.",
            ["Minister Ali Rezaei spoke at the forum.", "The initiative proposed by President Omar Said has helped."],
            "Ali Rezaei",
        ),
        # an adjective and its office are the Russian subject, not the organisation's initials after them
        ("Генеральный секретарь ШОС констатировал, что пандемия стала испытанием.", [], "Генеральный секретарь ШОС"),
    ],
)
def test_who_is_quoted_or_referred_to(sentence, context, speaker):
    assert attribute(sentence, context).speaker == speaker


def test_a_passive_with_an_adverb_names_no_speaker():
    assert attribute("The main areas of the plan are clearly outlined in the document.").speaker is None


def test_the_head_of_a_russian_ministry_is_the_minister_the_lead_names_in_the_nominative():
    document = _document(
        "Совещание прошло под председательством Министра сельского хозяйства Дмитрия Орлова.",
        "По словам главы Минсельхоза России, торговля зерном растет.",
    )
    assert nominative("Дмитрия Орлова") == "Дмитрий Орлов"
    assert canonical(document, "глава Минсельхоза России") == "Дмитрий Орлов"


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (
            'The bloc will stand for "a fair order," Ivan Petrov said - a phrase aimed at the West.',
            "Ivan Petrov",
            "said",
        ),
        (
            "China hopes to work with all members, the spokesman told a regular news conference.",
            "the spokesman",
            "told",
        ),
        # the last sentence of a quotation opened in the sentence before, closed Russian-style by '", –'
        (
            'Страны готовы работать над профилактикой инфекций", – написал Цой в пятницу в "Фейсбуке".',
            "Цой",
            "написал",
        ),
    ],
)
def test_a_closing_source_before_a_dash_or_a_regular_briefing(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_an_office_of_a_country_and_a_chinese_spokesman_are_resolved_to_their_own_holders():
    document = _document(
        "Foreign Ministry spokesman Wang Lei said Wang Hua will visit Astana.",
        "Kyrgyz President Azamat Osmonov and President of Russia Pavel Orlov met in Bishkek.",
    )
    assert canonical(document, "the spokesman") == "Wang Lei"  # not Wang Hua, of the same family name
    assert canonical(document, "Kyrgyz President") == "Azamat Osmonov"
    assert canonical(document, "the President of Russia") == "Pavel Orlov"


def test_a_body_in_the_first_person_makes_a_speech_whatever_its_title():
    speech = _document(
        "Dear colleagues!",
        "We gather at a time of great change.",
        "Our organisation has grown, and we must keep its unity.",
        "I propose to hold a forum of young scientists next year.",
        title="Building a common future together",
    )
    news = _document(
        "The ministers met in Astana on Monday.",
        '"We support the plan," the minister said.',
        "The next meeting will be held in June.",
        title="Ministers meet in Astana",
    )
    wire = _document(
        "The US and the EU watched the summit closely.",
        "US officials said the talks would go on.",
        "The US envoy met the ministers in Astana.",
        title="Summit in Astana",
    )
    assert speech.speech and not news.speech  # words inside quotation marks are someone else's
    assert not wire.speech  # "US" is a country, not "us"


def test_a_salutation_names_no_person_and_a_headline_says_who_delivers_an_address():
    assert person_names("Dear Azamat Bekovich, dear colleagues!") == []
    assert title_speaker("President Arman Serikov Delivers Address at the SCO Summit") == "Arman Serikov"


def test_a_speech_whose_author_is_named_in_a_subtitle_is_his():
    text = (
        "Building a Common Home for Our Region\n\n"
        "— Address by President Arman Serikov at the Meeting of the SCO Heads of State Council (Astana, June 4)\n\n"
        "Dear colleagues, it is an honour to welcome you to Astana.\n\n"
        "We live in a world of rapid change. Our organisation must stay open and strong."
    )
    assert [s.kind for s in segment(text)][:2] == ["heading", "heading"]
    statements = scotopics.analyze(text).key_statements
    assert statements and all(k.speaker == "Arman Serikov" for k in statements)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("По его замечанию, банки стран ШОС готовы кредитовать общие проекты.", "Фаиз Рахимов"),
        ("По его сообщению, в мае в Душанбе пройдет выставка ремесел.", "Фаиз Рахимов"),
        ("По информации министра, банки стран ШОС готовы кредитовать общие проекты.", "министр"),
        ("In his assessment, the banks of the member states are ready to fund joint projects.", "Faiz Rahimov"),
        ("According to his opinion, the banks are ready to fund joint projects.", "Faiz Rahimov"),
    ],
)
def test_the_source_nouns_of_a_report_name_the_person_before(sentence, speaker):
    """ "По его замечанию", "по сообщению", "по информации", "in his assessment" report a person's words as
    "по его словам" does (the office "министр" is resolved to its holder later, by the document)."""
    context = ["Министр финансов Таджикистана Фаиз Рахимов выступил на форуме банков ШОС."]
    if sentence.isascii():
        context = ["Tajik Finance Minister Faiz Rahimov addressed the SCO bankers' forum."]
    found = attribute(sentence, context)
    assert (found.speaker, found.verb) == (speaker, "according to")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The secretary general however said that the format would stay.", "the secretary general"),
        ("Trade will keep growing, the spokesman also said.", "the spokesman"),
        ("The minister therefore stressed that trade must grow.", "the minister"),
        ("Министр в свою очередь отметил рост торговли.", "Министр"),
        ("The minister further in his address stated that trade must grow.", "the minister"),
        ("Министр в своем выступлении отметил рост торговли.", "Министр"),
    ],
)
def test_a_sentence_adverb_after_the_subject_is_no_part_of_the_speaker(sentence, speaker):
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Addressing those gathered the Kyrgyz minister noted the role of the SCO.", "the Kyrgyz minister"),
        ("Noting that Pakistan had suffered from terrorism, he urged joint action.", "Shehbaz Sharif"),
        ("Beijing and Moscow agreed to expand trade in national currencies.", "Beijing and Moscow"),
        ("Xining authorities said the forum would open in May.", "Xining authorities"),
    ],
)
def test_an_opening_participle_clause_is_no_speaker(sentence, speaker):
    """ "Observing that India …, he called": the that-clause's subject does not speak; a place ending in -ing is
    no participle."""
    assert attribute(sentence, ["Prime Minister Shehbaz Sharif addressed the summit."]).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The member states, reaffirming the importance of the bank, decided to set it up.", "the member states"),
        (
            "Заинтересованные государства-члены, подтверждая важность банка, приняли решение о его учреждении.",
            "Заинтересованные государства-члены",
        ),
        ("Участники совещания, отметив рост торговли, договорились встретиться в мае.", "Участники совещания"),
    ],
)
def test_a_group_speaks_over_a_participle_clause_between_it_and_its_verb(sentence, speaker):
    """A group is the subject across "…, reaffirming …, decided", "…, подтверждая …, приняли решение"."""
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        # an inverted reporting clause after the statement, with where and to whom between verb and name
        (
            "Торговля в рамках ШОС растет, заверил на встрече в Бишкеке министр Алмаз Бекбоев.",
            "Алмаз Бекбоев",
            "заверил",
        ),
        (
            "Сотрудничество будет расширяться, рассказала журналистам министр Ольга Петрова.",
            "Ольга Петрова",
            "рассказала",
        ),
        # a sentence that reports its own speaker keeps it when the release that carries it is named at the end
        (
            "Министр подчеркнул важность программы «Зеленый пояс ШОС», — говорится в сообщении пресс-службы.",
            "Министр",
            "подчеркнул",
        ),
        # a quotation from the release itself is the body's
        (
            "«Стороны обсудили подготовку к саммиту», — говорится в сообщении пресс-службы МИД.",
            "пресс-служба МИД",
            None,
        ),
    ],
)
def test_a_russian_source_after_the_statement(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_an_apposition_after_the_office_names_the_person_who_noted():
    """ "Как отметил руководитель ведомства, главный санитарный врач Анна Попова, …": the person, not the office;
    without a name in the apposition the office stays."""
    named = attribute("Как отметил руководитель ведомства, главный санитарный врач Дина Асанова, риски снижаются.")
    assert (named.speaker, named.verb) == ("Дина Асанова", "отметил")
    assert attribute("Как отметил министр, сотрудничество развивается, и это важно.").speaker == "министр"
