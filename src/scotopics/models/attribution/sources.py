"""Statements whose source is a body or a document, not a person.

Russian wires name an office's press service or a published statement as the
source: "Об этом заявили в пресс-службе президента Казахстана …",
"«…», – говорится в заявлении секретариата ШОС.". The person named inside
such a phrase (the president whose press service spoke) is not the speaker;
the body is, written in the nominative as a reader would note it down.
"""

from __future__ import annotations

import re

from .bodies import BODY_NOMINATIVE, INITIALS, body_nominative, body_source, without_person
from .clauses import AS_OUTLET_WRITES, PHRASE_END, REPORTS_NOW, THIS_BY, THIS_BY_LATER, VIEW_NAMED
from .names import LATIN_SURNAME, TITLE_WORDS, nominative, person_names
from .participles import english_gerund_clause
from .speaker_types import speaker_type
from .subjects import clean_phrase
from .verbs import find_verb

__all__ = [
    "apposition_name",
    "quoted_document_source",
    "message_sender",
    "message_from",
    "speech_giver",
    "name_before_quote",
    "publication_named_after",
    "body_reports",
    "names_the_source_before",
    "source_named_after",
    "source_after",
    "strip_source_tag",
]

#: A quotation closed by the document it comes from: "«…», – говорится в заявлении секретариата ШОС.", "«…», —
#: указано в документе." (or words that report it without quotation marks: "Модернизация позволит …, говорится в
#: сообщении МИД.", "«…», - сказано в тексте документа.")
_SAYS_IN = re.compile(
    r"(?:[»\"”]\s*,?\s*[–—-]+|,)\s*(?:говорится|сообщается|отмечается|подчеркивается|подчёркивается|указывается|уточняется"
    r"|указано|отмечено|сказано)\s+"
    r"в\s+(?:[\w-]+\s+){0,5}?(?:заявлении|сообщении|публикации|документе|тексте|коммюнике|декларации|пресс-релизе)"
    r"(?:\s+(?:в\s+\S+[-\s]канале\s+)?(?P<owner>[^.,;:()]+))?",
    re.IGNORECASE,
)

#: A circumstance where :data:`_SAYS_IN` expects the document's owner ("в коммюнике по итогам заседания …").
_CIRCUMSTANCE_FIRST = re.compile(r"(?i)(?:по\s+(?:итогам|результатам)|в\s+ходе|на|о|об|после|принят\w*)\b")
#: Pieces one of which :data:`_SAYS_IN` needs ("говорится", "указывается", "указано", "отмечено", "сказано").
_SAYS_IN_PIECES = ("ается", "яется", "говорится", "указано", "отмечено", "сказано")
#: Documents named after "в тексте": no body that speaks.
_DOCUMENT_GENITIVES = frozenset("декларации коммюнике документа заявления сообщения соглашения резолюции".split())
#: The same in English: '"…," according to the communique (of the ministry).'
_ACCORDING_TO_DOCUMENT = re.compile(
    r"[\"”]\s*,?\s*according to (?:the|a|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:communiqu[eé]|declaration|statement|document|text|press release)"
    r"(?:\s+(?:of|by|issued by)\s+(?P<owner>[^.,;:()]+))?\s*[.,;]?\s*$",
    re.IGNORECASE,
)


def quoted_document_source(sentence: str) -> tuple[bool, str | None, int]:
    """Whether ``sentence`` is a quotation from a published document, the body that published it, if named, and
    where the words naming the document start."""
    lower = sentence.lower()
    match = _SAYS_IN.search(sentence) if any(map(lower.__contains__, _SAYS_IN_PIECES)) else None
    if not match and "according to" in lower:
        match = _ACCORDING_TO_DOCUMENT.search(sentence)
    if not match:
        return False, None, len(sentence)
    owner = match.group("owner")
    if owner and (owner.split()[0].lower() in _DOCUMENT_GENITIVES or _CIRCUMSTANCE_FIRST.match(owner)):
        owner = None  # "говорится в тексте декларации": the document, not who published it; "в коммюнике по итогам
        # заседания …": when it was published
    body = body_nominative(without_person(owner.strip())) if owner else None
    if match.group(0).startswith(",") and (body is None or body.islower() and " " not in body):
        return False, None, len(sentence)  # "…, говорится в сообщении агентства": no quotation, no body named
    return True, body, match.start()


