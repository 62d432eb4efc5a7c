"""Lookalike letters of another script inside a word, as scraped pages have them."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.text.inputs import coerce_text, coerce_text_list
from scotopics.text.lookalikes import has_lookalikes, repair_lookalikes


@pytest.mark.parametrize(
    ("written", "repaired"),
    [
        ("Pахмон", "Рахмон"),  # a Latin P
        ("cаммит", "саммит"),  # a Latin c
        ("экономиκе", "экономике"),  # a Greek kappa, hidden by a site against copying
        ("чтο", "что"),  # a Greek omicron
        ("Оrganisation", "Organisation"),  # a Cyrillic О in an English word
        ("Tекст", "Текст"),
    ],
)
def test_a_mixed_word_is_written_in_its_main_script(written, repaired):
    assert repair_lookalikes(f"Слово {written} здесь.") == f"Слово {repaired} здесь."


@pytest.mark.parametrize(
    "text",
    [
        "SCO-шный формат и COVID-19",  # a hyphen parts the scripts
        "ВКонтакте и iPhone",
        "Ελληνικά κείμενα",  # Greek words alone
        "Plain English only.",
        "Слово Юsa",  # a tie, or a letter with no lookalike ("Ю"): left as written
    ],
)
def test_words_of_one_script_or_without_lookalikes_are_left_alone(text):
    assert repair_lookalikes(text) == text


def test_mixed_words_are_repaired_on_every_entry_point():
    assert coerce_text("Президент Pахмон открыл cаммит.") == "Президент Рахмон открыл саммит."
    assert coerce_text_list(["Clean text.", "Pахмон"]) == ["Clean text.", "Рахмон"]
    assert not has_lookalikes(coerce_text("Президент Pахмон"))


def test_a_speaker_typed_with_a_latin_letter_is_written_in_cyrillic():
    model = scotopics.load()
    text = (
        "Эмомали Pахмон выступил на саммите ШОС\n\n"
        "Президент Таджикистана Эмомали Pахмон выступил на заседании Совета глав государств ШОС в Астане.\n\n"
        "Эмомали Pахмон подчеркнул, что борьба с терроризмом и наркотрафиком остаётся главной задачей "
        "организации."
    )
    statement = next(s for s in model.summarize(text, n=3) if "подчеркнул" in s.text)
    assert statement.speaker == "Эмомали Рахмон"


def test_a_long_mixed_text_is_repaired_in_one_pass():
    text = "cаммит " * 200_000
    assert repair_lookalikes(text) == "саммит " * 200_000
