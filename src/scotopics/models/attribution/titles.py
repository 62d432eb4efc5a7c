"""Who speaks in a speech or interview, read from its title.

"Address by SCO Secretary-General Rashid Alimov at …", "Выступление Президента … на …",
"Bolat Nurgaliyev: The crisis is a test": the person named, else the office as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .names import COUNTRIES, LONE_SURNAME, NOT_PERSON, TITLE_WORDS, bare_word, common_word, nominative, person_names
from .offices import opens_with_russian_office
from .speaker_types import titled_surname

__all__ = ["title_speaker", "title_or_author_heading", "repeated_surname", "addressing"]
__all__ += ["headline_surname", "closing_name", "site_path", "after_site_path"]

_SPEECH_HEAD = (
    r"(?:opening |welcoming |closing |congratulatory |video )?(?:address|speech|remarks|statement|report|greeting|"
    r"lecture|message|interview|transcript|answers|press conference|press briefing|briefing|intervention|"
    r"(?:вступительное )?слово|выступлени[ея](?: и ответы на вопросы(?: сми)?)?|речь|интервью|ответы|обращение|"
    r"заявление)(?:\s+and\s+answers\s+to\s+(?:the\s+)?(?:media\s+|press\s+|journalists['’]?\s+)?questions)?"
)
#: Words that say where or when a speech was given or what about, never who gave it ("Speech at the summit …",
#: "Заявление о сотрудничестве …").
_PLACE = r"(?:at|to|on|in|during|before|after|following|marking|ahead|about|на|по|в|перед|о(?=\s)|об(?=\s))"
#: An outlet given an interview, in the dative ("Интервью белорусскому телеканалу", "… газете «Известия»").
_OUTLET = r"(?:[а-яё]+(?:ому|ему|ой)\s+)?(?:газет|телеканал|агентств|информагентств|радио|журнал|издани|портал|сайт)"
#: "Address by SCO Secretary-General Rashid Alimov at the opening …", "Выступление Президента … на …"
_SPEECH_BY = re.compile(
    rf"^(?:(?:full\s+)?text\s+of\s+(?:the\s+)?|(?:полный\s+)?текст\s+|full\s+|полная\s+)?{_SPEECH_HEAD}\s+(?:by|of|with)?\s*(?!{_PLACE}\b)"
    rf"(?!{_OUTLET})(?P<who>.+?)"
    r"(?:\s+(?:at|to|on|in|during|before|after|following|marking|ahead|(?-i:на|по|в|перед))\b|'s\b|’s\b|:|$)",
    re.IGNORECASE,
)
#: "Выступление на церемонии вступления в должность Генерального секретаря Владимира Норова": the speaker in the
#: genitive at the end, after where the speech was given (not "… встрече с Владимиром Путиным")
_RUSSIAN_SPEECH_AT = re.compile(
    r"^(?i:(?:вступительное\s+)?(?:слово|выступлени[ея]|речь|обращение)\s+(?:на|в|по))\s+[^:]+?\s"
    r"(?<!\sс\s)(?<!\sсо\s)(?P<who>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$"
)
#: "Bolat Nurgaliyev: The crisis is a test", "Чжан Мин: ШОС сохраняет единство"
_NAME_COLON = re.compile(r"^(?P<who>[^:«»“”\"']{3,90}?):\s")
#: "Li Qiang's speech at the …", "Wang Yi's remarks to the press" (a name, not a clause: "Pakistan has sent out a
#: clear message during Prime Minister Shehbaz Sharif's address …" is a news headline about the speech).
_POSSESSIVE_SPEECH = re.compile(
    rf"^(?:(?:full\s+)?(?:text|transcript)\s+of\s+)?(?P<who>(?:[^:\s]+\s+){{0,5}}[^:\s]+?)['’]s\s+(?:full\s+)?{_SPEECH_HEAD}\b",
    re.IGNORECASE,
)
_TITLE_PATTERNS = (
    _SPEECH_BY,
    # "Remarks at the SCO Energy Forum by Vice Premier Zhou Wenbo": the place first, the speaker after "by"
    re.compile(rf"^{_SPEECH_HEAD}\s+{_PLACE}\s+.+?\s+by\s+(?P<who>[^,:]+?)$", re.IGNORECASE),
    _RUSSIAN_SPEECH_AT,
    # "Transcript of SCO Secretary-General Zhang Ming's year-end news conference"
    re.compile(r"^(?:transcript|text) of (?P<who>.+?)['’]s\b", re.IGNORECASE),
    _NAME_COLON,
    # "President Shavkat Mirziyoyev delivers address at …", "Kassym-Jomart Tokayev makes a speech at …"
    re.compile(
        r"^(?P<who>[^:]+?)\s+(?:delivers|delivered|gives|gave|makes|made)\s+(?:an?\s+|his\s+|her\s+)?"
        r"(?:keynote\s+)?(?:address|speech|remarks|statement)\b",
        re.IGNORECASE,
    ),
    # "UNODC Executive Director remarks at SCO high-level side event": an office, then its speech
    re.compile(r"^(?P<who>[^:]+?)(?<!['’]s)\s+(?:remarks|statement|speech|address)\s+(?:at|to|on|before)\s", re.I),
    # "Azerbaijan’s Foreign Minister Jeyhun Bayramov addresses 7th CICA Ministerial Council meeting"
    re.compile(r"^(?P<who>[^:]+?)\s+(?:addresses|addressed)\s+(?:the\s+)?(?:\d+\w*\s+)?(?-i:[A-Z])", re.IGNORECASE),
    _POSSESSIVE_SPEECH,
    # "SCO Secretary-General Rashid Alimov's interview with" ("President Xi's joint written interview with"),
    # "X answers questions", "X interviewed by",
    # "X speaks with the Financial Express on …"
    re.compile(
        r"^(?P<who>.+?)(?:['’]s\s+(?:(?:joint|written|exclusive|recent|first|full)\s+){0,3}interview"
        r"|\s+(?:answers|interviewed|briefs|at a press conference|on the|on\s"
        r"|(?:speaks|talks)\s+(?:with|to)\s))",
        re.IGNORECASE,
    ),
    # "Касым-Жомарт Токаев о будущем ШОС": a person's view on a topic (a full name alone)
    re.compile(r"^(?:[^:]{1,30}:\s+)?(?P<who>[А-ЯЁ][\w.’'-]+(?:\s+[А-ЯЁ][\w.’'-]+){1,2})\s+(?:о|об)\s"),
)


#: A headline that quotes its speaker, named alone after a colon ("India attaches special importance to SCO: Bhupender
#: Yadav").
_NAME_AFTER_COLON = re.compile(r"^[^:]{12,}:\s+(?P<who>[^:,.;!?«»“”\"]{3,40}?)\s*$")
#: A headline's verb that the "X … on …" pattern may take into the speaker.
_HEADLINE_VERBS = (
    r"calls|urges|says|stresses|proposes|hopes|vows|pledges|wants|insists|reaffirms|warns|focuses|speaks|congratulates"
    r"|emphasi[sz]es|underlines|underscores|highlights|reiterates|hails|lauds|praises|welcomes|backs|seeks"
)
_HEADLINE_VERB = re.compile(rf"\s+(?:{_HEADLINE_VERBS})$", re.IGNORECASE)
#: A headline's verb with its object, inside what a pattern took for the speaker ("UN chief congratulates India,
#: Pak on …"): a clause, no speaker.
_VERB_WITH_OBJECT = re.compile(rf"\s(?:{_HEADLINE_VERBS})\s", re.IGNORECASE)


#: A headline's verb of holding an event, inside what a pattern took for the speaker.
_EVENT_VERB = re.compile(r"\s(?:hosts|hosted|holds|held|organi[sz]es|organi[sz]ed|opens|opened|launches|launched)\s")
#: A headline's kicker before the title proper ("Full Text: Remarks by …", "Exclusive: …").
_KICKER = re.compile(
    r"^(?:full\s+text|text|transcript|video|photo|exclusive|update|opinion|editorial|analysis|factbox|explainer|"
    r"roundup|commentary|feature|interview|live|breaking|полный\s+текст|текст|видео|эксклюзив)\s*[:|]\s+"
    r"|^(?:[A-Z]{1,4}-\d+,\s+)?\d{1,2}\s+[A-Za-z]+\s+\d{4},\s+",  # a release's number, date: "QA-3, 5 May 2013, "
    re.IGNORECASE,
)
#: A headline that announces an event ("SCO Heads of Government Council to meet on …"): its subject speaks not.
_ANNOUNCED = re.compile(r"\bto\s+(?:meet|be|hold|host|open|gather|convene|discuss|sign|launch|start|visit)\b", re.I)
#: A verb and what it adopted after a headline's subject ("Heads of CSTO Foreign Ministries Adopt Statement on …"):
#: the subject issued the document.
_ADOPTING_VERB = re.compile(
    r"(?i)\s(?:adopts?|adopted|approves?|approved|issues?|issued|signs?|signed|releases?|released)(?:\s+\S+){0,3}$"
)


#: The outlet an interview was given to, after the interviewee ("… with RIA Novosti", "… to TASS").
_TO_OUTLET = re.compile(r"\s+(?:with|to)\s+(?=[A-Z]{2,}\b|RIA\b|[A-Z][a-z]+\s+(?:News|Novosti|Times|Daily)\b)")


@lru_cache(maxsize=1024)
def title_speaker(title: str) -> str | None:
    """Who speaks in a speech or interview, from its title: a person's name, else the office as written."""
    title = _TRANSLATION.sub("", _KICKER.sub("", _BREADCRUMB.sub("", " ".join(title.split()))))
    if not title:
        return None
    signed = _NAME_AFTER_COLON.match(title)  # "India attaches special importance to SCO: Bhupender Yadav"
    if signed and person_names(signed.group("who")) == [signed.group("who")]:
        return signed.group("who")
    for pattern in _TITLE_PATTERNS:
        match = pattern.search(title)
        if not match:
            continue
        who = match.group("who")
        if match.group(0).endswith("interviewed") and not title[match.end() :].lstrip().startswith("by"):
            who = title[match.end() :]  # "… television channel interviewed SCO Secretary-General X before …": X
        # "CGTN: Afghanistan: SCO Secretary-General on …": the speaker is the part after the last colon
        if pattern is not _NAME_COLON:
            who = who.rsplit(": ", 1)[-1]
        who = _HEADLINE_VERB.sub("", who.strip(" ,.-–—"))  # "Chinese vice premier calls on …": no "calls"
        who = _ADOPTING_VERB.sub("", who)  # "UN General Assembly adopts resolution on …": the Assembly
        who = _TO_OUTLET.split(who, maxsplit=1)[0]  # "Interview of the Ambassador with RIA Novosti (7 September)"
        if (
            not who
            or who.lower().startswith(("interview", "sco summit"))
            or len(who.split()) > 12
            or _ANNOUNCED.search(who)
            or re.match(r"[\W_]*\d", who)  # a postal address ("Address :550 Dalian Road"), no speaker
            or _EVENT_VERB.search(who)  # "Uzbek embassy in Ashgabat hosts briefing on …": an event, no speech
            or _VERB_WITH_OBJECT.search(who)
        ):
            continue
        russian = bool(re.search("[а-яё]", who, re.IGNORECASE)) and pattern in (_SPEECH_BY, _RUSSIAN_SPEECH_AT)
        names = person_names(_unshouted(who) if who.isupper() else who)  # ("SPEECH OF THE PRESIDENT … MIRZIYOYEV")
        if russian and not names and re.search(r"[А-ЯЁ]\.\s?[А-ЯЁ]?\.?\s?-?[А-ЯЁ][а-яё]+", who):
            names = [re.findall(r"(?:[А-ЯЁ]\.\s?-?){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", who)[-1]]
        if names:
            return nominative(names[-1]) if russian else names[-1]
        office = any(bare_word(w) in TITLE_WORDS - {"the", "of", "sco", "state"} for w in who.split())
        if pattern is not _SPEECH_BY and not (office and len(who.split()) <= 8):
            continue  # "RATS: drugs …", "Experts call for SCO rules on …" name no speaker
        if russian:
            return nominative(who)
        if who[:1].isupper() and not who.lower().startswith(("the ", "a ", "an ")) and "'s" not in who:
            return who if "’s" in who or titled_surname(who) else f"the {who}"  # ("President Xi" names him)
        return who
    return None


