"""The holder of a post named by its country alone, when the text gives the person without that post.

Wires name a leader once ("Kassym-Jomart Tokayev named …", "О заявлениях Владимира Путина и Си Цзиньпина …") and
then write only "the Kazakh leader", "президент РФ", "китайский лидер". The holder is the one person the text puts
beside that country: a nationality or country just before one of his mentions ("Kazakh President Tokayev",
"президент России Владимир Путин"), right after his name ("Emomali Rakhmon of Tajikistan"), or a Chinese name for
China; else the one person the text puts beside no country when all others are of other countries or hold another
post than a leader's ("Foreign Minister Sergey Lavrov" is not "the Russian leader"). Two people of that country, or
two of none, name nobody. A post written with its country before a name ("Tajikistan Prime Minister Qohir
Rasulzoda") names its holder for that post (:func:`placed_holder`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import COUNTRIES, is_chinese_name
from .offices import NATIONALITY, ORGANISATION, country_words
from .russian_offices import russian_country

__all__ = ["office_countries", "country_person", "chinese_office", "of_another_country", "placed_holder"]

#: How far before a mention a country or nationality still describes the person.
COUNTRY_BEFORE = 60
#: A preposition before a country or nationality, which makes it a portfolio or a place, not the post's country
#: ("Special Envoy … on Afghan Affairs Yue Xiaoyong", "Chargé d'Affaires … in China Batyr Tursunov").
_PREPOSITION = r"(?:in|at|to|from|of|for|on|with|by)"
#: A nationality and a post in capitals right before a name ("Turkmen President Gurbanguly …").
_NATIONAL_POST = re.compile(
    rf"(?:^|[^\w\s]\s*|\s(?!{_PREPOSITION}\s)[a-z]+\s)((?i:{NATIONALITY.pattern[5:-1]})(?:\s+[A-Z][a-z]+){{1,3}})\s+$"
)
#: A country and a post in capitals right before a name ("Tajikistan Prime Minister Qohir Rasulzoda").
_COUNTRY_POST = re.compile(
    rf"(?:^|[^\w\s]\s*|\s(?!{_PREPOSITION}\s)[a-z]+\s)([A-Z][a-z]+)"
    r"(\s+(?:Prime\s+|Foreign\s+|Deputy\s+)?(?:President|Minister|Premier|Leader|Ambassador|Envoy|Chairman))(?:\s+[A-Z][a-z]+)?\s+$"
)
#: A country's possessive and a post in capitals right before a name ("Tajikistan's President Emomali Rahmon").
_POSSESSIVE_POST = re.compile(r"\b([A-Z][a-z]+)[’']s\s+(?:[A-Z][a-z]+\s+){1,3}$")
#: A post of the United States right before a name ("US President Donald Trump", "U.S. Secretary of State …").
_US_POST = re.compile(r"(?:\bU\.\s?S\.|\bUS|\bAmerican)\s+(?:[A-Z][a-z]+\s+)(?:(?:of\s+)?[A-Z][a-z]+\s+){0,2}$")
#: The country keys of China, whose people a Chinese name already tells.
_CHINA = frozenset({"chin", "китай"})


def _english_countries(text: str) -> set[str]:
    """The countries ``text`` names by a country or a nationality, as their first four letters ("kaza", "chin")."""
    return {w[:4].lower() for w in country_words(text)}


def office_countries(office: str) -> set[str]:
    """The countries an office names ("the Kazakh leader" → {"kaza"}; "президент РФ" → {"россия"}), not the one an
    envoy is sent to ("the Ambassador of Kazakhstan to China": Kazakhstan)."""
    russian = russian_country(office) if re.search("[а-яё]", office.lower()) else None
    return {russian} if russian else _english_countries(re.split(r"\s+to\s+(?=[A-Z])", office, maxsplit=1)[0])


def chinese_office(office: str) -> bool:
    """Whether ``office`` may be held by a Chinese person: it names China, or no country at all."""
    countries = office_countries(office)
    return not countries or bool(countries & _CHINA)


#: A country right after a person's name ("Emomali Rakhmon of Tajikistan"), in its first group.
_OF_COUNTRY = r"\s*,?\s+(?:of|from)\s+(?:the\s+)?([A-Z][a-z]+)"
#: A head of state or government, as an office names him ("the Russian leader", "the Tajik president").
_LEADER = re.compile(r"(?i)\b(?:leader|president|head\s+of\s+state|лидер\w*|президент\w*)\b")
#: Another post right before a name ("Foreign Minister Sergey", "Kremlin Spokesman Dmitry", "министр … Сергей"):
#: its holder is no leader.
_OTHER_POST = re.compile(
    r"(?:\b(?:Minister|Spokes\w+|Ambassador|Envoy|Secretary|Aide|Adviser|Advisor|Official|Deputy)|\bминистр\w*"
    r"(?:\s+[а-яё]+){0,3}(?:\s+[А-ЯЁ]\w+)?|\b(?:пресс-секретар|посол|помощник|советник)\w*(?:\s+[А-ЯЁ]\w+)?)\s+[A-ZА-ЯЁ]\w*\s+$"
)


def country_person(people: Iterable[str], office: str, text: str) -> str | None:
    """The one person of ``people`` whom ``text`` puts beside a country of ``office``, else the one it puts beside no
    country when the others are of other countries or organisations; None when not exactly one."""
    wanted = office_countries(office)
    if not wanted:
        return None
    people = list(dict.fromkeys(people))
    standing = {person: _standing(person, office, wanted, text, people) for person in people}
    fitting = [person for person, kind in standing.items() if kind in ("own", "beside")]
    unplaced = [person for person, kind in standing.items() if kind == "unplaced"]
    if not fitting and len(unplaced) == 1 and "elsewhere" in standing.values():  # "Tokayev … Xi Jinping": the
        return unplaced[0]  # Kazakh leader is not Xi
    if len(fitting) > 1:  # of several, the one whose own post names the country ("led by Russia, China. Tajikistan's
        fitting = [person for person in fitting if standing[person] == "own"] or fitting  # President Emomali
    return fitting[0] if len(fitting) == 1 else None  # Rahmon, …, Russian President Vladimir Putin")


def _standing(person: str, office: str, wanted: set[str], text: str, people: list[str]) -> str:
    """Where ``text`` puts ``person`` for ``office`` of the ``wanted`` countries: "own" (his own post names the
    country: "Tajikistan's President X", "X of Tajikistan"), "beside" (the country is named near him), "elsewhere"
    (another country's post, an organisation's, or another post than a leader's) or "unplaced"."""
    windows, countries = _placement(person, text, people)
    after = _country_after(person, text)
    if after or _LEADER.search(office) and any(_OTHER_POST.search(w) for w in windows):
        # "Emomali Rakhmon of Tajikistan and Vladimir Putin of Russia": each his own country; "Foreign Minister
        # Sergey Lavrov" is not "the Russian leader"
        return "own" if after & wanted else "elsewhere"
    own = set().union(*map(_placed_country, windows)) if windows else set()
    if own:  # "Turkish President Recep Tayyip Erdogan" holds no Russian post
        return "own" if own & wanted else "elsewhere"
    if countries & wanted:
        return "beside"
    if countries or windows and ORGANISATION.search(" ".join(windows[0].split()[-5:])):
        return "elsewhere"  # ("SCO Secretary General Dimitry Mezentsev" holds no country's post)
    return "unplaced"


def _country_after(person: str, text: str) -> set[str]:
    """The countries named right after ``person``'s full name ("Emomali Rakhmon of Tajikistan")."""
    found = re.finditer(re.escape(person) + _OF_COUNTRY, text)
    return {m.group(1)[:4].lower() for m in found if m.group(1).lower() in COUNTRIES}


def placed_holder(people: Iterable[str], office: str, text: str) -> str | None:
    """The one person of ``people`` written right after the office's post and country ("Tajikistan Prime Minister
    Qohir Rasulzoda" for "the Tajik Prime Minister"), else None."""
    wanted = office_countries(office)
    words = [w for w in re.sub(r"[’']s\b", "", office).split() if w.lower() != "the" and not country_words(w)]
    post = " ".join(words).lower()
    if not wanted or not post:
        return None
    people = list(dict.fromkeys(people))
    found = [
        person
        for person in people
        if any(
            post in window.lower() and _placed_country(window) & wanted
            for window in _placement(person, text, people)[0]
        )
    ]
    return found[0] if len(found) == 1 else None


def of_another_country(person: str, office: str, text: str) -> bool:
    """Whether ``text`` puts ``person`` beside countries, none of them the country of ``office`` ("Turkmen President
    Gurbanguly Berdymukhamedov" holds no "Russia's president")."""
    wanted = office_countries(office)
    if not wanted or is_chinese_name(person.split()):
        return False
    placed = [_placed_country(window) for window in _placement(person, text)[0]]
    return any(placed) and not any(country & wanted for country in placed)


def _placed_country(window: str) -> set[str]:
    """The country of the post written right before a name: a nationality ("Turkmen President"), a country's
    possessive ("Tajikistan's President"), a country ("Tajikistan Prime Minister") or the United States ("US
    President"); empty when none is."""
    if post := _NATIONAL_POST.search(window):
        return office_countries(post.group(1))
    if (country := _COUNTRY_POST.search(window)) and country.group(1).lower() in COUNTRIES:
        return office_countries(country.group(1))
    if (possessive := _POSSESSIVE_POST.search(window)) and possessive.group(1).lower() in COUNTRIES:
        return office_countries(possessive.group(1))
    return {"us"} if _US_POST.search(window) else set()


def _placement(person: str, text: str, people: Iterable[str] = ()) -> tuple[list[str], set[str]]:
    """The stretches of ``text`` just before ``person``'s mentions, and the countries they name (China for a Chinese
    name, whatever country is named near him: "the Indian side … Zhang Ming"); a stretch starts after any other of
    ``people`` named in it (in "Turkish President Recep Tayyip Erdogan supported Vladimir " the nationality is
    Erdogan's)."""
    surname = person.split()[-1]
    surname = surname[: max(4, len(surname) - 2)] if re.search("[а-яё]", surname) else surname  # ("Путина")
    others = [re.escape(other.split()[-1]) for other in people if other.split() and other.split()[-1] != surname]
    stops = re.compile("|".join(rf"\b{o}\b" for o in others)) if others else None
    windows = []
    for mention in re.finditer(re.escape(surname), text):
        window = text[max(0, mention.start() - COUNTRY_BEFORE) : mention.start()]
        ends = [stop.end() for stop in stops.finditer(window)] if stops else []
        windows.append(window[ends[-1] :] if ends else window)
    countries = set().union(*(office_countries(window) for window in windows)) if windows else set()
    return windows, set(_CHINA) if is_chinese_name(person.split()) else countries
