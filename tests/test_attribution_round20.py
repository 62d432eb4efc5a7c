"""Speaker cases met on the development pages in the twentieth round (written anew here, never copied)."""

from __future__ import annotations

from scotopics.models.attribution import attribute
from scotopics.models.attribution.sources import names_the_source_before
from scotopics.models.attribution.verbs import find_verb
from scotopics.models.summarizer import may_state


def test_the_point_a_speaker_cites_is_not_the_speaker():
    """ "Citing the importance of …, Surname said": the one named after the point speaks, even unknown."""
    found = attribute("Citing the importance of the new corridor, Saidov said that freight would double by 2030.")
    assert (found.speaker, found.verb) == ("Saidov", "said")


def test_the_source_a_medium_quotes_still_speaks():
    found = attribute("Quoting Deputy Minister Ilya Volkov, local media reported that the talks had gone well.")
    assert found.speaker == "Ilya Volkov"


def test_a_participle_after_an_adverb_is_an_adjective():
    """ "internationally recognised procedures" reports nothing; "it is widely recognised that …" does."""
    assert find_verb("When the teams train together, they learn internationally recognised procedures.") is None
    assert find_verb("It is widely recognised that the region needs more water storage.") is not None


def test_a_source_line_with_a_circumstance_before_its_verb_names_the_source_before():
    """ "Об этом на саммите ШОС заявил X.": X said the sentence before; the line itself is no key statement."""
    line = "Об этом на саммите ШОС в Астане заявил президент Кыргызстана Садыр Жапаров."
    assert names_the_source_before(line)
    assert not may_state(line)
    assert attribute(line).speaker == "Садыр Жапаров"
    assert not names_the_source_before("Об этом свидетельствует рост торговли на двадцать процентов.")


def test_a_source_named_by_one_word_keeps_no_full_stop():
    assert attribute("Об этом заявил Мирзиёев.").speaker == "Мирзиёев"
