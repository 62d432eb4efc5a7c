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

from ..results import StatementKind
from . import lexicon

__all__ = ["Attribution", "attribute", "person_names", "KINDS"]

#: Kinds of statement, in the order they are tested.
KINDS = ("decision", "call", "commitment", "assessment", "fact")

_VERBS = lexicon.entries("reporting_verbs")
_VERB = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _VERBS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\b(?:according to|по словам|по мнению)\s+([^,;:]{2,80}?)\s*,", re.IGNORECASE)
_VERB_ALTERNATIVES = "|".join(sorted(map(re.escape, _VERBS), key=len, reverse=True))
_PHRASE = r"(?:Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Gen\.|[^,.;“”\"«»]){2,80}?"
_QUOTE_CLOSE = re.compile(
    rf"[”\"»’]\s*,?\s*(?:(?P<verb1>{_VERB_ALTERNATIVES})\s+(?P<sp1>{_PHRASE})"
    rf"|(?P<sp2>{_PHRASE})\s+(?:has\s+|had\s+)?(?P<verb2>{_VERB_ALTERNATIVES}))"
    r"(?:\s+[^.]{0,60})?[.!]?$",
    re.IGNORECASE,
)
_IMPERSONAL = re.compile(r"^\s*(?:it (?:was|is|has been)|there (?:was|is)|было|отмечалось)\b", re.IGNORECASE)
_PRONOUN = {"he", "she", "him", "her", "он", "она"}
_PLURAL_PRONOUN = {"they", "они"}
_FIRST_PERSON_PRONOUN = {"we", "i", "мы", "я"}
# Collective speakers that "they" refers back to.
_COLLECTIVE = re.compile(
    r"\b(?:the\s+)?(participants|ministers|heads of state|heads of government|member states|sides|parties|"
    r"leaders|experts|delegations|delegates|members|council|organisations|organizations)\b",
    re.IGNORECASE,
)
# Capitalised words that make a sequence an organisation, place or document rather than a person.
_NOT_PERSON = lexicon.words("not_person_words")
_FIRST_PERSON = re.compile(r"^\s*[\"“«]?\s*(?:we|i|our|мы|я|наш\w*)\b", re.IGNORECASE)

