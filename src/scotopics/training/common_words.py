"""The lexicon of common English words that are never part of a person's name, read off our own corpus.

A capitalised pair of words is taken for a person's name ("Rashid Alimov") unless a
word list says otherwise; headlines and quotations capitalise ordinary words too
("Disaster Relief", "First We", "Cold War"). A word our writers use in lower case
again and again, and rarely capitalise inside a sentence, is an ordinary word, so it is
no name part, unless a speaker mark of the corpus uses it in a person's name. Rebuild the
list after the corpus changes::

    python -m scotopics.training.common_words

(``tests/test_lexicon.py`` checks that the packaged list is the one the corpus gives.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..io.corpus import CorpusDocument, read_documents
from ..models.attribution.speaker_types import speaker_type

__all__ = ["common_words", "LEXICON_FILE", "MIN_LOWER_CASE", "NAME_SHARE"]

#: Uses in lower case that make a word common.
MIN_LOWER_CASE = 25
#: A word capitalised inside sentences this often against its lower-case uses may be a name too ("May").
NAME_SHARE = 0.2
LEXICON_FILE = Path(__file__).resolve().parents[1] / "models" / "lexicon" / "common_words.txt"
_HEADER = (
    "# Common English words, never part of a person's name: used in lower case at least 25 times in the\n"
    "# training corpus, capitalised inside a sentence less than a fifth as often, in no person's name of its marks.\n"
    "# Made by: python -m scotopics.training.common_words\n"
)
_WORD = re.compile(r"[A-Za-z][a-z]+")


def common_words(documents: Iterable[CorpusDocument]) -> list[str]:
    """The common words of the English documents, sorted."""
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()  # inside a sentence, where only a name or a title is capitalised
    in_names: set[str] = set()
    for document in documents:
        if document.language != "en":
            continue
        for paragraph in document.paragraphs:
            for sentence in paragraph.sentences:
                found = _WORD.findall(sentence)
                lower.update(w for w in found if w.islower())
                capitalised.update(w.lower() for w in found[1:] if not w.islower())
            for speaker in paragraph.speakers.values():
                if speaker and speaker_type(speaker) == "person":
                    in_names.update(w.lower() for w in speaker.split())
    return sorted(
        w
        for w, n in lower.items()
        if n >= MIN_LOWER_CASE and len(w) >= 3 and w not in in_names and capitalised[w] < n * NAME_SHARE
    )


def main() -> None:
    corpus = Path(__file__).resolve().parents[3] / "training_data" / "documents"
    LEXICON_FILE.write_text(_HEADER + "\n".join(common_words(read_documents(corpus))) + "\n", encoding="utf-8")
    print(LEXICON_FILE)


if __name__ == "__main__":
    main()
