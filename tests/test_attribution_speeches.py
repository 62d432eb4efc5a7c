"""A speech printed inside a page: who speaks in it when the page names the speaker only once, in a line before
it ("Highlights of the Minister's speech:"), in a transcript's turn, in a subtitle, or by an office or a surname
("the president", "Дипломат", "President Karimov"); and page debris that names no speaker (a photographer)."""

from __future__ import annotations

import pytest

from scotopics.io.corpus import CorpusDocument, CorpusParagraph
from scotopics.models.attribution import SpeakerDocument, attribute
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.transcripts import introduced_speech
from scotopics.text.debris import debris_reason
from scotopics.text.segment import block_kinds, segment
from scotopics.training.trainer import speaker_training_set

from .test_attribution_pages import resolve_with_default_model


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Key points of the Indian Minister’s Speech at the Meeting:", ("Indian Minister", False)),
        ("Below is our translation of Karimov’s full address delivered in Uzbek:", ("Karimov", False)),
        ("Read the speech of President Askar Beishenov here:", ("Askar Beishenov", True)),
        ("Полный текст выступления Олега Сидорова:", ("Олега Сидорова", True)),
        ("The joint statement reads:", None),  # a document's words, not a person's speech
        ("He said in his address that the SCO has grown.", None),  # no colon: a sentence, not a line before a speech
    ],
)
def test_a_line_before_a_speech_names_whose_speech_it_is(line, owner):
    assert introduced_speech(line) == owner


SPEECH_AFTER_ITS_INTRODUCTION = (
    ("Emergency ministers of the SCO states met in Cholpon-Ata on Friday.",),
    ("Indian Home Minister Vikram Rao led the delegation of India.",),
    ("Key points of the Indian Minister’s Speech at the Meeting:",),
    ("Floods have become more frequent in all our countries.",),
    (
        "Early warning saves more lives than any rescue.",
        "We must share flood forecasts across borders within hours, not days.",
    ),
)


def test_the_paragraphs_after_a_speech_s_introduction_are_its_author_s():
    document = SpeakerDocument("SCO emergency ministers meet", SPEECH_AFTER_ITS_INTRODUCTION)
    assert document.turns == [(2, "Vikram Rao")]  # "the Indian Minister" is the home minister the lead names
    paragraphs = [list(p) for p in SPEECH_AFTER_ITS_INTRODUCTION]
    assert resolve_with_default_model("SCO emergency ministers meet", paragraphs, (4, 1)).speaker == "Vikram Rao"


def test_a_transcript_turn_is_content_where_it_stands_as_analyze_reads_it():
    blocks = [
        "Speech at the meeting of the SCO Council of Heads of State",
        "President of Russia Vladimir Putin: Colleagues, friends",
        "Let me open the meeting in the expanded format.",
    ]
    assert block_kinds(blocks) == ["heading", "text", "text"]
    assert block_kinds(blocks) == [s.kind for s in segment("\n\n".join(blocks))]
    assert block_kinds(blocks[1:2]) == ["heading"]  # alone, as a first line, it would be a title


def _corpus_document(title: str, paragraphs: list[str], speakers: dict[int, str]) -> CorpusDocument:
    return CorpusDocument(
        "t-001",
        "speech",
        "",
        title,
        tuple(
            CorpusParagraph((p,), (), (0,) if i in speakers else (), {0: speakers[i]} if i in speakers else {})
            for i, p in enumerate(paragraphs)
        ),
    )


def test_the_training_and_benchmark_reading_keeps_a_turn_and_a_subtitle_as_analyze_does():
    turn = _corpus_document(
        "Speech at the summit",
        [
            "Speech at the summit",
            "President of Russia Vladimir Putin: Colleagues, friends",
            "Our chairmanship focused on the security of the region.",
        ],
        {2: "Vladimir Putin"},
    )
    subtitle = _corpus_document(
        "Building a shared future",
        [
            "Building a shared future",
            "— Address by President Li Wen at the Meeting of the Council of Heads of State",
            "We have built trust among our countries over twenty years.",
        ],
        {2: "Li Wen"},
    )
    (turn_document, subtitle_document), marks = speaker_training_set([turn, subtitle])
    assert turn_document.paragraphs[0] == ("President of Russia Vladimir Putin: Colleagues, friends",)
    assert marks[0] == {(1, 0): "Vladimir Putin"}
    assert subtitle_document.title.startswith("Address by President Li Wen")
    assert subtitle_document.author == "Li Wen"


def test_a_photographer_s_credit_is_no_speaker_and_its_caption_is_debris():
    caption = "Delegates listen as the chairman speaks by video link [Anvar Rakhimov/Reuters]"
    assert debris_reason(caption, None) == "photo caption"
    assert person_names(caption) == []


@pytest.mark.parametrize("phrase", ["the Shanghai Plus format", "after the Cold War ended", "at the Astana Expo site"])
def test_event_names_are_no_people(phrase):
    assert person_names(phrase) == []


@pytest.mark.parametrize(
    ("office", "text", "known", "holder"),
    [
        # the head of a ministry named by its epithet, with no office word of its own
        (
            "главы Минздрава России",
            "Совещание прошло под председательством Министра здравоохранения Ивана Петрова.",
            {"петров": "Иван Петров"},
            "Иван Петров",
        ),
        # "Дипломат" is the deputy foreign minister the lead names, beside another person
        (
            "Дипломат",
            "Об этом сообщил замглавы МИД Таджикистана Фаррух Шарипов после встречи с Чжан Мином.",
            {"шарипов": "Фаррух Шарипов", "мин": "Чжан Мин"},
            "Фаррух Шарипов",
        ),
        # a surname alone after the office, named again later
        (
            "the president",
            "At the forum, President Karimov said that trade must grow. Karimov added that roads come first.",
            {},
            "Karimov",
        ),
        # India's External Affairs Minister, written out the other way round
        ("EAM", "Minister of External Affairs of India Dr. S. Jaishankar represented India.", {}, "S. Jaishankar"),
    ],
)
def test_an_office_is_its_holder(office, text, known, holder):
    assert find_office_holder(office, [text], known) == holder


def test_words_of_a_title_after_an_office_are_no_surname():
    text = "Ambassador Extraordinary and Plenipotentiary of Myanmar arrived. Extraordinary talks followed."
    assert find_office_holder("the Ambassador", [text], {}) is None


def test_the_deputy_is_not_the_secretary_general_he_stands_in_for():
    context = ["Deputy Secretary-General Kamol Aliev spoke on behalf of SCO Secretary-General Ivan Petrov."]
    found = attribute("The Deputy Secretary-General stressed that transport must go digital.", context)
    assert found.speaker == "Kamol Aliev"


def test_he_is_the_person_last_reported_speaking_when_the_nearer_sentences_name_no_subject():
    context = [
        "Defence Minister Zhao Lei addressed the meeting by video link.",
        "Zhao said that the world faces crises rarely seen before.",
        "Security cannot be built at the expense of others.",
        "The initiative proposed by President Xi Jinping offers a way forward.",
        "China is ready to work with all countries for peace.",
    ]
    found = attribute("He stressed that the question is an internal affair.", context)
    assert found.speaker == "Zhao Lei"
