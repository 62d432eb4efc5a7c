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
    only_words_before_names,
    person_names,
)
from .noun_phrases import (
    AFTER_SUBJECT,
    MODALS,
    OFFICE,
    OFFICE_WORDS,
    PLACE_OR_TIME_PREPOSITIONS,
    SENTENCE_ADVERBS,
    noun_phrase,
)
from .participles import PARTICIPLE, SURNAME, participle_clause
from .phrases import RUSSIAN_CIRCUMSTANCE, clean_phrase
from .russian_subjects import RUSSIAN_OFFICE_NOUNS
from .speaker_types import speaker_type
from .verbs import AGENT, PASSIVE, VERBS, WHICH_CLAUSE, Verb, find_verb, main_verb, noun_form

__all__ = ["VERBS", "Verb", "find_verb", "main_verb", "noun_form", "speaker_phrase", "clean_phrase", "MODALS"]
__all__ += ["RUSSIAN_OFFICE_NOUNS", "OFFICE_WORDS", "RUSSIAN_CIRCUMSTANCE", "AFTER_SUBJECT"]

#: Posts besides offices that an apposition after a name gives ("Fyodor Lukyanov, Editor-in-Chief of …, told").
_APPOSITION_WORDS = (
    r"editor|chief|head|spokes\w+|advis[eo]r|envoy|representative|professor|analyst|expert|researcher"
    r"|fellow|rector|редактор|эксперт|аналитик|профессор|советник|представител|ректор|руководител"
)
_APPOSITION_POST = re.compile(rf"(?i)\b(?:{_APPOSITION_WORDS})")

_CLAUSE_BREAK = re.compile(  # clause breaks, and a dateline's end ("(UzA) -- ", "/ТАСС/. ", "– РИА Новости. ",
    r"[,;:–—(]\s+(?!член)|\s[–—]\s(?!член)|\s--\s|\(\w[\w ./-]{0,24}\)\s*(?:--|[-–—:])\s|/\w[\w -]{0,24}/\.?\s|[“”\"«»]"
    r"|(?<=[а-яё]{3})\.\s+(?=[А-ЯЁ])|(?<=[a-z]{3})\.(?=[A-Z][a-z])"  # (a full stop glued: "countries.Xi said")
    r"|\s+while\s+(?=[a-z]+ing\b)"  # ("Tajikistan and Uzbekistan while reaffirming …")
    r"|(?<!\bwell)(?<!\bsuch)\s+(?:as|when|because|once)\s+(?=the\s|[A-Z])"  # ("The announcement came as the
    # Council confirmed"; not "as well as the attacks", "such as the …")
    r"|^[A-ZА-ЯЁ][\w.]*(?:\s[A-ZА-ЯЁ][\w.]*)?\s-\s"  # "Islamabad - ")
)


#: A preposition that ends a passive's agent ("by the heads of government of the CIS on the prospects …").
_AGENT_END = re.compile(
    r"\s+(?:on|in|at|during|for|to|with|after|before|under|regarding|as|is|are|was|were|which|who|and(?=\s+[a-z]+ed\b))\s+"
)


#: A passive in a subordinate clause before "and" and the main verb ("… since it was established and assured").
_PASSIVE_IN_CLAUSE = re.compile(
    r"\b(?:since|after|when|because|once)\s+(?:it|they|this)\s+(?:was|were)\s+[a-z]+ed\s+and\s+$"
)
#: Russian relative pronouns in the nominative: the subject of their clause is the noun before the comma.
_RELATIVE_PRONOUNS = frozenset({"который", "которая", "которое", "которые", "which", "who"})
#: An English relative pronoun right before a verb: the verb is the relative clause's, not the sentence's.
_RELATIVE_BEFORE = re.compile(r"\s(?:that|which|who)\s*$")
#: "to" right before a verb: an infinitive, the sentence's verb is elsewhere ("… ability to share …").
_INFINITIVE_BEFORE = re.compile(
    r"[a-z’']\s+to\s+(?:[a-z]+ly\s+)?$"
    r"|\b(?:expected|set|due|going|planned|scheduled|likely)\s+to\s+[a-z]+\b[^,;:]{0,80}\s(?:and|or)\s+$"  # ("Leaders
)  # are expected to sign the Declaration and approve …": the second infinitive of a plan)
#: Russian demonstratives that stand for a thing said or done before ("Это подчеркнуло …"), never for a speaker,
#: and what a relative clause said ("Главное, о чем сказал Президент …": the subject follows the verb).
#: The writer's inference opening the sentence ("This indicates that all SCO member countries share …"): what
#: follows is no one's statement.
_INFERENCE = re.compile(
    r"(?i)^\W*(?:this|that|it|these|such\s+\w+)\s+(?:clearly\s+)?(?:indicates|shows|means|suggests|proves|demonstrates"
    r"|confirms|reflects)\s+that\s"
)
_DEMONSTRATIVES = re.compile(r"(?i)^(?:это|то|эти|вс[её] это|там|здесь)$|\b(?:о|об)\s+ч[её]м$")  # (or a place)


