"""The packaged word lists: the common-word list is the one our corpus gives, and it keeps names whole."""

from __future__ import annotations

import pytest

from scotopics.models import lexicon
from scotopics.models.attribution.names import person_names
from scotopics.training.common_words import common_words


def test_the_common_word_list_is_the_one_the_training_corpus_gives(training_documents):
    """Rebuild it with ``python -m scotopics.training.common_words`` after the corpus changes."""
    assert list(lexicon.entries("common_words")) == common_words(training_documents)


@pytest.mark.parametrize(
    ("headline", "names"),
    [
        ("President Arman Serikov Delivers Address at the SCO Summit", ["Arman Serikov"]),
        ("Youth Council Boosts Efforts to Address Global Challenges", []),
        ("Disaster Relief Drills Open in Dushanbe", []),
        ("First: We must stand together", []),
        ("Prime Minister Omar Said Holds Talks", ["Omar Said"]),
    ],
)
def test_a_headlines_common_words_are_no_part_of_a_name(headline, names):
    assert person_names(headline) == names
