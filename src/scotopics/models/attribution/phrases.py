"""A speaker phrase cleaned for reading: no surrounding punctuation, clause number, dateline, leading
conjunction or circumstance ("В ходе встречи", "In his speech"), nor a trailing adverb ("however", "также")."""

from __future__ import annotations

import re

from .clauses import ADDRESSEES
from .names import COUNTRIES, bare_word

__all__ = ["clean_phrase", "RUSSIAN_CIRCUMSTANCE", "FRONTED_OBJECT", "LEADING_DATE"]

#: The object a Russian sentence may put before its subject ("Особое внимание стороны уделили …").
FRONTED_OBJECT = re.compile(
    r"^(?:(?:особое|большое|пристальное|первоочередное|приоритетное|важное)\s+)?(?:внимание|значение)(?:\s+(?=\w)|$)",
    re.IGNORECASE,
)
#: A circumstance fronted without a comma before the group that is the subject ("At a recent meeting of the Council …
#: the sides reaffirmed", "During the talks the parties agreed"): what stands before the group's last article.
UNMARKED_CIRCUMSTANCE = re.compile(
    r"^(?:at|in|during|on|following|after|within)\s+\S.*\s+(?=(?:the|all|both)\s+\S)", re.I
)
#: A date before the subject ("1 сентября", "On 5 May", "15 June 2024").
LEADING_DATE = re.compile(
    r"^(?:on\s+)?\d{1,2}\s+[A-Za-zА-ЯЁа-яё]+\.?(?:\s+\d{4}(?:\s*г(?:ода|\.)?)?)?,?\s+(?=\S)"
    r"|^(?:date\s+)?\d{4}-\d{2}-\d{2}\s+|^\d{1,2}:\d{2}\s+\d{1,2}[/.]\d{1,2}[/.]\d{4}\s*"  # a page's date stamp
    r"|^(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?=[A-Z])"  # "on Thursday"
    r"|^in\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d,?\s+(?=the\s)",  # "In June 2009 the SCO Summit in Bishkek approved"
    re.I,
)

#: A circumstance that may stand before a Russian subject without a comma ("В ходе встречи стороны …",
#: "По итогам пленарной сессии эксперты …"), with the initials of the meeting's body ("В ходе заседания СМИД ШОС").
RUSSIAN_CIRCUMSTANCE = (
    r"(?:(?:в ходе|по итогам|во время)\s+(?:[а-яё]+(?:ой|ей|ого|его|ых|их)\s+)?\w+"
    r"(?:\s+(?:СМИД|СГГ|СГП|СНК|ШОС|РАТС|ОДКБ|СНГ|БРИКС|ЕАЭС)\b)*"
    r"|за\s+(?:прошедшие|последние|минувшие)\s+(?:\w+\s+)?(?:годы|лет))"  # "За прошедшие годы государства-члены …"
)
_LEADING = re.compile(
    r"^(?:and|but|also|then|further|furthermore|besides|additionally|separately|similarly|likewise|finally|thus|"
    r"therefore|earlier|later|today|yesterday|having|meanwhile|moreover|in turn|as|where|when|while|"
    r"(?:this|that) is why|"
    r"и|а|но|однако|также|как|где|тем более что|к тому же|что|кроме того|далее|затем"
    rf"|{RUSSIAN_CIRCUMSTANCE}|по завершении\s+(?:[а-яё]+(?:ой|ей|ого|его|ых|их)\s+)?\w+"
    r"|на (?:встрече|заседании|переговорах)"
    r"|(?:ранее )?в сво[её]м (?:выступлении|обращении|докладе|слове)|ранее"
    r"|в (?:этой|данной) связи|в связи с этим|при этом|вместе с тем|в то же время|со своей стороны|в частности"
    r"|in (?:this|that) (?:regard|respect|context|connection)|at the same time|in particular"
    r"|for (?:his|her|its|their) part|(?-i:H\.?E\.?)(?=\s+the\s)"  # ("HE the Prime Minister … stated")
    # a meeting before its subject, with no comma ("During the consultations the participants …")
    r"|(?:during|at|after|following|in the course of) the (?:consultations|talks|meeting|session|negotiations|visit)"
    r"(?=\s+\S)"
    r"|in (?:his|her|their) (?:opening |closing )?(?:remarks|speech|address|statement))(?:\s+|$)",
    re.IGNORECASE,
)

