"""Sentences that only say what was discussed: scene-setting, no key statement.

Reports of meetings list the topics of the talks: "The sides discussed the development of the energy sector.",
"Sarybay briefed the President on the progress …", "Министр проинформировала о ходе …",
"Обсуждались вопросы обеспечения безопасности на пространстве ШОС.", "Главы делегаций обменялись мнениями о
военно-политической обстановке." Their words are those of the themes, so the learned scorer ranks them high,
yet a reader learns no position, assessment, commitment or decision from them. Of the 180 such sentences on
the labelled development pages, 5 were marked key.

The summariser picks such a sentence only when the document states nothing else, so a one-line notice still
gets its best sentence. A sentence that also decides, plans or assesses something ("… discussed the draft
agenda and approved the format"), quotes someone ("«Мы обсудили …»"), speaks in the first person or of what
will be discussed, or reports another verb of speaking ("… exchanged views and supported the initiative") is
left alone.
"""

from __future__ import annotations

import re

from . import lexicon
from .attribution.quoted_titles import quoted_title_spans
from .attribution.verbs import find_verb

__all__ = ["only_discusses", "says_more"]

#: An event, whose aim is no one's position ("The conference aims to …", "Форум призван …").
_EVENT = (
    r"(?:conference|forum|meeting|event|exhibition|festival|seminar|session|summit"
    r"|форум|конференция|встреча|мероприятие|выставка|фестиваль|семинар|заседание|саммит)"
)
#: The verbs of talks in the past: "discussed", "exchanged views" (or opinions), "reviewed", "обсудили", "рассмотрели",
#: "обменялись мнениями", "состоялся обмен мнениями".
_DISCUSSED = re.compile(
    r"(?i)\b(?:обсудили|обсуждались|обсуждены|обсужден[аоы]?|обсуждался|обсуждалось|(?:был[аои]?\s+)?рассмотрен[аоы]?"
    r"|рассмотрели|обменялись\s+мнениями|discussed|exchanged\s+(?:views|opinions)"
    r"|reviewed|(?:was|were)\s+considered|(?:spoke|talked)\s+(?:at\s+length\s+)?about|took\s+stock\s+of"
    r"|(?:is|are)\s+(?:also\s+)?discussing"  # ("The secretaries … are discussing areas of joint work …")
    # ("exchanged constructive opinions on …", "shared their opinions regarding …", "addressed a wide range of issues",
    # "Special attention was paid to …")
    r"|exchanged\s+(?:[\w-]+\s+){1,2}(?:views|opinions)|shared\s+(?:their\s+)?(?:views|opinions|ideas|thoughts)\s+(?:on|regarding|about)"
    r"|addressed\s+a\s+(?:wide\s+|broad\s+)?range\s+of\s+issues|attention\s+was\s+(?:paid|given)\s+to"
    # ("The participants exchanged information reflecting …"; but "paid special attention to …" often gives a stance:
    # 8 of its 14 sentences on the development pages were marked key)
    r"|exchanged\s+information"
    # ("The participants also considered the plan of …", "The CSC is also considering the budget")
    r"|(?:considered|(?:is|are)\s+(?:also\s+)?considering)\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:draft|plan|issues?|questions?"
    r"|possibility|possibilities|prospects|ways"
    r"|reports?|matters|proposals?|budget|documents?)\b"
    # ("had an open and friendly exchange of views on …", "The discussion focused on …", "focused on issues of …")
    r"|(?:had|held|was)\s+an?\s+(?:[\w-]+\s+){0,4}?(?:exchange\s+of\s+(?:views|opinions)|discussion\s+(?:of|on|about))"
    r"|^\W*the\s+(?:[\w-]+\s+)?discussions?\s+(?:focused|centred|centered)\s+on|focused\s+on\s+(?:the\s+)?(?:issues|matters|questions)\s+of"
    # what a meeting or its participants focused on ("The meeting focused on the preparation of …", "They focused on …")
    r"|^\W*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|talks|session|forum|conference|summit|negotiations|consultations"
    r"|it|they|sides|parties|participants)\s+(?:also\s+)?(?:was\s+|were\s+|is\s+)?(?:mainly\s+)?focus(?:ed|es)\s+on"
    r"|состоялся\s+(?:[а-яё]+\s+){0,3}?обмен\s+мнениями|продолжен\s+обмен\s+мнениями"
    r"|briefed\s+(?:[\w-]+\s+){1,4}?on"  # ("X briefed Y on …")
    # results summed up, which the sentence does not give ("The ministers summed up the results of …")
    r"|summed\s+up|(?:подвел[аи]?|(?:были\s+)?подведены)\s+итоги"
    # topics touched upon, attention paid ("были затронуты вопросы …", "Особое внимание было уделено …")
    r"|(?:были\s+)?затронуты|затронули|(?:было|были)\s+уделено|уделил[аи]?\s+(?:[а-яё]+\s+)?внимание"
    # what a talk or a speech was about ("Выступление касалось ситуации …", "Разговор велся и о механизмах …")
    r"|касал(?:ся|ась|ось|ись)|разговор\s+(?:шел|шёл|велся|вёлся)|итоги\s+подвод\w+|подвод(?:ятся|ится)\s+итоги"
    # a meeting's theme or agenda ("Главная тема заседания – …", "В повестке – …", "The main theme of the forum was …")
    r"|^\W*(?:(?:главн|основн)\w+\s+тем\w+|в\s+повестке|на\s+повестке\s+дня)"
    # ("Один из основных вопросов – транспорт …", "Еще одна важная тема – …")
    r"|^\W*(?:од(?:ин|на|ной|ним|ну)\s+из\s+(?:основных|главных|ключевых|важных)\s+(?:вопросов|тем)|ещ[её]\s+одн\w+\s+(?:важн\w+\s+|ключев\w+\s+)?"
    r"(?:тем\w*|вопрос\w*))\s+[–—-]\s"
    r"|\bв\s+повестку\s+(?:дня\s+)?(?:[а-яё]+\s+)?(?:войд(?:ет|ут)|вошл[аи]?|включен[аоы]?)|на\s+повестку\s+(?:дня\s+)?(?:[а-яё]+\s+)?(?:был[аи]?\s+)?вынесен"
    r"|^\W*the\s+(?:main\s+)?(?:theme|topic|agenda)\s+of\s+the\s+(?:meeting|forum|conference|session|summit)"
    # ("On the agenda – …", "The summit addressed issues related to …")
    r"|^\W*on\s+the\s+agenda\s*[-–—:]|addressed\s+(?:the\s+)?(?:issues?|questions?|topics?|matters?)\s+(?:related|relating|of|on|concerning)\b"
    # ("Повестка дня была посвящена вопросам …", "The agenda included …", "The agenda includes …")
    r"|^\W*повестк\w*\s+(?:дня\s+)?(?:[а-яё]+\s+){0,2}?(?:была\s+)?(?:посвящена|включала)"
    r"|^\W*the\s+(?:[\w’'-]+\s+){0,5}?agenda\s+(?:of\s+the\s+[\w-]+\s+)?(?:included|covered|focused\s+on|was\s+devoted\s+to"
    r"|includes|covers|focuses\s+on)"
    # or its aim ("The conference aims to strengthen …", "Форум призван …", "Цель встречи – …")
    rf"|^\W*(?:the\s+)?(?:[\w-]+\s+){{0,4}}?{_EVENT}\s+(?:aims|is\s+aimed|was\s+aimed|is\s+designed|was\s+designed)\b"
    rf"|^\W*(?:[\w-]+\s+){{0,3}}?{_EVENT}\s+(?:призван[аоы]?|(?:направлен|нацелен)[аоы]?\s+на)\b"
    r"|^\W*цел(?:ь|ью)\s+(?:форума|конференции|встречи|мероприятия|заседания|визита)"
    r"|(?:проинформировал|рассказал)[аи]?\s+(?:[а-яё-]+\s+){0,3}?об?"  # ("Она проинформировала о …")
    # reports delivered on a topic and statements made on it ("X выступил с докладом о …", "От белорусской стороны по
    # вопросу … выступил …", "There were statements by the member states on …"; none of the 6 such sentences of the
    # development pages is key): the topic keeps its theme, as a discussion's does
    r"|выступил[аи]?\s+(?:\S+\s+){0,3}?с\s+(?:\S+\s+)?доклад\w*|^\W*от\s+\S+\s+стороны\s[^.]{0,120}?выступил[аи]?"
    r"|there\s+were\s+(?:statements|speeches|presentations))\b"
)
#: The same talks still to come ("the ministers will discuss …", "Xi will exchange views on …", "Министры обсудят …"):
#: a meeting's announced topics, no one's plan; what else the sentence says is read without them.
_TO_BE_DISCUSSED = re.compile(
    r"(?i)\b(?:will|would|(?:is|are|was|were)\s+(?:also\s+)?(?:expected\s+)?to)\s+(?:(?:also|mainly|primarily|further)\s+)?"
    r"(?:discuss|exchange\s+(?:views|opinions)"
    r"|review|consider|look\s+into|focus\s+on)\b(?!\s+and\b)|\bwill\s+(?:also\s+)?be\s+(?:discussed|reviewed|considered)\b"
    r"|\bwill\s+(?:also\s+)?have\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}exchanges?\s+of\s+views\b"  # ("… will have in-depth …")
    # ("Top on the agenda of the meeting will be …")
    r"|^\W*(?:top|high|first)\s+on\s+the\s+agenda\s+(?:of\s+the\s+[\w-]+\s+)?(?:will\s+be|was|were|is|are)\b"
    r"|\b(?:обсудят|обменяются\s+мнениями|(?:будут|будет)\s+(?:также\s+)?(?:обсуждены|обсужд[её]н[аоы]?|обсуждаться))(?!\w)"
)
#: A decision still to come beside such talks ("… обсудят … и утвердят план", "will review and sign …").
_DECISION_TO_COME = re.compile(r"(?i)\b(?:adopt|approve|sign|endorse|утвердят|примут|подпишут|одобрят|согласуют)\b")
#: Stems one of which every such verb holds: most sentences are ruled out by them, without the pattern.
_STEMS = (
    "обсу",
    "рассмотр",
    "мнени",
    "discuss",
    "views",
    "opinions",
    "review",
    "consider",
    "spoke",
    "look",
    "talked",
    "затрону",
    "уделено",
    "уделил",
    "касал",
    "разговор",
    "итоги",
    "тема",
    "вопрос",
    "из основных",
    "из главных",
    "из ключевых",
    "из важных",
    "повестк",
    "theme",
    "topic",
    "agenda",
    "addressed",
    "aim",
    "призван",
    "направлен",
    "нацелен",
    "цель",
    "briefed",
    "summed",
    "exchanged information",
    "exchange",
    "discussion",
    "focus",
    "stock",
    "shared",
    "range",
    "attention",
    "информир",
    "рассказал",
    "доклад",
    "й стороны",
    "there were",
)
#: What is still to come ("will be discussed", "будет рассмотрен"): a plan, which is a statement.
_FUTURE = re.compile(r"(?i)\b(?:will|would|shall|to\s+be|будет|будут|планиру\w*|предстоит)\b")
#: Words of a decision, a plan or an assessment ("approved", "утвердили", "important", "необходимо"), and of
#: the first person.
_STATEMENT_WORDS = (
    lexicon.words("decision_words") | lexicon.words("commitment_words") | {"we", "i", "our", "мы", "я", "наш"}
)
_WORD = re.compile(r"\w+")
#: A name's initial before the next initial or the surname ("I.A.Karimov", "I. Karimov"): no word of its own.
_INITIAL = re.compile(r"\b[A-ZА-ЯЁ]\.(?=\s?[A-ZА-ЯЁ])")
#: The country's leader as its own media name him ("the head of our state", "глава нашего государства"): a title.
_OUR_LEADER = re.compile(r"(?i)\bhead\s+of\s+our\s+state\b|\bглав\w+\s+нашего\s+государства\b")
#: A word of weight that only names a topic before its noun ("discussed priority areas of …", "the key aspects of …").
_NAMED_TOPIC = re.compile(
    r"(?i)\b(?:priority|key|important|significant)\s+(?=(?:areas|aspects|issues|directions|matters|questions|topics|tasks"
    r"|fields|spheres)\b)"
)
#: Words of a plan that make one only before "to" ("plans to open", "it is planned to sign").
_PLAN_WORDS = frozenset({"plan", "plans", "planned"})
_QUOTES = frozenset('“”«»"')