#: What stands between a message and its sender ("… of greetings from …").
_FROM_SENDER = r"\s+(?:of\s+(?:greetings|congratulations|welcome)\s+)?from\s+"
#: A message read out for its sender: "read out a message from SCO Secretary-General Vladimir Norov noting …".
_MESSAGE_FROM = re.compile(
    rf"(?i)\b(?:message|letter|greetings|address){_FROM_SENDER}"
    r"(?P<sender>[^,;.]{3,100}?)\s+(?P<verb>noting|stressing|saying|underlining|emphasi[sz]ing|highlighting|"
    r"which\s+(?:said|noted|stressed|reads?))\b"
)


#: Where the office a message is from ends: "the SCO Secretary-General | to the participants".
_OFFICE_END = re.compile(r"[,;.:]|\s(?:to|at|in|on|for|was|is|which|that)\s")
#: Where a text says whom a message is from ("a message of greetings from SCO Secretary-General …", "a welcome
#: message by the SCO Secretary-General").
_FROM = re.compile(rf"(?i)\b(?:message|letter|greetings)(?:{_FROM_SENDER}|\s+by\s+)")


#: Who issued a statement the text quotes: "a statement issued by the Border Security Force (BSF)", "According to a
#: statement by the Foreign Office".
_ISSUED_BY = re.compile(
    r"(?i)\b(?:statement|press\s+release|communiqu[eé])\s+(?:(?:issued|released|published)\s+)?by\s+"
    r"(?P<issuer>(?:the\s+)?(?-i:[A-Z])[^,;.:()\"“”]{2,80}?)(?=\s*[,;.:(\"“”]|\s+(?:on|in|at|said|says)\b|$)"
)


def statement_issuer(text: str) -> str | None:
    """The body the text names as the issuer of a statement, a press release or a communiqué, or None."""
    found = _ISSUED_BY.search(text)
    if found is None:
        return None
    issuer = found.group("issuer").strip()
    return issuer if speaker_type(issuer) in ("office_or_body", "country", "group") else None


def message_from(text: str) -> str | None:
    """Who a message is from: the first person the text names within a few words after "message from", else
    the office named right there ("a welcome message by the SCO Secretary-General to the participants")."""
    found = _FROM.search(text)
    if found is None:
        return None
    after = text[found.end() : found.end() + 90]
    named = person_names(after)
    if named:
        return named[0]
    office = _OFFICE_END.split(after, maxsplit=1)[0].strip()
    return office if speaker_type(office) == "office_or_body" else None


def message_sender(sentence: str) -> tuple[str, str] | None:
    """The sender of a message the sentence says was read out or conveyed, and the verb of what it says."""
    lower = sentence.lower()
    sent = any(map(lower.__contains__, ("message", "letter", "greetings", "address")))
    found = _MESSAGE_FROM.search(sentence) if sent else None
    if found is None:
        return None
    named = person_names(found.group("sender"))
    return (named[0] if named else found.group("sender")), found.group("verb").split()[-1].lower()


#: "X delivered a speech in which he emphasized …", "X gave an interview in which she said …": X speaks.
_SPEECH_IN_WHICH = re.compile(
    r"^(?P<giver>[^\"“«]{3,200}?)\s+(?:delivered|made|gave|read|presented)\s+(?:a|an|his|her|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:speech|address|statement|report|interview|presentation|remarks|lecture)\b"
    r"[^.;\"“«]{0,120}?,?\s+(?:in which|during which|where)\s+(?:he|she|they)\s+(?P<verb>[a-z]+)"
)


