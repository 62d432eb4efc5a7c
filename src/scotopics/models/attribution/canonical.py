"""Who a speaker phrase names in a document: a person's full name as first given, the holder of an office.

:func:`canonical` writes any speaker the way the speaker marks do: "Mr. Norov" and "Норова" as the Vladimir Norov the
lead names, "the Secretary-General" as the holder the document names beside that office (:func:`office_holder`), "the
Secretary-General's message" as its author. It reads what :class:`~.document.SpeakerDocument` knows of the document
(:class:`ReadDocumentView` lists it) and caches its answers there.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from .introductions import introduced_person, unnamed_official
from .listeners import listener_only
from .names import (
    CHINESE_SURNAMES,
    TITLE_WORDS,
    another_person,
    clean_name,
    is_chinese_name,
    nominative,
    nominative_of,
    patronymic_holder,
    person_mentions,
    person_names,
    surname_key,
)
from .national_holders import chinese_office, country_person, of_another_country, office_countries, placed_holder
from .offices import EXPERT, NATIONALITY, find_office_holder
from .plausibility import BODIES
from .sco_officials import sco_official
from .single_office import SINGLE_OFFICE
from .sources import message_from, statement_issuer
from .speaker_types import speaker_type
from .transcripts import addressed_interviewee

__all__ = ["canonical", "office_holder", "fuller_form", "ReadDocumentView"]


class ReadDocumentView(Protocol):
    """What :func:`canonical` and :func:`office_holder` read of a :class:`~.document.SpeakerDocument`."""

    @property
    def title(self) -> str: ...
    @property
    def header(self) -> tuple[str, ...]: ...
    @property
    def lead_lines(self) -> tuple[str, ...]: ...
    @property
    def paragraphs(self) -> tuple[tuple[str, ...], ...]: ...
    @property
    def lead_text(self) -> str: ...
    @property
    def later_text(self) -> str: ...
    @property
    def names(self) -> dict[str, str]: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def author(self) -> str | None: ...
    @property
    def headline_person(self) -> str | None: ...
    @property
    def _cache(self) -> dict[Any, Any]: ...


def fuller_form(name: str, known: str) -> bool:
    """Whether ``name`` is a better written form of the person ``known``: a given name, not initials; a shorter case;
    of two as long, the nominative of a soft stem ("Станислав Зась", not the lead's genitive read as "Зася")."""
    given, known_given = "." not in name and len(name.split()) > 1, "." not in known and len(known.split()) > 1
    if given != known_given:
        return given
    surname, known_surname = name.split()[-1], known.split()[-1]
    if len(surname) == len(known_surname):
        return surname.endswith("ь") and not known_surname.endswith("ь")
    return len(surname) < len(known_surname)


def office_holder(document: ReadDocumentView, office: str) -> str | None:
    """The person the document names beside ``office`` ("the Secretary-General" → "Zhang Ming"), cached."""
    key = ("office", office)
    if office.lower().removeprefix("the ").split(" ", 1)[0] in BODIES:
        return None  # "the Council of the Heads of State …" is a body: no one person holds it
    if key not in document._cache:
        texts = (" . ".join((document.title, *document.lead_lines, document.lead_text)), document.later_text)
        joined = " ".join(texts)
        bare = office.lower().removeprefix("the ") in _BARE_HEADS  # "президент" alone: the headline's person
        holder = document.headline_person if bare else None
        if unnamed_official(office):  # "…, a Chinese official said." / "Xue Yaping, director of …, told …"
            holder = introduced_person(document.lead_text, document.later_text, office, document.names)
            if holder is None and office.lower().startswith("the "):  # "…," the official said.': the one named
                holder = find_office_holder(office, texts, document.names, document.headline_person)
        elif holder is None:
            holder = find_office_holder(office, texts, document.names, document.headline_person)
        if holder and not chinese_office(office) and is_chinese_name(holder.split()):
            holder = None  # "the President of Kazakhstan" is not the "President Xi Jinping" the text also names
        if holder and of_another_country(holder, office, joined):
            holder = None  # "Russia's president" is not the "Turkmen President …" the text also names
        if holder and (placed := placed_holder(document.names.values(), office, joined)):
            holder = placed  # "the Tajik Prime Minister" is the "Tajikistan Prime Minister X", not "Prime Minister Y"
        if holder is None and EXPERT.search(office) and speaker_type(office) != "group":  # "The expert also noted"
            holder = _untitled_person(document, joined)  # beside "President X": the one with no post
            holder = holder or _header_person(document)  # or the analyst a byline above the text names
        if holder is None and _ANY_POST.match(office):  # "The Indian official stressed", "Russian envoy told"
            holder = _national_person(document, office, joined)
        if holder is None and SINGLE_OFFICE.match(office) and speaker_type(office) != "group":  # "the Kazakh leader"
            holder = country_person(document.names.values(), office, joined)
            holder = holder or _headline_national(document, office, joined)
        if holder is None:  # "The SCO secretary general, for his part, …" in a story that names him elsewhere
            holder = sco_official(office, document.names.values())
        if holder and listener_only([s for p in document.paragraphs for s in p], holder):
            holder = None  # "… congratulating Mr. Zhang Ming on being appointed …": a listener holds no office here
        document._cache[key] = holder
    return document._cache[key]


#: A post one person holds, in English or Russian.
#: A post one person holds, a parliament's speaker, a board's chairman or an ambassador, as the phrase's head (not
#: "an ambassador", nor "the chairman's office").
_HELD_POST = re.compile(
    r"(?i)^(?!an?\s)(?:[\w’'-]+\s+){0,3}?(?:speaker|chairman|chairperson|chairwoman|ambassador)\b(?![’']s)"
)
_POST = re.compile(
    r"(?i)\b(?:minister|secretary|president|premier|chairman|chairperson|director|ambassador|envoy|head|chief|"
    r"spokes\w+|министр|секретар|президент|председател|директор|посол|глав[аы]\b|руководител|представител|помощник"
    r"|советник)"
)


#: A country's name in the genitive between a post and its holder ("Помощник президента России Юрий Ушаков").
_COUNTRY_WORD = (
    r"(?:России|РФ|Казахстана|Китая|КНР|Узбекистана|Кыргызстана|Киргизии|Таджикистана|Беларуси|Индии|Пакистана|Ирана)"
)


def _named_beside(document: ReadDocumentView, office: str) -> str | None:
    """The person the text names right after ``office`` ("Deputy Prime Minister and Foreign Minister Ishaq Dar", also
    after the country: "Помощник президента России Юрий Ушаков", or after a comma, often later than a standfirst that
    gives the post alone: "the chief of … FSKN, Viktor Ivanov, said") or right before it in apposition ("Hu Heping,
    Minister of Culture and Tourism of China,"), for a post of two words or more."""
    bare = re.sub(r"(?i)^the\s+", "", office)
    if len(bare.split()) < 2 or not _POST.search(bare):
        return None  # (a body is no post: "директор … МИД РФ Замир Кабулов" does not hold "МИД РФ")
    text, post = f"{document.lead_text} {document.later_text}", re.escape(bare)
    for name in dict.fromkeys(document.names.values()):
        person = re.escape(name)
        if re.search(
            rf"(?i:{post})(?:\s+{_COUNTRY_WORD})?,?\s+{person}\b|\b{person},\s+(?:the\s+)?(?i:{post})\b", text
        ):
            return name
    return None


def _headline_national(document: ReadDocumentView, office: str, text: str) -> str | None:
    """The person the headline names, for a post of his country ("Putin proposes …" above "Russia's president
    proposed …"), not for an unnamed official ("An Indian official said" is not the minister of the headline)."""
    headline = document.headline_person
    if not headline or unnamed_official(office) or not office_countries(office):
        return None
    if chinese_office(office) != is_chinese_name(headline.split()) or of_another_country(headline, office, text):
        return None
    return headline


def _untitled_person(document: ReadDocumentView, text: str) -> str | None:
    """The one person the document names without a post before the name where it first names him, if only one."""
    untitled = [
        name
        for name in document.names.values()
        if (at := text.find(name)) >= 0
        and not any(word.lower().strip(".,") in TITLE_WORDS for word in text[max(0, at - 40) : at].split()[-2:])
    ]
    return untitled[0] if len(untitled) == 1 else None


def _header_person(document: ReadDocumentView) -> str | None:
    """The person a line before the text opens with, as a byline does ("Игорь Савельев, ведущий научный …")."""
    for line in document.header:
        names = person_names(line)
        if names and re.sub(r"^[\d./-]+\s+", "", line.strip()).startswith(names[0]):  # (after a date: "28.10.2014 …")
            return names[0]
    return None


#: An official of any post, named after what he is rather than his post ("the Indian official", "Russian envoy").
_ANY_POST = re.compile(r"(?i)^(?:the\s+)?(?!an?\s)(?:[a-z]+\s+){0,2}(?:official|diplomat|envoy)$")


def _national_person(document: ReadDocumentView, office: str, text: str) -> str | None:
    """The one person the document names with the office's nationality or country just before the name ("the
    Russian deputy chief of mission Roman Babushkin" for "Russian envoy"), else the only person it names."""
    people = list(dict.fromkeys(document.names.values()))
    nationality = next((re.compile(rf"(?i)\b{word}\b") for word in office.split() if NATIONALITY.match(word)), None)
    if nationality:
        national = [name for name in people if nationality.search(text, max(0, text.find(name) - 60), text.find(name))]
        if len(national) == 1:
            return national[0]
    return people[0] if len(people) == 1 else None


#: A head named by the office alone, whom a news text's headline names ("Токаев назвал …" / "— сказал президент").
_BARE_HEADS = frozenset(
    "president|президент|глава государства|глава республики|head of state|head of the state|leader|лидер".split("|")
)


def canonical(document: ReadDocumentView, speaker: str) -> str:
    """A person's full name as first given in the document, else ``speaker`` cleaned up (cached)."""
    key = ("canonical", speaker)
    if key not in document._cache:
        document._cache[key] = _canonical(document, speaker)
    return document._cache[key]


#: A message speaking for its author ("the Secretary-General's message noted …").
_MESSAGE_OWNER = re.compile(
    r"(?i)^(.+?)['’]s\s+(?:congratulatory\s+|welcoming\s+|written\s+)?(?:message|letter|address|greetings?|remarks|statement)"
    r"(?:\s+(?:at|to|in)\s+the\s+[\w\s-]{2,40})?$"
)


#: A body's initials in brackets after its name.
_INITIALS_AFTER = re.compile(r"\s*\([A-ZА-ЯЁ]{2,6}\)$")
_TWO_OFFICES = re.compile(r"^the\s+(?:[a-z-]+\s+){1,3}and\s+(?=(?:[a-z-]+\s+){0,2}minister$)")
#: An honorific standing for its holder ("His Highness remarked"): the person the lead gives it to.
_HONORIFIC_ALONE = re.compile(r"(?i)^(?:his|her)\s+(?:royal\s+)?(?:highness|excellency)$")
#: Kazakhstan's title for its first president alone ("Елбасы", "Лидер нации", "Elbasy").
_LEADER_OF_THE_NATION = re.compile(r"^(?:Елбасы|Лидер\s+нации|Elbasy|the\s+Leader\s+of\s+the\s+Nation)$")
#: The surname keys of Kazakhstan's first president, in Russian and in English.
_RUSSIAN_FIRST_PRESIDENT, _ENGLISH_FIRST_PRESIDENT = surname_key("Назарбаев"), surname_key("Nazarbayev")
#: An honorific before a name ("H.H. Sheikh Abdullah bin Zayed", "His Excellency Mr …").
_HONORIFIC_BEFORE = re.compile(r"(?:\bH\.\s?[HE]\.|\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency))\s+")
#: Two capitalised words a scraped page glued together ("NurlanYermekbayev", "SecretaryGeneral").
_GLUED = re.compile(r"\b([A-ZА-ЯЁ][a-zа-яё]{2,})(?=[A-ZА-ЯЁ][a-zа-яё]{3,}\b)")
#: The square the Russian foreign ministry stands on, which news name for it ("…, - указали на Смоленской площади").
_SMOLENSKAYA = re.compile(r"(?i)^(?:на\s+)?смоленской\s+площади$")
#: A statement named alone as the source ("…, the statement said").
_THE_STATEMENT = re.compile(r"(?i)^the\s+(?:statement|press\s+release|communiqu[eé])$")
#: A message named alone as a statement's source ("…, the message underscored").
_THE_MESSAGE = re.compile(r"(?i)^the\s+(?:congratulatory\s+|welcoming\s+)?(?:message|letter|greetings)$")


def _canonical(document: ReadDocumentView, speaker: str) -> str:
    speaker = re.sub(r"[’']s$", "", " ".join(speaker.split()).strip(" ,.;:"))  # "President Tokayev’s (proposal)"
    speaker = _GLUED.sub(r"\1 ", speaker)  # "NurlanYermekbayev": a page that lost its spaces
    owner = _MESSAGE_OWNER.match(speaker)
    if owner:
        speaker = owner.group(1)
    if _THE_MESSAGE.match(speaker) and (sender := message_from(f"{document.title} . {document.lead_text}")):
        return canonical(document, sender)  # "the message underscored": the sender the lead names
    if _THE_STATEMENT.match(speaker) and (issuer := statement_issuer(f"{document.lead_text} {document.later_text}")):
        return issuer  # '"…," the statement said' after "a statement issued by the Border Security Force"
    if _SMOLENSKAYA.match(speaker):  # "…», - указали на Смоленской площади": the Russian foreign ministry's address
        return "МИД России"
    if speaker == document.speaker and document.author:
        return document.author  # the title's office, named in the text
    speaker = _TWO_OFFICES.sub("the ", speaker)  # "the deputy prime minister and foreign minister": the second post
    names = person_names(speaker)
    named = bool(names) and speaker.endswith(names[-1]) and names[-1] != speaker  # ("President of Russia Vladimir
    # Putin" names him; "Гендиректор Института", read as a name, does not)
    bare = _INITIALS_AFTER.sub("", speaker)  # ("the secretary general of the … Organization (SCO)")
    bare = re.sub(r"(?i)\bex-(?=\w)", "", bare)  # "the ex-Secretary General": the former one the lead names
    head = bare.lower().removeprefix("the ") in _BARE_HEADS  # ("the Head of the State")
    if _HONORIFIC_ALONE.match(bare) and (honoured := _honoured_person(document)):
        return honoured
    if _LEADER_OF_THE_NATION.match(bare) and (
        elbasy := document.names.get(_RUSSIAN_FIRST_PRESIDENT) or document.names.get(_ENGLISH_FIRST_PRESIDENT)
    ):
        return nominative(elbasy)  # "По словам Елбасы": the Nursultan Nazarbayev the text names, in the nominative
    if not named and (SINGLE_OFFICE.match(bare) or unnamed_official(speaker) or head):  # "the minister": its holder
        holder = office_holder(document, speaker)
        if holder:
            return holder
    if not names and speaker_type(speaker) == "office_or_body" and (beside := _named_beside(document, speaker)):
        return beside  # "Minister of Culture and Tourism of China": the "Hu Heping, Minister of …," of the text
    if not names and _HELD_POST.search(bare) and speaker_type(speaker) == "office_or_body":
        holder = office_holder(document, speaker)  # "the Speaker of the UAE Federal National Council", "EAEC Board
        if holder:  # Chairman": the one the lead gives that post
            return holder
    if names and clean_name(speaker) == names[-1]:
        holder = patronymic_holder(names[-1], document.names.values())
        if holder and holder != addressed_interviewee(document.paragraphs):  # ("Никита Мендкович" is no "Никита
            return holder  # Андреевич" a question addresses) "Владимир Владимирович": the Владимир Путин named
        known = document.names.get(surname_key(names[-1]))
        if known is None or another_person(names[-1], known):  # "Wang Wenbin" beside the "Wang Yi" of the lead
            return names[-1]
        # the nominative the rules gave, not the lead's case ("Х. Худоёрзода" after "Худоёра Худоёрзоды")
        return names[-1] if fuller_form(names[-1], known) else nominative_of(known, names[-1].split()[-1])
    words = speaker.split()
    if len(words) == 2 and words[0].isupper() and len(words[0]) <= 4:  # "PM Shehbaz": the Shehbaz Sharif the lead
        given_first = [n for n in document.names.values() if words[1] in n.split()[:-1]]  # ("Muhammad Shehbaz …")
        if len(given_first) == 1:  # names, by his given name after the post's initials
            return given_first[0]
    capitalised = [w for w in words if w[:1].isupper() and w.lower().strip(".,") not in TITLE_WORDS]
    titled = len(capitalised) == 1 and all(w == capitalised[0] or w.lower() in TITLE_WORDS for w in words)
    if len(capitalised) == 1 and (len(words) <= 2 or titled):  # ("Foreign Minister Bilawal")
        if surname_key(capitalised[0]) in document.names:  # "Mr. Norov", "Норова"; the nominative the surname gives
            return nominative_of(document.names[surname_key(capitalised[0])], capitalised[0])  # (of a genitive lead)
        given = [n for n in document.names.values() if is_chinese_name(n.split()) and n.split()[-1] == capitalised[0]]
        if len(given) == 1:
            return given[0]  # "Ming" for Zhang Ming, as some wires write a Chinese name's given part
        double = [n for n in document.names.values() if n.split()[-1].endswith(f"-{capitalised[0]}")]
        if len(double) == 1:
            return double[0]  # "Mr Zardari" for the Bilawal Bhutto-Zardari the lead names
        first = sorted({n for n in document.names.values() if n.split()[0] == capitalised[0]}, key=len)
        one = bool(first) and all(first[-1].startswith(n) for n in first)  # ("Bilawal Bhutto" too)
        if one and len(first[-1].split()) > 1 and (titled and len(words) > 1 or len(words) == 1):
            return first[-1]  # "Foreign Minister Bilawal", "Rajnath": the Bilawal Bhutto Zardari the lead names
        family = [n for n in document.names.values() if capitalised[0] in n.split()[:-1]]
        if len(family) == 1 and (capitalised[0].lower() in CHINESE_SURNAMES or titled and len(words) > 1):
            return family[0]  # "Li" for the Premier Li Keqiang the lead names; "Prime Minister Shehbaz" for the
            # Muhammad Shehbaz Sharif it names
        misspelt = [n for n in document.names.values() if one_slip_apart(capitalised[0], n.split()[-1])]
        if len(misspelt) == 1:
            return misspelt[0]  # "Mrizoyev said" for the Ruslan Mirzoyev the lead names: a typo of the page
    return speaker


def _honoured_person(document: ReadDocumentView) -> str | None:
    """The person the document first names after an honorific ("H.H. Sheikh Abdullah bin Zayed Al Nahyan"), as
    the names of the document give him."""
    text = f"{document.lead_text} {document.later_text}"
    for honorific in _HONORIFIC_BEFORE.finditer(text):
        after = text[honorific.end() : honorific.end() + 80]
        named = person_mentions(after)
        if named and after.find(named[0].split()[0]) <= len("Sheikh "):  # ("H.H. Sheikh …", "H.E. Mr …")
            return document.names.get(surname_key(named[0]), named[0])
    return None


#: The shortest surname whose slip of the pen (:func:`one_slip_apart`) is read as that surname: shorter ones are
#: often other people's ("Wang", "Wan").
MIN_SLIP_LETTERS = 6


def one_slip_apart(written: str, surname: str) -> bool:
    """Whether ``written`` is ``surname`` with one slip of the pen: two neighbouring letters swapped ("Mrizoyev"),
    one letter more ("Smironov" for "Smirnov"), one less, or one other; both start with the same letter and the
    surname has at least :data:`MIN_SLIP_LETTERS` letters ("Ермеркбаев" for "Ермекбаев" too). A feminine "-a" is no
    slip ("Ivanova" is not "Ivanov", nor "Иванова" "Иванов")."""
    if written == surname or len(surname) < MIN_SLIP_LETTERS or written[:1] != surname[:1]:
        return False
    if written in (surname + "a", surname + "а", surname[:-1]):
        return False
    if len(written) == len(surname):
        apart = [i for i, (a, b) in enumerate(zip(written, surname)) if a != b]
        swapped = len(apart) == 2 and apart[1] == apart[0] + 1 and written[apart[0]] == surname[apart[1]]
        return len(apart) == 1 or swapped and written[apart[1]] == surname[apart[0]]
    shorter, longer = sorted((written, surname), key=len)
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
