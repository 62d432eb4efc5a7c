"""Groups a text names that may speak: "the heads of delegation", "the leaders of the member states", "страны ШОС".

:func:`group_mentions` finds a group word (:data:`~.names.GROUP_WORDS`) with the determiner or capitalised words
before it and its tail ("of the member states"), and leaves out groups that are objects of a preposition, part of a
body's name, inside a quoted title, or bare members of something ("the way its member states engage").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names import GROUP_WORDS
from .noun_phrases import SENTENCE_ADVERBS
from .openers import PLACE_PREPOSITIONS, WORD
from .quoted_titles import quoted_title_spans

__all__ = ["group_mentions"]

_GROUP_TAIL = re.compile(
    r"(?i)\s+of\s+(?:the\s+)?(?:sco\s+)?(?:member\s+states|states?|government|delegations?|the\s+council)\b"
    r"|\s+государств(?:\s*[–—-]\s*членов)?(?:\s+(?:ШОС|Шанхайской организации сотрудничества))?|\s+делегаций"
    r"|(?-i:\s+(?:ШОС|СНГ|ОДКБ|БРИКС)\b)"  # ("страны ШОС")
)
_DETERMINERS = frozenset({"the", "all", "both", "several", "some", "many", "other"})
#: Offices held under a head ("заместитель главы", "советник главы").
_DEPUTY = ("заместител", "советник", "помощник", "пресс-секретар")
_PREPOSITIONS = frozenset("of between among to with for from by against между для с со к ко от против".split())
#: Group words that, in lower case and alone, are the members of something, not a group that speaks.
_BARE_MEMBERS = frozenset({"states", "members", "countries", "страны", "члены", "государства"})


#: A word that opens with a Cyrillic letter (a Russian group word, "стороны").
_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
#: Lower-case words that make part of a group's name ("member states", "participating countries").
_GROUP_MODIFIERS = frozenset({"member", "participating", "founding", "observer"})


@lru_cache(maxsize=4096)
def group_mentions(text: str) -> tuple[str, ...]:
    """Groups named in ``text`` ("the heads of delegation", "the leaders of the member states")."""
    found = []
    titles = quoted_title_spans(text)
    for match in WORD.finditer(text):
        if match.group(0).lower() not in GROUP_WORDS:
            continue
        if any(start <= match.start() < end for start, end in titles):
            continue  # "the project “Spiritual Relics of the SCO States”": a name, no group that speaks
        preceding = text[max(0, match.start() - 80) : match.start()].split()[-4:]
        before = preceding[-3:]
        cut = max((k + 1 for k, w in enumerate(before) if w.endswith((",", ";", ":", ".", "!", "?"))), default=0)
        before = before[cut:]  # "During the meeting, the heads of delegation": the group starts after a comma
        if before and before[-1].lower().endswith(("ой", "ей")) and match.group(0).lower() == "стороны":
            continue  # "вклад российской стороны": one side, in the genitive, not "the sides"
        if before and match.group(0).lower() == "главы" and before[-1].lower().startswith(_DEPUTY):
            continue  # "Заместитель главы Минсельхоза": the deputy of one head, an office, not "the heads"
        if before and before[-1].lower().startswith("глав") and match.group(0).lower() == "государства":
            continue  # "Глава государства": one head of state, an office, not "the states"
        if before and before[-1].lower() in _PREPOSITIONS:
            continue  # "the territorial integrity of states": the object of a preposition says nothing
        start = next((k for k, w in enumerate(before) if w.lower().lstrip('“"«(') in _DETERMINERS), None)
        if start is not None:
            word_before = len(preceding) - len(before) + start - 1
            if word_before >= 0 and preceding[word_before].lower() in PLACE_PREPOSITIONS | _PREPOSITIONS:
                continue  # "the situation in the SCO member states": a group after a preposition is no speaker
        if start is None:  # capitalised words right before: "Kazakh and Uzbek companies", "Participants"
            start = len(before)
            while start > 0 and (before[start - 1][:1].isupper() or before[start - 1] in {"and", "и"}):
                if before[start - 1].lower() in SENTENCE_ADVERBS:
                    break  # "Однако члены ШОС": the connective is not part of the group
                if before[start - 1].endswith(","):  # "We, the heads …": the pronoun is not part of the group
                    break
                if before[start - 1].isupper() and _CYRILLIC.match(match.group(0)):
                    break  # "В ходе заседания СМИД ШОС стороны": Russian puts no initials before its group
                start -= 1
            while start < len(before) and not before[start][:1].isupper():
                start += 1
            named_from = start - (start > 0 and before[start - 1].lower() in _GROUP_MODIFIERS)  # ("heads of member
            if 0 < named_from < len(before) and before[named_from - 1].lower() in _PREPOSITIONS:  # states", after "of")
                continue  # "the SCO Council of Foreign Ministers": part of a body's name, no group that speaks
        tail = _GROUP_TAIL.match(text, match.end())
        end = tail.end() if tail else match.end()
        if start == len(before) and end == match.end() and match.group(0) in _BARE_MEMBERS:
            continue  # "the way its member states engage": "states" alone names no one who speaks
        found.append(" ".join([*before[start:], text[match.start() : end]]).lstrip('“"«('))
        if len(found) == 3:
            break
    return tuple(found)
