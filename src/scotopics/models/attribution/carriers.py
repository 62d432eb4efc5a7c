"""Who passes on what another said: outlets and journalists, unnamed sources and press services, ministries.

"…, the report said", "По данным агентства …", "An official source says Mr. X noted …" and "Bilawal asserted …,
the FO said" name a carrier, not a speaker; the person whose words it carries, when it names one, speaks.
"""

from __future__ import annotations

import re

from .speaker_types import speaker_type

__all__ = ["carries_news", "relays", "may_pass_on", "passes_on"]


#: Who only passes on what another said ("according to the journalist, the minister said …").
_REPORTER = re.compile(
    r"(?i)\b(?:journalist|correspondent|reporter|newspaper|agency|media|website|reports\b|журналист|корреспондент|издани"
    r"|агентств|сайт"
    r"|ИА\b|НИАТ|РИА|ТАСС|Интерфакс|Xinhua|Синьхуа|Sputnik|Kazinform|Казинформ|Ховар|Khovar|Кабар|Kabar|БелТА|АКИpress"
    r"|AKIpress|Trend\b|УзА\b|UzA\b|Дунё|Dunyo"
    r"|(?-i:TASS|RIA|Interfax|Anadolu|Reuters|AFP|IRNA|PTI|ANI|IANS|APP|BelTA|Press\s+TV)\b"
    r"|(?-i:[A-Z][\w-]+\s+(?:Press|News|Times|Daily|Post|Tribune|Herald|Gazette))\b)"  # "Khaama Press", "Global Times"
)


#: A news site named by its address alone ("Lada.kz", "24.kg").
_SITE_ADDRESS = re.compile(r"(?i)[\w-]+\.(?:kz|ru|uz|kg|tj|by|am|az|cn|in|pk|com|net|org|info|news|su)")


def carries_news(source: str) -> bool:
    """Whether ``source`` is an outlet or a journalist that carries others' words ("ТАСС", "the agency", "Lada.kz")."""
    return _REPORTER.search(source) is not None or _SITE_ADDRESS.fullmatch(source.strip()) is not None


#: Who passes on another's words: an unnamed source, a press service ("An official source … says Mr. X noted").
_RELAY = re.compile(r"(?i)\b(?:source|sources|press\s+(?:service|office)|источник|пресс-служб)")


#: A ministry or its paper, which passes on what its minister said ("Bilawal asserted …, the FO said").
_MINISTRY_SOURCE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:foreign\s+)?office|(?-i:FO|MOFA|MFA|MEA)|(?:[\w-]+\s+){0,2}ministry|(?:press\s+)?release)$"
)
#: A person or a post written in capitals ("Bilawal", "Foreign Minister X", "President Tokayev"), not a body.
_CAPITALISED_PERSON = re.compile(r"^(?!The\b)(?:[A-Z][\w’'.-]*\s*){1,5}$")
_BODY_WORD = re.compile(r"(?i)\b(?:ministry|office|council|committee|secretariat|government|organi[sz]ation)\b")


def _document_or_outlet(source: str) -> bool:
    return speaker_type(source) == "document" or carries_news(source)


#: A press service, which passes on what its principal said ("The President said …, citing the Akorda press
#: service"; "…, сообщила пресс-служба главы государства").
_PRESS_SERVICE = re.compile(r"(?i)\bpress\s+(?:service|office)\b|пресс-служб")


def may_pass_on(source: str) -> bool:
    """Whether ``source`` may only pass on what someone else said: a document, an outlet, a ministry or a press
    service."""
    return (
        _document_or_outlet(source)
        or _MINISTRY_SOURCE.match(source) is not None
        or _PRESS_SERVICE.search(source) is not None
    )


def passes_on(source: str, speaker: str) -> bool:
    """Whether ``source`` passes on the words of ``speaker``: a document or an outlet anybody's, a ministry only a
    person's or a post's it names in capitals ("Bilawal asserted …, the FO said"; not "The sides agreed …")."""
    if _document_or_outlet(source):
        return True
    if _PRESS_SERVICE.search(source) and speaker_type(speaker) in ("person", "office_or_body"):
        return _BODY_WORD.search(speaker) is None  # its principal, by name or post ("The President said …")
    return (
        _CAPITALISED_PERSON.match(speaker) is not None
        and _BODY_WORD.search(speaker) is None
        and speaker_type(speaker) in ("person", "office_or_body")
    )


def relays(phrase: str) -> bool:
    """Whether ``phrase`` is an outlet, an unnamed source or a press service, which may carry a person's words."""
    return carries_news(phrase) or _RELAY.search(phrase) is not None
