"""Who said what, read on the eighty-eighth round of real pages (kept blind by the three releases before): a byline
may name two authors ("By Cheng Jing and Tian Shichen | China Daily") or end the title ("… is a pop quiz by Caroline
Steel"), but not after a participle or a time ("… chaired by …", "posted …, 01:14 by Webmaster …"); a gathering
named in the lead does not speak the writer's verbless narration after it; and Russian plans and intentions
("Страны ШОС планируют …", "Россия намерена …") are their subject's, unless a source named after them speaks them
("…. Об этом заявил X."); a lead that says its minister "отвечает на вопросы" names the interviewee; and the group in
a clause of what happened at a meeting ("… during which member states agreed …") speaks; and a decision told in the
passive with no maker ("The action plan was also adopted at the meeting.") is the writer's narration."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bylines import byline_author, columnist
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.floor_speech import agentless_decision
from scotopics.models.attribution.plausibility import names_no_speaker
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.speaker_types import speaker_type
from scotopics.models.attribution.transcripts import named_interviewee

from .test_attribution_pages import resolve_with_default_model


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Lin Qiao and Marat Seitkali | Eurasia Daily | Updated: 2023-05-02 08:10", "Lin Qiao and Marat Seitkali"),
        ("Why the steppe matters again by Helen Marsh", "Helen Marsh"),
        ("By Lin Qiao | Eurasia Daily", "Lin Qiao"),
    ],
)
def test_a_byline_of_two_authors_or_at_the_title_s_end_names_them(line, author):
    assert byline_author([line]) == author


@pytest.mark.parametrize(
    "line",
    [
        "Meeting of SCO agriculture ministers chaired by Ravi Kumar Sharma",
        "posted 4 May 2013, 09:20 by Webmaster Centrale",
        "Forum on water security hosted by Almaty University",
    ],
)
def test_a_participle_a_time_or_a_webmaster_before_by_names_no_author(line):
    assert byline_author([line]) is None


def test_a_commentary_whose_title_ends_with_its_author_has_that_columnist():
    document = SpeakerDocument(
        "A test for the alliance by Helen Marsh",
        (
            ("When unrest broke out in the capital, the alliance moved faster than anyone expected.",),
            ("On the one hand, the deployment may simply have been the easiest option available.",),
            ("On the other hand, it marks a pattern of growing military ambition.",),
            ("The mission was small, cheap and quickly over.",),
            ("For the region, it is a clear signal of who guarantees order.",),
        ),
        ("A test for the alliance by Helen Marsh",),
    )
    assert columnist(document) == "Helen Marsh"


@pytest.mark.parametrize(
    ("phrase", "sentence", "none"),
    [
        ("The third ministers' meeting of the Conference", "As a result, its influence has gradually grown.", True),
        ("The summit", "Nowadays, disputes in the region are settled through consultation.", True),
        ("The meeting", "The meeting also approved the budget for next year.", False),
        ("The forum", "It is an important step.", True),
        ("The Council", "It is an important step.", False),
    ],
)
def test_a_gathering_speaks_only_in_a_sentence_that_names_it_or_reports_it(phrase, sentence, none):
    assert names_no_speaker(phrase, None, sentence) is none


def test_a_gathering_with_a_verb_of_its_own_may_speak():
    assert not names_no_speaker("The summit", "noted", "Nowadays, disputes are settled through consultation.")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "АСТАНА, 3 июля. /ТАСС/. Страны Шанхайской организации сотрудничества (ШОС) планируют расширять торговлю и "
            "отмечают рост взаимных инвестиций.",
            "Страны Шанхайской организации сотрудничества (ШОС)",
        ),
        ("Россия намерена продвигать укрепление РАТС.", "Россия"),
        ("Стороны намерены создать рабочую группу по сельскому хозяйству.", "Стороны"),
    ],
)
def test_a_russian_plan_or_intention_is_its_subject_s(sentence, speaker):
    found = attribute(sentence)
    assert found.speaker == speaker
    assert found.kind == "commitment"


def test_a_plan_with_no_maker_names_nobody():
    assert attribute("В 2026 году планируется провести форум.").speaker is None


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Страны ЕАЭС планируют до конца года согласовать дорожную карту.",
            "Об этом заявил председатель правительства Иван Соколов на заседании совета.",
        ),
        (
            "Программы сотрудничества требуют обновления.",
            "И Казахстан намерен вести работу в этом направлении.",
            "Об этом заявил Иван Соколов на встрече в Бишкеке.",
        ),
    ],
)
def test_a_source_named_after_a_plan_speaks_the_plan_and_what_came_before(sentences):
    document = SpeakerDocument("Заседание межправительственного совета", (sentences,))
    found = resolve_with_default_model(document.title, [list(p) for p in document.paragraphs], (0, 0))
    assert found.speaker == "Иван Соколов"


def test_a_lead_that_says_its_minister_answers_questions_names_the_interviewee():
    lead = "Министр иностранных дел Тимур Садыков отвечает на вопросы газеты «Вечерний город»"
    assert named_interviewee(lead) == "Тимур Садыков"
    assert named_interviewee("Ambassador Lin Qiao answers questions from our correspondent") == "Lin Qiao"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The delegation returned on Saturday after a meeting of the SCO railways committee during which member "
            "states agreed to increase rail connectivity.",
            "member states",
        ),
        ("They attended a meeting at which the ministers agreed to open a new corridor.", "the ministers"),
    ],
)
def test_the_group_in_a_clause_of_what_happened_at_a_meeting_speaks(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_thing_s_relative_clause_with_a_group_in_it_names_nobody():
    assert attribute("The meeting, which officials described as useful, ended early.").speaker is None


@pytest.mark.parametrize("line", ["Press Releases", "Government Bodies", "State Symbols"])
def test_a_site_section_s_name_is_no_person(line):
    assert speaker_type(line) != "person"


@pytest.mark.parametrize(
    "sentence",
    [
        "Draft final documents were agreed upon and will be submitted to the heads of state.",
        "The action plan for the Year of Tourism was also adopted at the meeting.",
        "It was decided to hold the next meeting in Astana.",
        "По итогам заседания подписан меморандум о сотрудничестве.",
    ],
)
def test_a_decision_in_the_passive_with_no_maker_is_the_writer_s_narration(sentence):
    assert agentless_decision(sentence, attribute(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The establishment of the secretariat was decided at the summit by the heads of state.",
        "The ministers approved the plan.",
        '"The plan was adopted unanimously," the minister said.',
    ],
)
def test_a_decision_with_its_maker_or_in_a_quotation_is_not_narration(sentence):
    assert not agentless_decision(sentence, attribute(sentence))


def test_the_narrated_decision_after_a_speech_report_names_nobody(default_resolver):
    document = SpeakerDocument(
        "Transport ministers meet in Tashkent",
        (
            ("Minister Anvar Saidov said that the new corridor will cut delivery times by a third.",),
            ("The action plan for 2026 was also adopted at the meeting.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker is None
