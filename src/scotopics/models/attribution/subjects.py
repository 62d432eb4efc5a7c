"""The subjects of reporting verbs: the grammar under the attribution rules.

:func:`speaker_phrase` takes the noun phrase that governs a reporting verb (found by :func:`~.verbs.find_verb`),
or the agent of a passive ("was adopted by the ministers"); :func:`clean_phrase` prepares the text it reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .clauses import ASIDE, COORDINATED, INVERTED_PASSIVE, SUBORDINATE, THINKER_BEFORE_THAT, who_antecedent
from .names import (
    CHINESE_SURNAMES,
    GROUP_WORDS,
    LATIN_SURNAME,
    LONE_SURNAME,
    NOT_PERSON,
    person_names,
)
from .other_verbs import AFTER_SUBJECT_WORDS, before_other_verb
from .participles import (
    NOMINATIVE_PARTICIPLE_ENDINGS,
    PARTICIPLE,
    SURNAME,
    english_gerund_clause,
    gerund_clause,
    participle_clause,
)
from .phrases import FRONTED_OBJECT, LEADING_DATE, RUSSIAN_CIRCUMSTANCE, clean_phrase
from .russian_subjects import (
    ADJECTIVE_ENDINGS,
    OFFICES_AFTER,
    RUSSIAN_OFFICE_NOUNS,
    SUBJECT_NOUNS,
    after_gerund_clause,
)
from .speaker_types import speaker_type
from .verbs import AGENT, PASSIVE, VERBS, Verb, find_verb, main_verb, noun_form

__all__ = ["VERBS", "Verb", "find_verb", "main_verb", "noun_form", "speaker_phrase", "clean_phrase", "MODALS"]
__all__ += ["RUSSIAN_OFFICE_NOUNS", "OFFICE_WORDS", "RUSSIAN_CIRCUMSTANCE", "AFTER_SUBJECT"]

#: Offices one person holds (word beginnings), in English and Russian.
OFFICE_WORDS = (
    r"minister|president|secretary|ambassador|chairman|chair|director|министр|президент|премьер|"
    r"председател|генеральн\w* секретар|генсекретар|посол|глава|директор|"
    r"зам(?:директор|министр|глав|генсек|пред)"  # "Замдиректора ФСБ", "замминистра": a deputy's office
)
#: An office that can head a speaker phrase ("Российский министр", "The Minister").
_OFFICE = re.compile(rf"(?i)\b(?:{OFFICE_WORDS})")
#: Posts besides offices that an apposition after a name gives ("Fyodor Lukyanov, Editor-in-Chief of …, told").
_APPOSITION_POST = re.compile(
    r"(?i)\b(?:editor|chief|head|spokes\w+|advis[eo]r|envoy|representative|professor|analyst|expert|researcher"
    r"|fellow|rector|редактор|эксперт|аналитик|профессор|советник|представител|ректор|руководител)"
)
#: Modal verbs: a phrase with one is a clause, never the subject of a reporting verb.
MODALS = frozenset({"should", "must", "will", "would", "shall", "can", "could", "may", "might", "должны", "будет"})

_CLAUSE_BREAK = re.compile(  # clause breaks, and a dateline's end ("(UzA) -- ", "/ТАСС/. ", "– РИА Новости. ",
    r"[,;:–—(]\s+(?!член)|\s[–—]\s(?!член)|\s--\s|\(\w[\w ./-]{0,24}\)\s*(?:--|[-–—:])\s|/\w[\w -]{0,24}/\.?\s|[“”\"«»]"
    r"|(?<=[а-яё]{3})\.\s+(?=[А-ЯЁ])|(?<=[a-z]{3})\.(?=[A-Z][a-z])"  # (a full stop glued: "countries.Xi said")
    r"|\s+while\s+(?=[a-z]+ing\b)"  # ("Tajikistan and Uzbekistan while reaffirming …")
    r"|^[A-ZА-ЯЁ][\w.]*(?:\s[A-ZА-ЯЁ][\w.]*)?\s-\s"  # "Islamabad - ")
)


_SPEAKER_STARTS = {"the", "he", "she", "we", "i", "they", "он", "она", "они", "мы", "я"}
#: A preposition that ends a passive's agent ("by the heads of government of the CIS on the prospects …").
_AGENT_END = re.compile(
    r"\s+(?:on|in|at|during|for|to|with|after|before|under|regarding|as|is|are|was|were|which|who|and(?=\s+[a-z]+ed\b))\s+"
)
#: Quantifiers before a group ("many experts", "some analysts").
_QUANTIFIERS = frozenset({"many", "some", "most", "several", "all", "многие", "некоторые", "ряд", "все"})
#: Possessive determiners before a group ("its participants", "его участники").
_POSSESSIVES = frozenset({"its", "their", "его", "её", "ее", "их"})


#: The opening of such a clause ("during which", "at which"), after which its subject stands.
_WHICH_CLAUSE = re.compile(r"\b(?:during|at|in|after|following)\s+which\s+(?=(?:the\s+)?[A-ZА-ЯЁ])")


#: Russian relative pronouns in the nominative: the subject of their clause is the noun before the comma.
_RELATIVE_PRONOUNS = frozenset({"который", "которая", "которое", "которые"})
#: An English relative pronoun right before a verb: the verb is the relative clause's, not the sentence's.
_RELATIVE_BEFORE = re.compile(r"\s(?:that|which|who)\s*$")
#: Russian demonstratives that stand for a thing said or done before ("Это подчеркнуло …"), never for a speaker,
#: and what a relative clause said ("Главное, о чем сказал Президент …": the subject follows the verb).
_DEMONSTRATIVES = re.compile(r"(?i)^(?:это|то|эти|вс[её] это|там|здесь)$|\b(?:о|об)\s+ч[её]м$")  # (or a place)


#: A noun for a person in an apposition after his name ("Zhang, Chinese diplomat, said").
#: "We, the heads of state of …, …" before the verb: the declarers, not the last state of their list.
_WE_DECLARERS = re.compile(
    r"(?i)^\W*(?:(?:today|сегодня),?\s+)?(?:we|мы),\s+(?P<who>(?:the\s+)?(?:heads\s+of\s+(?:state|government)s?"
    r"|leaders|ministers|главы\s+(?:государств|правительств)|руководители\s+государств|лидеры|министры))\b(?=[^,]*,)"
)
_PERSON_NOUN = re.compile(r"(?i)\b(?:diplomat|expert|analyst|scholar|professor|researcher)$")
#: The number of a point ("Third, advocate openness …"), no subject.
_ORDINAL_WORD = re.compile(r"(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?$")


@lru_cache(maxsize=4096)  # the rules ask again about earlier sentences, for every statement after them
def speaker_phrase(sentence: str, verb: Verb) -> str | None:
    """The noun phrase governing ``verb``: what stands before it since the last clause break.

    When that is a parenthetical or participle clause ("Айдарбеков, открывая заседание, отметил",
    "Российский министр, в свою очередь, высказался"), a person or office named before it is taken.
    """
    before = sentence[: verb.start]
    if declared := _WE_DECLARERS.match(before):  # "Сегодня мы, главы государств Республики Казахстан, …, подписали"
        return declared.group("who")
    if antecedent := who_antecedent(before):  # "The meeting was attended by … Vladimir Norov, who talked about …"
        return antecedent
    if INVERTED_PASSIVE.match(sentence, verb.start + len(verb.text)) or SUBORDINATE.match(before):
        return None  # "Specially stressed was the necessity …", "Minutes after he welcomed X, Y made …"
    if _RELATIVE_BEFORE.search(before):
        return None  # "Attended by the countries that believe in …, the summit laid …": a relative clause's verb
    if thinker := THINKER_BEFORE_THAT.match(before):
        return thinker.group(1)  # "We hope that the Afghan authorities take note …": we
    if PASSIVE.search(before):  # "The plan was adopted (by the ministers)": the subject said nothing
        agent = AGENT.match(sentence, verb.start + len(verb.text))  # (up to what it did it on: "adopted by the heads
        return _noun_phrase(_AGENT_END.split(agent.group(1), maxsplit=1)[0]) if agent else None  # of … on the …")
    before = _WHICH_CLAUSE.split(before)[-1]  # "… was held, during which India underlined": "India"
    segments = [s for s in _CLAUSE_BREAK.split(ASIDE.sub(" ", _BRACKETED.sub(" ", before))) if s.strip()]
    if not segments:
        return None
    phrase = _before_participle(segments[-1])
    if _DEMONSTRATIVES.search(phrase or segments[-1].strip()) or _ORDINAL_WORD.match(phrase or ""):
        return None  # "Это подчеркнуло важность …": a thing, not a speaker; "Third, advocate …": a point's number
    appositive = phrase or segments[-1].strip()  # (a post however long: "X, Director of the … Structure, said")
    post = bool(_OFFICE.search(appositive) or _APPOSITION_POST.search(appositive))
    circumstance = len(segments) > 1 and segments[-2].split()[0].lower() in _PLACE_OR_TIME_PREPOSITIONS | {"with"}
    if (post or phrase and _PERSON_NOUN.search(phrase)) and len(segments) > 1 and not person_names(appositive):
        # "Han Jun, China's Minister of Agriculture, noted": the person (not "In an interview with X, the diplomat")
        named = None if circumstance else _noun_phrase(segments[-2])
        lone = named is not None and _PERSON_NOUN.search(appositive) and LATIN_SURNAME.fullmatch(named)  # ("Zhang,
        if named and (person_names(named) == [named] or lone):  # Chinese diplomat, said")
            return named
    if phrase or len(segments) < 2 or not segments[-1].strip()[:1].islower():
        return phrase
    if COORDINATED.search(before):  # "President Rahmon congratulated …, Ebrahim Raisi, on … and welcomed":
        opening = _noun_phrase(segments[0])  # the sentence's subject, not a name in between
        if opening and (person_names(opening) or _OFFICE.search(opening) or speaker_type(opening) == "group"):
            return opening  # "The participants focused on … and stated"
    for k in (len(segments) - 1, len(segments) - 2):
        if k >= 1 and segments[k].split()[0].lower() in _RELATIVE_PRONOUNS:
            return _antecedent(segments[k - 1], surname=k == len(segments) - 2)  # "Рахмон, который …, назвал"
    if len(segments) > 2 and participle_clause(segments[-2].split()) and segments[-1].strip()[:1].islower():
        segments = segments[:-1]  # "Арипов, выступая на заседании …, проходящем в Москве, выразил": one clause
    earlier = _before_participle(segments[-2])
    # (a post opening the phrase too: "Представитель …, присутствовавший на церемонии, заверил")
    post = earlier is not None and bool(_OFFICE.search(earlier) or _APPOSITION_POST.match(earlier))
    if post and len(segments) > 2 and person_names(named := _noun_phrase(segments[-3]) or "") == [named]:
        return named  # "Kassym-Jomart Tokayev, President of …, speaking at …, said": the person the post describes
    if earlier and (person_names(earlier) or post or SURNAME.fullmatch(earlier)):
        return earlier
    surname = earlier.split()[-1] if earlier and re.fullmatch(r"(?:[A-Z]{2,3}\s+)?\S+", earlier) else ""  # ("PM Modi")
    alone = bool(surname) and (LONE_SURNAME.fullmatch(surname) is not None or surname.lower() in CHINESE_SURNAMES)
    if alone and surname.lower() not in _SENTENCE_ADVERBS | NOT_PERSON:
        return earlier  # "Dar, to another question, said", "Xi, in a call …, lauded": the caller resolves it
    if earlier and speaker_type(earlier) == "group" and participle_clause(segments[-1].split()):
        return earlier  # "The member states, reaffirming …, decided", "Участники, отметив …, договорились"
    if earlier and speaker_type(earlier) == "document" and re.match(r"[a-z]+ed\b", segments[-1].strip()):
        return earlier  # "The Moscow Declaration, adopted on 10 November …, highlighted": the document
    return None


def _before_participle(segment: str) -> str | None:
    """:func:`_noun_phrase` of ``segment``, else the person, office or group before an English participle ("PM
    Shehbaz reaffirming Pakistan's commitment to …, stressed", "Experts from the member states meeting in Delhi
    agreed"), not a noun in "-ing" ("The participants in the recent meeting of …")."""
    phrase = _noun_phrase(segment)
    if phrase or "ing " not in segment:
        return phrase
    parts = PARTICIPLE.split(segment, maxsplit=1)
    if len(parts) < 2 or parts[1].split()[1:2] == ["of"]:
        return None
    head = _noun_phrase(parts[0])
    if head is None or head.lower() in _DEMONSTRATIVE_HEADS:
        return None  # ("Those taking part in the meeting …": no one named)
    return head if head.split()[-1].lower() in GROUP_WORDS or _PERSON_OR_OFFICE.fullmatch(head) else None


_DEMONSTRATIVE_HEADS = frozenset({"those", "these", "this", "that", "it", "they"})
#: A name or an office in capitals, with a post's initials before it ("PM Shehbaz", "Foreign Minister Dar").
_PERSON_OR_OFFICE = re.compile(r"(?:[A-Z]{2,3}\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}")


def _antecedent(segment: str, *, surname: bool) -> str | None:
    """The speaker a Russian relative clause follows: a person or an office right before its comma ("Лавров,
    который", "Президент, который"), with ``surname`` also a lone capitalised word ("Рахмон, который …,
    назвал"); not a thing ("… моментов, которые подчеркивают")."""
    names = person_names(segment)
    if names and segment.rstrip().endswith(names[-1]):
        return names[-1]
    phrase = _noun_phrase(segment)
    if not phrase or not segment.rstrip().endswith(phrase):
        return None
    office = _OFFICE.search(phrase) and len(phrase.split()) <= 4  # "Президент", "Российский министр"; not a clause
    return phrase if office or surname and LONE_SURNAME.fullmatch(phrase) else None


_BRACKETED = re.compile(r"\([^()]*,[^()]*\)")  # a bracketed list in a subject: "лидеры стран (Индия, …), приняли"
#: Capitalised words that open a sentence and are no speaker ("Therefore, to sum up, …").
_SENTENCE_ADVERBS = frozenset(
    "therefore however meanwhile moreover furthermore besides also additionally earlier later today yesterday thus "
    "hence first second third finally overall again still now then indeed однако также кроме поэтому итак затем "
    "далее сегодня вчера ранее позже".split()
)


#: Russian adverbs that may stand between a subject and its verb ("стороны единогласно подтвердили", "Казахстан
#: твердо выступает за …"): a word in "-о" that is no noun ("-ство", "бюро", "лицо") and no pronoun ("этого").
_RUSSIAN_ADVERB = re.compile(
    r"вновь|ещё|еще|всегда|тоже|уже|по-прежнему|полностью|[а-яё]{2,}(?<!ств)(?<!бюр)(?<!лиц)(?<!ог)(?<!ег)о"
)


#: Prepositions that open a phrase of place, time or topic ("О завершении … проинформировал X"), never a speaker.
_PLACE_OR_TIME_PREPOSITIONS = frozenset("на в во по при у из от до после о об in at on during after".split())
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё-]+")
_ACCUSATIVE = re.compile(r"[А-ЯЁа-яё]{2,}(?:ию|ею|ью|[^аеёиоуыэюя]у)")  # a fronted object: "Идею … поддержали X"
#: A Russian adjective in the nominative ("кыргызская", "российский", "главные").
_RUSSIAN_ADJECTIVE = re.compile(r"[а-яё-]+(?:ая|яя|ое|ее|ый|ой|ие|ые|ский|цкий|ний|кий|гий|хий|жий|ший|щий|чий)")
#: Words after a subject that say when or in which capacity, not who ("Emomali Rahmon yesterday",
#: "Hossein Amirabdollahian for his part", "India on April 26"; not "today's meeting", a possessive).
AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:yesterday|today|tomorrow|tonight)\b(?![’'])|for (?:his|her|their|its) part|in (?:his|her|their|its) turn"
    r"|со своей стороны|в свою очередь"  # ("Лавров со своей стороны подчеркнул")
    r"|on (?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
    r"|july|august|september|october|november|december)\b)"
    # the news agencies' weekday without "on" ("A senior official from China Wednesday called for …")
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|at the (?:end|close|conclusion|start|opening) of\b"  # "A joint declaration at the end of the summit said"
    r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december)\b).*$",
    re.IGNORECASE,
)


