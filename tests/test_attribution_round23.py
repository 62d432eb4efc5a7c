"""Speaker cases met on the labelled real pages, written anew: quotation marks of two apostrophes, a place after
a surname, a pronoun that thinks before a clause, a span of years before the subject, a dated document."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import SpeakerDocument, attribute
from scotopics.models.attribution.candidates import candidates
from scotopics.models.attribution.openers import subject
from scotopics.models.attribution.quotations import plain_quotes
from scotopics.models.attribution.speaker_types import speaker_type


def test_two_apostrophes_quote_like_a_double_quotation_mark():
    sentence = "''Tourism links our peoples more than any treaty,'' Reddy said at the opening of the festival."
    assert attribute(sentence).speaker == "Reddy"
    followed = attribute("''We will open two more routes next year,'' he added.", ["Kishan Reddy opened the fair."])
    assert followed.speaker == "Kishan Reddy"


def test_the_resolver_reads_two_apostrophes_as_a_quotation_mark_in_every_sentence():
    document = SpeakerDocument("Minister opens fair", (("''Trade is growing.'' she said.", "It's a fair."),))
    assert document.paragraphs[0] == ('"Trade is growing." she said.', "It's a fair.")
    assert plain_quotes("the ministers' meeting") == "the ministers' meeting"


def test_where_a_surname_spoke_is_not_part_of_the_speaker():
    found = attribute("Как подчеркнул Рахимов на совещании глав оборонных ведомств стран ШОС, угрозы в регионе растут.")
    assert (found.speaker, found.verb) == ("Рахимов", "подчеркнул")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("We trust that the new authorities will support the return of refugees to their homes.", "We"),
        ("I am certain that the delegations noted the progress made this year.", "I"),
    ],
)
def test_a_pronoun_whose_clause_holds_the_reporting_verb_speaks(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_span_of_years_before_the_subject_is_not_part_of_it():
    sentence = "За последние пять лет государства-члены, расширив сотрудничество, удвоили взаимную торговлю."
    assert subject(sentence) == "государства-члены"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers recalled the Agreement on Customs Cooperation signed on 7 June 2019.",
        "They acted under the Charter of the Organisation, Peace and Development adopted in 2002.",
    ],
)
def test_a_documents_dated_participle_reports_nobody(sentence):
    found = attribute(sentence)
    assert found.verb != "signed" and found.verb != "adopted"
    assert found.speaker not in ("Customs Cooperation", "Peace and Development")


def test_a_dated_signing_by_a_named_subject_still_reports():
    assert attribute("The ministers signed a protocol on trade on 7 June 2019.").speaker == "the ministers"
    assert attribute("The protocol was signed on 7 June 2019.").verb == "signed"


@pytest.mark.parametrize("phrase", ["Press Release", "Independence Square", "Navoi Street", "Peace Palace"])
def test_a_place_or_a_release_is_no_person(phrase):
    assert speaker_type(phrase) != "person"


def test_a_declarations_authors_are_found_after_a_databases_heading_lines():
    document = SpeakerDocument(
        "Statement on food security",
        (
            ("[Title] Statement on food security",),
            ("[Place] Tashkent",),
            ("[Date] 10 June 2027",),
            (
                "We, the heads of the member states of the Shanghai Cooperation Organisation – the Republic of "
                "Kazakhstan, the Kyrgyz Republic and the Republic of Uzbekistan –,",
            ),
            ("welcoming the first meeting of the SCO agriculture ministers in 2026,",),
        ),
    )
    found = {c.speaker: c.sources for c in candidates(document, 4, 0)}
    assert "title" in found["the heads of the member states of the Shanghai Cooperation Organisation"]
