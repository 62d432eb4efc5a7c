"""Sentences that announce rather than state: a reader does not want them among the key statements.

A news page often says *that* someone spoke before it says *what* he said: it
names the topic of an interview ("О том, чего удалось добиться, рассказал
министр …", "The Secretary-General told the students about the Organisation's
history."), points to what follows ("Вот о чём говорил президент."), tells
that it publishes a document, greets the participants, or repeats its dateline
as a line of its own ("ПЕКИН, 15 янв - РИА Новости."). None carries a position,
assessment, commitment or decision. Of such sentences in the training corpus
and on the labelled real pages, 5 of 147 were marked key (each of them also told
what the topic was, "… рассказал гостям об истории создания ШОС").
"""

from __future__ import annotations

import re

from .cues import REPORTING_VERBS

__all__ = ["announces"]

#: A topic someone told about, with no content of his words: "рассказал о планах …", "рассказал корреспонденту …
#: об итогах", "О том, …, рассказал X." ("рассказал, что …" and a quotation report what he said).
_TOLD_ABOUT_RU = re.compile(
    r"(?i)\b(?:рассказал[аи]?|поделил(?:ся|ась|ись)\s+(?:[^\s,.;:«»\"]+\s+){0,4}?(?:мыслями|размышлениями|мнением|видением"
    r"|впечатлениями|опытом))\s+(?:[^\s,.;:«»\"]+\s+){0,6}?(?:о|об|обо)\s"  # ("поделился своими мыслями … об эволюции")
)
#: A position set out, named by its topic only: "изложил российские оценки ситуации вокруг …", "изложила позицию
#: Беларуси по …" (the Russian of "explained … position on").
_SET_OUT_RU = re.compile(
    r"(?i)\bизложил[аи]?\s+(?:[^\s,.;:«»\"]+\s+){0,2}?(?:позици\w*|оценк\w*|подход\w*|видение)"
    r"\s+(?:по|ситуаци\w*|в\s+отношении|относительно|к|на)\s"
)
#: The topic first: "О том, когда организация откроет двери для новых членов, рассказал генсек." (its "что" and
#: "когда" belong to the topic).
_TOPIC_FIRST_RU = re.compile(r"(?i)^\W*(?:о|об|обо)\s+(?!этом\b)[^.]{0,250}?\bрассказал[аи]?\b")
_TOLD_ABOUT_EN = re.compile(
    r"(?i)\b(?:told|spoke\s+to|talked\s+to)\s+[^.,;:\"“”]{0,60}?\babout\b"
    # ("He informed about the results of …", "briefed the ministers on …", "provided information on …", "used his
    # remarks to inform the audience about …")
    r"|\b(?:inform(?:ed)?|briefed)\s+(?:[^\s.,;:\"“”]+\s+){0,3}?(?:about|on)\s"
    r"|\bprovided\s+(?:[a-z]+\s+){0,2}?information\s+(?:about|on)\s"
    # ("explained to the meeting Kazakhstan's position on the key areas …": the topic of a position, not the position)
    r"|\bexplained\s+(?:to\s+[^.,;:\"“”]{1,40}?\s)?(?:\w+['’]s\s+|(?:his|her|its|their|the)\s+)"
    r"(?:[\w'’]+\s+)?(?:position|stance|approach(?:es)?|views?)\s+(?:on|to|regarding)\s"
)
#: What would make such a sentence report the words themselves: "that", "что", a quotation, a colon, a stand
#: taken ("… и выступил за обмен фотоматериалами").
_CONTENT = re.compile(r"(?i)\b(?:that|что|выступил[аи]?\s+(?:за|против)|spoke\s+(?:in\s+favour|against))\b|[\"“”«»:]")
#: The verbs of telling about a topic and of greeting; any other reporting verb in the sentence reports a position
#: too ("рассказал о программе … и предложил партнёрам участвовать …", "welcomed the participants and stressed …").
_TELLING = frozenset(
    "рассказал рассказала рассказали изложил изложила изложили told spoke talked inform informed briefed explained "
    "welcomed greeted "
    "поприветствовал поприветствовала поприветствовали приветствовал приветствовала приветствовали".split()
)
_OTHER_REPORTING = REPORTING_VERBS - _TELLING
_WORD = re.compile(r"[a-zа-яё]+")
#: A pointer to what follows: "Вот о чём говорил президент.", "Here is what the minister said."
_POINTER = re.compile(r"(?i)^\W*(?:вот\s+(?:о\s+)?ч[её]м|вот\s+что|here\s+is\s+what|below\s+is)\b")
#: A speaker announcing the topic or the proposals he comes to next: "…, I would like to dwell on the threat of …",
#: "Allow me to present to you proposals that …" (what he then says is the statement).
_TOPIC_AHEAD = re.compile(
    r"(?i)\b(?:I|we)\s+(?:would\s+like|want|wish)\s+to\s+(?:briefly\s+)?(?:dwell\s+(?:up)?on|touch\s+(?:up)?on"
    r"|speak\s+about|talk\s+about|say\s+a\s+few\s+words\s+(?:about|on))\b(?![^.]*\bthat\b)"
    r"|\bI\s+will\s+(?:be\s+covering|cover|be\s+speaking\s+about|speak\s+about)\b(?![^.]*\bthat\b)"  # ("In my
    # presentation, I will be covering basic principles …")
    r"|^\W*(?:allow|let)\s+me\s+(?:to\s+)?(?:present|share|put\s+forward)\s+(?:to\s+you\s+)?(?:\w+\s+)?proposals\b"
)
#: A page telling that it publishes a document: "НИАТ «Ховар» публикует полный текст документа."
_PUBLISHES = re.compile(r"(?i)\b(?:публику\w+|приводим|publish(?:es|ed)?)\s+(?:\w+\s+){0,2}(?:текст|text)\b")
#: A greeting of those present: "Министр поприветствовал участников встречи.", "He welcomed the guests."
_GREETING = re.compile(
    r"(?i)\b(?:поприветствова\w+|приветствова\w+|greeted|welcomed)\s+(?:\w+\s+){0,2}?"
    r"(?:участник\w*|гост\w+|собравш\w+|делегат\w*|participants|guests|delegates|audience)\b[^,;:]{0,60}[.!]?$"
)
#: An opinion announced before it is given ("Свое мнение высказал политолог …", "Своим видением поделился …", "He
#: shared his views in an interview with 24.kg"), and a question put ("NEWS.ru спросил спецпредставителя …"): who
#: speaks next, not what he says.
_OPINION_AHEAD = re.compile(
    r"(?i)^\W*(?:сво[её]\s+мнение\s+(?:[^\s,.]+\s+){0,3}?(?:высказал|выразил)[аи]?"
    r"|сво(?:им|ей)\s+(?:мнением|видением|оценкой)\s+(?:[^\s,.]+\s+){0,3}?поделил(?:ся|ась|ись))\b"
    r"|\bshared\s+(?:his|her|their)\s+(?:views|thoughts|opinion|vision)\s+(?:in|with|during)\b"
)
#: A question put ("NEWS.ru спросил специального представителя …"): asking states no position.
_ASKED = re.compile(r"(?i)\bспросил[аи]?\b")
#: What gives the opinion itself: "that", "что", a colon, a quotation longer than a name in quotation marks.
_OPINION_CONTENT = re.compile(r"(?i)\b(?:that|что)\b|:|[\"“«][^\"”»]{40,}")
_MONTH = (
    r"(?:янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?"
)
#: A dateline or a section's date line standing alone: "ПЕКИН, 15 янв - РИА Новости.", "В мире - 12 января «…»."
_DATE_LINE = re.compile(rf"(?i)\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\s*[-–—]|\s[-–—]\s*\d{{1,2}}\s+{_MONTH}")
#: The longest sentence read as a dateline standing alone.
DATE_LINE_MAX_WORDS = 8