_CLAUSE_NUMBER = re.compile(r"^\(?\d{1,3}[.)]\s*")
#: A news site's name or a city in capitals as a dateline ("INTERFAX.RU - ", "ISLAMABAD: ", "TEHRAN (IRNA) - "), and a
#: hyphen written with spaces ("государства - члены").
_WEB_DATELINE = re.compile(
    r"^[A-ZА-ЯЁ][\w-]*\.[A-Za-z]{2,3}\s+[-–—]\s+|^[A-ZА-ЯЁ][A-ZА-ЯЁ -]{2,30}:\s+"
    r"|^[A-ZА-ЯЁ]{4,}(?:[ -][A-ZА-ЯЁ]{2,})*\s*\([^()]{2,30}\)\s*[-–—]\s*"  # "TEHRAN (Iran News) –Foreign minister"
)
#: A city in capitals with the agency's credit before a country that speaks ("ULAANBAATAR (Sputnik) Russia").
_CITY_DATELINE = re.compile(r"^[A-ZА-ЯЁ]{4,}(?:[ -][A-ZА-ЯЁ]{2,})*(?:\s*\([^()]*\))?\s+(?=(?P<next>\S+))")
_SPACED_MEMBERS = re.compile(r"(?<=[а-яё])\s+-\s+(?=член|участни)", re.IGNORECASE)
#: A sentence adverb after the subject ("The secretary general however said", "…, the spokesman also said").
#: A Russian date after a source ("… от 20.04.2022 г.").
_DATED_SOURCE = re.compile(r"\s+от\s+\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*г\.?)?$")
#: A Russian object with a demonstrative between the subject and its verb ("… такой подход поддерживают").
_OBJECT_BEFORE_VERB = re.compile(r"(?<=\w)\s+(?:такой|такую|этот|эту|данный|данную)\s+[а-яё]+$")
_TRAILING_ADVERB = re.compile(
    r"(?<=\w)(?:\s+(?:however|also|further|therefore|thus|too|later|then|again|meanwhile|nevertheless|subsequently"
    r"|earlier|in turn|in particular|также|тоже|же|не|не только|не просто|в свою очередь|в очередной раз|once again"
    r"|в период (?:сво\w+ )?председательства(?: в [А-ЯЁ]+)?"  # "Кыргызстан в период своего председательства"
    r"|in (?:his|her|their) (?:address|speech|remarks|statement)|в (?:своем|своём) выступлении"
    r"|в (?:своей |приветственной |вступительной )?речи"
    r"|in a (?:tweet|post|statement)|on (?:X|Twitter)"
    rf"|{ADDRESSEES}(?:\s+в\s+[А-ЯЁ][а-яё-]+)?))+$"  # "он журналистам в Самарканде"
)


#: A relative clause after the phrase's head ("the Iranian president who is in Dushanbe for the summit").
_RELATIVE_CLAUSE = re.compile(r"(?<=\w)\s+who\s+(?:is|was|are|were|has|had)\b.*$")
#: Emoji and bullets before a phrase ("❗️", "•").
_LEADING_SYMBOLS = re.compile(r"^[^\w\s(\"“”«»'’-]+")


def clean_phrase(phrase: str) -> str:
    """``phrase`` without surrounding punctuation, a clause number, a leading conjunction or a trailing adverb."""
    phrase = " ".join(_LEADING_SYMBOLS.sub("", phrase).strip(' ,;:–—-"“”«»').split())  # ("❗️Также Мухриддин")
    if phrase.count("«") > phrase.count("»"):
        phrase += "»"  # the closing mark of a name at the end ("программа «Время»") was stripped with the rest
    elif phrase.count('"') % 2 or phrase.count("“") > phrase.count("”"):
        phrase += '"' if phrase.count('"') % 2 else "”"  # (also a straight or curly one: 'газета "Коммерсант"')
    phrase = _RELATIVE_CLAUSE.sub("", phrase)  # "The Iranian president who is in Dushanbe"
    phrase = _TRAILING_ADVERB.sub("", phrase)
    phrase = _CLAUSE_NUMBER.sub("", phrase)  # a clause number
    phrase = _SPACED_MEMBERS.sub("-", _WEB_DATELINE.sub("", phrase))  # "INTERFAX.RU - Государства - члены …"
    phrase = _LEADING.sub("", phrase)
    phrase = _DATED_SOURCE.sub("", phrase)  # "агентства Синьхуа от 20.04.2022 г.": the agency
    phrase = _OBJECT_BEFORE_VERB.sub("", phrase)  # "большинство государств … такой подход (поддерживают)"
    dated = _CITY_DATELINE.match(phrase)
    if dated and bare_word(dated.group("next")) in COUNTRIES:
        phrase = phrase[dated.end() :]
    if phrase[:4].lower() == "the ":
        phrase = "the " + phrase[4:]
    return phrase
