"""Who said what, round 47: cases of a labelled round of real pages once read (a surname before an apposition of a
diplomat; "the official" of an item that names one person; a weekday after a name; a Chinese province is no name;
a headline "X о …"; Russian "Это подчеркивает …" is no report; "— завершил выступление X"; "Отмечается, что X
условились …")."""

from __future__ import annotations

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.rules import attribute


def test_a_surname_before_a_diplomat_s_apposition():
    found = attribute('Zhao, Chinese diplomat, said: "Yoga is an ancient practice."')
    assert (found.speaker, found.verb) == ("Zhao", "said")
    found = attribute("Speaking after his return in Tehran on Wednesday, President Pezeshkian highlighted the talks.")
    assert found.speaker == "President Pezeshkian"  # a place before the office is no surname


def test_the_official_of_an_item_that_names_one_person(default_resolver):
    document = SpeakerDocument(
        "Secretary-General Rashid Alimov starts the marathon in Kunming",
        (
            ("The race was held in Kunming, in Colorful Yunnan, on Sunday.",),
            ('"The marathon is an invitation to go together by a path of creation," the official said.',),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Rashid Alimov"


def test_a_weekday_and_a_province_are_no_part_of_a_name():
    assert person_names("said Reza Huwaida Thursday.") == ["Reza Huwaida"]
    assert person_names("Becoming Closer in Colorful Yunnan") == []


def test_a_headline_on_a_surname_s_view(default_resolver):
    document = SpeakerDocument(
        "Сомов о ситуации в регионе: проблему надо решать миром",
        (
            ("Президент выступил на саммите в Астане.",),
            ("«Проблему надо решать миром», — сказал Сомов.",),
            ("Сомов призвал соседей помогать.", "Саму площадку ШОС Президент считает уникальной."),
        ),
    )
    assert document.headline_person == "Сомов"
    assert default_resolver.resolve(document, 2, 1).speaker == "Сомов"


def test_russian_present_of_a_thing_and_closing_a_speech():
    assert attribute("Это подчеркивает равноправие всех членов организации.").speaker is None
    assert attribute("Это подчеркнул генсек ШОС Чжан Мин.").speaker == "Чжан Мин"
    found = attribute("В 2014 году саммит пройдет в Таджикистане», — завершил выступление президент Кыргызстана.")
    assert (found.speaker, found.verb) == ("президент Кыргызстана", "завершил выступление")


def test_it_was_noted_that_a_group_agreed():
    found = attribute("Отмечается, что участники форума условились углублять взаимодействие.")
    assert (found.speaker, found.verb) == ("участники форума", "условились")
    assert attribute("It was noted that the participants agreed to deepen cooperation.").speaker == "the participants"
    assert attribute("It was noted that trade grew by five per cent.").speaker is None