#: Points announced before they are given, the sentence ending there: "Qin Gang made a five-point proposal.", "China
#: has the following proposals:", "Президент выдвинул следующие инициативы:" (none of 8 such on the real pages and
#: in the corpus was marked key; the points after it are).
_POINTS_AHEAD = re.compile(
    r"(?i)(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-point\s+(?:proposal|plan|initiative|vision)"
    r"|\bfollowing\s+(?:proposals|initiatives|suggestions)|\bследующ\w+\s+(?:предложени\w+|инициатив\w*))\s*[.:]?\s*$"
)
#: A word every announcement but a dateline holds (lower case): looking for them rules out most sentences fast.
_GATE_WORDS = (
    "рассказал",
    "изложил",
    "told",
    "inform",
    "briefed",
    "explained",
    "information",
    "spoke",
    "talked",
    "вот",
    "here",
    "below",
    "публику",
    "приводим",
    "publish",
    "приветств",
    "greeted",
    "welcomed",
    "поделил",
    "мнение",
    "мнением",
    "видением",
    "оценкой",
    "shared",
    "спросил",
    "like to",
    "i will",
    "want to",
    "wish to",
    "allow me",
    "let me",
)


def announces(sentence: str) -> bool:
    """Whether ``sentence`` only announces: a topic told about, a pointer to what follows, points announced before
    they are given, an opinion announced or a question put, a publication notice, a greeting of the participants, or
    a dateline standing alone."""
    if len(sentence) < 120 and len(sentence.split()) <= DATE_LINE_MAX_WORDS and _DATE_LINE.search(sentence):
        return True
    if _POINTS_AHEAD.search(sentence):
        return True
    lower = sentence.lower()
    if not any(word in lower for word in _GATE_WORDS):
        return False
    if _POINTER.match(sentence) or _PUBLISHES.search(sentence):
        return True
    words = set(_WORD.findall(lower))
    if _TOPIC_AHEAD.search(sentence):  # (not "… about trade, which we believe must double")
        return _OTHER_REPORTING.isdisjoint(words) and "which" not in words
    opinion = _OPINION_AHEAD.search(sentence)
    if opinion and not _OPINION_CONTENT.search(sentence):
        return _OTHER_REPORTING.isdisjoint(words - set(_WORD.findall(opinion.group().lower())))
    if not (_ASKED.search(sentence) or _GREETING.search(sentence.rstrip()) or _TOPIC_FIRST_RU.match(sentence)):
        told = _TOLD_ABOUT_RU.search(sentence) or _SET_OUT_RU.search(sentence) or _TOLD_ABOUT_EN.search(sentence)
        if told is None or _CONTENT.search(sentence):
            return False
    return _OTHER_REPORTING.isdisjoint(words)  # no position reported beside the announcement