#: "X thanked Tehran for the visit, saying …", "X met Y, praising …": a courtesy or a meeting reports nothing, the
#: participle after it does, and X speaks; so does a speech ("X delivered an address …, calling on member states to …").
_THEN_SAYING = re.compile(
    r"^(?i:(?:in|for)\s+(?:his|her|its|their)\s+(?:part|turn),\s+|in\s+turn,\s+)?"  # ("For his part, X thanked …")
    r"(?P<giver>[^\"“«,;]{3,120}?)\s+(?:thanked|congratulated|greeted|received|met|hosted|visited|chaired"
    r"|spoke\s+(?=(?:at|to|during|before)\b)|addressed|(?:delivered|made|gave|sent)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}(?:speech|address|remarks"
    r"|message|letter|greetings?))\b"  # ("… sent a video address to the participants … noting that …")
    r"[^\"“«;]{0,160}?(?:,\s+(?P<verb>saying|adding|noting|stressing|emphasi[sz]ing|underlining|calling|urging"
    r"|pointing\s+(?:to|out)|highlighting|praising|expressing|reaffirming|reiterating|voicing)\b"
    r"|\s+(?P<bare>noting|stressing|emphasi[sz]ing|underlining)\s+that\b)"  # (no comma before "… that")
)


def speech_giver(sentence: str) -> tuple[str, str] | None:
    """Who gave the speech or interview in which "he" said what the sentence reports, or who thanked or met
    someone ", saying …", and the verb."""
    found = _SPEECH_IN_WHICH.search(sentence) if "which" in sentence or "where" in sentence else None
    if found is not None and find_verb(found.group("verb")) is None:
        return None  # ("… in which he arrived")
    found = found or (_THEN_SAYING.search(sentence) if ", " in sentence else None)
    if found is None:
        return None
    named = person_names(found.group("giver"))
    verb = found.group("verb") or found.group("bare")
    return (named[-1] if named else found.group("giver")), verb.lower()


#: A name, when and where it spoke, a colon and a quotation ('Pezeshkian before his departure: "Shanghai Summit …').
_NAME_BEFORE_QUOTE = re.compile(
    r"^\s*(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})\s+(?:before|after|on|at|during|in|to)\s+[^:\"“«]{2,60}:\s*[\"“«]"
)


#: A caption in capitals before a quotation, as a video's transcript gives it ('CHEN ZHOU, VP CHINA COUNCIL FOR …
#: “I suggest …', "LUO SHUGANG CHINESE MINISTER OF CULTURE", "AMBASSADOR ASHRAF J. QAZI SPECIAL REP. …").
_CAPTION_BEFORE_QUOTE = re.compile(r"^\s*(?P<caps>[A-Z][A-Z.,’'&\s-]{3,160}?)\s*[“\"«]")
#: A caption's name: two words after any title words, with an initial between (or up to three before a comma).
_CAPTION_NAME = re.compile(r"^(?:[A-Z]{2,}(?:[\s-][A-Z]{2,}){1,2}(?=,)|[A-Z]{2,}\s(?:[A-Z]\.\s)?[A-Z]{2,}\b)")


def name_before_quote(sentence: str) -> str | None:
    """The person whose words follow his name and a colon, with when or where he spoke between them, or his name and
    post in capitals (a video's caption, its name written as a name)."""
    caption = _CAPTION_BEFORE_QUOTE.match(sentence) if sentence[:2].isupper() else None
    words = caption.group("caps").split() if caption else []
    while words and words[0].lower().strip(".,") in TITLE_WORDS:
        words = words[1:]  # ("AMBASSADOR ASHRAF J. QAZI …")
    named = _CAPTION_NAME.match(" ".join(words))
    name = named.group(0).title() if named else ""
    if name and person_names(name) and TITLE_WORDS.isdisjoint(name.lower().split()):
        return name
    found = _NAME_BEFORE_QUOTE.match(sentence) if ":" in sentence else None
    name = found.group("name") if found else ""
    if found and english_gerund_clause(sentence[found.start("name") :].split()):
        return None  # "Referring to decades of terror, he added: “…": a participle's clause, no name
    surname = LATIN_SURNAME.fullmatch(name) is not None and speaker_type(name) == "office_or_body"  # "Pezeshkian"
    return name if person_names(name) or surname else None


#: A wire's source tag glued after a sentence's end ("….(Source: astanatimes)", "… said. (AKIpress)").
_SOURCE_TAG = re.compile(r"(?<=[.!?»”\"])\s*\((?:source|источник)?\s*:?\s*[\w .:/-]{2,40}\)\s*$", re.IGNORECASE)


