"""Speaker cases met on round seventeen of real pages (written anew here, never copied), one test each."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import SpeakerDocument, attribute
from scotopics.models.attribution.declarations import declarer, declarer_before
from scotopics.models.attribution.document import canonical
from scotopics.models.attribution.names import person_names, same_person
from scotopics.models.attribution.sources import message_from
from scotopics.models.attribution.speaker_types import same_speaker

from .test_attribution_pages import resolve_with_default_model


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


@pytest.mark.parametrize(
    ("opener", "declarers"),
    [
        (
            "The Heads of State of the Member States of the Shanghai Cooperation Organisation, having met in Osh "
            "on 3 June 2031, state the following:",
            "The Heads of State of the Member States of the Shanghai Cooperation Organisation",  # as written
        ),
        (
            "Руководители государств – членов Шанхайской организации сотрудничества (далее – ШОС) по итогам "
            "заседания в Оше заявляют о следующем.",
            "Руководители государств – членов Шанхайской организации сотрудничества",
        ),
        ("We, the ministers of agriculture, declare the following.", "the ministers of agriculture"),
        ("The meeting closed with a concert.", None),
        ("The rules state the following:", None),
    ],
)
def test_a_declaration_opener_names_its_declarers(opener, declarers):
    assert declarer(opener) == declarers


def test_a_declaration_sentence_that_names_nobody_is_the_declarers():
    """ "A more just world order is emerging." after "… state the following:" is the Heads of State's."""
    paragraphs = [
        [
            "The Heads of State of the Member States of the Shanghai Cooperation Organisation, having met in Osh "
            "on 3 June 2031, state the following:"
        ],
        ["A more just and multipolar world order is emerging, and regional cooperation must grow stronger."],
    ]
    found = resolve_with_default_model("Osh Declaration", paragraphs, (1, 0))
    written = "The Heads of State of the Member States of the Shanghai Cooperation Organisation"
    assert same_speaker(found.speaker, written)
    assert found.speaker_type == "group"
    document = SpeakerDocument("Osh Declaration", tuple(tuple(p) for p in paragraphs))
    assert declarer_before(document, 1) == written


def test_a_sentence_that_names_nobody_without_a_declaration_has_no_declarers():
    """Without "… state the following:" no declarers are found; the resolver ranks the candidates as usual
    (since English leans towards naming someone, the ministers of the lead)."""
    paragraphs = [
        ["The ministers of agriculture met in Osh on 3 June 2031."],
        ["A more just and multipolar world order is emerging, and regional cooperation must grow stronger."],
    ]
    document = SpeakerDocument("Ministers meet in Osh", tuple(tuple(p) for p in paragraphs))
    assert declarer_before(document, 1) is None
    assert resolve_with_default_model("Ministers meet in Osh", paragraphs, (1, 0)).speaker in (None, "The ministers")


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (
            "The Minister of Education of Mongolia, Luvsan Tumur, delivered a speech in which he emphasized the "
            "reform of vocational schools.",
            "Luvsan Tumur",
            "emphasized",
        ),
        (
            "Luvsan Tumur gave an interview in which he said that the schools need more teachers.",
            "Luvsan Tumur",
            "said",
        ),
        (
            "The Indian minister delivered a keynote address at the forum, in which she stressed the role of trade.",
            "the Indian minister",
            "stressed",
        ),
    ],
)
def test_a_speech_in_which_he_said_is_the_speech_givers(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_a_visit_in_which_they_saw_names_no_speaker():
    assert attribute("The delegation made a visit in which they saw the new terminal.").speaker is None


def test_an_indian_state_is_no_person():
    """ "Kashi (Uttar Pradesh) [India]": a dateline's state, never a speaker."""
    assert person_names("Kashi (Uttar Pradesh) [India], March 3: the ministers met.") == []
    assert person_names("Andhra Pradesh hosted the forum, said Anil Kumar.") == ["Anil Kumar"]


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "An adviser read a welcome message by the SCO Secretary-General to the participants.",
            "the SCO Secretary-General",
        ),
        ("He read a message by SCO Secretary-General Zhang Ming to the forum.", "Zhang Ming"),
        ("A message from the organisers was read out.", None),
    ],
)
def test_a_message_by_an_office_is_that_offices(text, sender):
    assert message_from(text) == sender


def test_the_head_of_an_abbreviated_body_is_its_chairman_named_in_the_lead():
    """ "Head of the EEC Board" is the Chairman of the Board the lead names; "the head of Russian Railways" is
    nobody the lead names."""
    document = SpeakerDocument(
        "The Union at the SCO forum",
        (
            ("Chairman of the Board of the Eurasian Economic Commission Bakytzhan Sagintayev took part in the forum.",),
            ("Deputy Prime Minister Alexander Novak also spoke.",),
            ("Trade will grow, Head of the EEC Board said.",),
        ),
    )
    assert canonical(document, "Head of the EEC Board") == "Bakytzhan Sagintayev"
    assert canonical(document, "the head of Russian Railways") == "the head of Russian Railways"
