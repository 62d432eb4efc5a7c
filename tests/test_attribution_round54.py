"""Who said what, round 54: cases of a second labelled round of real pages read in the same release (a sentence
that only says who told an outlet; "the country's … Minister X said"; "through shared history" is no verb; an office
the text writes right before or after its holder's name; a date before a Russian reporting verb; "выступил в
поддержку", "refuted"; outlets a wire relays; a patronymic alone in the instrumental)."""

from __future__ import annotations

from scotopics.models.attribution.carriers import carries_news
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import nominative
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.sources import names_the_source_before


def test_a_sentence_that_only_says_who_told_an_outlet(default_resolver):
    assert names_the_source_before("SCO Secretary General Li Hua told TASS on Tuesday.")
    assert not names_the_source_before("He told Xinhua.")  # (a pronoun is resolved where the sentence stands)
    assert not names_the_source_before("The minister told reporters that the bank would open.")
    document = SpeakerDocument(
        "SCO head says Afghan settlement needs regional help",
        (
            (
                "BEIJING (TASS): The organisation's role in Afghanistan has grown markedly in recent months.",
                "SCO Secretary General Li Hua told TASS on Tuesday.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Li Hua"


def test_a_country_s_minister_after_the_statement():
    found = attribute(
        "Moscow wants to settle more trade in national currencies, the country's Economic Development Minister "
        "Oleg Pavlov said on Tuesday."
    )
    assert (found.speaker, found.verb) == ("Oleg Pavlov", "said")


def test_a_participle_after_a_preposition_is_no_verb():
    found = attribute("The member states are closely connected through shared history and similar languages.")
    assert found.speaker is None and found.verb is None


def test_an_office_written_right_beside_its_holder(default_resolver):
    document = SpeakerDocument(
        "Museum alliance of the organisation set up",
        (
            (
                "Mr. Zhou Ping, Minister of Culture and Tourism of China, noted that cultural ties had grown.",
                "The Minister of Culture and Tourism of China said the alliance marks a new stage.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 1).speaker == "Zhou Ping"
    document = SpeakerDocument(
        "Dar in Astana",
        (
            ("The Deputy Prime Minister and Foreign Minister highlights the corridor's significance.",),
            ("ASTANA: Deputy Prime Minister and Foreign Minister Tariq Aziz said the region needs transit routes.",),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Tariq Aziz"


def test_a_date_before_a_russian_reporting_verb():
    found = attribute(
        "Лаборатории работают без всякого контроля, 19 августа заявил секретарь Совета безопасности Олег Громов на "
        "встрече в Ташкенте."
    )
    assert (found.speaker, found.verb) == ("Олег Громов", "заявил")


def test_spoke_in_support_and_refuted():
    found = attribute("Президент выступил в поддержку расширения организации.")
    assert (found.speaker, found.verb) == ("Президент", "выступил в поддержку")
    found = attribute("Addressing claims of isolation, Karimov refuted suggestions that his country was sidelined.")
    assert (found.speaker, found.verb) == ("Karimov", "refuted")


def test_outlets_that_carry_the_news():
    for outlet in ("Khaama Press", "TASS", "Anadolu", "Global Times", "Press TV"):
        assert carries_news(outlet), outlet
    for speaker in ("the press secretary", "Ministry of Foreign Affairs", "Dawn Kim"):
        assert not carries_news(speaker), speaker


def test_a_patronymic_alone_in_the_instrumental():
    assert nominative("Касым-Жомарт Кемелевичем") == "Касым-Жомарт Кемелевич"
    assert nominative("Владимира Владимировича") == "Владимир Владимирович"
