"""Speaker cases met on real Russian pages outside the labelled rounds (written anew here, never copied)."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.attribution import attribute
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.sources import names_the_source_before
from scotopics.models.attribution.titles import title_speaker
from scotopics.models.summarizer import may_state


@pytest.fixture(scope="module")
def model():
    return scotopics.load()


@pytest.mark.parametrize(
    "line",
    [
        "Это подчеркнул генеральный секретарь ШОС Нурлан Ермекбаев в поздравлении коллегам.",
        "Так считает директор Института Дальнего Востока Иван Петров.",
    ],
)
def test_this_and_so_before_a_reporting_verb_name_the_source_of_the_sentence_before(line):
    assert names_the_source_before(line)


def test_a_demonstrative_is_no_speaker_and_a_thing_it_did_names_no_source():
    """ "Это подчеркнуло важность …" (this underlined the importance): nobody said it."""
    assert not names_the_source_before("Это подчеркнуло важность совместной работы.")
    assert attribute("Это подчеркнуло важность совместной работы.").speaker is None
    assert names_the_source_before("Об этом сообщило агентство печати Казинформ.")  # a neuter source still names it


def test_the_statement_before_this_was_stressed_by_gets_its_speaker(model):
    text = (
        "ШОС ценит связи с АСЕАН и готова искать новые возможности для совместной работы.\n\n"
        "Это подчеркнул генеральный секретарь ШОС Нурлан Ермекбаев в поздравлении генсеку АСЕАН."
    )
    (statement,) = model.summarize(text, n=1)
    assert statement.speaker == "Нурлан Ермекбаев" and statement.text.startswith("ШОС ценит связи")


def test_an_adverb_after_a_russian_subject_is_not_part_of_the_speaker():
    assert attribute("Казахстан твердо выступает за расчеты в национальных валютах.").speaker == "Казахстан"
    assert attribute("Официальное лицо заявило о готовности к диалогу.").speaker == "Официальное лицо"
    assert attribute("Руководство организации отметило рост торговли.").speaker == "Руководство организации"


def test_a_body_named_after_the_verb_in_the_locative_speaks():
    found = attribute("Это в том числе СНГ, ЕАЭС и Диалог по сотрудничеству в Азии, пояснили в кабмине.")
    assert (found.speaker, found.verb) == ("кабмин", "пояснили")


@pytest.mark.parametrize(
    "text",
    [
        "Совет молодых дипломатов Нижнего Новгорода поддержал проект форума.",  # a city in the genitive
        "Фото: Иван Сидоров / РИА Новости Как изменится работа секретариата",  # a credit run into a headline
        "После Пекина выставка будет показана в Астане.",
    ],
)
def test_places_and_function_words_are_no_person_names(text):
    assert person_names(text) in ([], ["Иван Сидоров"])


@pytest.mark.parametrize(
    ("line", "states"),
    [
        ("• Азамат Токтосунов, министр энергетики Кыргызской Республики;", False),  # who took part
        ("Министр энергетики Республики Узбекистан Журабек Мирзамахмудов,", False),
        ("— Стратегию развития ШОС до 2035 года;", True),  # a decision in a list
        ("Сергей Лавров заявил, что ШОС остается приоритетом;", True),
    ],
)
def test_an_entry_of_a_list_of_participants_is_no_key_statement(line, states):
    assert may_state(line) is states


def test_a_label_before_a_colon_is_no_speaker(model):
    """ "Аннотация: Статья посвящена …" opens like a transcript's turn ("Imanaliyev: …") but names nobody."""
    text = (
        "Аннотация: Статья посвящена перспективам расширения ШОС и роли организации в обеспечении безопасности "
        "Центральной Азии."
    )
    (statement,) = model.summarize(text, n=1)
    assert statement.speaker != "Аннотация"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Global Times: Касым-Жомарт Токаев о будущем ШОС", "Касым-Жомарт Токаев"),  # an op-ed's author
        ("Сергей Лавров о расширении ШОС", "Сергей Лавров"),
        ("Генеральный секретарь ШОС В. Норов провёл видеоконференцию о борьбе с коронавирусом", None),  # news
        ("Министры ШОС договорились о сотрудничестве", None),
    ],
)
def test_a_title_giving_a_person_s_view_on_a_topic_names_the_speaker(title, speaker):
    assert title_speaker(title) == speaker


def test_a_programme_named_after_the_verb_speaks_with_its_name_whole():
    found = attribute("Встреча пройдет в Москве, сообщили в программе «Время».")
    assert (found.speaker, found.verb) == ("программа «Время»", "сообщили")


def test_an_interviewer_s_credit_after_the_text_is_not_the_title_that_names_the_speaker(model):
    """ "Interviewed by …" (or "Беседовала …", "Автор: …") closes a page; it named the answers' speaker as the
    title does, so the journalist was credited with the interviewee's words."""
    text = (
        "Q: Mr Giyosov, how has the terrorist threat in the region changed this year?\n\n"
        "A: The threat has not become smaller, it has changed its form, and we must answer faster than before.\n\n"
        "Q: What results can the structure report?\n\n"
        "A: We stopped several attacks and closed hundreds of websites that spread terrorist propaganda.\n\n"
        "Interviewed by Aibek Toktorov"
    )
    statements = model.analyze(text).key_statements
    assert statements and all(s.speaker != "Aibek Toktorov" for s in statements)