#: How a speaker in the first person leads into the verb ("Let me note …", "I would like to stress …").
_FIRST_PERSON_LEAD = re.compile(r"(?i)let\s+me|i\s+(?:want|would\s+like|wish)\s+to|позвольте(?:\s+мне)?|хочу")
#: A Russian participle that ends a phrase ("Председательствовавший"): no subject of its own.
_PARTICIPLE_END = re.compile(rf"(?:{NOMINATIVE_PARTICIPLE_ENDINGS})$")  # "Председательствовавший"


#: A body's full name in capitals, however long ("The Council of the Regional Anti-Terrorist Structure of the …").
_BODY_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:Council|Committee|Commission|Secretariat|Board|Conference|Forum|Assembly)\s+of\s+the"
    r"(?:\s+(?:of|the|and|for|[A-Z][\w’'-]*)){1,14}(?:\s+\([A-Z][\w\s-]*\))?$"  # (with its initials after it)
)
#: Where a subject spoke, between it and its verb ("… Лукашенко в своем выступлении на заседании …",
#: "… Narendra Singh Tomar during the 6th … Meeting said").
_RUSSIAN_SETTING = re.compile(
    r"(?<=[а-яё])\s+(?:на|в ходе|во время|по итогам|по результатам|в рамках|в сво(?:ем|ём|ей)|в интервью|в беседе"
    r"|в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)|в \d{4} году"
    r"|\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))"
    r"(?:\s+(?=[а-яё])|$)"
    r"|(?<=[a-z)])\s+(?:during|while addressing|in (?:his|her) (?:address|speech|remarks|meeting|talks)"
    r"|at (?:its|their) (?:\w+ )?(?:meeting|session|sitting))\s+(?=[a-z0-9])",  # ("The Council at its 37th meeting")
    re.I,
)


