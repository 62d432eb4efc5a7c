"""Turning text into TF-IDF features: our analyzer and vectoriser factory.

The analyzer lower-cases, keeps words of two or more letters, drops English
stop words, stems each word with NLTK's Snowball stemmer and emits word
n-grams. It is a module-level class (no lambda, no closure) so that a model
can be described by plain parameters and rebuilt without pickle. Stems are
cached per distinct word: a corpus repeats a few thousand words millions of
times, and stemming is the costly step.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from nltk.stem.snowball import SnowballStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from .wordforms import american_spelling, glossary_word

__all__ = [
    "StemAnalyzer",
    "length_divisors",
    "make_vectorizer",
    "readable_term",
    "rebuild_vectorizer",
    "row_norms",
    "scale_rows",
    "surface_forms",
    "stem_cache",
    "unit_rows",
    "WORD_PATTERN",
    "vectorizer_state",
]

#: A word of two or more letters, with its possessive ending ("China's" stems as "China" does).
WORD_PATTERN = re.compile(r"[^\W\d_]{2,}(?:['’]s\b)?")
_POSSESSIVE = ("'s", "’s")
#: Possessives that belong to a state's name, not to the word's theme: "People's Republic of China" is
#: no people-to-people exchange.
_NAME_POSSESSIVES = frozenset({"people"})
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Words that carry no theme in this field: English stop words, and the organisation's own name,
# which every document repeats.
#: Months and weekdays, in English and Russian: a date says when, never what about, yet a corpus teaches
#: them spurious themes ("Tuesday" in a terrorism story, "March" in a lead).
_CALENDAR_WORDS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август августа
    сентябрь сентября октябрь октября ноябрь ноября декабрь декабря янв фев мар апр авг сен окт ноя дек
    январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре
    понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
    понедельника вторника среды четверга пятницы субботы воскресенья
    """.split()
)
_STOP_WORDS = (
    frozenset(ENGLISH_STOP_WORDS)
    | {
        "said",
        "also",
        "sco",
        "shanghai",
        "cooperation",
        "organisation",
        "organization",
    }
    | _CALENDAR_WORDS
)
# Russian function words (our own list; NLTK's stop-word data cannot be downloaded offline).
_RUSSIAN_STOP_WORDS = (
    frozenset(
        """
    и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её
    мне было вот от меня еще ещё нет о об из ему теперь когда даже ну ли если уже или ни быть был него
    до вас вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была
    сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой ним здесь
    этом один почти мой тем чтобы нее неё были куда всех можно при два после над больше тот через эти
    нас про всего них какая много три эту свою этой перед том такой им более всегда между также это
    эта эти которые который которая которое которых которым также при этом однако кроме того
    свой своих своей своего своим своими своё всей весь вся всем всеми сказал отметил также
    шос шанхайской шанхайская организации организация организацией сотрудничества сотрудничество
    сотрудничеству сотрудничестве сотрудничеством
    """.split()
    )
    | _CALENDAR_WORDS
)
_MAX_CACHE = 500_000
#: English words whose Snowball stem would merge them with a word of another meaning and theme:
#: "presidency" with "president", "accession" with "access", "hospitality" with "hospitals",
#: "constructive" (atmosphere) with "construction", "university" with "universal", "organization" with
#: "organized" (crime), "goods" with "good". Both spellings of "organisations" share one stem.
_STEM_OVERRIDES = {
    **dict.fromkeys(("presidency", "presidencies"), "presidency"),
    **dict.fromkeys(("accession", "accessions"), "accession"),
    "hospitality": "hospitality",
    **dict.fromkeys(("constructive", "constructively"), "constructive"),
    **dict.fromkeys(("university", "universities"), "university"),
    **dict.fromkeys(("organizations", "organisations"), "organis"),
    "fruitful": "fruitful",
    "goods": "goods",
    "united": "united",
    "relations": "relations",
}


