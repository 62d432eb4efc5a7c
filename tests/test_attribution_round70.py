"""Who said what, rounds 70 to 72: a declaration whose opening sentence defines a name in a parenthesis
("Руководители государств – членов ШОС (далее – ШОС или Организация) … заявляют о следующем") is the declarers',
not the name's; a Russian source after "после встречи с X" is not X; an interview's lead whose interviewee
"обсудил" its questions names him over a reporter's byline; "глава ОДКБ" is the Secretary-General the text names;
"according to" a principle or to reports names no source; a subordinate clause's "I asked" is not the main clause's
speaker; a headline's prepositions and articles are no name ("A Peek Inside An SCO Center"); a comparison opening a
sentence ("Like the US Embassy, …") is no subject; an office after its adjective and a circumstance ("В своем
вступительном слове Генеральный секретарь ШОС отметил") is the subject; a clause after "as" names its own subject
("The announcement came as the Council confirmed"); a plural noun in "-ies" goes on ("The SCO permanent bodies");
"by the end of 2024" is no passive's agent and "…, X, announced." names a source; "The fact that …" is no subject;
whom a quotation's source met ("… на встрече со спикером … Володиным") is not the source."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.attribution.declarations import declarer
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.openers import subject
from scotopics.models.attribution.rules import attribute

OPENINGS = [
    (
        "Руководители государств – членов Шанхайской организации сотрудничества (далее – ШОС или Организация) по итогам "
        "заседания Совета глав государств-членов в Циндао 10 июня 2018 года заявляют о следующем.",
        "Руководители государств – членов Шанхайской организации сотрудничества",
    ),
    (
        "The Heads of State of the Member States of the Shanghai Cooperation Organisation (hereinafter the SCO or the "
        "Organisation), following the meeting in Qingdao, declare the following:",
        "The Heads of State of the Member States of the Shanghai Cooperation Organisation",
    ),
]


@pytest.mark.parametrize(("opening", "declarers"), OPENINGS)
def test_a_name_defined_in_a_parenthesis_declares_nothing(opening, declarers):
    assert declarer(opening, "ШОС") == declarers
    assert declarer(opening, "the SCO") == declarers


def test_a_reported_speaker_outside_parentheses_still_declares():
    opening = "Speaking at the forum, the Secretary-General stated the following:"
    assert declarer(opening, "the Secretary-General") == "the Secretary-General"


def test_the_declarations_sentences_are_the_declarers(default_resolver):
    opening, declarers = OPENINGS[0]
    document = SpeakerDocument(
        "Циндаоская декларация",
        (
            (opening,),
            (
                "Динамично развивающийся мир переживает период крупных перемен, геополитический ландшафт становится "
                "многополярным.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == declarers


@pytest.mark.parametrize(
    "sentence",
    [
        "Страны должны минимизировать проблемы на границе, заявил журналистам после встречи с президентом Таджикистана "
        "Эмомали Рахмоном генсек организации Николай Бордюжа.",
        "Страны должны минимизировать проблемы на границе, заявил Николай Бордюжа после встречи с Эмомали Рахмоном.",
    ],
)
def test_whom_the_source_met_before_speaking_is_not_the_source(sentence):
    assert attribute(sentence).speaker == "Николай Бордюжа"


INTERVIEW = """ВИЛЬНЮС, 12 фев — Sputnik, Мария Шелудякова. Афганистан подал заявку на членство в ШОС еще в 2015 году.

Перспективы вступления Афганистана в ШОС в интервью Sputnik обсудил Бахтиер Хакимов, спецпредставитель президента России по делам ШОС.

– При каких условиях страна сможет стать полноценным членом организации?

– По большинству критериев Афганистан вполне подходит на роль члена организации: со всеми государствами-участниками имеются дипломатические отношения."""


def test_the_interviewee_who_discussed_the_questions_answers_them_not_the_reporter():
    statements = scotopics.load().analyze(INTERVIEW).key_statements
    answer = next(k for k in statements if "По большинству" in k.text)
    assert answer.speaker == "Бахтиер Хакимов"


HEAD_OF_ORGANISATION = """Об этом заявил исполняющий обязанности генерального секретаря Организации Договора о коллективной безопасности (ОДКБ) Валерий Семериков на встрече секретарей советов безопасности.

Семериков отметил, что постоянную тревогу вызывает Афганистан.

Учитывая остроту международной обстановки, подчеркнул глава ОДКБ, первостепенной задачей является консолидация усилий международных структур."""


def test_the_head_of_an_organisation_is_its_secretary_general_the_text_names():
    statements = scotopics.load().analyze(HEAD_OF_ORGANISATION).key_statements
    stressed = next(k for k in statements if k.verb == "подчеркнул")
    assert stressed.speaker == "Валерий Семериков"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "All of this partnership has been conducted according to the Shanghai Spirit, Zhang said, which is "
            "represented by mutual trust.",
            "Zhang",
        ),
        (
            "According to reports reaching here from Tashkent, First Director of Russia's Federal Security Service "
            "Sergei Smirnov told a press conference that the body has drafted new conventions.",
            "Sergei Smirnov",
        ),
        (
            "When I asked about RATS efforts to compile an integrated terrorist list, Ostrikov said that it remains a "
            "work in progress.",
            "Ostrikov",
        ),
    ],
)
def test_the_source_is_not_a_principle_reports_or_a_subordinate_clause(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_headlines_prepositions_and_articles_are_no_name():
    assert person_names("Uzbekistan: A Peek Inside An SCO Anti-Terrorism Center") == []
    assert person_names("Wang An said the talks went well.") == ["Wang An"]  # a Chinese given name stays


@pytest.mark.parametrize(
    "sentence",
    [
        "Like the US Embassy, RATS headquarters has its own housing inside the compound.",
        "Unlike the American Embassy, the compound had no guard at the gate.",
    ],
)
def test_a_comparison_opening_a_sentence_is_no_subject(sentence):
    assert subject(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "В своем вступительном слове Генеральный секретарь ШОС отметил, что университет сумел создать себе "
            "достойное имя.",
            "Генеральный секретарь ШОС",
        ),
        ("The announcement came as the Council confirmed that Russia will chair the CSTO in 2026.", "the Council"),
        (  # "as well as" joins, it opens no clause
            "Kazakhstan as well as the other member states stressed the need to fight terrorism.",
            "Kazakhstan as well as the other member states",
        ),
    ],
)
def test_the_subject_after_a_circumstance_or_a_conjunction(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_plural_in_ies_goes_on_but_a_verb_in_ies_ends_the_subject():
    assert subject("Kazakhstan applies the principles of the SCO.") == "Kazakhstan"
    assert subject("Uzbekistan intensifies cooperation with the SCO.") == "Uzbekistan"
    assert subject("The SCO permanent bodies are becoming effective instruments.") != "The SCO permanent"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The programme to strengthen the border will be adopted by the end of 2024, the Secretary-General of the "
            "CSTO, Imangali Tasmagambetov, announced.",
            "Imangali Tasmagambetov",
        ),
        ("The programme will be adopted by the end of 2024.", None),
        ("The plan was adopted by the ministers.", "the ministers"),
        (
            '"Я очень прошу, чтобы было принято решение ОДКБ об укреплении границы", - сказал лидер Таджикистана на '
            "встрече со спикером Госдумы Вячеславом Володиным.",
            "лидер Таджикистана",
        ),
    ],
)
def test_a_time_is_no_agent_and_whom_the_source_met_is_not_the_source(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_the_fact_that_is_no_subject():
    assert subject("The fact that all SCO member states are victims of drug trafficking adds to the need.") is None
