"""The authors of a declaration's text, named once in its opening sentence.

"The Heads of State of the member states of the SCO, having met in Ufa on 9–10 July 2015,
state the following:" makes every later sentence of the declaration theirs, though most
of them name nobody ("A more just and multipolar world order is emerging."). A careful
reader credits those sentences to the declarers, not to nobody.
"""

from __future__ import annotations

import re

from .document import SpeakerDocument, canonical
from .groups import may_speak
from .other_verbs import before_other_verb

__all__ = ["declarer", "declarer_before", "opens_declaration", "preamble_declarer"]

#: The verb and object that close a declaration's opening sentence.
_OPENER = re.compile(
    r"\b(?:declare|declares|declared|state|states|stated|announce|announces|заявляют|заявили|заявил|констатируют)\s+"
    r"(?:the\s+following|as\s+follows|о\s+следующем|следующее)\s*[:.]?\s*$",
    re.IGNORECASE,
)
#: Where the declarers' name ends: a parenthesis, a comma, a double hyphen before their names ("the heads of state --
#: President …"), or the circumstances of their meeting.
_NAME_END = re.compile(
    r"\s*\(|,|\.\s|\s--\s|\s(?:having|following|gathered|meeting|guided|по\s+итогам|собравшись|руководствуясь)\b",
    re.IGNORECASE,
)
#: A circumstance that opens the sentence before the declarers ("On the occasion of …", "At the meeting in …").
_CIRCUMSTANCE = re.compile(r"(?i)(?:on|in|at|during|following|after)\s")
#: Where such a circumstance ends: its comma.
_CIRCUMSTANCE_END = re.compile(r"(?<=\)),\s+|,\s+(?=the\s|[A-ZА-ЯЁ])")
#: A parenthesis: a name defined in one ("(далее – ШОС или Организация)", "(hereinafter the SCO)") declares nothing.
_PARENTHESES = re.compile(r"\([^()]*\)")
#: "We, the ministers, declare …": the declarers are the words after "We".
_WE = re.compile(r"^(?:we|мы)(?:\s*,\s*|\s+)(?P<who>[^,]+)", re.IGNORECASE)  # (or without the comma: "We the leaders")


#: How a declaration's opening ends ("following.", "follows:"): tested first, since most paragraphs end otherwise.
_OPENER_ENDS = tuple(
    word + mark for word in ("following", "follows", "следующем", "следующее") for mark in ("", ".", ":", " :")
)


def opens_declaration(sentence: str) -> bool:
    """Whether ``sentence`` is a declaration's opening ("The heads of state … declare the following.")."""
    return sentence.rstrip().endswith(_OPENER_ENDS) and _OPENER.search(sentence) is not None


def declarer(sentence: str, reported: str | None = None) -> str | None:
    """Who declares what follows ``sentence``, or None when it opens no declaration.

    ``reported`` is the speaker the rules found for the sentence ("Speaking at the forum, the
    Secretary-General stated the following:"); without one, or when it stands only in a parenthesis, the words
    before the verb name them.
    """
    opener = _OPENER.search(sentence)
    if opener is None:
        return None
    if reported and not _CIRCUMSTANCE.match(reported) and reported in _PARENTHESES.sub("", sentence):
        we = _WE.match(reported)  # ("We the leaders of …": the leaders)
        return we.group("who") if we else reported
    head = sentence[: opener.start()].strip()
    we = _WE.match(head)
    # (as written: "the leaders of the member states of the Shanghai Cooperation Organisation", as readers copy it)
    for part in [we.group("who")] if we else _CIRCUMSTANCE_END.split(head):
        who = _NAME_END.split(part.strip(), maxsplit=1)[0].strip(" ,;:")
        who = " ".join(before_other_verb(who.split()))  # "The member states exchanged views … and state the
        if _CIRCUMSTANCE.match(who):  # following:": the member states
            continue  # "On the occasion of the fifth anniversary …, the heads of state … stated as follows:"
        if not who or len(who.split()) > 16 or not who[0].isalpha() or not may_speak(who):
            return None
        return who
    return None


def declarer_before(document: SpeakerDocument, index: int) -> str | None:
    """The declarers of the last declaration opened before sentence ``index`` of ``document`` (cached)."""
    key = ("declarers",)
    if key not in document._cache:
        found = []
        for at, (_, _, text) in enumerate(document.flat):
            if _OPENER.search(text):  # the cheap test first: most documents open no declaration
                who = declarer(text, document.rule(at).speaker)
                if who:
                    found.append((at, canonical(document, who)))
        document._cache[key] = found
    earlier = [who for at, who in document._cache[key] if at < index]
    return earlier[-1] if earlier else None


#: A clause of a declaration's preamble: a participle, an adjective of resolve or "based on", with an adverb before
#: it ("Strictly following the principles …,", "Determined to strengthen …,", "underscoring that …,", "Руководствуясь
#: …,"), not a sentence of its own.
_PREAMBLE_CLAUSE = re.compile(
    r"(?i)^\W*(?:[a-z]+ly\s+|высоко\s+)?(?:[a-z]+ing|determined|resolved|committed|desirous|guided|based|convinced"
    r"|mindful|aware|concerned|inspired|руководствуясь|исходя|признавая|подтверждая|отмечая|подчеркивая|подчёркивая"
    r"|будучи|стремясь|выражая|оценивая|обобщая|учитывая|принимая|уважая|желая|придавая|решив|преисполненные)\b"
)
#: How far a preamble may run before the words that open the declaration ("…, state the following:").
PREAMBLE_SENTENCES = 20


def preamble_declarer(document: SpeakerDocument, index: int) -> str | None:
    """The declarers of a declaration whose preamble clause sentence ``index`` is ("We, the heads of state …," /
    "underscoring that …," / "… state the following:"): the preamble and its opening read as the one sentence they
    are; else None."""
    flat = document.flat
    if not _is_clause(flat[index][2]):
        return None
    opener = index + 1
    while opener < min(len(flat), index + PREAMBLE_SENTENCES) and not _OPENER.search(flat[opener][2]):
        if not _is_clause(flat[opener][2]) and not flat[opener][2].rstrip().endswith((",", ";")):
            return None
        opener += 1
    if opener >= len(flat) or not _OPENER.search(flat[opener][2]):
        return None
    start = index
    while start > 0 and _is_clause(flat[start - 1][2]):
        start -= 1
    start -= start > 0  # the words that open the preamble ("We, the heads of …,", "On the twentieth …, Member States")
    who = declarer(" ".join(text for _, _, text in flat[start : opener + 1]))
    return canonical(document, who) if who and not _PREAMBLE_CLAUSE.match(who) else None  # (a clause names nobody)


def _is_clause(text: str) -> bool:
    return _PREAMBLE_CLAUSE.match(text) is not None and text.rstrip().endswith((",", ";"))
