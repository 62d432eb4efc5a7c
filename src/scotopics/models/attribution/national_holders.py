"""The holder of a post named by its country alone, when the text gives the person without that post.

Wires name a leader once ("Kassym-Jomart Tokayev named …", "О заявлениях Владимира Путина и Си Цзиньпина …") and
then write only "the Kazakh leader", "президент РФ", "китайский лидер". The holder is the one person the text puts
beside that country: a nationality or country just before one of his mentions ("Kazakh President Tokayev",
"президент России Владимир Путин"), or a Chinese name for China; else the one person the text puts beside no country
when all others are of other countries. Two people of that country, or two of none, name nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import COUNTRIES, is_chinese_name
from .offices import NATIONALITY, ORGANISATION, country_words
from .russian_offices import russian_country

__all__ = ["office_countries", "country_person", "chinese_office", "of_another_country"]

#: How far before a mention a country or nationality still describes the person.
COUNTRY_BEFORE = 60
#: A nationality and a post in capitals right before a name ("Turkmen President Gurbanguly …").
_NATIONAL_POST = re.compile(
    rf"(?:^|[^\w\s]\s*|\s[a-z]+\s)((?i:{NATIONALITY.pattern[5:-1]})(?:\s+[A-Z][a-z]+){{1,3}})\s+$"
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
    """The countries an office names ("the Kazakh leader" → {"kaza"}; "президент РФ" → {"россия"})."""
    russian = russian_country(office) if re.search("[а-яё]", office.lower()) else None
    return {russian} if russian else _english_countries(office)


def chinese_office(office: str) -> bool:
    """Whether ``office`` may be held by a Chinese person: it names China, or no country at all."""
    countries = office_countries(office)
    return not countries or bool(countries & _CHINA)


def country_person(people: Iterable[str], office: str, text: str) -> str | None:
    """The one person of ``people`` whom ``text`` puts beside a country of ``office``, else the one it puts beside no
    country when the others are of other countries or organisations; None when not exactly one."""
    wanted = office_countries(office)
    if not wanted:
        return None
    fitting: dict[str, list[str]] = {}  # (each person with the stretches before his mentions)
    unplaced, elsewhere = [], 0
    for person in dict.fromkeys(people):
        windows, countries = _placement(person, text)
        if countries & wanted:
            fitting[person] = windows
        elif countries or windows and ORGANISATION.search(" ".join(windows[0].split()[-5:])):
            elsewhere += 1  # ("SCO Secretary General Dimitry Mezentsev" holds no country's post)
        else:
            unplaced.append(person)
    if not fitting and len(unplaced) == 1 and elsewhere:  # "Tokayev … Xi Jinping": the Kazakh leader is not Xi
        return unplaced[0]
    if len(fitting) > 1:  # of several, the one whose own post names the country ("led by Russia, China. Tajikistan's
        own = {p: windows for p, windows in fitting.items() if any(_placed_country(w) & wanted for w in windows)}
        fitting = own or fitting  # President Emomali Rahmon, …, Russian President Vladimir Putin")
    return next(iter(fitting)) if len(fitting) == 1 else None


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
    possessive ("Tajikistan's President") or the United States ("US President"); empty when none is."""
    if post := _NATIONAL_POST.search(window):
        return office_countries(post.group(1))
    if (possessive := _POSSESSIVE_POST.search(window)) and possessive.group(1).lower() in COUNTRIES:
        return office_countries(possessive.group(1))
    return {"us"} if _US_POST.search(window) else set()


def _placement(person: str, text: str) -> tuple[list[str], set[str]]:
    """The stretches of ``text`` just before ``person``'s mentions, and the countries they name (China for a Chinese
    name, whatever country is named near him: "the Indian side … Zhang Ming")."""
    surname = person.split()[-1]
    surname = surname[: max(4, len(surname) - 2)] if re.search("[а-яё]", surname) else surname  # ("Путина")
    windows = [text[max(0, m.start() - COUNTRY_BEFORE) : m.start()] for m in re.finditer(re.escape(surname), text)]
    countries = set().union(*(office_countries(window) for window in windows)) if windows else set()
    return windows, set(_CHINA) if is_chinese_name(person.split()) else countries
