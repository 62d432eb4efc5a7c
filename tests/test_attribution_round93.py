"""Who said what, read on the ninety-third round of real pages (kept blind by the releases before): a short surname
closing a sentence keeps no full stop ("…, stressed Hu."); "…, noted the officials." names them; "По их данным,
президенты отметили …" is the presidents'; a decision "made at a meeting of the Council of …" is the Council's; a
summit's "информационное сообщение" speaks for the group its quoted words name; and "he" closing a quotation of
several sentences is no one the quotation itself names; a Russian decision "принято на заседании Совета …" is the
Council's; and a group in the instrumental before a short passive participle ("Национальными координаторами был
согласован …") is its agent."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.rules import attribute

from .test_attribution_pages import resolve_with_default_model


def test_a_short_surname_closing_the_sentence_keeps_no_full_stop():
    found = attribute(
        "The treaty would become a milestone for the organization, stressed Hu.", ["President Hu Wei spoke."]
    )
    assert found.speaker == "Hu Wei"


def test_a_group_after_the_verb_closing_the_sentence_speaks():
    assert attribute("No country can control the infection alone, noted the officials.").speaker == "the officials"


def test_officials_said_without_the_article_leaves_the_offer_to_its_subject():
    assert attribute("India offered partners access to its satellite data, officials said.").speaker == "India"


def test_their_report_passes_on_what_the_subject_said():
    found = attribute("По их данным, президенты отметили положительную динамику взаимодействия двух стран.")
    assert found.speaker == "президенты"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The decision to start admitting Iran as a full member was announced at the 21st meeting of the SCO Council "
            "of Heads of State, which was held in Dushanbe.",
            "the SCO Council of Heads of State",
        ),
        (
            "The decision to hold the joint exercise was announced during the 36th meeting of the Council of the "
            "Regional Anti-Terrorist Structure held in Tashkent.",
            "the Council of the Regional Anti-Terrorist Structure",
        ),
    ],
)
def test_a_decision_made_at_a_body_s_meeting_is_the_body_s(sentence, body):
    assert attribute(sentence).speaker == body


def test_a_summit_s_information_report_speaks_for_the_heads_of_state_it_quotes():
    title = "Итоги саммита"
    paragraphs = [
        ["Саммит ШОС завершился в Пекине."],
        [
            '"Главы государств приняли решение о назначении Петрова генеральным секретарем ШОС", - говорится в '
            "информационном сообщении, принятом по итогам саммита."
        ],
    ]
    assert resolve_with_default_model(title, paragraphs, (1, 0)).speaker.lower() == "главы государств"


def test_he_closing_a_quotation_is_not_a_group_the_quotation_names():
    title = "Terrorist threat may spread, committee says"
    paragraphs = [
        ["Deputy Chairman of the National Security Committee Arman Dauletov spoke at the RATS Council session."],
        [
            "«In addition, Al-Qaeda is based in the region.",
            "Although Wilayat Khorasan and al-Qaeda control part of the territory, they are capable of complex attacks.",
            "In general, the situation creates a real threat to large-scale projects,» he said.",
        ],
    ]
    assert resolve_with_default_model(title, paragraphs, (1, 2)).speaker == "Arman Dauletov"


def test_a_russian_decision_made_at_a_council_s_meeting_is_the_council_s():
    sentence = "Решение о предоставлении ШОС статуса наблюдателя принято 10 октября в Душанбе на заседании Совета глав государств СНГ."
    assert attribute(sentence).speaker == "Совет глав государств СНГ"


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Национальными координаторами был согласован проект повестки дня саммита.", "национальные координаторы"),
        ("Сторонами была подчеркнута важность диалога.", "стороны"),
    ],
)
def test_a_group_before_a_short_passive_participle_is_its_agent(sentence, group):
    assert attribute(sentence).speaker == group


def test_initials_closing_the_sentence_keep_their_points():
    assert attribute("The talks were useful, said the U.S.").speaker == "the U.S."