class _StemCache(dict):
    """word -> stem; stop words map to "" so one lookup filters and stems.

    Latin-script words use the cache's language; Cyrillic words always use the
    Russian stemmer, so one model can read English and Russian side by side.
    With ``unify_words``, British spellings are read as American ones and
    Russian words of our glossary get their English equivalent's stem
    (see :mod:`scotopics.text.wordforms`).
    """

    def __init__(self, language: str, unify_words: bool = False) -> None:
        super().__init__()
        self.stemmer = SnowballStemmer(language)
        self.russian = SnowballStemmer("russian")
        self.unify_words = unify_words

    def __missing__(self, word: str) -> str:
        if len(self) >= _MAX_CACHE:
            self.clear()
        if _CYRILLIC.search(word):
            found = "" if word in _RUSSIAN_STOP_WORDS else self.russian.stem(word.replace("ё", "е"))
            english = glossary_word(found) if found and self.unify_words else None
            if english is not None:  # stemmed as English text is: one feature for both languages
                found = self[english]
        else:
            possessive = word.endswith(_POSSESSIVE)
            base = word[:-2] if possessive else word
            if self.unify_words:
                base = american_spelling(base)
            ignored = base in _STOP_WORDS or (possessive and base in _NAME_POSSESSIVES)
            found = "" if ignored else _STEM_OVERRIDES.get(base) or self.stemmer.stem(base)
        self[word] = found
        return found


_stem_caches: dict[tuple[str, bool], _StemCache] = {}


def stem_cache(language: str, unify_words: bool = False) -> _StemCache:
    """The shared word -> stem cache of a stemmer language (and word unification, see :class:`_StemCache`)."""
    cache = _stem_caches.get((language, unify_words))
    if cache is None:
        cache = _stem_caches[language, unify_words] = _StemCache(language, unify_words)
    return cache


class StemAnalyzer:
    """Callable analyzer for :class:`~sklearn.feature_extraction.text.TfidfVectorizer`.

    Parameters
    ----------
    ngram_range : (int, int)
        Smallest and largest n of the word n-grams, over stems.
    language : str
        Snowball stemmer language.
    unify_words : bool
        Read British spellings as American ones and Russian words of our glossary as their
        English equivalents (see :mod:`scotopics.text.wordforms`).
    """

    def __init__(
        self, ngram_range: tuple[int, int] = (1, 2), language: str = "english", unify_words: bool = False
    ) -> None:
        self.ngram_range = tuple(ngram_range)
        self.language = language
        self.unify_words = unify_words

    def __call__(self, text: str) -> list[str]:
        stems = stem_cache(self.language, self.unify_words)
        kept = [s for s in map(stems.__getitem__, WORD_PATTERN.findall(text.lower())) if s]
        low, high = self.ngram_range
        grams = list(kept) if low == 1 else []
        for n in range(max(low, 2), high + 1):
            grams.extend(" ".join(kept[i : i + n]) for i in range(len(kept) - n + 1))
        return grams

    def _key(self) -> tuple:
        return (self.ngram_range, self.language, self.unify_words)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StemAnalyzer) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"StemAnalyzer(ngram_range={self.ngram_range}, language={self.language!r}, unify_words={self.unify_words})"
        )


def make_vectorizer(
    *,
    ngram_range: tuple[int, int] = (1, 2),
    min_df: int | float = 2,
    max_df: float = 0.9,
    sublinear_tf: bool = True,
    vocabulary: dict[str, int] | None = None,
    unify_words: bool = False,
    norm: str | None = "l2",
) -> TfidfVectorizer:
    """A TF-IDF vectoriser over :class:`StemAnalyzer` with our defaults (``norm=None``: rows as counted, for
    :func:`scale_rows`)."""
    return TfidfVectorizer(
        analyzer=StemAnalyzer(ngram_range, unify_words=unify_words),
        min_df=min_df,
        max_df=max_df,
        sublinear_tf=sublinear_tf,
        vocabulary=vocabulary,
        dtype=np.float32,
        norm=norm,
    )


