"""Who said what: the speaker, reporting verb and kind of a key statement.

Diplomatic texts attribute almost every position: "Vladimir Norov stressed
that …", "According to the Secretary-General, …", "“…,” the minister said.",
"Генеральный секретарь подчеркнул, что …". :func:`attribute` finds the
reporting verb, takes the noun phrase that governs it as the speaker, and
resolves "he", "the Secretary-General" or "Mr. Norov" to the person named
earlier in the document when that is unambiguous (the most recent matching
name). First-person statements ("We believe …") go to the document's own
speaker when its title or lead names one. The kind of statement comes from
its verbs and modality: a decision, a call or appeal, a commitment or plan, an
assessment, or a fact.

These are transparent rules, not a model: they are fast, explainable, and
measured against the speaker marks of the test documents
(``benchmarks/attribution.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...results import SpeakerType, StatementKind
from .. import lexicon
from .kinds import KINDS, statement_kind
from .names import GROUP_WORDS, person_names, title_speaker
from .names import TITLE_WORDS as _TITLE_WORDS

__all__ = [
    "Attribution",
    "attribute",
    "person_names",
    "strip_answer_prefix",
    "names_the_source_before",
    "KINDS",
    "ANSWER_PREFIX",
]


_VERBS = lexicon.entries("reporting_verbs")
_VERB_SET = frozenset(_VERBS)
_LONGEST_VERB = max(len(v.split()) for v in _VERBS)
_PHRASE_STARTS = frozenset(v.split()[0] for v in _VERBS if " " in v)
_TOKEN = re.compile(r"[\w’'-]+")
_ACCORDING = re.compile(
    r"\b(?:according to|in the (?:view|opinion) of|по словам|по мнению|по оценке|по данным)\s+([^,;:]{2,80}?)\s*,"
    r"|\b(?:in|по)\s+(his|her|their|его|её|ее|их)\s+(?:view|opinion|words|словам|мнению|оценке)\b",
    re.IGNORECASE,
)
#: An office that can head a speaker phrase ("Российский министр", "The Minister").
_OFFICE = re.compile(
    r"(?i)\b(?:minister|president|secretary|ambassador|chairman|chair|director|министр|президент|премьер|"
    r"председател|генеральн\w* секретар|генсекретар|посол|глава|директор)"
)
#: A surname alone, as a speaker before a participle clause ("Айдарбеков, открывая заседание, отметил").
_SURNAME = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+(?:ov|ev|in|ova|eva|ina|yev|ов|ев|ин|ова|ева|ина|ёв)")
#: Modal verbs: a phrase with one is a clause, never the subject of a reporting verb.
_MODALS = frozenset({"should", "must", "will", "would", "shall", "can", "could", "may", "might", "должны", "будет"})
#: "Об этом заявил X …", "This was stated by X": the source of the sentence before, after the verb.
_THIS_BY = re.compile(r"^\s*(?:об этом|this was)\s+(?P<verb>\w+)(?:\s+by)?\s+", re.IGNORECASE)
#: Where the speaker phrase after such a verb ends ("… Сергей Лавров по итогам заседания").
_PHRASE_END = re.compile(r"\s(?:по|на|в|во|после|at|after|on|in|during)\s|[,;:(]", re.IGNORECASE)
#: "As X noted, …", "Как отметил X, …": the speaker stands after the verb.
_AS_VERB = re.compile(
    r"^\s*(?:as|как)\s+(?:(?:earlier|ранее|уже)\s+)?(?P<verb>\w+(?:\s+out)?)\s+(?:(?:earlier|ранее|уже)\s+)?"
    r"(?P<speaker>[^,;:]{2,100}?)\s*,",
    re.IGNORECASE,
)
_VERB_ALTERNATIVES = "|".join(sorted(map(re.escape, _VERBS), key=len, reverse=True))
_PHRASE = r"(?:Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Gen\.|[^,.;“”\"«»]){2,80}?"
_QUOTE_CLOSE = re.compile(
    rf"(?:[”\"»]|’(?!\w))\s*,?\s*[–—-]?\s*(?:(?P<verb1>{_VERB_ALTERNATIVES})\s+(?P<sp1>{_PHRASE})"
    rf"|(?P<sp2>{_PHRASE})\s+(?:has\s+|had\s+)?(?P<verb2>{_VERB_ALTERNATIVES}))"
    r"(?:\s+[^.]{0,60})?[.!]?$",
    re.IGNORECASE,
)
_IMPERSONAL = re.compile(r"^\s*(?:it (?:was|is|has been)|there (?:was|is)|было|отмечалось)\b", re.IGNORECASE)
_PRONOUN = {"he", "she", "him", "her", "his", "он", "она", "его", "её", "ее"}
_PLURAL_PRONOUN = {"they", "their", "они", "их"}
_FIRST_PERSON_PRONOUN = {"we", "i", "мы", "я"}
# Collective speakers that "they" refers back to.
_COLLECTIVE = re.compile(
    r"\b(?:the\s+)?(participants|ministers|heads of state|heads of government|member states|sides|parties|"
    r"leaders|experts|delegations|delegates|members|council|organisations|organizations)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"^\s*[\"“«]?\s*(?:we|i|our|my|мы|я|наш\w*|считаем|предлагаю|предлагаем)\b", re.IGNORECASE)
#: An answer's prefix in an interview ("A:", "Answer:", "Ответ:"), and a named one ("Imanaliyev (on Afghanistan):").
ANSWER_PREFIX = re.compile(r"^\s*(?:A|Answer|Ответ|О)\s*[:.–—-]\s*", re.IGNORECASE)
_QUOTED = re.compile(r"[“«„][^”»“]*[”»]|\"[^\"]*\"")
_LEADING = re.compile(r"^(?:and|but|also|then|further|meanwhile|moreover|in turn|as|и|а|также|как)\s+", re.IGNORECASE)

_CLAUSE_NUMBER = re.compile(r"^\(?\d{1,3}[.)]\s*")
# Clause breaks, and the end of a wire dateline ("TASHKENT, May 14 (UzA) -- ", "МОСКВА, 5 июня. /ТАСС/. ").
_CLAUSE_BREAK = re.compile(
    r"[,;:–—(]\s+(?!член)|\s[–—]\s(?!член)|\s--\s|\(\w[\w ./-]{0,24}\)\s*(?:--|[-–—:])\s|/\w[\w -]{0,24}/\.?\s|[“”\"«»]"
)
#: Verb forms that are nouns after these words ("the member states", "our plans", "with the support").
_NOUN_VERBS = {"states", "notes", "plans", "support", "plan", "note"}
_NOUN_MARKERS = {
    "member",
    "united",
    "the",
    "these",
    "those",
    "all",
    "our",
    "their",
    "its",
    "his",
    "her",
    "other",
    "participating",
    "neighbouring",
    "neighboring",
    "arab",
    "gulf",
    "founding",
    "observer",
    "several",
    "many",
    "some",
    "both",
    "of",
    "and",
    "such",
    "your",
    "my",
    "a",
    "an",
    "with",
}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Speaker (or None), reporting verb (or None), kind of one statement, and the speaker's type."""

    speaker: str | None
    verb: str | None
    kind: StatementKind
    speaker_type: SpeakerType | None = None