def strip_source_tag(sentence: str) -> str:
    """``sentence`` without a source tag after its end, which would hide the speaker named just before it."""
    return _SOURCE_TAG.sub("", sentence) if sentence.endswith(")") else sentence


#: "Об этом говорится в сообщении департамента … МИД РФ": the publication that is the source of what came before.
_THIS_IN_PUBLICATION = re.compile(
    r"^\s*об\s+этом\s+(?P<verb>говорится|сообщается|отмечается|указывается|подчеркивается|подчёркивается)\s+в\s+"
    r"(?:[\w-]+\s+){0,3}?(?:заявлении|сообщении|публикации|пресс-релизе|коммюнике|материале)\s+(?P<owner>[^.,;:()]+)",
    re.IGNORECASE,
)
#: "В МИД сообщили, что …", "В пресс-службе Кремля заявили …": the body reports (Russian names no subject).
_BODY_REPORTS = re.compile(  # (after a linking word too: "Кроме того, в МИД Афганистана отметили …")
    r"^\s*(?:(?:кроме того|также|при этом|вместе с тем|в свою очередь|однако|между тем|ранее|накануне),?\s+)?"
    r"(?:в|во)\s+(?P<body>[^,;:()«\"]{2,80}?)\s+(?P<verb>сообщили|заявили|отметили|подчеркнули|уточнили|пояснили|опровергли"
    r"|рассказали|сообщают|заявляют|отмечают|подчеркивают|подчёркивают|считают|уточняют|поясняют)\b",  # ("В РАТС ШОС
    # считают …")
    re.IGNORECASE,
)


def publication_named_after(sentence: str) -> tuple[str, str] | None:
    """The body whose publication "Об этом говорится в сообщении …" names as the source of the sentences
    before, and the verb; None when the sentence does not open so."""
    found = _THIS_IN_PUBLICATION.match(sentence)
    if found is None or _CIRCUMSTANCE_FIRST.match(found.group("owner").strip()):
        return None  # ("Об этом говорится в коммюнике по итогам совещания …": when, not who)
    return body_nominative(without_person(found.group("owner").strip())), found.group("verb").lower()


def body_reports(sentence: str) -> tuple[str, str] | None:
    """The body that reports in "В МИД сообщили, что …" (a body noun or initials, not a place: "В Бишкеке
    заявили" names nobody), and the verb."""
    found = _BODY_REPORTS.match(sentence)
    if found is None:
        return None
    body = found.group("body")
    if INITIALS.fullmatch(body) is None and body.split()[0].lower() not in BODY_NOMINATIVE:
        return None
    return body_nominative(without_person(body)), found.group("verb").lower()


#: The longest apposition (in words) that may follow a speaker's office: "…, главный санитарный врач РФ Анна Попова,".
APPOSITION_WORDS = 10


def apposition_name(sentence: str, start: int) -> list[str]:
    """The person an apposition at ``start`` names at its end, before the next comma, or nothing."""
    apposition, comma, _ = sentence[start:].partition(",")
    names = person_names(apposition) if comma and len(apposition.split()) <= APPOSITION_WORDS else []
    return names[-1:] if names and apposition.rstrip().endswith(names[-1]) else []


#: An outlet named in quotation marks right after the verb, as the one spoken to ("рассказал «Интерфаксу»").
_QUOTED_OUTLET = re.compile(r"^[«\"“„][^»\"”]{1,40}[»\"”]\s+")


def source_after(sentence: str, this_by: re.Match[str]) -> str:
    """The source named after "Об этом заявил" / "This was stated by": its person, else the phrase (after the
    outlet it spoke to: "Об этом рассказал «Интерфаксу» источник в правительстве")."""
    rest = _QUOTED_OUTLET.sub("", sentence[this_by.end() :], count=1)
    rest = _WHEN_FIRST.sub("", rest, count=1)  # "Об этом заявил сегодня Президент Беларуси": not "сегодня"
    body = body_source(rest)  # "Об этом заявили в пресс-службе президента …": the press service
    if body:
        return body
    head = _CIRCUMSTANCE.split(f" {rest}", maxsplit=1)[0].strip() or rest  # not a person named in the circumstance
    named = person_names(head)
    if named:
        return named[0]
    before = sentence[this_by.start() : this_by.start("verb")]  # "Об этом генсек ОДКБ Станислав Зась заявил в …"
    subject = [name for name in person_names(before) if nominative(name) == name]  # not "с Сергеем Лавровым"
    return subject[-1] if subject else clean_phrase(PHRASE_END.split(head, maxsplit=1)[0].rstrip(" .!…"))