#: A noun for a person in an apposition after his name ("Zhang, Chinese diplomat, said").
#: "We, the heads of state of …, …" before the verb: the declarers, not the last state of their list.
_WE_DECLARERS = re.compile(
    r"(?i)^\W*(?:(?:today|сегодня),?\s+)?(?:we|мы),\s+(?P<who>(?:the\s+)?(?:heads\s+of\s+(?:state|government)s?"
    r"|leaders|ministers|главы\s+(?:государств|правительств)|руководители\s+государств|лидеры|министры))\b(?=[^,]*,)"
)
#: A post in lower case opening an apposition ("director of the National Art Museum of China").
_LOWER_CASE_POST = re.compile(rf"\b(?:{OFFICE_WORDS}|{_APPOSITION_WORDS})\w*\s+(?:of|at)\s")
_PERSON_NOUN = re.compile(r"(?i)\b(?:diplomat|expert|analyst|scholar|professor|researcher)$")
#: The number of a point ("Third, advocate openness …"), no subject.
_ORDINAL_WORD = re.compile(r"(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?$")
#: The comma of an English date between its day and its year, before "and" and the verb it coordinates ("… passed
#: the Resolution on April 10, 2015 and decided …").
_DATE_COMMA = re.compile(
    r"\b((?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2}),"
    r"(?=\s(?:19|20)\d\d\s+and\s)"
)
#: A circumstance set off by commas that meets someone ("X, during a meeting with Russian President Y, noted"):
#: whom the subject met, not who speaks.
_MET_WITH = re.compile(
    r"^\s*(?:(?:during|at|in|on|after|following)\s[^,]*?\b(?:with|to)\s+[^,]*[A-Z]"
    r"|(?:в\s+ходе|во\s+время|на|в|после)\s[^,]*?(?<!\w)(?:с|со)\s+[^,]*[А-ЯЁ])"
)


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
    if _RELATIVE_BEFORE.search(before) or _INFINITIVE_BEFORE.search(before) or _INFERENCE.match(before):
        return None  # "Attended by the countries that believe in …, the summit laid …": a relative clause's verb;
        # "This system's ability to share …": an infinitive, no one's statement; "This indicates that …": an inference
    if thinker := THINKER_BEFORE_THAT.match(before):
        return thinker.group(1)  # "We hope that the Afghan authorities take note …": we
    if PASSIVE.search(before) and not _PASSIVE_IN_CLAUSE.search(before):  # "The plan was adopted (by the
        # ministers)": the subject said nothing (but "X has praised the path … since it was established and assured")
        agent = AGENT.match(sentence, verb.start + len(verb.text))  # (up to what it did it on: "adopted by the heads
        agent_phrase = re.sub(r"^its\s", "the ", agent.group(1)) if agent else ""  # ("by its Council of …")
        return noun_phrase(_AGENT_END.split(agent_phrase, maxsplit=1)[0]) if agent else None  # of … on the …")
    before = WHICH_CLAUSE.split(before)[-1]  # "… was held, during which India underlined": "India"
    before = _DATE_COMMA.sub(r"\1", before)  # ("… passed the Resolution on April 10, 2015 and decided …": one clause)
    segments = _clauses(before)
    if not segments:
        return None
    if (closed := _CLOSED_RELATIVE.search(before)) and (described := _described_before(before[: closed.start()])):
        return described  # "Zbigniew Brzezinski, who served as President Jimmy Carter's adviser, said": not Carter
    phrase = _before_participle(segments[-1])
    if len(segments) > 1 and _MET_WITH.match(segments[-1]):
        return _before_participle(segments[-2])  # "X, during a meeting with Y, noted": X, named before it
    if _DEMONSTRATIVES.search(phrase or segments[-1].strip()) or _ORDINAL_WORD.match(phrase or ""):
        return None  # "Это подчеркнуло важность …": a thing, not a speaker; "Third, advocate …": a point's number
    appositive = phrase or segments[-1].strip()  # (a post however long: "X, Director of the … Structure, said")
    post = bool(OFFICE.search(appositive) or _APPOSITION_POST.search(appositive))
    post = post or bool(_LOWER_CASE_POST.match(segments[-1].strip()))  # ("Wu Weishan, director of the National Art
    # Museum of China, said": the person, not the country that ends his post)
    circumstance = len(segments) > 1 and segments[-2].split()[0].lower() in PLACE_OR_TIME_PREPOSITIONS | {"with"}
    if (post or phrase and _PERSON_NOUN.search(phrase)) and len(segments) > 1 and not person_names(appositive):
        # "Han Jun, China's Minister of Agriculture, noted": the person (not "In an interview with X, the diplomat")
        named = None if circumstance else noun_phrase(segments[-2])
        lone = named is not None and _PERSON_NOUN.search(appositive) and LATIN_SURNAME.fullmatch(named)  # ("Zhang,
        if named and (person_names(named) == [named] or lone):  # Chinese diplomat, said")
            return named
        names = person_names(named) if named else []
        if named and names and named.endswith(names[-1]) and only_words_before_names(named.removesuffix(names[-1])):
            return names[-1]  # "His Highness Sheikh Abdullah …, the Emirati Minister …, said": the name, no honorific
    if phrase or len(segments) < 2 or not segments[-1].strip()[:1].islower():
        return phrase
    if COORDINATED.search(before):  # "President Rahmon congratulated …, Ebrahim Raisi, on … and welcomed":
        opening = noun_phrase(segments[0])  # the sentence's subject, not a name in between
        if opening and (person_names(opening) or OFFICE.search(opening) or speaker_type(opening) == "group"):
            return opening  # "The participants focused on … and stated"
    for k in (len(segments) - 1, len(segments) - 2):
        pronoun = segments[k].split()[0].lower() if k >= 1 else ""
        if pronoun in _RELATIVE_PRONOUNS:  # "Рахмон, который …, назвал"; "Iran and Tajikistan, which …, agreed"
            antecedent = _antecedent(segments[k - 1], surname=k == len(segments) - 2)
            if antecedent or pronoun not in ("who", "which"):
                return antecedent
    if len(segments) > 2 and participle_clause(segments[-2].split()) and segments[-1].strip()[:1].islower():
        segments = segments[:-1]  # "Арипов, выступая на заседании …, проходящем в Москве, выразил": one clause
    earlier = _before_participle(segments[-2])
    # (a post opening the phrase too: "Представитель …, присутствовавший на церемонии, заверил")
    post = earlier is not None and bool(OFFICE.search(earlier) or _APPOSITION_POST.match(earlier))
    if post and len(segments) > 2 and person_names(named := noun_phrase(segments[-3]) or "") == [named]:
        return named  # "Kassym-Jomart Tokayev, President of …, speaking at …, said": the person the post describes
    if earlier and (person_names(earlier) or post or SURNAME.fullmatch(earlier)):
        return earlier
    surname = earlier.split()[-1] if earlier and _SURNAME_WITH_POST.fullmatch(earlier) else ""  # ("PM Modi")
    alone = bool(surname) and (LONE_SURNAME.fullmatch(surname) is not None or surname.lower() in CHINESE_SURNAMES)
    clause = segments[-1].lstrip().lower().startswith(("что ", "that "))  # ("Учитывая, что …": a gerund's clause)
    if alone and surname.lower() not in SENTENCE_ADVERBS | NOT_PERSON and not clause:
        return earlier  # "Dar, to another question, said", "Xi, in a call …, lauded": the caller resolves it
    if earlier and speaker_type(earlier) == "group" and participle_clause(segments[-1].split()):
        return earlier  # "The member states, reaffirming …, decided", "Участники, отметив …, договорились"
    if earlier and speaker_type(earlier) == "document" and re.match(r"[a-z]+ed\b", segments[-1].strip()):
        return earlier  # "The Moscow Declaration, adopted on 10 November …, highlighted": the document
    return None


