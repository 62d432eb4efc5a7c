"""Splitting a paragraph into sentences in linear time, with Punkt's decisions.

NLTK's Punkt algorithm, with our abbreviation list (no downloaded data), decides
where sentences end. Punkt guards its regular expressions with a wall-clock
limit, so on one very long line it fails with a ``TimeoutError`` whose size
threshold depends on the machine. We therefore never hand Punkt a long text:

1. Cut at *sure* boundaries first: a plain word (letters only, at least two of
   them, not an abbreviation) ending in ``.``, or any letters ending in ``?``
   or ``!``, followed by a space and a capital letter. Punkt always ends a
   sentence there, and its decisions elsewhere look only at the word before a
   mark and the token after it, so cutting there changes nothing.
2. A piece without a possible sentence end inside it is one sentence; Punkt
   is not called (nor imported) for it. That is most sentences.
3. The rest (pieces with abbreviations, initials, numbers, quotations) go to
   Punkt, at most :data:`MAX_PIECE_CHARS` characters at a time. A longer run
   without a sure boundary (page debris, lists of initials) is cut at the last
   possible sentence end, else the last space, before that length (a word is
   never cut).
4. A piece with a "word" of more than :data:`MAX_TOKEN_CHARS` characters (a
   run without spaces, never prose) is kept as one sentence, since Punkt's
   look-ahead over such runs costs quadratic time.
5. Punkt is slow on text dense with possible sentence ends (about 30 kB/s on
   "A. B. A. B. …"), so one text (one document, for :func:`segment`) hands it
   at most :data:`PUNKT_BUDGET_CHARS` characters. Past that budget, which no
   real document comes near, the remaining pieces are cut by a simpler rule:
   after a sentence-ending mark followed by a space and no lower-case letter,
   unless the mark is the period of an abbreviation of our list or of an
   initial (then bare clause numbers are glued back as usual).

So the work is linear in the length of the text, whatever the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # NLTK's package import is slow: Punkt is loaded on first need
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = [
    "ABBREVIATIONS",
    "MAX_PIECE_CHARS",
    "MAX_TOKEN_CHARS",
    "PUNKT_BUDGET_CHARS",
    "SentenceSplitter",
    "split_sentences",
]

#: Abbreviations after which a period does not end a sentence (lower case, no final period), with the initials
#: transliteration writes in two or three letters ("Sh. Mirziyoyev", "Kh. Abdullaev", "Дж. Оторбаев"). "мин."
#: (minutes) is not one: in this field a period after "Мин" ends a sentence on the name of Secretary-General Чжан Мин.
ABBREVIATIONS = (
    frozenset(
        """
    mr mrs ms dr prof st no nos gen col lt maj capt cmdr adm sgt rep sen gov amb h.e
    jr sr messrs mme mlle hon rev fr pres vice dept govt corp inc ltd co plc est approx
    vs etc e.g i.e cf al viz art arts para paras vol vols pp fig ch sec op ed eds
    u.s u.n u.k u.s.a u.a.e e.u p.r.c a.m p.m
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    km sq mln bln bn mn tr
    sh kh zh ts yu ya dzh
    г гг т.е т.д т.п т.к др им ул пр просп обл стр ст п пп млн млрд трлн тыс руб долл
    проф акад ген зам и.о н.э вв сов пос кв дж
    """.split()
    )
    | frozenset("abcdefghijklmnopqrstuvwxyz")
    | frozenset("абвгдеёжзийклмнопрстуфхцчшщэюя")
)

#: Longest piece of text handed to Punkt at once, in characters.
MAX_PIECE_CHARS = 4000
#: A piece with a space-free run longer than this is one sentence (Punkt is not called).
MAX_TOKEN_CHARS = 120

# A sentence-ending mark (with closing quotes or brackets) followed by a space: the only places
# where a sentence may end inside a text. A text without one is a single sentence.
_INNER_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*\s")
# Where Punkt looks at all: . ? or ! followed by a space or by punctuation that cannot start a word.
_PUNKT_CANDIDATE = re.compile(r"[.?!](?=[\s)\";}\]*:@'({\[‘’“”«»!?])")
# A word that starts after a space (the look-behind keeps the scan linear), a mark, a space and a letter.
_SURE_END = re.compile(r"(?<![^ ])([^\W\d_]+)([.?!]) (?=[^\W\d_])")
#: Most characters of one text (or document) that Punkt decides on; the rest is cut by the simple rule.
PUNKT_BUDGET_CHARS = 100_000

_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1}}}")
# The rule past the budget: a mark (with closing quotes or brackets), a space, and no lower-case letter.
_SIMPLE_END = re.compile(r"[.!?…][\"'”’»)\]]* (?![a-zа-яё])")
_YEAR_END = re.compile(r"(\b\d{4}\s+гг?\.)\s+(?=[А-ЯЁA-Z«\"])")
_INITIALS_AT_END = re.compile(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.){2,3}$")  # ("В.В.", "Sh.M.")
_BARE_NUMBER = re.compile(r"\(?\d{1,3}[.)]")


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (Punkt's decisions with our abbreviations, offline, linear time).

    Whitespace is normalised to single spaces. An empty or blank text has no
    sentences; a text without a sentence-ending mark inside it is one sentence.
    """
    return SentenceSplitter().split(text)