def _clean(phrase: str) -> str:
    phrase = " ".join(phrase.strip(' ,;:–—-"“”«»').split())
    phrase = _CLAUSE_NUMBER.sub("", phrase)  # a clause number
    phrase = _LEADING.sub("", phrase)
    if phrase[:4].lower() == "the ":
        phrase = "the " + phrase[4:]
    return phrase


_SPEAKER_STARTS = {"the", "he", "she", "we", "i", "they", "он", "она", "они", "мы", "я"}


@dataclass(frozen=True, slots=True)
class _Verb:
    """A reporting verb found in a sentence: where it starts and the words as written."""

    start: int
    text: str

    def group(self, _: int) -> str:
        return self.text


def _find_verb(sentence: str) -> _Verb | None:
    """The first reporting verb or phrase of ``sentence`` (the longest one at that place), by word look-up.

    Much faster than one regular expression of all the verbs, which matters on long documents.
    """
    lowered = _TOKEN.findall(sentence.lower())
    for i, word in enumerate(lowered):
        if word not in _VERB_SET and word not in _PHRASE_STARTS:
            continue
        if word in {"states"} and i > 0 and lowered[i - 1] in _NOUN_MARKERS:
            continue  # "the member states", "our plans": a noun, not a reporting verb
        longest = min(_LONGEST_VERB, len(lowered) - i) if word in _PHRASE_STARTS else 1
        for size in range(longest, 0, -1):
            phrase = " ".join(lowered[i : i + size]) if size > 1 else word
            if phrase in _VERB_SET:
                tokens = [m for _, m in zip(range(i + size), _TOKEN.finditer(sentence))]
                return _Verb(tokens[i].start(), sentence[tokens[i].start() : tokens[-1].end()])
    return None