#: Words a title in capitals writes small once it is written as usual.
_SMALL_WORDS = frozenset("of the and at in on for to by a an на в во по перед с и".split())


def _unshouted(text: str) -> str:
    """A title in capitals written as usual: "THE PRESIDENT OF UZBEKISTAN SHAVKAT MIRZIYOYEV" → "the President of
    Uzbekistan Shavkat Mirziyoyev", so that the name is found."""
    return " ".join(w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in text.split())


def title_or_author_heading(title: str, headings: Iterable[str]) -> str:
    """The title the speaker rules read: ``title``, unless it names no speaker and one of the ``headings`` before
    the text does ("Deepening cooperation" / "— Address by President X at …"), or it names an office and a heading
    names a person ("Statement by Deputy Foreign Minister at …" / "Statement by Hon. Ajith P. Perera, …"): then
    that heading."""
    found = title_speaker(title)
    if found and person_names(found) == [found]:
        return title
    named = [h.strip(" —–-") for h in headings]
    speakers = [title_speaker(h) for h in named]
    person = next((h for h, who in zip(named, speakers) if who and person_names(who) == [who]), None)
    if person or found:
        return person or title
    return next((h for h, who in zip(named, speakers) if who), title)


#: A translation's note before the title ("English translation of Prime Minister’s Intervention in …", "Перевод
#: выступления …").
_TRANSLATION = re.compile(r"(?i)^(?:english\s+|russian\s+|unofficial\s+)?(?:translation\s+of\s+(?:the\s+)?|перевод\s+)")
#: A site's path before the title ("Home // Visits // Statement by …", "Главная > Новости > …").
_BREADCRUMB = re.compile(r"(?i)^(?:home|main|главная)\s*(?:(?://|>|»|›)\s*[^/>»›]{1,60}?\s*)*(?://|>|»|›)\s*")
#: A headline that reports someone's speech by its verb of speaking in public ("Путин выступил на встрече …",
#: "Modi addresses the SCO summit"), not by a verb of saying.
_ADDRESSED = re.compile(
    r"^\W*(?P<who>[^,:;.]{2,60}?)\s+(?:выступил[аи]?\s+(?:на|с|перед)\s|addresse[sd]\s|(?:spoke|speaks)\s+at\s)"
)


