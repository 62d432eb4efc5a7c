"""Whom a speaker phrase refers to: "he" to the person reported before, "they" to the group, "we" to the speaker
quoted just before, "Mr. Norov" or "the Secretary-General" to the full name the document gave.

:func:`resolve_phrase` reads the sentences before a statement (:class:`~.known.Known`) and returns the full name or
group it finds, else the phrase as written.
"""

from __future__ import annotations

import re

from .carriers import carries_news
from .known import PRONOUN_LOOK_BACK, Known, since_subject
from .marks import OPENS_WITH_QUOTE, mask_quotes
from .names import LATIN_SURNAME, another_person, nominative_of, person_names, surname_key
from .names import TITLE_WORDS as _TITLE_WORDS
from .offices import another_office
from .reported_subjects import sentence_subject, subject_phrase
from .speaker_types import speaker_type, titled_surname
from .subjects import OFFICE_WORDS, RUSSIAN_OFFICE_NOUNS
from .titles import repeated_surname
from .transcripts import strip_answer_prefix

__all__ = ["resolve_phrase", "PRONOUNS", "PLURAL_PRONOUNS", "FIRST_PERSON_PRONOUNS"]

#: A person named inside a subject by a participle ("The Initiative proposed by President Xi").
_BY_SOMEONE = re.compile(r"\b[a-z]+ed\s+by\s+")
#: Words for the person before: "he", "she" and their cases, "спикер" ("– сказал спикер"), "His Excellency".
PRONOUNS = {"he", "she", "him", "her", "his", "он", "она", "его", "её", "ее", "спикер", "his excellency"}
PLURAL_PRONOUNS = {"they", "them", "their", "они", "их"}
FIRST_PERSON_PRONOUNS = {"we", "i", "мы", "я"}
# Collective speakers that "they" refers back to.
_COLLECTIVE = re.compile(
    r"\b(?:the\s+)?(participants|ministers|heads of state|heads of government|member states|sides|parties|"
    r"leaders|experts|delegations|delegates|members|council|organisations|organizations)\b",
    re.IGNORECASE,
)


#: What a body owns or is made of, before its plural ("the secretariats of the two organizations", "the key issues
#: of the organizations existence"): the bodies named there are no speakers that "they" refers back to.
_OF_BEFORE = re.compile(r"(?i)\bof\s+(?:the\s+)?(?:two\s+|both\s+|our\s+|these\s+)?$")


def _owned_body(text: str, found: re.Match[str]) -> bool:
    """Whether the collective ``found`` in ``text`` is a body named after "of" ("… of the two organizations")."""
    return found.group(1).lower().startswith("organi") and _OF_BEFORE.search(text, 0, found.start()) is not None


def resolve_phrase(phrase: str, known: Known) -> str:
    """A full person name for a pronoun, a title or a surname, when the document gives one.

    ``known`` holds the person names met so far and the text they come from.
    """
    lower = phrase.lower()
    first_word = lower.split()[0] if lower.split() else ""
    if first_word in PLURAL_PRONOUNS:
        group = _previous_group(known)
        if group:
            return group
        groups = [m.group(1) for m in _COLLECTIVE.finditer(known.seen) if not _owned_body(known.seen, m)]
        return f"the {groups[-1].lower()}" if groups else phrase
    if first_word in FIRST_PERSON_PRONOUNS:
        return _quoted_before(known) or (known.names[0] if known.names else phrase)
    own = person_names(phrase)
    if own:
        key = surname_key(own[-1])
        full = next((n for n in reversed(known.names) if surname_key(n) == key and len(n) >= len(own[-1])), None)
        full = None if full and another_person(own[-1], full) else full  # (not the father: "Mohammed bin Salman")
        return nominative_of(full, own[-1].split()[-1]) if full else own[-1]  # ("Х. Худоёрзода" of "Худоёра …")
    if lower == "it":  # '"…," it added.' after "…, a foreign office statement said": the statement
        return _previous_publication(known) or phrase
    if lower in PRONOUNS:
        subject = _previous_subject(known) or _last_reporter(known)
        if subject:
            return subject
        names = known.names
        return names[-1] if names else phrase
    words = [w.strip(".,") for w in phrase.split()]
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in _TITLE_WORDS]
    if len(capitalised) == 1:  # "Mr. Norov", "Norov"
        key = surname_key(capitalised[0])
        full = next((n for n in reversed(known.names) if surname_key(n) == key), None)
        if full:  # (in the nominative the surname gives: "Саркисян" of the lead's "Тиграна Саркисяна")
            return nominative_of(full, capitalised[0])
    if lower.startswith("the ") and any(w.lower() in _TITLE_WORDS - {"the", "of"} for w in words[1:]):
        deputy = r"(?i:deputy)\s+" if "deputy" in lower.split() else ""  # the deputy, not the Secretary-General
        post = re.escape(words[-1])  # with the word that qualifies it: "the Prime Minister" is no "Foreign Minister"
        if len(words) > 2 and words[-2][:1].isupper() and words[-2].lower() not in ("the", "of", "deputy"):
            post = rf"{re.escape(words[-2])}\s+{post}"
        titled = [
            n
            for n in known.names
            for at in re.finditer(rf"{deputy}{post}\s+{re.escape(n)}", known.seen)
            if not another_office(phrase, known.seen, at.start())  # "the Minister" is not the Prime Minister
        ]
        if titled:
            return titled[-1]
    return phrase


