"""Key statements: counts, order, and what is (not) chosen."""

from __future__ import annotations

import pytest

NEWS = """SCO transport ministers meet in Bishkek
On 9 June 2023, the meeting of SCO transport ministers was held in Bishkek in a hybrid format.
Delegations of the member states, the Secretariat and observer states took part in the meeting, which was chaired by the Minister of Transport of Kyrgyzstan.
The ministers stressed that the new railway corridor linking China, Kyrgyzstan and Uzbekistan must be completed by 2027 to cut transit times in half.
The participants agreed to harmonise customs procedures at border crossings and decided to launch a single digital platform for cargo tracking.
The next meeting will take place in Astana in 2024."""


def test_summary_holds_positions_not_scene_setting(small_model):
    statements = small_model.summarize(NEWS, n=2)
    texts = [s.text for s in statements]
    assert any(t.startswith("The ministers stressed") for t in texts)
    assert not any("was held" in t or "took part" in t for t in texts)


def test_n_larger_than_the_number_of_sentences_is_clipped(small_model):
    text = "The ministers agreed to expand trade. They decided to open a new border crossing."
    assert len(small_model.summarize(text, n=10)) == 2


def test_one_sentence_document(small_model):
    statements = small_model.summarize("The heads of state approved the development strategy until 2035.", n=3)
    assert len(statements) == 1
    assert statements[0].paragraph == 0 and statements[0].sentence == 0


def test_statements_come_in_document_order_with_scores_in_unit_interval(small_model):
    statements = small_model.summarize(NEWS, n=4)
    positions = [(s.paragraph, s.sentence) for s in statements]
    assert positions == sorted(positions)
    assert all(0.0 <= s.score <= 1.0 for s in statements)


def test_statements_point_back_to_their_paragraph_and_sentence(small_model):
    analysis = small_model.analyze(NEWS)
    for statement in analysis.key_statements:
        paragraph = analysis.paragraphs[statement.paragraph]
        assert statement.text in paragraph.text
        assert paragraph.kind == "text"


def test_n_zero_reads_themes_alone_with_the_same_paragraphs(small_model):
    """``analyze(n=0)`` skips the key-statement work (the fast path for theme tagging) and changes no theme."""
    full, themes_only = small_model.analyze(NEWS), small_model.analyze(NEWS, n=0)
    assert themes_only.key_statements == ()
    assert themes_only.paragraphs == full.paragraphs and themes_only.themes == full.themes
    assert [a.paragraphs for a in small_model.analyze_many([NEWS, NEWS], n=0)] == [full.paragraphs] * 2


def test_zero_and_bad_n(small_model):
    assert small_model.summarize(NEWS, n=0) == []
    with pytest.raises(ValueError):
        small_model.summarize(NEWS, n=-1)
    with pytest.raises(TypeError):
        small_model.summarize(NEWS, n=2.5)


@pytest.mark.parametrize("text", ["", "   \n  ", "« Back\nShare\n03.05.2022"])
def test_documents_without_content_have_no_key_statements(small_model, text):
    assert small_model.summarize(text, n=3) == []
    assert small_model.analyze(text).key_statements == ()


def test_redundant_sentences_are_not_both_chosen(small_model):
    text = (
        "The ministers stressed that trade between the member states must double by 2030.\n"
        "The ministers stressed that trade between the member states must double by 2030 at the latest.\n"
        "The health ministers agreed to set up a joint centre for epidemic response in Almaty."
    )
    texts = [s.text for s in small_model.summarize(text, n=2)]
    assert any("epidemic" in t for t in texts)


def test_a_statement_opening_a_quotation_runs_to_its_end_with_the_speaker(small_model):
    text = (
        "On 2 May 2022, the Secretary-General met the press in Beijing.\n"
        "“We will never accept terrorism in any form. The member states must act together against it,” "
        "Zhang Ming stressed."
    )
    statements = small_model.summarize(text, n=1)
    assert len(statements) == 1
    assert statements[0].text.startswith("“We will never accept terrorism")
    assert statements[0].text.endswith("Zhang Ming stressed.")
    assert statements[0].sentence == 0