def length_divisors(norms: np.ndarray, power: float, reference: float) -> np.ndarray:
    """What each TF-IDF row is divided by: ``norm ** power * reference ** (1 - power)``.

    Power 1 is the L2 norm. A lower power lets a long paragraph keep more weight on each word: a real
    paragraph that names its sector once among many words of the event ("… agreed to set up a working group
    on energy …") is not diluted below the threshold. ``reference`` (the median norm of the training rows)
    makes a paragraph of typical length come out as under the L2 norm. Only rows with words are divided, so
    an empty row's zero norm divides nothing.
    """
    return norms if power == 1 else norms**power * reference ** (1 - power)


def row_norms(rows: Any) -> np.ndarray:
    """The L2 norm of each row of a CSR matrix, in float64."""
    row_of = np.repeat(np.arange(rows.shape[0]), np.diff(rows.indptr))
    return np.sqrt(np.bincount(row_of, weights=np.square(rows.data, dtype=np.float64), minlength=rows.shape[0]))


def scale_rows(rows: Any, power: float, reference: float) -> Any:
    """Un-normalised TF-IDF rows (CSR) divided in place by their :func:`length_divisors`."""
    rows = rows.tocsr()
    divisors = length_divisors(row_norms(rows), power, reference)
    rows.data /= np.repeat(divisors, np.diff(rows.indptr)).astype(rows.data.dtype)
    return rows


def vectorizer_state(vectorizer: TfidfVectorizer) -> dict[str, Any]:
    """What is needed to rebuild a fitted vectoriser: terms in index order and idf."""
    terms = [""] * len(vectorizer.vocabulary_)
    for term, column in vectorizer.vocabulary_.items():
        terms[column] = term
    return {"terms": terms, "idf": np.asarray(vectorizer.idf_, dtype=np.float32)}


def unit_rows(rows: Any) -> Any:
    """Rows (CSR) scaled to unit L2 length: the sentence rows the key-statement scorer and the summary's
    cosines read, whatever length norm the theme classifier uses."""
    return scale_rows(rows.copy(), 1.0, 1.0)


def rebuild_vectorizer(
    terms: list[str],
    idf: np.ndarray,
    *,
    ngram_range: tuple[int, int],
    sublinear_tf: bool,
    unify_words: bool = False,
    norm: str | None = "l2",
) -> TfidfVectorizer:
    """A fitted vectoriser from its terms and idf, without pickle."""
    vectorizer = make_vectorizer(
        ngram_range=ngram_range,
        sublinear_tf=sublinear_tf,
        vocabulary={term: i for i, term in enumerate(terms)},
        unify_words=unify_words,
        norm=norm,
    )
    vectorizer._validate_vocabulary()  # sets vocabulary_ as fit would with a fixed vocabulary
    vectorizer.idf_ = np.asarray(idf, dtype=np.float64)  # the public setter also builds the transformer
    return vectorizer


def surface_forms(
    texts: list[str], vocabulary: dict[str, int], language: str = "english", unify_words: bool = False
) -> dict[str, str]:
    """For each stem of the vocabulary, the word it most often comes from in ``texts``.

    Explanations then show "information security" rather than "inform secur".
    """
    stems = {part for term in vocabulary for part in term.split(" ")}
    counts: dict[str, dict[str, int]] = {}
    cache = stem_cache(language, unify_words)
    for text in texts:
        for word in WORD_PATTERN.findall(text.lower()):
            found = cache[word]
            if found in stems:
                by_word = counts.setdefault(found, {})
                by_word[word] = by_word.get(word, 0) + 1
    return {s: min(words.items(), key=lambda item: (-item[1], item[0]))[0] for s, words in sorted(counts.items())}


def readable_term(term: str, surface: dict[str, str]) -> str:
    """A vocabulary term (stems) in the words they most often stand for."""
    return " ".join(surface.get(part, part) for part in term.split(" "))
