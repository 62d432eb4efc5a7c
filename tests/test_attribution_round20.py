"""Speaker cases met on the development pages in the twentieth round (written anew here, never copied)."""

from __future__ import annotations

from scotopics.models.attribution import attribute
from scotopics.models.attribution.sources import names_the_source_before
from scotopics.models.attribution.verbs import find_verb
from scotopics.models.summarizer import may_state


def test_the_point_a_speaker_cites_is_not_the_speaker():
    """ "Citing the importance of …, Surname said": the one named after the point speaks, even unknown."""
    found = attribute("Citing the importance of the new corridor, Saidov said that freight would double by 2030.")
    assert (found.speaker, found.verb) == ("Saidov", "said")


def test_the_source_a_medium_quotes_still_speaks():
    found = attribute("Quoting Deputy Minister Ilya Volkov, local media reported that the talks had gone well.")
    assert found.speaker == "Ilya Volkov"


def test_a_participle_after_an_adverb_is_an_adjective():
    """ "internationally recognised procedures" reports nothing; "it is widely recognised that …" does."""
    assert find_verb("When the teams train together, they learn internationally recognised procedures.") is None
    assert find_verb("It is widely recognised that the region needs more water storage.") is not None


def test_a_source_line_with_a_circumstance_before_its_verb_names_the_source_before():
    """ "Об этом на саммите ШОС заявил X.": X said the sentence before; the line itself is no key statement."""
    line = "Об этом на саммите ШОС в Астане заявил президент Кыргызстана Садыр Жапаров."
    assert names_the_source_before(line)
    assert not may_state(line)
    assert attribute(line).speaker == "Садыр Жапаров"
    assert not names_the_source_before("Об этом свидетельствует рост торговли на двадцать процентов.")


def test_a_source_named_by_one_word_keeps_no_full_stop():
    assert attribute("Об этом заявил Мирзиёев.").speaker == "Мирзиёев"


def test_a_subject_after_a_gerunds_clause_without_a_comma_speaks():
    """ "Продолжая тему транзита Президент Узбекистана предложил …": the writer left out the comma after the
    gerund's clause; the office, name or group after it is the subject, not the clause's own object."""
    cases = {
        "Продолжая тему транзитных коридоров Президент Узбекистана предложил открыть новый маршрут.": (
            "Президент Узбекистана"
        ),
        "Выступая на форуме министр экономики Айбек Турсунов отметил рост инвестиций.": "Айбек Турсунов",
        "Выступая на заседании Совета министров обороны Сафаров подчеркнул важность учений.": "Сафаров",
        "Подводя итоги встречи в Душанбе Каримов отметил важность решений.": "Каримов",
        "Обсудив проект программы стороны договорились одобрить его на следующем заседании.": "стороны",
    }
    for sentence, speaker in cases.items():
        assert attribute(sentence).speaker == speaker, sentence
    assert attribute("Намечая ориентиры на перспективу, считаем необходимым продолжить работу.").speaker is None
    continuing = attribute("Continuing the theme of transit the Foreign Minister of Tajikistan stressed the need.")
    assert continuing.speaker == "the Foreign Minister of Tajikistan"


def test_an_interviewers_turn_addressed_by_patronymic_is_no_key_statement():
    """ "— Нурлан Сериевич, ваш мандат истекает в декабре.": a question written as a statement."""
    assert not may_state("— Нурлан Сериевич, ваш мандат истекает в декабре.")
    assert not may_state("– Анна Петровна, санитарные службы стран давно работают вместе.")
    assert may_state("— Мандат генерального секретаря истекает в декабре, и мы готовим отчёт.")