# Words that are part of a title or an office, not of a person's name.
_TITLE_WORDS = lexicon.words("title_words")
_NAME = re.compile(
    r"\b((?:[A-Z][a-z’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'\-]+|[A-Z]\.|bin|al-\w+|de|van|von)){1,3})\b"
    r"|(?<![\w-])((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)"
)
_LEADING = re.compile(r"^(?:and|but|also|then|further|meanwhile|moreover|in turn|и|а|также)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Speaker (or None), reporting verb (or None) and kind of one statement."""

    speaker: str | None
    verb: str | None
    kind: StatementKind


def _bare(word: str) -> str:
    """A word lower-cased, without a possessive ending or trailing punctuation."""
    return word.lower().strip(".,").removesuffix("’s").removesuffix("'s")


def person_names(text: str) -> list[str]:
    """Full person names (two to four capitalised words, titles removed) in order of appearance."""
    names = []
    for match in _NAME.finditer(text):
        if text[max(0, match.start() - 5) : match.start()].lower().endswith("dear "):
            continue  # a salutation names the listener, not the speaker
        words = [w for w in (match.group(1) or match.group(2)).split() if w.lower().strip(".,") not in _TITLE_WORDS]
        if (
            len(words) >= 2
            and not all(w.endswith(".") for w in words)
            and not any(_bare(w) in _NOT_PERSON for w in words)
        ):
            names.append(" ".join(words))
    return names


def _kind(sentence: str) -> StatementKind:
    lower = sentence.lower()
    if re.search(
        r"\b(?:decided|approved|adopted|signed|endorsed|ratified|agreed to|agreed on|decision|"
        r"утвердил\w*|одобрил\w*|подписал\w*|решил\w*|договорил\w*|принял\w* решени\w*)\b",
        lower,
    ):
        return "decision"
    if re.search(
        r"\b(?:call(?:ed|s)? (?:on|for|upon)|urge[sd]?|appeal(?:ed|s)?|propos(?:ed|es|al)|"
        r"suggest(?:ed|s)?|призвал\w*|призыва\w*|предложил\w*|предлага\w*)\b",
        lower,
    ):
        return "call"
    if re.search(
        r"\b(?:will|shall|plan(?:s|ned)?|intend(?:s|ed)?|ready to|committed to|determined to|aim(?:s|ed)? to|"
        r"it is planned|будет|будут|планиру\w*|намерен\w*|готов\w*)\b",
        lower,
    ):
        return "commitment"
    if re.search(
        r"\b(?:noted|stressed|emphasi[sz]ed|underlined|believes?|considers?|expressed|assessed|welcomed|"
        r"important|concern|confiden\w+|should|must|necessary|отметил\w*|подчеркнул\w*|счита\w*|"
        r"выразил\w*|важн\w*|необходим\w*|должн\w*)\b",
        lower,
    ):
        return "assessment"
    return "fact"


def _clean(phrase: str) -> str:
    phrase = " ".join(phrase.strip(' ,;:–—-"“”«»').split())
    phrase = re.sub(r"^\(?\d{1,3}[.)]\s*", "", phrase)  # a clause number
    phrase = _LEADING.sub("", phrase)
    if phrase[:4].lower() == "the ":
        phrase = "the " + phrase[4:]
    return phrase


_SPEAKER_STARTS = {"the", "he", "she", "we", "i", "they", "он", "она", "они", "мы", "я"}


def _speaker_phrase(sentence: str, verb: re.Match[str]) -> str | None:
    """The noun phrase governing ``verb``: what stands before it since the last clause break."""
    before = sentence[: verb.start()]
    before = re.split(r"[,;:–—(]\s+|\s[–—]\s|[“”\"«»]", before)[-1]
    phrase = _clean(before)
    words = phrase.split()
    if not words or len(words) > 10:
        return None
    if words[-1].lower() in {"has", "have", "had", "also", "further", "again", "then", "is", "was"}:
        phrase = " ".join(words[:-1])
    # A speaker starts with a capital, "the", or a pronoun; "and …", "to …", "its …" is a clause fragment.
    first = phrase.split()[0] if phrase else ""
    if not first or not (first[0].isupper() or first.lower() in _SPEAKER_STARTS):
        return None
    return phrase


def _resolve(phrase: str, names: Sequence[str], seen: str) -> str:
    """A full person name for a pronoun, a title or a surname, when the document gives one.

    ``names`` are the person names met so far, ``seen`` the text they come from.
    """
    lower = phrase.lower()
    first_word = lower.split()[0] if lower.split() else ""
    if first_word in _PLURAL_PRONOUN:
        groups = _COLLECTIVE.findall(seen)
        return f"the {groups[-1].lower()}" if groups else phrase
    if first_word in _FIRST_PERSON_PRONOUN:
        return names[0] if names else phrase
    own = person_names(phrase)
    if own:
        surname = own[-1].split()[-1]
        full = next((n for n in reversed(names) if n.split()[-1] == surname and len(n) >= len(own[-1])), None)
        return full or own[-1]
    if lower in _PRONOUN:
        return names[-1] if names else phrase
    words = [w.strip(".,") for w in phrase.split()]
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in _TITLE_WORDS]
    if len(capitalised) == 1:  # "Mr. Norov", "Norov"
        surname = capitalised[0]
        full = next((n for n in reversed(names) if n.split()[-1] == surname), None)
        if full:
            return full
    if lower.startswith("the ") and any(w.lower() in _TITLE_WORDS - {"the", "of"} for w in words[1:]):
        title = words[-1]
        titled = [n for n in names if re.search(rf"{re.escape(title)}\s+{re.escape(n)}", seen)]
        if titled:
            return titled[-1]
    return phrase


def attribute(sentence: str, context: Sequence[str] = (), *, title: str = "") -> Attribution:
    """Speaker, reporting verb and kind of ``sentence``.

    ``context`` holds the document's sentences before this one (for resolving
    "he", "the Secretary-General", "Mr. Norov"), ``title`` the document's title
    (for the speaker of a first-person speech or interview).
    """
    seen = f"{title} {' '.join(context)}"
    names = person_names(seen)
    kind = _kind(sentence)
    document_speaker = names[0] if names else None
    according = _ACCORDING.search(sentence)
    if according:
        return Attribution(_resolve(_clean(according.group(1)), names, seen), "according to", kind)
    closing = _QUOTE_CLOSE.search(sentence)
    if closing:
        speaker = closing.group("sp1") or closing.group("sp2")
        verb = closing.group("verb1") or closing.group("verb2")
        return Attribution(_resolve(_clean(speaker), names, seen), verb.lower(), kind)
    if _IMPERSONAL.match(sentence):  # "It is planned to …", "It was noted that …": nobody is named
        return Attribution(None, None, kind)
    verb = _VERB.search(sentence)
    if verb:
        phrase = _speaker_phrase(sentence, verb)
        if phrase:
            return Attribution(_resolve(phrase, names, seen), verb.group(1).lower(), kind)
    if _FIRST_PERSON.match(sentence) and document_speaker:
        return Attribution(document_speaker, None, kind)
    return Attribution(None, verb.group(1).lower() if verb else None, kind)