def _speaker_phrase(sentence: str, verb: _Verb) -> str | None:
    """The noun phrase governing ``verb``: what stands before it since the last clause break.

    When that is a parenthetical or participle clause ("Айдарбеков, открывая заседание, отметил",
    "Российский министр, в свою очередь, высказался"), a person or office named before it is taken.
    """
    segments = [s for s in _CLAUSE_BREAK.split(sentence[: verb.start]) if s.strip()]
    if not segments:
        return None
    phrase = _noun_phrase(segments[-1])
    if phrase or len(segments) < 2 or not segments[-1].strip()[:1].islower():
        return phrase
    earlier = _noun_phrase(segments[-2])
    if earlier and (person_names(earlier) or _OFFICE.search(earlier) or _SURNAME.fullmatch(earlier)):
        return earlier
    return None


def _noun_phrase(segment: str) -> str | None:
    """``segment`` cleaned as a speaker phrase, or None when it cannot name one."""
    phrase = _clean(segment)
    words = phrase.split()
    if len(words) > 10:  # a long office title before the name ("Union Minister of … Shri Narendra Singh Tomar")
        names = person_names(phrase)
        return names[-1] if names and phrase.endswith(names[-1]) else None
    if not words:
        return None
    while len(words) > 1 and (
        words[-1].lower() in {"has", "have", "had", "also", "further", "again", "then", "is", "was"} | _MODALS
        or words[-1].endswith("ly")
        and words[-1].islower()  # "The ministers strongly believe", "The ministers will"
    ):
        words = words[:-1]
    if not _MODALS.isdisjoint(w.lower() for w in words):  # "The SCO should work for (shared …)" is no subject
        return None
    phrase = " ".join(words)
    # A speaker starts with a capital, "the", or a pronoun; "and …", "to …", "its …" is a clause fragment,
    # unless it holds a person's name ("министр иностранных дел … Э.Б. Абдылдаев").
    first = phrase.split()[0] if phrase else ""
    if not first or not (first[0].isupper() or first.lower() in _SPEAKER_STARTS or person_names(phrase)):
        return None
    return phrase


class _Known:
    """The title and earlier sentences of a statement, and the person names they give, worked out when first needed."""

    __slots__ = ("title", "context", "_names", "_seen")

    def __init__(self, title: str, context: Sequence[str]) -> None:
        self.title = title
        self.context = context
        self._names: list[str] | None = None
        self._seen: str | None = None

    @property
    def names(self) -> list[str]:
        if self._names is None:
            self._names = [name for text in (self.title, *self.context) for name in person_names(text)]
        return self._names

    @property
    def seen(self) -> str:
        if self._seen is None:
            self._seen = f"{self.title} {' '.join(self.context)}"
        return self._seen


def _resolve(phrase: str, known: _Known) -> str:
    """A full person name for a pronoun, a title or a surname, when the document gives one.

    ``known`` holds the person names met so far and the text they come from.
    """
    lower = phrase.lower()
    first_word = lower.split()[0] if lower.split() else ""
    if first_word in _PLURAL_PRONOUN:
        groups = _COLLECTIVE.findall(known.seen)
        return f"the {groups[-1].lower()}" if groups else phrase
    if first_word in _FIRST_PERSON_PRONOUN:
        names = known.names
        return names[0] if names else phrase
    own = person_names(phrase)
    if own:
        surname = own[-1].split()[-1]
        full = next((n for n in reversed(known.names) if n.split()[-1] == surname and len(n) >= len(own[-1])), None)
        return full or own[-1]
    if lower in _PRONOUN:
        names = known.names
        return names[-1] if names else phrase
    words = [w.strip(".,") for w in phrase.split()]
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in _TITLE_WORDS]
    if len(capitalised) == 1:  # "Mr. Norov", "Norov"
        surname = capitalised[0]
        full = next((n for n in reversed(known.names) if n.split()[-1] == surname), None)
        if full:
            return full
    if lower.startswith("the ") and any(w.lower() in _TITLE_WORDS - {"the", "of"} for w in words[1:]):
        title = words[-1]
        titled = [n for n in known.names if re.search(rf"{re.escape(title)}\s+{re.escape(n)}", known.seen)]
        if titled:
            return titled[-1]
    return phrase