def _before_participle(segment: str) -> str | None:
    """:func:`noun_phrase` of ``segment``, else the person, office or group before an English participle ("PM
    Shehbaz reaffirming Pakistan's commitment to …, stressed", "Experts from the member states meeting in Delhi
    agreed"), not a noun in "-ing" ("The participants in the recent meeting of …")."""
    phrase = noun_phrase(segment)
    if phrase or "ing " not in segment:
        return phrase
    parts = PARTICIPLE.split(segment, maxsplit=1)
    if len(parts) < 2 or parts[1].split()[1:2] == ["of"]:
        return None
    head = noun_phrase(parts[0])
    if head is None or head.lower() in _DEMONSTRATIVE_HEADS:
        return None  # ("Those taking part in the meeting …": no one named)
    return head if head.split()[-1].lower() in GROUP_WORDS or _PERSON_OR_OFFICE.fullmatch(head) else None


#: A surname alone or after a post's initials or a press epithet ("Dar", "PM Modi", "Russian leader Putin").
_SURNAME_WITH_POST = re.compile(
    r"(?:[A-Z]{2,3}\s+|(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:leader|premier|strongman)\s+)?\S+"
)
_DEMONSTRATIVE_HEADS = frozenset({"those", "these", "this", "that", "it", "they", "the", "a", "an"})
#: A name or an office in capitals, with a post's initials before it ("PM Shehbaz", "Foreign Minister Dar").
_PERSON_OR_OFFICE = re.compile(r"(?:[A-Z]{2,3}\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}")


