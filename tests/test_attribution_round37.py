"""Who said what, round 37: cases of a labelled round of real pages once read (an op-ed's byline given as a label,
"Author: …" / "Автор: …"; an interview whose answers open with the interviewee's surname alone, "Omarov: …"; an
outlet's label before a question of several sentences; "X shared his views with … in a written interview"; a
communiqué "released by" a ministry that closes a quotation; Russian items without a subject after the group
whose doings the paragraph reports)."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bylines import byline_author
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.transcripts import asks, named_interviewee, turn_prefix


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Author: Marat Seitkali (Director of the Centre for Eurasian Studies, Almaty)", "Marat Seitkali"),
        ("date 2023-05-01 Author: Marat Seitkali", "Marat Seitkali"),
        ("Автор: Ольга Веснина", "Ольга Веснина"),
        ("Author: Editorial Board", None),  # a desk, not a person
    ],
)
def test_a_byline_given_as_a_label_names_the_author(line, author):
    assert byline_author([line]) == author


def test_an_op_ed_signed_by_a_label_speaks_in_its_author_s_voice(default_resolver):
    document = SpeakerDocument(
        "Узбекистан принимает эстафету",
        (
            ("Председательство Ташкента пришлось на непростой для региона год.",),
            ("За четверть века организация стала одной из опор многополярного мира.",),
            ("Первое.", "Сегодня ШОС остаётся площадкой равноправного диалога."),
            ("Второе.", "Её принципы не устарели и сегодня."),
        ),
        ("Автор: Ольга Веснина",),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Ольга Веснина"


def test_a_surname_alone_before_a_colon_is_a_turn_of_the_person_the_document_names():
    names = {"omarov": "Daniyar Omarov"}
    assert turn_prefix("Omarov: I have served the organisation for years.", names) == ("Daniyar Omarov", 8)
    assert turn_prefix("Omarov: I have served the organisation for years.") is None  # no names: no turn
    assert turn_prefix("Note: the figures are preliminary.", names) is None


def test_an_interview_s_answers_after_a_surname_turn_are_the_interviewee_s(default_resolver):
    document = SpeakerDocument(
        "Daniyar Omarov, former Secretary-General of the SCO, says the bloc has entered a new stage",
        (
            ("Eurasia Weekly: Good afternoon, and thank you for finding the time.",),
            ("Omarov: Thank you. I have worked for the organisation in several posts.",),
            ("Today, the organisation is entering its third decade.", "It will never become a military alliance."),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Daniyar Omarov"
    assert default_resolver.resolve(document, 2, 1).speaker == "Daniyar Omarov"


def test_an_outlet_s_label_before_sentences_that_end_in_a_question_is_a_question():
    assert asks(("EW: This year is the anniversary.", "What do you expect?", "Will the bloc grow?"))
    assert not asks(("The ministers met.", "They agreed on a plan.", "Will it work?"))


def test_sharing_views_in_a_written_interview_names_the_interviewee():
    lead = "Omarov shared his views with Eurasia Weekly reporters Lena Park and Ivan Sorokin in a written interview."
    assert named_interviewee(lead) == "Omarov"


def test_the_answers_of_a_written_interview_are_the_interviewee_s(default_resolver):
    document = SpeakerDocument(
        "The SCO at twenty-five",
        (
            (
                "Daniyar Omarov, former SCO Secretary-General, spoke about the bloc's next decade.",
                "Omarov shared his views with Eurasia Weekly reporters Lena Park and Ivan Sorokin in a written "
                "interview.",
            ),
            ("EW: The organisation turns twenty-five this year.", "What has it achieved?", "What comes next?"),
            ("I believe the founders did not expect such growth.", "Today the bloc is a pillar of a fairer order."),
        ),
    )
    assert document.dialogue and document.interviewee == "Daniyar Omarov"
    assert default_resolver.resolve(document, 2, 0).speaker == "Daniyar Omarov"
    assert default_resolver.resolve(document, 2, 1).speaker == "Daniyar Omarov"


def test_a_communique_released_by_a_ministry_closes_a_quotation_as_a_whole_phrase():
    sentence = (
        "It is time to act together,” said an official communiqué released by the Ministry of Defence of Kyrgyzstan."
    )
    assert attribute(sentence).speaker == "an official communiqué"


def test_russian_items_without_a_subject_are_the_group_s_whose_doings_come_before(default_resolver):
    document = SpeakerDocument(
        "Заседание рабочей группы экспертов",
        (
            ("В Бишкеке прошло заседание рабочей группы по борьбе с наркотиками.",),
            ("Эксперты рассмотрели новые угрозы в регионе.", "Обсудили ход выполнения плана на 2024 год."),
            ("Отметили необходимость обмена данными о прекурсорах.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Эксперты"
