"""Who said what, round 59: cases of the development pages read in this release: a name with the particle "ul" and a
nationality before the post in its apposition ("H.E. Moin ul Haque, Pakistani ambassador"); "the spokesman" a lead
introduces as "Press Secretary"; "…, said the spokesperson X during …"; "drew the attention of"; where a named
subject spoke, between it and its verb ("X at a meeting in … called on"); ratifications as reports, in English and
Russian, with a date and its year between a Russian subject and its verb ("Нижняя палата … 21 января 2015 года
ратифицировала")."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.canonical import office_holder
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_mentions
from scotopics.models.attribution.participles import gerund_clause
from scotopics.models.attribution.rules import attribute


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The forum was opened by H.E. Tariq ul Hassan, Pakistani ambassador.", "Tariq ul Hassan"),
        ("The corridor will open soon, Noor ud Din Qureshi said.", "Noor ud Din Qureshi"),
    ],
)
def test_a_name_keeps_its_lower_case_particle(text, name):
    assert name in person_mentions(text)


def test_the_post_after_a_name_and_a_nationality_gives_the_office_its_holder():
    document = SpeakerDocument(
        "Youth exchanges matter, says envoy",
        (
            (
                "“Exchanges between our young people will bring our countries closer,” said H.E. Tariq ul Hassan, "
                "Pakistani ambassador, on Monday.",
            ),
            ("The ambassador stated that the bloc had become a constructive force.",),
        ),
    )
    assert office_holder(document, "the ambassador") == "Tariq ul Hassan"


def test_the_spokesman_is_the_press_secretary_the_lead_names():
    document = SpeakerDocument(
        "Security council secretaries meet in Minsk",
        (
            ("The secretaries approved a plan of consultations, CSTO Press Secretary Anton Belov told reporters.",),
            ("«The plan takes account of the new strategy,» the spokesman said.",),
        ),
    )
    assert office_holder(document, "the spokesman") == "Anton Belov"


def test_a_spokesman_is_no_prime_minister():
    document = SpeakerDocument(
        "Premier arrives in Bishkek",
        (
            ("Prime Minister Daniyar Sultanov arrived in Bishkek on Monday.",),
            ("The spokesman said the talks would last two days.",),
        ),
    )
    assert office_holder(document, "the spokesman") is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (
            "The visits will deepen the friendship among the four countries, said the spokesperson Li Wenhua during "
            "Wednesday's press briefing.",
            "Li Wenhua",
            "said",
        ),
        (
            "Highlighting the role of the bloc, the President drew the attention of the participants to food security.",
            "the President",
            "drew the attention",
        ),
        (
            "Chinese Premier Zhao Ming at a meeting in the SCO Plus format called on colleagues to share experience.",
            "Zhao Ming",
            "called on",
        ),
        ("Kazakhstan’s upper house of parliament ratified an agreement on road transport.", None, "ratified"),
        ("Сенат Казахстана в четверг ратифицировал соглашение о международных перевозках.", None, "ратифицировал"),
        (
            "Нижняя палата парламента Таджикистана 21 января 2015 года ратифицировала соглашение о перевозках.",
            "Нижняя палата парламента Таджикистана",
            "ратифицировала",
        ),
    ],
)
def test_reports_read_this_round(sentence, speaker, verb):
    found = attribute(sentence)
    assert found.verb == verb
    if speaker is not None:
        assert found.speaker == speaker
    else:
        assert found.speaker == sentence.split(" ratified")[0].split(" в четверг")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking at the launch ceremony, a senior official of the ministry said the theme would help.",
        "Environmental groups present at the forum cautioned that dams should meet ecological standards.",
    ],
)
def test_where_a_participle_or_a_group_spoke_is_not_cut_to_a_wrong_subject(sentence):
    assert attribute(sentence).speaker not in ("Speaking", "Environmental groups present")


def test_a_soft_russian_adjective_opens_no_gerund_clause():
    assert not gerund_clause("Нижняя палата парламента".split())
    assert not gerund_clause("Внешняя политика страны".split())
    assert gerund_clause("Выполняя решения саммита".split())


def test_a_dateline_keeps_its_subject_after_a_date_without_a_year():
    sentence = "Москва. 1 сентября. INTERFAX.RU - Президент Белоруссии Александр Лукашенко отметил рост торговли."
    assert attribute(sentence).speaker == "Александр Лукашенко"