#: A headline giving a surname the floor ("Lavrov: SCO …"); a dateline in capitals gives it to no one ("ISLAMABAD:").
_SURNAME_HEADLINE = re.compile(
    r"^([A-ZА-ЯЁ][a-zа-яё][\w’'-]*):\s"
    # or owns the speech it gives ("Full text of Xi's address at SCO summit")
    r"|^(?i:full\s+text(?:\s+of)?:?\s+)?([A-Z][a-z][\w-]*)['’]s\s+(?i:(?:\w+\s+)?(?:speech|address|remarks|statement))\b"
)
#: A headline closing on the surname of whom it quotes ("Iran determined to play active role in SCO: Amir-Abdollahian"),
#: or the full name after a dash ("Kyrgyzstan attaches importance to participation in SCO - Sadyr Japarov").
_CLOSING_NAME = re.compile(r"(?::|\s[-–—])\s+((?:[A-ZА-ЯЁ][a-zа-яё][\w’'-]*\s+){0,2}[A-ZА-ЯЁ][a-zа-яё][\w’'-]*)\s*$")


def site_path(line: str) -> bool:
    """Whether a line is only a site's path ("HOME > News", "Home > China News"): the page's menu stands above
    it, its title below."""
    found = _BREADCRUMB.match(line.strip())
    return found is not None and len(line.strip()[found.end() :].split()) <= SITE_SECTION_WORDS