class SentenceSplitter:
    """Splits the paragraphs of one text, sharing one Punkt budget (:data:`PUNKT_BUDGET_CHARS`)."""

    def __init__(self, budget: int = PUNKT_BUDGET_CHARS) -> None:
        self.budget = budget

    def split(self, text: str) -> list[str]:
        """The sentences of one paragraph (see :func:`split_sentences`)."""
        text = " ".join(text.split())
        if not text:
            return []
        if not _INNER_BREAK.search(text):  # no sentence-ending mark before the end: one sentence
            return [text]
        sentences: list[str] = []
        # "… в 2021 г. Стороны …": the year abbreviation both abbreviates and ends the sentence,
        # which Punkt cannot tell without context, so those boundaries are cut first.
        cut = _YEAR_END.sub("\\1\n", text).split("\n") if "г." in text else [text]
        for part in cut:
            for piece in _sure_pieces(part):
                sentences.extend(self._split_piece(piece))
        return _reattach_fragments([s for s in sentences if s])

    def _split_piece(self, piece: str) -> list[str]:
        """Sentences of a piece that has no sure boundary inside it."""
        if not _PUNKT_CANDIDATE.search(piece):
            return [piece.strip()]
        sentences = []
        for chunk in _bounded(piece):
            if _LONG_TOKEN.search(chunk):
                sentences.append(chunk.strip())
            elif len(chunk) > self.budget:
                sentences.extend(_simple_split(chunk))
            else:
                self.budget -= len(chunk)
                sentences.extend(s.strip() for s in _punkt().tokenize(chunk))
        return sentences


def _sure_pieces(text: str) -> list[str]:
    """``text`` cut after every sure sentence end (see the module's docstring)."""
    pieces = []
    start = 0
    for match in _SURE_END.finditer(text):
        word, mark = match.group(1), match.group(2)
        if not text[match.end()].isupper():
            continue
        if mark == "." and (len(word) < 2 or word.lower() in ABBREVIATIONS):
            continue
        pieces.append(text[start : match.end() - 1])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def _simple_split(chunk: str) -> list[str]:
    """``chunk`` cut by the rule past the budget: after a sentence-ending mark followed by a space and no
    lower-case letter, unless the mark is the period of an abbreviation of our list or of an initial."""
    cuts = []
    for match in _SIMPLE_END.finditer(chunk):
        if chunk[match.start()] == ".":
            word = chunk[chunk.rfind(" ", 0, match.start()) + 1 : match.start()].lstrip("(\"'“«‘[").lower()
            if word in ABBREVIATIONS or word.split("-")[-1] in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        cuts.append(match.end())
    return [chunk[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(chunk)])]


def _bounded(piece: str) -> list[str]:
    """``piece`` in chunks of at most :data:`MAX_PIECE_CHARS` (or one giant word), cut at a possible sentence end
    when there is one."""
    chunks = []
    start = 0
    while len(piece) - start > MAX_PIECE_CHARS:
        window = piece[start : start + MAX_PIECE_CHARS]
        ends = [m.end() for m in _INNER_BREAK.finditer(window)]
        cut = ends[-1] if ends else window.rfind(" ") + 1
        if cut <= 0:  # one giant word: it stays whole (and is not handed to Punkt)
            cut = piece.find(" ", start + MAX_PIECE_CHARS) + 1 - start
            if cut <= 0:
                break
        chunks.append(piece[start : start + cut])
        start += cut
    chunks.append(piece[start:])
    return chunks


#: A short lower-case word with a period closing a piece ("40 мин."): an abbreviation when the next piece goes on in
#: lower case.
_SHORT_WORD_END = re.compile(r"(?:^|\s)[a-zа-яё]{1,4}\.$")


def _reattach_fragments(sentences: list[str]) -> list[str]:
    """Glue pieces to their neighbour: pieces without a letter (a lone closing quote), a bare
    clause number ("1."), a sentence cut after initials ("В.В." | "Путин сказал …"), and a piece that goes on in
    lower case after a short abbreviation ("40 мин." | "и завершилась …")."""
    merged: list[list[str]] = []  # parts of each sentence, joined at the end (no quadratic copying)
    for sentence in sentences:
        abbreviated = sentence[:1].islower() and merged and _SHORT_WORD_END.search(merged[-1][-1]) is not None
        if merged and (abbreviated or not any(ch.isalpha() for ch in sentence) or _glues_to_next(merged[-1])):
            merged[-1].append(sentence)
        else:
            merged.append([sentence])
    return [" ".join(parts) for parts in merged]


def _glues_to_next(parts: list[str]) -> bool:
    """Whether the sentence made of ``parts`` is a bare clause number or ends with initials."""
    if len(parts) == 1 and _BARE_NUMBER.fullmatch(parts[0]):
        return True
    last = parts[-1]
    tail = last[-10:]  # at most three initials ("A.B.C.", "Sh.Kh.M.") and the space before them
    found = _INITIALS_AT_END.search(tail)
    if found is None:
        return False
    start = len(last) - len(tail) + found.start()
    # At the start of a part they follow the space that joins the parts, or open the sentence.
    return start == 0 or last[start - 1].isspace()
