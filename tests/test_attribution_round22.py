"""Announcements that are no key statements, and speaker cases met on the labelled real pages (written anew)."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.announcements import announces
from scotopics.models.attribution import SpeakerDocument, attribute
from scotopics.models.attribution.document import canonical
from scotopics.models.attribution.names import person_mentions, person_names
from scotopics.models.attribution.sources import names_the_source_before
from scotopics.models.attribution.subjects import clean_phrase
from scotopics.models.summarizer import may_state


@pytest.mark.parametrize(
    "sentence",
    [
        "О том, какие проекты ждут страну в год председательства, корреспонденту агентства рассказал министр.",
        "О приоритетах года рассказала посол страны в Пекине Ирина Волкова.",
        "Директор Исполкома РАТС в интервью агентству рассказал об итогах работы структуры за год.",
        "The Deputy Secretary-General told the students about the history of the Organisation.",
        "The minister spoke to our correspondent about the plans for the chairmanship year.",
        "Вот о чём говорил премьер-министр.",
        "Агентство публикует полный текст заявления.",
        "Министр культуры поприветствовала участников форума.",
        "The Minister of Health welcomed the participants.",
        "ДУШАНБЕ, 3 окт — Sputnik.",
        "В регионе - 14 марта «Новости Азии».",
    ],
)
def test_a_sentence_that_only_announces_is_no_key_statement(sentence):
    assert announces(sentence)
    assert not may_state(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # another verb reports a position beside the topic
        "Посол рассказал о программе строительства и предложил партнёрам участвовать в проектах.",
        "Представитель агентства рассказал об опыте работы и выступил за обмен фотоматериалами.",
        # what he told is given ("что …", a quotation)
        "Министр рассказал, что торговля выросла на треть.",
        "He told reporters that the bank would open next year.",
        # a date inside a statement, not a dateline
        "Саммит организации пройдёт в Бишкеке 3–4 июля.",
        # welcoming a decision is a position
        "The ministers welcomed the decision to set up a development fund.",
        # a greeting or a topic beside a position
        "The President welcomed the participants of the forum and stressed the need for closer trade ties.",
        "О планах на год рассказал министр и отметил рост торговли.",
    ],
)
def test_a_statement_that_names_its_content_is_no_announcement(sentence):
    assert not announces(sentence)


def test_a_document_that_states_the_words_before_it_names_their_source():
    """ "Как передает …, об этом говорится в тексте декларации" joins the statement before it, like "Об этом заявил"."""
    assert names_the_source_before("Как передает агентство со ссылкой на ТАСС, об этом говорится в тексте декларации.")
    assert names_the_source_before("Об этом говорится в итоговом документе.")
    assert not names_the_source_before("В документе говорится о сотрудничестве в энергетике.")


def test_the_source_named_after_a_circumstance_that_quotes_a_slogan():
    line = 'Об этом на форуме под лозунгом "Вместе к устойчивому развитию" рассказал министр Бахтияр Саидов.'
    assert names_the_source_before(line)


def test_a_participle_clause_between_subject_and_verb_is_skipped():
    found = attribute("Замминистра обороны, являющийся главой делегации, отметил, что учения прошли успешно.")
    assert (found.speaker, found.verb) == ("Замминистра обороны", "отметил")


def test_a_short_deputys_office_is_the_office_its_holder_is_named_with():
    document = SpeakerDocument(
        "",
        (
            ("Совещание провёл первый заместитель директора ФСБ России Олег Ветров.",),
            ("Замдиректора ФСБ отметил рост числа предотвращённых преступлений.",),
        ),
    )
    assert canonical(document, "Замдиректора ФСБ") == "Олег Ветров"


def test_a_long_office_after_according_to_still_gives_the_person():
    line = (
        "По словам председателя Государственного комитета по делам религий Кыргызской Республики Азата Орозова, "
        "встреча прошла продуктивно."
    )
    assert attribute(line).speaker == "Азат Орозов"


def test_an_opinion_voiced_is_a_report():
    found = attribute(
        "Как передает агентство, на брифинге в Бишкеке С. Лавров высказал мнение, что саммит будет полезен."
    )
    assert (found.speaker, found.verb) == ("С. Лавров", "высказал")


def test_a_name_after_a_long_office_in_the_instrumental_is_put_back_in_the_nominative():
    line = "Журналисты побеседовали с постоянным представителем России при секретариате организации Олегом Ветровым."
    assert person_mentions(line) == ("Олег Ветров",)


@pytest.mark.parametrize(
    ("phrase", "clean"),
    [("Gadkari in a tweet", "Gadkari"), ("the ministry in a statement", "the ministry"), ("он журналистам", "он")],
)
def test_where_or_to_whom_a_speaker_spoke_is_not_part_of_the_speaker(phrase, clean):
    assert clean_phrase(phrase) == clean


def test_answers_after_dash_questions_of_an_interview_belong_to_the_interviewee():
    """An interview set out as dialogue: the question is a paragraph opened by a dash that ends by asking, after
    a sentence of its own; the answer's sentences without a verb are the interviewee's."""
    document = SpeakerDocument(
        "Генеральный секретарь Олег Ветров в интервью агентству рассказал об итогах своей работы",
        (
            ("Генеральный секретарь Олег Ветров в интервью агентству рассказал об итогах своей работы.",),
            ("— Олег Петрович, срок ваших полномочий истекает.", "Какие достижения вы бы выделили?"),
            ("— В период моего председательства обстановка в мире становилась всё сложнее.",),
            (
                "В эти три года нам удалось сохранить конструктивное взаимодействие с международными организациями.",
                "Традиционно высокий уровень сотрудничества у нас с ООН.",
            ),
        ),
    )
    assert document.dialogue
    resolver = scotopics.load().summarizer.speaker_resolver
    assert [resolver.resolve(document, 3, k).speaker for k in (0, 1)] == ["Олег Ветров", "Олег Ветров"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Проект Стратегии развития ШОС до 2035 года одобрен министрами.",
        "Представитель Секретариата зачитал приветствие.",
        "В Ташкенте Центр народной дипломатии провёл выставку.",
    ],
)
def test_a_document_or_a_body_before_a_capitalised_word_is_no_person(sentence):
    assert person_names(sentence) == []


def test_an_interviewer_addresses_by_a_patronymic_of_any_form():
    assert not may_state("— Владимир Ильич, как вы оцениваете итоги года.")


def test_a_name_the_rules_put_in_the_nominative_is_kept_over_the_leads_oblique_case():
    """The lead names him only in the genitive, after a long office ("… Кыргызской Республики Азата Орозова"): the
    nominative that "По словам …" gives is the better written form of the same person."""
    document = SpeakerDocument(
        "",
        (
            (
                "Встреча прошла по инициативе Государственного комитета по делам религий Кыргызской Республики Азата Орозова.",
            ),
        ),
    )
    assert canonical(document, "Азат Орозов") == "Азат Орозов"
    assert canonical(document, "Орозов") == "Азат Орозов"  # a surname alone takes the lead's full name, in the
    # nominative the surname itself gives (round 32)


def test_a_report_that_closes_a_quotation_only_carries_the_speaker_the_quotation_names():
    found = attribute(
        "“During the talks, the Belarusian side voiced its readiness to speed up the procedures,” the report reads."
    )
    assert (found.speaker, found.verb) == ("the Belarusian side", "voiced")
    # the quotation opened in the sentence before: only its closing mark is here
    line = "The Minister of Culture, Azamat Orozov, proposed a partnership in three areas: theatre, museums, libraries,» the statement says."
    assert attribute(line).speaker == "Azamat Orozov"
    assert attribute('"We will continue to cooperate," the statement said.').speaker == "the statement"
    assert attribute('"Trade is growing," Lavrov said.').speaker == "Lavrov"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Участники, собравшиеся в Ташкенте, отметили рост торговли.", "Участники"),
        ("Главы правительств, собравшиеся в Москве, поддержали создание фонда.", "Главы правительств"),
        ("Министр, являющийся главой делегации, подчеркнул важность диалога.", "Министр"),
    ],
)
def test_a_subject_before_a_participle_clause_speaks_not_the_object_after_the_verb(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_summary_leaves_out_the_announcement_of_an_interview_and_keeps_what_was_said():
    model = scotopics.load()
    text = (
        "О планах на год корреспонденту агентства рассказал министр иностранных дел Олег Ветров.\n\n"
        "По словам министра, страна намерена расширить торговлю со странами ШОС. "
        "Ветров подчеркнул, что транспортные коридоры остаются приоритетом председательства."
    )
    statements = model.summarize(text, n=3)
    assert [s.text[:10] for s in statements] == ["По словам ", "Ветров под"]
    assert {s.speaker for s in statements} == {"Олег Ветров"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Organisation and support of externally-based coups, as a form of interference, poses a threat to sovereignty.",
        "Two powerful states - India and Pakistan - are becoming its full members.",
        "Glaciers have lost a considerable share of their volume over the past half century.",
    ],
)
def test_a_verb_form_used_as_a_noun_by_the_word_after_it_reports_nothing(sentence):
    """ "support of", "share of", "states - …", "states are": nouns, so no reporting verb and no junk speaker."""
    assert attribute(sentence).verb is None


def test_a_speaker_named_by_surname_in_the_sentence_needs_no_ranking():
    """ "Mr Alimov noted that …": the rules resolve the surname to the full name the lead gives, and the sentence
    names him itself, so no other candidate can outrank him."""
    from scotopics.models.attribution.explicit import explicit

    document = SpeakerDocument(
        "",
        (
            ("SCO Secretary-General Rashid Alimov gave an interview to the newspaper Unen.",),
            ('Mr Alimov noted that "the SCO strives to expand cooperation with observers.',),
        ),
    )
    rule = attribute(
        'Mr Alimov noted that "the SCO strives to expand cooperation with observers.', [document.flat[0][2]]
    )
    assert rule.speaker == "Rashid Alimov" and explicit(rule, document.flat[1][2])


def test_a_surname_counts_as_named_only_as_a_word_of_its_own():
    """ "He stressed the yield of …" does not name Wang Yi: "yi" inside "yield" is no surname."""
    from scotopics.models.attribution.explicit import explicit
    from scotopics.models.attribution.rules import Attribution

    assert not explicit(Attribution("Wang Yi", "stressed", "fact"), "He stressed the yield of cooperation.")
    assert explicit(Attribution("Сергей Лавров", "заявил", "fact"), "Об этом заявил журналистам Лавров.")