#: A publication or a body that publishes, as a sentence names it ("a foreign office statement", "the joint
#: statement", "the official Saudi Press Agency"): what "it" refers to when it speaks.
_PUBLICATION = re.compile(
    r"(?i)\b(?:the|a|an|its)\s+((?:(?!(?:the|a|an)\s)[\w’'-]+\s+){0,4}?(?:statement|declaration|communiqu[eé]|press\s+release|report"
    r"|ministry|foreign\s+office|agency|press\s+service|secretariat|release)\b)"
)


def _previous_publication(known: Known) -> str | None:
    """What "it" refers to when it speaks: the publication or publishing body the nearest earlier sentence names
    last, within :data:`~.known.PRONOUN_LOOK_BACK` sentences; nothing after a sentence a country opens."""
    for sentence in reversed(known.context[-PRONOUN_LOOK_BACK:]):
        opening = re.match(r"[\w’'-]+", sentence)
        if opening and speaker_type(opening.group(0)) == "country":
            return None  # "India reiterated …, the statement said. It also conveyed …": India, not the statement
        found = _PUBLICATION.findall(sentence)
        if found:
            return f"the {found[-1]}"
    return None


def _previous_group(known: Known) -> str | None:
    """Who "they" refers to: the group that is the subject of the nearest earlier sentence with a group or
    person as subject ("The Heads of Delegation considered …. The meeting emphasized …. They reaffirmed …")."""
    for sentence in reversed(known.context[-PRONOUN_LOOK_BACK:]):
        phrase = subject_phrase(sentence)
        if phrase is None or phrase.lower() in PLURAL_PRONOUNS:
            continue
        kind = speaker_type(phrase)
        if kind == "group" and not carries_news(phrase):  # ("Media reports say …. They reportedly …": not the
            return phrase  # reports)
        if kind == "person":
            return None  # a person spoke last: leave "they" to the groups named before
    return None


#: The subject's own words inside his sentence ("…, praising what he described as …", "as he put it").
_HIS_OWN_WORDS = re.compile(r"(?i)\b(?:what|as|which)\s+(?:he|she)\s+(?:described|called|termed|put|said)\b")


def _named(phrase: str | None, known: Known) -> bool:
    """Whether ``phrase`` (no pronoun) resolves to a person's name."""
    pronouns = PRONOUNS | FIRST_PERSON_PRONOUNS | PLURAL_PRONOUNS
    return phrase is not None and phrase.lower() not in pronouns and bool(person_names(resolve_phrase(phrase, known)))