def test_the_automatic_count_takes_no_filler_but_always_the_best_sentence():
    import numpy as np

    from scotopics.models.summarizer import auto_count

    assert auto_count(np.array([0.9, 0.3, 0.25, 0.1, 0.05, 0.0, 0.0, 0.0])) == 3  # the minimum, filled above 0.2
    assert auto_count(np.array([0.8, 0.15, 0.1, 0.02])) == 1  # a short item: no scene-setting filler
    assert auto_count(np.array([0.05, 0.01])) == 1  # nothing convincing: still the best sentence
    assert auto_count(np.array([])) == 0


def test_a_sentence_that_only_names_the_source_joins_the_statement_before_it():
    from scotopics.models.keystatements import SentenceContext
    from scotopics.models.summarizer import quotation_spans

    contexts = [
        SentenceContext("Встреча министров будет способствовать укреплению международного права.", 0, 0, 0.0, 0.5, 0.1),
        SentenceContext("Об этом заявил глава МИД России Сергей Лавров по итогам заседания.", 0, 1, 0.0, 0.5, 0.1),
        SentenceContext("Об этом сообщили в пресс-службе министерства.", 1, 0, 1.0, 0.5, 0.1),
    ]
    assert quotation_spans(contexts) == [(0, 1), (0, 1), (2, 2)]  # a new paragraph names no source before it


def test_a_transcript_statement_loses_the_name_that_gives_the_floor():
    import scotopics

    text = (
        "Answers to media questions\n\n"
        "Anton Ivanov: Are you satisfied with the organisation's work?\n\n"
        "Vladimir Putin: The SCO is a useful organisation and an independent centre of the multipolar world."
    )
    statements = scotopics.analyze(text).key_statements
    assert statements and statements[-1].text.startswith("The SCO is a useful organisation")
    assert statements[-1].speaker == "Vladimir Putin"


def test_an_interviewers_question_and_a_bare_dateline_are_never_key_statements(small_model):
    text = (
        "Interview of the SCO Secretary-General\n\n"
        "Question: The SCO, which some called a talking shop, now unites half of humanity, so what has changed.\n\n"
        "Answer: We have built working mechanisms in security and trade, and we will keep strengthening them.\n\n"
        "BISHKEK, 5 May - AKIpress.\n\n"
        "The Secretary-General stressed that the members must complete the new railway corridor by 2027."
    )
    texts = [s.text for s in small_model.summarize(text, n=5)]
    assert texts and not any(t.startswith("Question") or "AKIpress" in t for t in texts)


def test_a_line_that_only_names_the_source_of_the_sentence_before_is_no_statement():
    """ "Об этом он заявил на саммите …" in a paragraph of its own says who spoke, not what: never a key
    statement, and its "он" is the person named before."""
    import scotopics
    from scotopics.models.attribution import attribute

    text = (
        "Путин предложил возобновить работу контактной группы\n\n"
        "Президент России Владимир Путин предложил возобновить работу контактной группы ШОС – Афганистан.\n\n"
        "Об этом он заявил на саммите глав государств Шанхайской организации сотрудничества.\n\n"
        "Российский лидер подчеркнул, что Россия выступает за политическое урегулирование в Афганистане."
    )
    texts = [k.text for k in scotopics.summarize(text, n=3)]
    assert len(texts) == 2 and not any(t.startswith("Об этом") for t in texts)
    said = attribute("Об этом он заявил на саммите.", ["Президент России Владимир Путин выступил."])
    assert said.speaker == "Владимир Путин"


def test_calling_on_a_minister_is_a_visit_not_a_call():
    from scotopics.models.attribution.kinds import statement_kind

    assert statement_kind("The Secretary-General also called on the Defence Minister after the meeting.") == "fact"
    assert statement_kind("The Secretary-General called on the member states to ratify the treaty.") == "call"


@pytest.mark.parametrize(
    "sentence",
    [
        "The participants unanimously agreed that the Organisation serves as a platform for mutual trust.",
        "They re-affirmed that a political process is the only way to settle the conflict.",
        "Стороны сошлись во мнении, что ШОС стала авторитетной площадкой для диалога.",
        "Министры констатировали, что сотрудничество в сфере безопасности успешно развивается.",
    ],
)
def test_a_shared_view_is_an_assessment_not_a_fact(sentence):
    from scotopics.models.attribution.kinds import statement_kind

    assert statement_kind(sentence) == "assessment"