#: A Russian adjective in the accusative ("Ключевую"), or a predicative adverb ("Примечательно"), opening a phrase.
_NOT_A_SUBJECT = re.compile(
    r"(?i)^[а-яё]+(?:ую|юю)$|^(?:примечательно|важно|очевидно|интересно|характерно|показательно|известно|понятно)$"
)
#: How English adverbs of manner end ("Regretfully", "Unanimously", "Firmly"), not names ("Kelly").
_MANNER_ADVERB = re.compile(r"^[A-Z][a-z]{1,}(?:ful|ous|ive|al|ab|ib|ant|ent|ate|ed|ing|ct|rm|ng|te)ly$")
#: Russian adverbs that open a sentence whose subject is left out ("Детально обсудили …", "Вновь подтвердили …").
_RUSSIAN_OPENING_ADVERBS = re.compile(r"^[а-яё]{3,}(?<!ств)но$|^(?:вновь|также|совместно|вместе|ещё|еще)$")
_IMPERSONAL_SUBJECTS = frozenset({"it's", "that's", "there's", "this is", "it is", "there is"})
_IMPERSONAL_SUBJECTS |= {"everyone", "everybody", "nobody", "no one", "someone", "somebody"}  # ("Everyone noted …")


@lru_cache(maxsize=4096)
def _noun_phrase(segment: str) -> str | None:
    """``segment`` cleaned as a speaker phrase, or None when it cannot name one."""
    phrase = FRONTED_OBJECT.sub("", clean_phrase(segment))  # "Особое внимание стороны уделили": "стороны"
    phrase = AFTER_SUBJECT.sub("", LEADING_DATE.sub("", phrase))  # "1 сентября страны ШОС договорились"
    words = phrase.split()
    if 0 < len(words) <= 2 and _NOT_A_SUBJECT.match(words[0]):
        return None  # "Ключевую роль", "Примечательно": an object or a predicative (but "Особую тревогу эксперты")
    if phrase.lower().replace("’", "'") in _IMPERSONAL_SUBJECTS:
        return None  # "It's proposed that …", "That's why we support …": nobody
    pronoun = next((w for w in words if w.lower() in ("он", "она", "они")), None)
    if pronoun and not person_names(phrase):
        return pronoun  # "В своем обращении он обозначил проблемы, призвал …": "он", resolved by the caller
    pronoun_at = len(words) - 1 - (len(words) > 2 and words[-1].islower() and words[-1].endswith("ly"))
    if len(words) > 1 and words[pronoun_at].lower() in ("he", "she", "they", "we", "it"):  # "One of the items he said",
        return words[pronoun_at]  # "Adding that he strongly believes": the pronoun, resolved by the caller
    head = _RUSSIAN_SETTING.split(phrase, maxsplit=1)[0]  # "глава ведомства на совещании …", "Главы государств на …"
    lone_surname = (
        head != phrase
        and (LATIN_SURNAME.fullmatch(head) or SURNAME.fullmatch(head)) is not None  # ("Ушаков в беседе с …")
        and head.lower() not in _SENTENCE_ADVERBS
    )
    speaks = bool(
        _OFFICE.search(head)
        or person_names(head)
        or speaker_type(head) in ("group", "country")
        or lone_surname
        or _BODY_NAME.match(head)
    )
    # (a surname alone too: "Asif in his meeting with … said")
    if head != phrase and speaks and not _PARTICIPLE_END.search(head):  # (no participle: "Председательствовавший …")
        words = head.split()
    words = before_other_verb(words)  # "Yermekbayev also presented an overview … and emphasized"
    if len(words) == 1 and (_MANNER_ADVERB.search(words[0]) or _RUSSIAN_OPENING_ADVERBS.match(words[0].lower())):
        return None  # "Regretfully stated that …", "Детально обсудили …": an adverb, the subject left out
    phrase = " ".join(words)
    if len(words) > 10 and _BODY_NAME.match(phrase):  # "The Council of the Regional Anti-Terrorist Structure of …"
        return phrase
    if (
        10 < len(words) <= 16
        and _OFFICE.match(phrase.removeprefix("the ").removeprefix("The "))
        and all(w[:1].isupper() or w in ("of", "the", "and", "for") for w in words)
    ):
        return phrase  # "The Minister of Foreign Affairs of the Islamic Republic of Iran said": a long post
    if len(words) > 10:  # a long office title before the name ("Union Minister of … Shri Narendra Singh Tomar"),
        names = person_names(phrase)  # maybe with an auxiliary after it ("… Ali Bagheri Kani has said")
        core = " ".join(words[:-1]) if words[-1].lower() in AFTER_SUBJECT_WORDS else phrase
        if names and re.match(rf"(?:\S+\s+){{0,3}}?{re.escape(names[0])}\s+from\s", phrase):
            return names[0]  # "Associate Professor Yang Jin from the Chinese Academy of …, said"
        return names[-1] if names and core.endswith(names[-1]) else None
    if words and english_gerund_clause(words):  # "Addressing those gathered the Kazakh FM noted": the FM
        the = next((i for i in range(len(words) - 1, 1, -1) if words[i].lower() == "the"), None)
        named = len(words) - next((i for i, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
        if the is None and 1 < named < len(words) and "that" not in (w.lower() for w in words):
            the = named  # "Addressing the summit via video conferencing PM Modi said": "PM Modi"
        words = words[the:] if the is not None and "that" not in (w.lower() for w in words[:the]) else []
    if words and gerund_clause(words):  # "Продолжая тему … Президент Казахстана подчеркнул": no comma after it
        words = after_gerund_clause(words)
    if not words:
        return None  # "Намечая ориентиры на перспективу, считаем …": a gerund's clause names no one
    while len(words) > 1 and (
        words[-1].lower() in AFTER_SUBJECT_WORDS | MODALS
        or words[-1].islower()
        and (words[-1].endswith("ly") or _RUSSIAN_ADVERB.fullmatch(words[-1]) is not None)
    ):  # "The ministers strongly believe", "The ministers will", "стороны единогласно подтвердили"
        words = words[:-1]
    if not MODALS.isdisjoint(w.lower() for w in words):  # "The SCO should work for (shared …)" is no subject
        return None
    if len(words) > 1 and words[0].lower() in _POSSESSIVES and words[1].lower() in GROUP_WORDS:
        words = words[1:]  # "Подводя итоги, его участники сошлись во мнении", "its members agreed": the group
    phrase = " ".join(words)
    if _FIRST_PERSON_LEAD.fullmatch(phrase):
        return "I"  # "Let me note", "I want to stress": the speaker in the first person
    # A speaker starts with a capital, "the", or a pronoun; "and …", "to …", "its …" is a clause fragment,
    # unless it holds a person's name ("министр иностранных дел … Э.Б. Абдылдаев").
    first = phrase.split()[0] if phrase else ""
    if not first or not (
        first[0].isupper()
        or first.lower() in _SPEAKER_STARTS
        or first.lower() in GROUP_WORDS
        or first.lower() in _QUANTIFIERS
        and len(words) > 1
        and (words[1].lower() in GROUP_WORDS or words[1].lower() == "the" and words[-1].lower() in GROUP_WORDS)
        # "Based on this, many experts note that …", "At the meeting, all the member states supported …"
        or first.lower() in RUSSIAN_OFFICE_NOUNS  # "генсек ШОС", "министр иностранных дел", "российский лидер"
        or first.lower().endswith(ADJECTIVE_ENDINGS)
        and len(words) > 1
        and words[1].lower() in SUBJECT_NOUNS
        or person_names(phrase)
    ):  # a fragment, unless a surname closes it ("В ходе встречи секретарей … стран ШОС Патрушев отметил")
        return words[-1] if len(words) > 1 and SURNAME.fullmatch(words[-1]) and not words[-2].istitle() else None
    fronted = first.lower() in _PLACE_OR_TIME_PREPOSITIONS or (
        len(words) > 2
        and _CYRILLIC_WORD.fullmatch(first) is not None
        and first.lower() not in SUBJECT_NOUNS
        and not (first.lower().endswith(ADJECTIVE_ENDINGS) and words[1].lower() in SUBJECT_NOUNS | OFFICES_AFTER)
    )  # "Генеральный секретарь ШОС" is the subject itself, an adjective and its office
    if fronted and not person_names(phrase):
        # "В итоговых рекомендациях конференция", "По этой причине кыргызская сторона", "Главным результатом
        # министр": the subject after where, why or what; "На открытии форума": nobody
        head = next((k for k, w in enumerate(words) if k and w.lower() in SUBJECT_NOUNS), None)
        tail = len(words)
        while tail > 1 and words[tail - 1][:1].isupper() and len(words) - tail < 3:
            tail -= 1
        before_tail = words[tail - 1]  # a linking word, never a preposition of place ("в Киеве")
        if (
            head is None
            and tail < len(words)
            and before_tail.islower()
            and before_tail not in _PLACE_OR_TIME_PREPOSITIONS
        ):
            return " ".join(words[tail:])  # "При этом Путин уточнил", "During the meeting Kazakhstan suggested"
        if head is None:
            return None if first.lower() in _PLACE_OR_TIME_PREPOSITIONS or _ACCUSATIVE.fullmatch(first) else phrase
        while head > 0 and (
            _RUSSIAN_ADJECTIVE.fullmatch(words[head - 1].lower())
            and not words[head - 1].lower().endswith(("ние", "тие"))  # a noun: "В заключение эксперт"
            or head > 1
            and words[head - 1] == "и"
            and _RUSSIAN_ADJECTIVE.fullmatch(words[head - 2].lower())
        ):
            head -= 1  # "кыргызская сторона", "Казахстанская и киргизская делегации"
        return " ".join(words[head:])
    return phrase