def _previous_subject(known: Known) -> str | None:
    """Who "he" or "she" refers to: the person or office that is the subject of the nearest earlier sentence
    with one ("The WHO representative said …. She called for …"), not the last name mentioned in passing.
    At the start of a document the title is the sentence before ("Генсек ШОС высказался …" / "Как он рассказал …")."""
    earlier = since_subject(known.context)
    if len(known.context) < PRONOUN_LOOK_BACK and known.title:
        earlier = [known.title, *earlier]
    for sentence in reversed(earlier):
        reported = subject_phrase(sentence)
        opening = sentence_subject(mask_quotes(strip_answer_prefix(sentence)))
        if reported and reported.lower() in PRONOUNS and _HIS_OWN_WORDS.search(sentence) and _named(opening, known):
            reported = opening  # "Putin met Pashinyan, praising what he described as …": Putin, the subject
        phrase = reported or opening
        if phrase is None:
            continue
        if phrase.lower() in PRONOUNS | FIRST_PERSON_PRONOUNS | PLURAL_PRONOUNS or _BY_SOMEONE.search(phrase):
            continue  # the same person again ("we" quoted), or "The initiative proposed by President X": look back
        resolved = resolve_phrase(phrase, known)
        if person_names(resolved) or speaker_type(resolved) == "person" or titled_surname(resolved):
            return resolved  # a full name, a surname alone ("…, Zhang said.") or after a post ("PM Modi")
        keys = {surname_key(word) for word in resolved.split()}
        named = next((n for n in reversed(known.names) if surname_key(n) in keys), None)
        if named:
            return named  # "In his remarks Mr Nurgaliyev": the person named before
        setting = re.search(rf"\b{re.escape(resolved)}\s+in\s+(?:his|her)\s", sentence) if reported else None
        times = 1 if sentence is earlier[-1] and LATIN_SURNAME.fullmatch(resolved) else 2  # (once is enough in the
        # sentence right before: "Modi expressed happiness …. '…,' he said.")
        if setting and LATIN_SURNAME.fullmatch(resolved) or reported and repeated_surname(resolved, known.seen, times):
            return resolved  # "Asif in his meeting … said", "Erdoğan criticized …": a surname alone, given before
        # "The WHO representative", "Генсек ШОС высказался": an office as written (a Russian one only as the
        # subject of a reporting verb, its holder may follow); any other head is too unsure to beat the last name
        kind = speaker_type(resolved)
        if kind != "office_or_body" or not _PERSONAL_OFFICE.search(resolved):
            if person_names(sentence) and not _BY_SOMEONE.search(sentence):
                return None  # a person named in this sentence, not as its subject: the last name mentioned
                # (but not one named after "proposed by", as in "The Initiative proposed by President Xi …")
            continue  # "he" is no group, country or body ("The member states", "The organization"): look back
        head = resolved.split()[:2]  # "Генеральный секретарь ШОС": an adjective may come first
        russian = reported is not None and any(w.lower().strip(",") in _RUSSIAN_OFFICE_HEADS for w in head)
        headed = resolved.lower().startswith("the ") or russian
        return resolved if headed else None
    return None


_RUSSIAN_OFFICE_HEADS = RUSSIAN_OFFICE_NOUNS | {"секретарь", "источник"}  # ("источник в секретариате ШОС")


def _quoted_before(known: Known) -> str | None:
    """The person quoted in the sentence just before, whose quotation goes on in the first person ('“…,” Khakimov
    told TASS. “We believe …'), rather than the first person the document names."""
    before = known.context[-1] if known.context else ""
    phrase = subject_phrase(before) if OPENS_WITH_QUOTE.match(before) else None
    if not phrase or (phrase.lower().split() or [""])[0] in PRONOUNS | FIRST_PERSON_PRONOUNS:
        return None  # (not "we" again)
    resolved = resolve_phrase(phrase, known)
    return resolved if resolved and person_names(resolved) else None


def _last_reporter(known: Known) -> str | None:
    """The person (or personal office) last reported speaking in the context, for a "he" whose nearer sentences
    name no subject ("Wei said …. The GSI proposed by President Xi …. China is willing …. He stressed …")."""
    for sentence in reversed(known.context):
        phrase = None if _BY_SOMEONE.search(sentence) else subject_phrase(sentence)  # not "proposed by X"
        resolved = "" if phrase is None or phrase.lower() in PRONOUNS else resolve_phrase(phrase, known)
        office = resolved.lower().startswith("the ") and _PERSONAL_OFFICE.search(resolved)
        if resolved and (person_names(resolved) or office):
            return resolved
    return None


#: An office one person holds, which "he" or "she" can refer to (not a body such as a council or ministry).
_PERSONAL_OFFICE = re.compile(
    rf"(?i)\b(?:{OFFICE_WORDS}|(?-i:FM\b)|envoy|representative|spokes|diplomat|leader|head|premier|official|governor|rector|"
    r"commander|coordinator|source|секретар|генсек|глав|представител|дипломат|лидер|руководител|источник)"
)