def _group_nominative(phrase: str) -> str:
    """A Russian group word after "по мнению" back in the nominative ("участников" → "участники"), when listed."""
    lower = phrase.lower()
    if lower.endswith(("их", "ых")):
        nominative = lower[:-1] + "е"
    elif lower.endswith(("ов", "ев")):
        nominative = lower[:-2] + ("и" if lower[-3:-2] in "кгхжшчщ" else "ы")
    else:
        return phrase
    return nominative if nominative in GROUP_WORDS else phrase


def names_the_source_before(sentence: str) -> bool:
    """Whether ``sentence`` names the source of the one before it ("Об этом заявил X.", "This was stated by X.")."""
    match = _THIS_BY.match(sentence)
    return match is not None and _find_verb(match.group("verb")) is not None


def strip_answer_prefix(text: str) -> str:
    """``text`` without an interview answer's "A:", "Answer:" or "Ответ:" prefix."""
    return ANSWER_PREFIX.sub("", text, count=1)


def _mask_quotes(sentence: str) -> str:
    """``sentence`` with quoted passages blanked out (same length), so no verb is taken from inside a quotation."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], sentence)


def _document_speaker(title: str, known: _Known) -> str | None:
    """The speaker of a first-person statement: the one the title names, else the first person named."""
    speaker = title_speaker(title)
    if speaker:
        return speaker
    names = known.names
    return names[0] if names else None


def attribute(sentence: str, context: Sequence[str] = (), *, title: str = "", kind: bool = True) -> Attribution:
    """Speaker, reporting verb and kind of ``sentence``.

    ``context`` holds the document's sentences before this one (for resolving
    "he", "the Secretary-General", "Mr. Norov"), ``title`` the document's title
    (for the speaker of a first-person speech or interview). ``kind=False`` skips the kind of statement
    (it is then "fact"), for sentences attributed only as context.
    """
    answer = ANSWER_PREFIX.match(sentence) is not None
    sentence = strip_answer_prefix(sentence)
    known = _Known(title, context)  # the names are looked up only when a phrase needs them
    sort: StatementKind = statement_kind(sentence) if kind else "fact"
    lower = sentence.lower()
    according = _ACCORDING.search(sentence) if "according" in lower or " of " in lower or "по " in lower else None
    if according:
        phrase = according.group(1) or according.group(2)
        source = _resolve(_group_nominative(_clean(phrase)), known)
        unresolved = source.lower() in _PRONOUN | _PLURAL_PRONOUN  # "In his view" with nobody named before
        return Attribution(None if unresolved else source, "according to", sort)
    this_by = _THIS_BY.match(sentence)
    if this_by and _find_verb(this_by.group("verb")):  # "Об этом заявил глава МИД России Сергей Лавров …"
        rest = sentence[this_by.end() :]
        named = person_names(rest)
        source = named[0] if named else _clean(_PHRASE_END.split(rest, maxsplit=1)[0])
        return Attribution(_resolve(source, known), this_by.group("verb").lower(), sort)
    as_verb = _AS_VERB.match(sentence)
    if as_verb and _find_verb(as_verb.group("verb")):  # "Как отметил министр … Жээнбек Кулубаев, …"
        named = person_names(as_verb.group("speaker"))
        after = named[-1] if named else _clean(as_verb.group("speaker"))
        return Attribution(_resolve(after, known), as_verb.group("verb").lower(), sort)
    closing = _QUOTE_CLOSE.search(sentence) if any(q in sentence for q in '”"»’') else None
    if closing:
        speaker = closing.group("sp1") or closing.group("sp2")
        verb = closing.group("verb1") or closing.group("verb2")
        if closing.group("sp1"):  # "…», – заявил заместитель министра обороны РФ Александр Фомин.": the name,
            rest = sentence[closing.start("sp1") :].rstrip(" .!")  # else the whole phrase after the verb
            whole = rest if len(rest.split()) <= 8 else speaker
            speaker = next(iter(person_names(rest)), whole)
        return Attribution(_resolve(_clean(speaker), known), verb.lower(), sort)
    if answer and (speaker := _document_speaker(title, known)):
        return Attribution(speaker, None, sort)
    if _IMPERSONAL.match(sentence):  # "It is planned to …", "It was noted that …": nobody is named
        return Attribution(None, None, sort)
    masked = _mask_quotes(sentence)
    verb = _find_verb(masked)
    if verb:
        phrase = _speaker_phrase(masked, verb)
        if phrase:
            return Attribution(_resolve(phrase, known), verb.group(1).lower(), sort)
    if _FIRST_PERSON.match(sentence) and (speaker := _document_speaker(title, known)):
        return Attribution(speaker, None, sort)
    return Attribution(None, verb.group(1).lower() if verb else None, sort)