#: A relative clause closed by a comma right before the verb ("…, who served as …, said"; "…, который прибыл …,").
_CLOSED_RELATIVE = re.compile(r",\s+(?:who|который|которая|которые)\s[^,;:“”\"«»]+,\s*$")


def _clauses(text: str) -> list[str]:
    """The clauses of ``text`` (the words before a verb), asides and bracketed lists left out."""
    return [s for s in _CLAUSE_BREAK.split(ASIDE.sub(" ", _BRACKETED.sub(" ", text))) if s.strip()]


def _described_before(text: str) -> str | None:
    """The person or office right before a relative clause that ``text`` ends before."""
    segments = _clauses(text)
    return _antecedent(segments[-1], surname=True) if segments else None


def _antecedent(segment: str, *, surname: bool) -> str | None:
    """The speaker a Russian relative clause follows: a person or an office right before its comma ("Лавров,
    который", "Президент, который"), with ``surname`` also a lone capitalised word ("Рахмон, который …,
    назвал"); not a thing ("… моментов, которые подчеркивают")."""
    names = person_names(segment)
    if names and segment.rstrip().endswith(names[-1]):
        return names[-1]
    phrase = noun_phrase(segment)
    if not phrase or not segment.rstrip().endswith(phrase):
        return None
    office = OFFICE.search(phrase) and len(phrase.split()) <= 4  # "Президент", "Российский министр"; not a clause
    countries = speaker_type(phrase) == "country" and len(phrase.split()) <= 4  # ("Iran and Tajikistan, which …")
    return phrase if office or countries or surname and LONE_SURNAME.fullmatch(phrase) else None


#: A bracketed or dashed list in a subject: "лидеры стран (Индия, …), приняли", "9 стран - Беларусь, Россия, … -
#: сообща приняли".
_BRACKETED = re.compile(
    r"\([^()]*,[^()]*\)|\s[-–—]\s(?:[A-ZА-ЯЁ][\w-]*(?:\s[A-ZА-ЯЁ][\w-]*)?,\s)+[A-ZА-ЯЁ][^-–—().,;]{0,40}?\s[-–—](?=\s)"
)
