"""Speaker cases met on round seventeen of real pages (written anew here, never copied), one test each."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import attribute
from scotopics.models.attribution.names import person_names, same_person


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Министр Ван И отметил, что сотрудничество растёт.", ["Ван И"]),
        ("Переговоры провели Сергей Лавров и Ван И.", ["Сергей Лавров", "Ван И"]),
        ("Глава МИД КНР Ван И прибыл в Астану.", ["Ван И"]),
        ("Документ подписал Ли Цян.", ["Ли Цян"]),
    ],
)
def test_a_chinese_name_in_cyrillic_may_have_a_one_letter_given_name(text, names):
    """ "Ван И" is a full name: the title before it goes, and a one-letter given name stays."""
    assert person_names(text) == names


def test_initials_after_a_chinese_family_name_are_no_given_name():
    assert person_names("На форуме выступил Ван И.О. Петров.") == ["И.О. Петров"]


def test_a_chinese_family_name_in_cyrillic_comes_first():
    """ "Премьер Ли" and "Ли Цян" are one person; "Ли Цян" and "Ван И" are two."""
    assert same_person("Ли Цян", "Ли")
    assert not same_person("Ли Цян", "Ван И")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Министр Ван И отметил, что сотрудничество в рамках ШОС растёт.", "Ван И"),
        ("Кроме того, страны заявили о намерении развивать транспортные коридоры.", "страны"),
        ("Государства заявили о готовности расширять торговлю в национальных валютах.", "Государства"),
    ],
)
def test_russian_subjects_of_a_reporting_verb(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_country_in_the_genitive_is_no_speaking_group():
    """ "Президент страны" is an office: "страны" after it does not make the group the subject."""
    assert attribute("Президент страны заявил, что торговля растёт.").speaker == "Президент страны"
