"""Where a subject ends: before another verb of its own ("The ministers exchanged opinions …, and supported …").

:func:`before_other_verb` cuts a phrase read before a reporting verb at the first verb the subject governs, in
English (past tense, or present before an object) and in Russian (past tense, singular or plural).
"""

from __future__ import annotations

import re

from .names import GROUP_WORDS
from .participles import english_gerund_clause

__all__ = ["before_other_verb", "AFTER_SUBJECT_WORDS"]

#: A Russian verb in the past tense, plural ("обсудили", "провели", "рассмотрели").
_RUSSIAN_PAST_PLURAL = re.compile(r"[аеиыя]ли(?:сь)?$")  # (reflexive too: "обменялись")
_RUSSIAN_PRESENT_PLURAL = re.compile(r"[а-яё]{4,}(?:ют|ят)")
#: A Russian verb in the past tense, singular ("поздравил", "провела"), and nouns that end alike.
_RUSSIAN_PAST_SINGULAR = re.compile(r"[а-яё]{3,}[аеиыя]ла?$")
_NOUNS_LIKE_PAST = frozenset(
    "генерал капитал материал канал персонал арсенал сигнал идеал финал журнал сила школа "
    "отдел отдела предел предела передела дела тела".split()  # ("Начальник отдела … Курбанов")
)
#: A Russian verb in the present or the past ("прибегает", "видят", "допустил", "стала").
_RUSSIAN_FINITE = re.compile(r"[а-яё]{2,}(?:ет|ит|ют|ут|ят|ат|ал|ил|ел|ла|ло|ли)$")


#: English verbs whose past tense does not end in "-ed" ("Xi Jinping put forward five proposals").
_IRREGULAR_PAST = frozenset(
    "put made gave took held met spoke sent set led saw told became began brought kept left".split()
)
#: Words between a subject and its verb that are no part of the subject ("Kazakhstan does not welcome …").
AFTER_SUBJECT_WORDS = frozenset("has have had also further again then is was does do did not never также".split())
AFTER_SUBJECT_WORDS |= {"always", "often", "already", "still", "ever"}  # ("India has always maintained …": India)


#: Gatherings that decide ("The meeting discussed and approved …").
_ASSEMBLIES = frozenset("meeting session conference forum summit council committee commission".split())
#: The last words of a group named by its members' posts ("the heads of state", "главы государств").
_GROUP_TAILS = frozenset("state government delegation государств правительств делегаций стран ведомств".split())
#: Personal pronouns as a subject ("he avoided naming Pakistan and reiterated …").
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: Words that open a verb's object ("The head of state named the areas that …").
_OBJECT_OPENERS = frozenset("the a an its their his her".split())
#: An English adverb in "-ly" between a subject and its verb ("reportedly").
_ADVERB = re.compile(r"[a-z]{3,}ly")
#: An English verb in the third person singular ("pursues", "aims").
_PRESENT_THIRD_PERSON = re.compile(r"[a-z]{2,}[^s]s")


def before_other_verb(words: list[str]) -> list[str]:
    """``words`` up to another verb after the subject (in the past tense, or in the present before its object):
    "the ministers exchanged opinions on …, and supported" (and "Участники обсудили повестку, утвердили …") is
    said by "the ministers"; "The head of state named the areas that Belarus will highlight" by the head of state."""
    for i in range(1, len(words)):
        word, previous = words[i], words[i - 1]
        after_also = previous.lower() in ("also", "further", "then", "также")
        if after_also and i > 1:
            previous = words[i - 2]  # "Yermekbayev also presented …"
        elif _ADVERB.fullmatch(previous) and i > 1 and words[i - 2].lower() not in AFTER_SUBJECT_WORDS:
            previous = words[i - 2]  # "The participants reportedly made …" (not "… has consistently established")
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        past = word.endswith("ed") or word in _IRREGULAR_PAST or _RUSSIAN_PAST_PLURAL.search(word) is not None
        past |= previous[:1].isupper() and _RUSSIAN_PRESENT_PLURAL.fullmatch(word) is not None  # ("Государства-члены
        # исходят из … и выступают против …")
        # "Генсекретарь поздравил коллегу …, высоко оценил …": the subject ends before its first verb
        past |= previous[:1].isupper() and bool(_RUSSIAN_PAST_SINGULAR.search(word)) and word not in _NOUNS_LIKE_PAST
        past |= word in ("was", "were") and following == "of"  # "the participants were of the opinion …"
        subject_before = previous.lower() in GROUP_WORDS | _PRONOUNS | _GROUP_TAILS or previous.endswith("s")
        subject_before |= previous[:1].isupper()  # ("the heads of state exchanged views …, and adopted")
        # "named the areas", not in an opening participle's clause ("Addressing those gathered the")
        object_after = following in _OBJECT_OPENERS and not english_gerund_clause(words)
        if word.islower() and past and (subject_before or object_after or after_also and i > 1):
            return words[:i]
        if word.islower() and word.endswith("ed") and following == "and" and i == len(words) - 2:  # "X-ed and" before
            # the verb: "The heads of state reviewed and (approved)" names them; "The action plan finalised and
            # (approved at …)" is a participle's, whose thing speaks not
            named = any(w.lower() in GROUP_WORDS | _ASSEMBLIES or w[:1].isupper() for w in words[1:i])
            return words[:i] if named else []
        if word == "не" and previous[:1].isupper() and _RUSSIAN_FINITE.search(following):
            return words[:i]  # "Китай не прибегает к силе …, выступает за …": "Китай"
        # A name's verb in the present before its object: "Mongolia pursues a … policy and supports …"
        if _PRESENT_THIRD_PERSON.fullmatch(word) and previous[:1].isupper() and following in _OBJECT_OPENERS | {"to"}:
            return words[:i]
    return words
