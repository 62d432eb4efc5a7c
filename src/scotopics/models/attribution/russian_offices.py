"""Russian offices and countries in any case: "Послом" is the посол, "глава МИД РФ" an office of Russia."""

from __future__ import annotations

import re

__all__ = [
    "RUSSIAN_OFFICES",
    "DEPUTY_SHORT",
    "REPRESENTATIVE",
    "opens_with_russian_office",
    "russian_office_stem",
    "russian_posts",
    "russian_country",
]

#: Russian office nouns that can head a speaker phrase ("министр", "посол", "представитель").
RUSSIAN_OFFICES = frozenset(
    {
        "министр",
        "президент",
        "секретарь",
        "генсекретарь",
        "посол",
        "председатель",
        "директор",
        "глава",
        "премьер-министр",
        "представитель",
        "сенатор",
    }
)

#: Russian offices in any case, and the text that names them ("Послом" → посол, "Генеральный секретарь" → генсекретарь).
_RUSSIAN_OFFICE_FORMS = (
    # A deputy first: "Заместитель главы Минсельхоза" is found as the deputy the lead names, not as the head.
    (re.compile(r"заместител\w*"), r"заместител(?:ь|я|ю|ем|е)\b"),
    # "замминистра" is "заместитель министра"
    (re.compile(r"замминистр\w*"), r"зам(?:министр|естител\w*\s+министр)\w*"),
    # "госсекретарь Совбеза" is the "государственный секретарь Совета безопасности" the lead names
    (re.compile(r"госсекретар\w*"), r"(?:госсекретар|государственн\w*\s+секретар)(?:ь|я|ю|ем|е)?\b"),
    (re.compile(r"генсек\w*|генеральн\w*"), r"(?:генсек(?:ретар)?|генеральн\w*\s+секретар)(?:ь|я|ю|ем|е|а|у|ом)?\b"),
    (re.compile(r"пос(?:о)?л(?:а|у|ом|е)?"), r"пос(?:о)?л(?:а|у|ом|е)?\b"),
    (re.compile(r"(?:ген)?прокурор(?:а|у|ом|е)?"), r"(?:ген)?прокурор(?:а|у|ом|е)?\b"),  # ("Генеральный прокурор")
    (re.compile(r"председател\w*"), r"председател"),
    (re.compile(r"президент\w*"), r"президент"),
    (re.compile(r"директор\w*"), r"директор"),
    (re.compile(r"ректор\w*"), r"ректор"),  # a university's head ("…, сообщил ректор … Владимир Филиппов")
    (re.compile(r"гендиректор\w*"), r"(?:гендиректор|генеральн\w*\s+директор)"),  # "Гендиректор Института …"
    (re.compile(r"представител\w*"), r"представител(?:ь|я|ю|ем|е)\b"),
    # Singular cases only: "Главы государств" and "Министры" are groups, not one office holder.
    (re.compile(r"глав(?:а|е|у|ой)"), r"глав(?:а|е|у|ой)\b"),
    # "Министр": the minister the lead names, or the head of a ministry ("Глава МИД Кыргызстана …")
    (re.compile(r"министр(?:а|у|ом|е)?"), r"(?:министр|глав(?:а|е|у|ой|ы)\s+(?:МИД|Мин(?!ист)[а-яё]+))"),
    # "премьер-министр" is the "Председатель правительства" the lead names too; a deputy is another office
    (re.compile(r"вице-премьер\w*"), r"вице-премьер"),
    (re.compile(r"премьер(?:-министр)?\w*"), r"(?:премьер(?:-министр)?|председател\w*\s+правительства)"),
    (re.compile(r"пресс-секретар\w*"), r"пресс-секретар"),
    (re.compile(r"сенатор\w*"), r"сенатор"),  # a member of a parliament's upper house ("— отметил сенатор.")
    (re.compile(r"секретар[ьяюе]\w*"), r"секретар(?:ь|я|ю|ем|е)\b"),
)


def opens_with_russian_office(phrase: str) -> bool:
    """Whether a Russian phrase starts with an office word ("Глава государства", "Генеральный секретарь ШОС")."""
    words = re.findall(r"[а-яё-]+", phrase.lower())
    return (
        bool(words)
        and phrase.lower().startswith(words[0])
        and any(f.fullmatch(words[0]) for f, _ in _RUSSIAN_OFFICE_FORMS)
    )


def russian_office_stem(office: str) -> str | None:
    """The pattern that finds a Russian office in any case, from its first office word ("Посол" → "пос(?:о)?л")."""
    words = re.findall(r"[а-яё-]+", office.lower())
    for word, following in zip(words, [*words[1:], ""]):
        if word.startswith("генеральн") and following.startswith("прокурор"):
            continue  # "Генеральный прокурор": the prosecutor's office, not a "генеральный секретарь"
        for form, stem in _RUSSIAN_OFFICE_FORMS:
            if form.fullmatch(word):
                return stem
    return None


#: A body's representative, whom a text seldom names ("Представитель Банка развития Китая").
REPRESENTATIVE = re.compile(r"(?i)\s*(?:официальн\w+\s+)?представител")

#: A deputy's office written short ("Замдиректора ФСБ", "замминистра"): read as the full office.
DEPUTY_SHORT = re.compile(r"(?i)\bзам(директора|министра|главы|председателя)\b")


#: The countries Russian texts name most, each by the stems of its name and adjective, in any case ("РФ",
#: "России", "российского"; "Казахстана", "казахстанский").
_RUSSIAN_COUNTRIES = (
    ("россия", r"росси|рф\b"),
    ("казахстан", r"казах"),
    ("кыргызстан", r"кыргыз|киргиз"),
    ("узбекистан", r"узбек"),
    ("таджикистан", r"таджик"),
    ("китай", r"кита[йяеюи]|кнр\b"),
    ("индия", r"инди[ийяю]"),
    ("пакистан", r"пакистан"),
    ("иран", r"иран"),
    ("беларусь", r"беларус|белорус"),
    ("монголия", r"монгол"),
)
_RUSSIAN_COUNTRY = re.compile(r"(?i)\b(?:" + "|".join(stems for _, stems in _RUSSIAN_COUNTRIES) + ")")


def russian_posts(text: str) -> set[str]:
    """The Russian offices ``text`` names, each as the pattern that finds it in any case."""
    words = re.findall(r"[а-яё-]+", DEPUTY_SHORT.sub(r"заместитель \1", text).lower())  # "замминистра" too
    return {stem for word in words if (stem := russian_office_stem(word))}


def russian_country(text: str) -> str | None:
    """The country a Russian office or title names last ("глава МИД РФ" → "россия"), if any."""
    found = _RUSSIAN_COUNTRY.findall(text)
    if not found:
        return None
    return next(country for country, stems in _RUSSIAN_COUNTRIES if re.match(stems, found[-1].lower()))
