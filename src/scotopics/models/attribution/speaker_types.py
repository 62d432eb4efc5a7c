"""What kind of speaker a phrase is (person, office or body, country, group, document), and whether a found
speaker matches a marked one."""

from __future__ import annotations

import re
from functools import lru_cache

from ...results import SpeakerType
from .names import (
    CHINESE_SURNAMES,
    COUNTRIES,
    GROUP_WORDS,
    LONE_SURNAME,
    NOT_PERSON,
    TITLE_WORDS,
    bare_word,
    clean_name,
    common_word,
    person_names,
)

__all__ = ["speaker_type", "same_speaker", "titled_surname"]

_DOCUMENT_WORDS = frozenset(
    {
        "declaration",
        "communiqué",
        "communique",
        "statement",
        "report",
        "plan",
        "decision",
        "document",
        "декларация",
        "заявление",
        "документ",
    }
)

#: A surname after an honorific ("Mr Jaishankar", "Dr. Norov", "Shri Goyal").
_HONOURED_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Dr|Shri|Smt)\.?\s+[A-Z][\w’'-]+")
#: A surname written alone, by its Slavic or Central Asian ending ("Lavrov", "Tokayev", "Putin"; not "Kremlin").
_SURNAME_ALONE = re.compile(
    r"(?!Kremlin|Berlin|Dublin|Bahrain|Кремл)[A-ZА-ЯЁ][a-zа-яё]+(?:ov|ev|yev|in|ova|eva|ina|sky|enko|ов|ев|ин|ова|ева|ина|ёв|ский|енко)"
)


#: A state's formal name: its country after "the (Islamic, People's …) Republic of" or "Республика", and the names
#: that hold no country's short name ("the Kyrgyz Republic", "Кыргызская Республика", "the Russian Federation").
_STATE_NAME = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:islamic|people[’']s|federal|democratic)\s+)*republic\s+of\s+(?P<country>\S+(?:\s\S+)?)$"
    r"|^республик[аиеу]\s+(?P<russian>\S+)$"
    r"|^(?:the\s+)?(?:kyrgyz\s+republic|russian\s+federation)$|^(?:кыргызская\s+республика|российская\s+федерация)$"
)


def _state_name(speaker: str) -> bool:
    """Whether ``speaker`` is a state's formal name ("the Republic of Kazakhstan", "Республика Беларусь")."""
    found = _STATE_NAME.match(speaker.strip())
    country = found and (found.group("country") or found.group("russian"))
    return bool(found) and (not country or bare_word(country) in COUNTRIES)


#: Russian posts in the singular that head a phrase before their genitive ("глава государства").
_RUSSIAN_ONE_HOLDER = frozenset("глава председатель руководитель министр посол генсекретарь представитель".split())


@lru_cache(maxsize=8192)
def speaker_type(speaker: str | None) -> SpeakerType | None:
    """What kind of speaker ``speaker`` is: person, office_or_body, country, group or document."""
    if not speaker:
        return None
    words = [bare_word(w) for w in speaker.split()]
    content = [w for w in words if w not in {"the", "a", "an"}]
    if not content:
        return None
    if len(content) <= 5 and all(w in COUNTRIES or w in {"and", "и"} for w in content) or _state_name(speaker):
        return "country"
    if person_names(speaker) and clean_name(speaker) == speaker.strip():
        return "person"
    if content[0] in _DOCUMENT_WORDS or content[-1] in _DOCUMENT_WORDS:
        return "document"
    if content[0] in _RUSSIAN_ONE_HOLDER:
        return "office_or_body"  # "Глава государства", "Председатель правительств …": one holder, not the states
    # The head noun stands before "of" ("the SCO ministers of transport", "the Council of Foreign Ministers").
    before_of = content[: content.index("of", 1)] if "of" in content[1:] else content
    head = content[0] if content[0] in GROUP_WORDS else before_of[-1]
    written = next((w for w in reversed(speaker.split()) if bare_word(w) == head), "") if head != content[0] else ""
    plural = head.endswith("s") and not head.endswith(("ss", "us")) and not written[:1].isupper()
    if head in GROUP_WORDS or (plural and head not in TITLE_WORDS and head not in COUNTRIES):
        return "group"
    alone = speaker.strip()
    if re.fullmatch(r"(?:[А-ЯЁA-Z]\.\s?-?){1,2}\s?\S+", alone) or _SURNAME_ALONE.fullmatch(alone):
        return "person"  # "В.Путин", or a surname alone ("Lavrov said …", "Моргулов")
    if _HONOURED_SURNAME.fullmatch(alone):
        return "person"  # "Mr Jaishankar", "Dr. Norov"
    if alone[:1].isupper() and alone.lower() in CHINESE_SURNAMES and alone.lower() not in {"he", "an"}:
        return "person"  # a Chinese family name alone ("Zhang said …")
    return "office_or_body"


#: Words that are no surname after a post ("President Russia", "Minister Kazakhstan").
_NO_SURNAME = TITLE_WORDS | NOT_PERSON | COUNTRIES


def titled_surname(speaker: str) -> bool:
    """Whether ``speaker`` is a post's words and a surname ("Prime Minister Modi", "President Pezeshkian", "President
    Xi"): a person, whose given name the text may never write."""
    *post, last = speaker.split() or [""]
    chinese = last[:1].isupper() and last.lower() in CHINESE_SURNAMES - {"he", "an"}  # ("President Xi")
    surname = (LONE_SURNAME.fullmatch(last) is not None or chinese) and not common_word(last)
    surname = surname and last.lower() not in _NO_SURNAME
    posted = any(w.lower() not in {"the", "of", "a"} for w in post)  # ("the Conclave" is no post and surname)
    return posted and surname and all(w.lower() in TITLE_WORDS for w in post)


def _normalise(name: str) -> str:
    name = re.sub(r"[^\w\s-]", " ", name.lower())  # "Ts.Elbegdorj" is "Ts Elbegdorj"
    return " ".join(w for w in name.split() if w not in {"the", "mr", "ms", "mrs", "dr"})


def same_speaker(predicted: str | None, reference: str | None) -> bool:
    """Whether a found speaker matches a marked one: equal, one containing the other, or the same surname.

    Two Nones match (nobody speaks); a None and a name do not.
    """
    if predicted is None or reference is None:
        return predicted is None and reference is None
    p, g = _normalise(predicted), _normalise(reference)
    if not p or not g:
        return False
    return p == g or p in g or g in p or p.split()[-1] == g.split()[-1]