#: The longest section name that ends a line of a site's path.
SITE_SECTION_WORDS = 3


def after_site_path(lines: Sequence[str]) -> int:
    """Where the lines before a page's text start to matter: after its last line that is only a site's path (the
    menu stands above it, the title below), else 0."""
    return max((k + 1 for k, line in enumerate(lines) if site_path(line)), default=0)


def headline_surname(title: str) -> str | None:
    """The surname a headline opens with before a colon ("Lavrov: SCO …") or as the owner of the speech it gives
    ("Full text of Xi's address …"), or None."""
    found = _SURNAME_HEADLINE.match(title)
    return found.group(1) or found.group(2) if found else None


def closing_name(title: str) -> str | None:
    """The surname or name a headline closes on after a colon or a dash ("…: Amir-Abdollahian", "… - Sadyr
    Japarov"), or None."""
    found = _CLOSING_NAME.search(title)
    return found.group(1) if found else None


def addressing(title: str) -> str | None:
    """Who a headline says spoke in public ("Путин выступил на встрече в формате «ШОС плюс»": "Путин"), or None."""
    found = _ADDRESSED.match(title)
    return found.group("who").strip() if found else None


#: Capitals that headlines make speak for their governments ("Moscow calls for …", "Пекин призвал …").
_CAPITALS = frozenset(
    "moscow beijing tashkent astana bishkek dushanbe islamabad delhi tehran minsk kabul ulaanbaatar baku yerevan "
    "ashgabat washington brussels kremlin москва пекин ташкент астана бишкек душанбе исламабад дели тегеран минск "
    "кабул улан-батор баку ереван ашхабад вашингтон брюссель кремль".split()
)


def repeated_surname(word: str, text: str, times: int = 2) -> bool:
    """Whether ``word`` is a surname standing alone that ``text`` names at least ``times`` times ("Jaishankar calls
    for …" over "… Jaishankar said", "Jaishankar reaffirmed …"); not a title, country, place or common word."""
    if not LONE_SURNAME.fullmatch(word) or bare_word(word) in TITLE_WORDS | NOT_PERSON | COUNTRIES | _CAPITALS:
        return False
    if opens_with_russian_office(word):
        return False  # "Президент", an office
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) >= times and not common_word(word)