def only_discusses(sentence: str) -> bool:
    """Whether ``sentence`` only tells what was discussed, with no decision, plan, assessment, quotation or
    other verb of speaking beside it."""
    lower = sentence.lower()
    if not any(stem in lower for stem in _STEMS):
        return False
    if _DISCUSSED.search(sentence):
        return not says_more(sentence, _DISCUSSED.sub(" ", sentence))
    if _TO_BE_DISCUSSED.search(sentence) and not _DECISION_TO_COME.search(sentence):
        told = _TO_BE_DISCUSSED.sub(" ", sentence)  # (its "will" is no plan)
        return not says_more(told, told)
    return False


def says_more(sentence: str, rest: str, future: re.Pattern[str] = _FUTURE) -> bool:
    """Whether ``sentence`` says more than the topics or the scene its verb (cut out of ``rest``) gives: a quotation,
    what is still to come, a word of decision, commitment or the first person, or another verb of speaking."""
    if _quotes_words(sentence) or future.search(sentence):
        return True
    if _SAYING_GERUND.search(rest):
        return True  # "… рассказал о планах, отметив, что …", "… briefed reporters, noting that …"
    rest = _OUR_LEADER.sub(" ", _INITIAL.sub(" ", rest))  # ("I.A.Karimov", "the head of our state": no first person)
    words = _WORD.findall(_NAMED_TOPIC.sub(" ", rest).lower())
    # ("the SCO development plans", "the events planned for this year": a plan named, no plan made)
    stated = (w for i, w in enumerate(words) if w not in _PLAN_WORDS or words[i + 1 : i + 2] == ["to"])
    if not _STATEMENT_WORDS.isdisjoint(stated):
        return True
    return find_verb(rest) is not None


def _quotes_words(sentence: str) -> bool:
    """Whether ``sentence`` quotes someone's words: a quotation mark that opens no short quoted name (the forum
    «Шанхайская организация сотрудничества 2023 - Год туризма», the project "Eight Wonders of the SCO")."""
    marks = sum(sentence.count(mark) for mark in _QUOTES)
    return marks > 2 * len(quoted_title_spans(sentence)) if marks else False


#: A gerund of speaking that adds what was said ("отметив, что …", "noting that …").
_SAYING_GERUND = re.compile(
    r"(?i)\b(?:отметив|подчеркнув|заявив|указав|сообщив|добавив|noting|stressing|saying|adding|emphasi[sz]ing)\b"
)