#: When, before the source: "сегодня", "вчера", "в понедельник", "today".
_WHEN_FIRST = re.compile(
    r"(?i)^\s*(?:сегодня|вчера|накануне|днём|днем|today|yesterday"
    r"|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\b,?"
)
#: The circumstance after a source, which may name other people ("сообщила пресс-служба президента по итогам участия
#: секретаря Совбеза Гизата Нурдаулетова в …").
_CIRCUMSTANCE = re.compile(
    r"\s(?:по\s+итогам|в\s+ходе|во\s+время|в\s+рамках|на\s+полях|в\s+связи\s+с|со\s+ссылкой\s+на|ссылаясь\s+на)\s"
)  # (and the source it cites: "Об этом сообщает НИАТ «Ховар» со ссылкой на «Синьхуа»")


#: The present tense of a news item's attribution ("Об этом сообщает ТАСС."), which the reporting verbs leave out.
_REPORTS_NOW = frozenset(REPORTS_NOW)


def source_named_after(sentence: str) -> re.Match[str] | None:
    """The "Об этом заявил …" / "This was stated by …" opening of ``sentence``, when its verb reports
    (also after a circumstance: "Об этом на саммите ШОС заявил …")."""
    for opening in (THIS_BY, THIS_BY_LATER):
        match = opening.match(sentence)
        if match is None:
            continue
        if find_verb(match.group("verb")) or match.group("verb").lower() in _REPORTS_NOW or _VIEW.match(sentence):
            return match
    return None


_VIEW = re.compile(rf"(?i)^\s*(?:{VIEW_NAMED})\b")


#: "Об этом говорится в тексте итоговой декларации." (also after "Как передает Report со ссылкой на ТАСС, "): the
#: sentences before are the document's words.
_THIS_IN_DOCUMENT = re.compile(
    rf"(?i)^\s*{AS_OUTLET_WRITES}об\s+этом\s+"
    r"(?:говорится|сообщается|отмечается|указывается)\s+в\s+(?:тексте\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:декларации|документе|документа|коммюнике|резолюции|заявлении|заявления|сообщении|сообщения|публикации)\b"
)


def names_the_source_before(sentence: str) -> bool:
    """Whether ``sentence`` names the source of the one before it ("Об этом заявил X.", "This was stated by X.",
    "Об этом говорится в сообщении X.", "Об этом говорится в тексте декларации.")."""
    return (
        source_named_after(sentence) is not None
        or publication_named_after(sentence) is not None
        or _THIS_IN_DOCUMENT.match(sentence) is not None
        or _MADE_THE_REMARKS.match(sentence) is not None
        or ("told" in sentence and _TOLD_OUTLET.match(sentence) is not None)
    )


#: A wire's sentence after its lead: "Amir-Abdollahian made the remarks during a Monday meeting with …", "He made
#: the comments after …", "… Stanislav Zas made the statement after a session of …".
_MADE_THE_REMARKS = re.compile(r"^[^,;:“”«»\"]{2,200}?\bmade\s+(?:the|these|those)\s+(?:remarks|statement|comments)\b")
#: A sentence that only says who told an outlet what the sentence before said ("… from this country." / "SCO
#: Secretary General Vladimir Norov told TASS on Tuesday."), by name or post (a pronoun there is resolved elsewhere).
_TOLD_OUTLET = re.compile(
    r"^(?!(?i:he|she|they|it|we|i)\s)[^,;:“”«»\"]{2,160}?\s+told\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s*){1,4}(?:\s*(?:on|in)\s+[A-Z]?\w+(?:\s+\d{1,2})?)?\.?$"
)
