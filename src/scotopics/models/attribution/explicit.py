"""Whether the rules named a statement's speaker in the sentence itself, so that no ranking is needed.

"Vladimir Norov stressed that …" is Vladimir Norov's and '"…," the ministry said' the ministry's; a "he", a
group or a sentence without a reporting verb goes through the resolver's ranking instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import person_names
from .plausibility import plausible
from .rules import Attribution
from .speaker_types import speaker_type

__all__ = ["explicit", "speaker_inside", "word_position", "is_word_character"]


#: The end of a quotation right before its source ('"…," the ministry said').
_AFTER_QUOTATION = re.compile(r"[”\"»][\s,–—-]*$")


#: A speaker's own voice before a group ("In my view, the members should …"): the group is what he says.
_FIRST_PERSON = re.compile(r"\b(?:i|my|we|our|me|я|мы|мой|моему|наш\w*)\b")
#: The endings a surname the rules named may take in the sentence ("Норов", "Норова", "Норовым").
_SURNAME_CASE_ENDINGS = ("", "а", "у", "ым", "ом", "е", "ой")


def is_word_character(text: str, at: int) -> bool:
    """Whether ``text`` holds a word character at ``at`` (not before the start nor after the end)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def word_position(text: str, word: str, endings: Sequence[str] = ("",), start: int = 0) -> int:
    """Where ``word`` first stands in ``text`` (from ``start``) as a word of its own, followed by one of ``endings``
    (-1: nowhere).

    The same as a regular expression ``\\bword(?:endings)\\b``, without compiling one for every name and verb.
    """
    at = text.find(word, start)
    while at >= 0:
        if is_word_character(text, at - 1) != is_word_character(text, at):
            end = at + len(word)
            for ending in endings:
                after = end + len(ending)
                word_ends = is_word_character(text, after - 1) != is_word_character(text, after)
                if text.startswith(ending, end) and word_ends:
                    return at
        at = text.find(word, at + 1)
    return -1


def explicit(rule: Attribution, sentence: str) -> bool:
    """Whether the rules found the speaker named in the sentence itself, as the subject of its reporting verb.

    Such a sentence needs no ranking: "Vladimir Norov stressed that …" is Vladimir Norov's, "…, said the
    Foreign Office" the Foreign Office's. A "he", "we", a group, a title resolved to a person, or a sentence
    without a reporting verb goes through the resolver, which weighs the earlier sentences, the title and
    the genre.
    """
    speaker = rule.speaker
    lowered = sentence.lower()
    if not (rule.verb and speaker):
        return False
    kind = speaker_type(speaker)
    if kind == "person":  # named in full, or by the surname the rules resolved ("Mr Alimov noted" → Rashid Alimov)
        at = word_position(lowered, speaker.split()[-1].lower(), _SURNAME_CASE_ENDINGS)
    else:
        at = lowered.find(speaker.lower())
    if at < 0:
        return False
    if kind in ("office_or_body", "group") and plausible(speaker, kind) and _AFTER_QUOTATION.search(lowered, 0, at):
        return True  # the source that closes a quotation ('"…," the ministry said on its Telegram channel')
    if kind == "office_or_body" and plausible(speaker, kind) or kind == "document":
        # A source named after its verb (", said the Foreign Office in a statement", "…, said the report"):
        # the wire's attribution
        verb_at = lowered.rfind(rule.verb.lower(), 0, at)
        if verb_at == 0:  # "According to the Ministry, the chairmanship will last …" is the ministry's; "According to
            return not person_names(sentence[at + len(speaker) :])  # the government, Rajnath Singh called …" his
        return verb_at > 0
    fronted = lowered[:at].rstrip().endswith((",", " -", "–", "—")) and not _FIRST_PERSON.search(lowered, 0, at)
    # (after a fronted phrase or a dateline: "ISLAMABAD - The SCO member states …"; not "In my view, …")
    opens = at <= 4 or fronted and _AFTER_QUOTATION.search(lowered, 0, at) is None
    if kind == "group" and opens and lowered.find(rule.verb.lower(), at) > at and plausible(speaker, kind):
        return True  # "The Heads of State spoke in favour of …": a group that opens the sentence (or its main clause,
        # after a fronted circumstance: "Following the summit in Qingdao, the SCO heads of state noted …") and speaks
    return kind == "person" and plausible(speaker, "person")


def speaker_inside(whole: Attribution, text: str, opening: Attribution, sentence: str) -> bool:
    """Whether a quotation over several sentences speaks for the speaker its first ``sentence`` names: the
    whole ``text`` names none ('"The Member States reaffirm …. They believe …," the declaration read.'), or
    an aside inside it does ('«…, – заметил Марат Шибутов, политолог. – Мы не …»'), or the quotation is a
    body's report of what a person said ('«Министр … Айдарбеков … озвучил …», — заявили в пресс-службе')."""
    if not explicit(opening, sentence):
        return False
    if whole.speaker is None:
        return True
    return speaker_type(opening.speaker) == "person" and not (
        explicit(whole, text) and speaker_type(whole.speaker) == "person"
    )
