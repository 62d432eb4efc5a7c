"""The organisation's own heads: who "the SCO Secretary-General" or "the RATS head" is when the text never puts the
post beside the name.

A story often names the Secretary-General once ("Amir-Abdollahian and Zhang Ming discussed …") and then reports him
by his post alone ("The SCO secretary general, for his part, emphasized …"); a reader knows who holds it. The lists
below are the Secretaries-General of the SCO and the directors of its Regional Anti-Terrorist Structure since 2004,
by the surname stems their names take in English and Russian transliterations. A post is resolved only to one of
them whom the document itself names, and only when it names exactly one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["sco_official"]

#: Surname stems (lower case) of the Secretaries-General, 2004 onwards.
_SECRETARIES_GENERAL = (
    "deguang",
    "nurgali",
    "imanali",
    "mezents",
    "alimov",
    "norov",
    "zhang ming",
    "yermekbay",
    "ermekbay",
    "дэгуан",
    "нургали",
    "иманали",
    "мезенцев",
    "алимов",
    "норов",
    "чжан мин",
    "ермекба",
)
#: Surname stems of the directors of the RATS Executive Committee, 2004 onwards.
_RATS_DIRECTORS = (
    "kasymov",
    "subanov",
    "dzhumanbekov",
    "djumanbekov",
    "zhang xinfeng",
    "sysoyev",
    "sysoev",
    "giyosov",
    "mirzoyev",
    "mirzoev",
    "mirzaev",
    "sharsheev",
    "касымов",
    "субанов",
    "джуманбеков",
    "чжан синьфэн",
    "сысоев",
    "гиёсов",
    "гиесов",
    "мирзоев",
    "мирзаев",
    "шаршеев",
)
#: Another organisation's name in a post: its secretary-general is not the SCO's.
_OTHER_BODY = re.compile(
    r"(?i)\b(?:UN|United\s+Nations|CSTO|CIS|ASEAN|OIC|NATO|BRICS|EAEU|CICA|Interpol|ECO|OSCE|ООН|ОДКБ|СНГ|АСЕАН|ЕАЭС"
    r"|СВМДА|ОИС|ОБСЕ|БРИКС|ЕЭК)\b"
)
#: The Secretary-General's post ("the SCO secretary general", "генсек ШОС", "the head of the SCO").
_SECRETARY_GENERAL_POST = re.compile(
    r"(?i)secretary[\s-]+general|\bSG\b|генеральн\w*\s+секретар|генсек|\bSCO\s+(?:head|chief)\b|\bhead\s+of\s+the\s+SCO\b"
    r"|глав\w*\s+(?:секретариата\s+)?ШОС"
)
#: The post of the RATS Executive Committee's director ("RATS head", "the director of RATS", "директор Исполкома РАТС").
_RATS_POST = re.compile(
    r"(?i)\bRATS\b.*\b(?:head|director|chief)\b|\b(?:head|director|chief)\b.*\bRATS\b"
    r"|(?:директор|руководител|глав)\w*\s+(?:\w+\s+){0,3}РАТС"
)


def sco_official(office: str, people: Iterable[str]) -> str | None:
    """The one person of ``people`` (full names the document gives) who headed the SCO's Secretariat or its RATS,
    when ``office`` is that post ("the SCO secretary general", "RATS head"); None when none or more than one."""
    if _OTHER_BODY.search(office):
        return None
    stems: tuple[str, ...]
    if _RATS_POST.search(office):
        stems = _RATS_DIRECTORS
    elif _SECRETARY_GENERAL_POST.search(office):
        stems = _SECRETARIES_GENERAL
    else:
        return None
    found = [person for person in dict.fromkeys(people) if any(stem in person.lower() for stem in stems)]
    return found[0] if len(found) == 1 else None
