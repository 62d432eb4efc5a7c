"""Turns of a transcript: whom a line gives the floor to.

Kremlin and ministry transcripts, press briefings and television news name who
speaks before the words: "В.ПУТИН: Уважаемые коллеги!", "Mao Ning: Since the
founding …", or a line of its own before the quotation ("Айбек Смадияров,
официальный представитель МИД РК:"). That person holds the floor until the next
turn, and the name is not part of what was said.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ...text.segment import LIST_BULLETS
from .carriers import carries_news
from .names import COUNTRIES, NOT_PERSON, PATRONYMIC_ENDINGS, common_word, person_mentions, person_names, surname_key
from .trailing import trailing_source

__all__ = [
    "turn_prefix",
    "speaker_label",
    "introduced_speech",
    "ANSWER_PREFIX",
    "strip_answer_prefix",
    "statement_text",
    "spoken_text",
    "ADDRESSED_BY_PATRONYMIC",
    "addressed_interviewee",
    "title_interviewee",
    "named_interviewee",
    "WE_SPOKE_WITH",
    "ANSWERED_QUESTIONS",
    "continues_dashed_speech",
    "closing_of_dashed_speech",
    "dashed_speech_before",
    "asks",
    "dashed_dialogue",
    "dialogue_start",
    "QUESTION",
]

#: An answer's prefix in an interview ("A:", "Answer:", "Ответ:"), and a named one ("Imanaliyev (on Afghanistan):").
ANSWER_PREFIX = re.compile(r"^\s*(?:A|Answer|Ответ|О)\s*[:.–—-](?:\s*:)?\s*", re.IGNORECASE)  # "A:", "A.:"
#: A list item's bullet ("• Лавров подчеркнул …"); a dash is not one, it opens a quotation in Russian.
_BULLET = re.compile(rf"^\s*[{LIST_BULLETS}]\ufe0f?\s*")

#: An interviewer's question ("Q:", "Question:", "Вопрос:", "В:"), not an initial ("В. Норов", "В.Путин: …").
QUESTION = re.compile(r"^\s*(?:(?:Q|Question|Вопрос)\s*[:.–—]|В\s*(?::|[–—]|\.(?!\s*(?-i:[А-ЯЁ]))))", re.IGNORECASE)


def strip_answer_prefix(text: str) -> str:
    """``text`` without a list item's bullet or an interview answer's "A:", "Answer:" or "Ответ:" prefix."""
    return ANSWER_PREFIX.sub("", _BULLET.sub("", text, count=1), count=1)


#: A transcript's turn: initials and a surname before a colon ("В.Путин:", "В.ПУТИН:", "S.Jaishankar:") ...
_TURN = re.compile(r"^\s*((?:[А-ЯЁA-Z]\.\s?){1,2}\s?)([А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z’'-]+)\s*:\s")
#: ... or a person's full name before a colon ("Mao Ning:", "Сергей Лавров:").
#: A dash may open the line, as interviews set out in dialogue write it ("– Sirojiddin Muhriddin: We are …").
_NAMED_TURN = re.compile(r"^\s*(?:[–—-]\s*)?([A-ZА-ЯЁ][\w’'-]+(?:\s[A-ZА-ЯЁ][\w’'-]+){1,2})\s*:\s")
#: ... or an office before the full name ("President of Russia Vladimir Putin: Colleagues, friends").
_TITLED_TURN = re.compile(
    r"^\s*((?:[A-ZА-ЯЁ][\w’'-]*\s(?:(?:of|the)\s)*){1,6}[A-ZА-ЯЁ][\w’'-]+\s[A-ZА-ЯЁ][\w’'-]+)\s*:\s"
)
#: ... or a full name and its office or outlet before a colon, as interviews set out in dialogue write the
#: turns ("Vladimir Norov, SCO Secretary-General: This organization …", "Navbahor Imamova, VOA: You're …"); no
#: comma or full stop among the office's words, which would make it an apposition ("X, the Secretary-General, listed:").
_FULL_NAME = r"([A-ZА-ЯЁ][\w’'-]+(?:\s[A-ZА-ЯЁ][\w’'-]+){1,2})"
_LABELLED_TURN = re.compile(rf"^\s*(?:[–—-]\s*)?{_FULL_NAME},(?:\s+(?:[^\s:.,;]|\.(?=\w))+){{1,7}}:\s")
#: ... or a line that only names who speaks next, as television news write it ("Айбек Смадияров, официальный
#: представитель МИД РК:" before the quotation; "Mr. Sergei Aleinik, Minister of Foreign Affairs of Belarus:"), or by
#: the name alone ("Александр Шпаковский:").
_SPEAKER_LABEL = re.compile(rf"^\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?{_FULL_NAME}(?:,(?:\s+[^\s:.]+){{1,20}})?:\s*$")
#: ... or a surname alone before a colon ("Alimov: I have different …"), a turn when the document names that person.
_SURNAME_TURN = re.compile(r"^\s*(?:[–—-]\s*)?([A-ZА-ЯЁ][\w’'-]+)\s*:\s")


def statement_text(text: str) -> str:
    """What a statement says: ``text`` without a list item's bullet, an interview answer's "A:" / "Ответ:", or the
    name that gives its speaker the floor in a transcript ("Vladimir Putin: The SCO …"), which name the speaker
    and are not part of what was said."""
    text = strip_answer_prefix(text)
    turn = turn_prefix(text)
    return text[turn[1] :] if turn else text


def spoken_text(text: str) -> str:
    """:func:`statement_text` of a paragraph that may open with a speaker's label (a colon among its first words),
    else ``text`` as it is: the cheap test first, as most paragraphs have none ("Председатель КНР X: Уважаемые …")."""
    return statement_text(text) if ":" in text[:120] else text


def turn_prefix(text: str, names: Mapping[str, str] | None = None) -> tuple[str, int] | None:
    """Whom a transcript gives the floor to at the start of ``text`` ("В.ПУТИН: …", "Mao Ning: Since …"), and
    where the words of the turn begin; given the document's ``names`` (full names by :func:`surname_key`), also a
    surname alone ("Alimov: …")."""
    turn = _TURN.match(text)
    if turn:
        initials, surname = turn.group(1), turn.group(2)
        return f"{initials}{surname.capitalize() if surname.isupper() else surname}", turn.end()
    named = _NAMED_TURN.match(text)
    name = _in_capitals_as_name(named.group(1)) if named else ""
    if named and person_names(name) == [name]:  # not "Kazakhstan: …" or "Note: …"
        return name, named.end()
    labelled = _LABELLED_TURN.match(text)
    label = _in_capitals_as_name(labelled.group(1)) if labelled else ""  # ("СЕРГЕЙ РЯБКОВ, заместитель министра …:")
    named_in = person_names(label) if labelled else []
    if labelled and named_in and _honorific_and(label, named_in[-1]):  # ("Shri Vinay Kwatra, Foreign
        return named_in[-1], labelled.end()  # Secretary: Thank you …": the name without its honorific)
    titled = _TITLED_TURN.match(text)
    found = person_names(titled.group(1)) if titled else []
    if titled and len(found) == 1 and titled.group(1).endswith(found[0]):
        return found[0], titled.end()
    surname = _SURNAME_TURN.match(text) if names else None
    known = names.get(surname_key(surname.group(1))) if names and surname else None
    if surname and known:
        return known, surname.end()
    return None


def _in_capitals_as_name(label: str) -> str:
    """A name a transcript writes in capitals ("АЛЁША МИЛЕНКОВИЧ") as a name is written, else ``label`` as it is."""
    return label.title() if label.isupper() and len(label.split()) > 1 else label


def _honorific_and(label: str, name: str) -> bool:
    """Whether ``label`` is the person ``name`` alone or after one word of address ("Shri", "Mr", "Dr")."""
    return label == name or label.endswith(" " + name) and len(label.split()) == len(name.split()) + 1


def speaker_label(text: str) -> str | None:
    """The person a line names as the next speaker and nothing else ("Айбек Смадияров, представитель МИД:")."""
    label = _SPEAKER_LABEL.match(text)
    return label.group(1) if label and person_names(label.group(1)) == [label.group(1)] else None


#: A line that introduces the speech printed below it, ending in a colon: "Highlights of Indian Minister’s Speech
#: at Meeting:", "Here is the English translation of Modi’s full address delivered in Hindi:", "Полный текст
#: выступления Сергея Лаврова:". (Not "statement": a statement below a colon is often a document's.)
_SPEECH_INTRODUCTION = re.compile(
    r"(?i)^(?=.{0,200}$).*\b(?:speech|address|remarks|выступлени[ея]|обращени[ея]|речь|речи)\b[^:]{0,80}:\s*$"
)
#: A line that introduces the interview printed below it: "Following is a Q&A with Ambassador Yerlik Ali.",
#: "Below are excerpts from the interview with …", "Предлагаем вниманию читателей интервью с …".
_INTERVIEW_INTRODUCTION = re.compile(
    r"(?i)^(?=.{0,200}$)(?:(?:following|below|here)\s+(?:is|are)|предлагаем\b[^.]{0,40}|ниже\b[^.]{0,30})"
    r"[^.:]{0,60}\b(?:q\s?&\s?a|interview|conversation|questions and answers|интервью|беседу|беседа)\b"
)
#: A press release's line that introduces the message or speech printed below it, and says who delivered it and
#: where: "NEW YORK, 12 June (UN Headquarters) -- Following is the text of UN Secretary-General Kofi Annan's message
#: to the Sixth Summit …, in Shanghai on 10 June:".
_MESSAGE_INTRODUCTION = re.compile(
    r"(?i)^(?=.{0,320}$)(?:[^:]{0,60}\s--?\s+)?following\s+is\s+(?:the\s+(?:full\s+)?text\s+of\s+)?[^:]{0,80}?"
    r"[’']s\s+(?:message|speech|address|remarks|statement)\b[^:]{0,240}:\s*$"
)
#: The longest line the introductions above match (320 characters and a line break).
_INTRODUCTION_MAX_CHARS = 321
#: Whose speech it is, when the line names no full name: a word before "’s" ("Modi’s", "Indian Minister’s").
_OWNER = re.compile(r"((?:[A-Z][\w-]+\s){0,3}[A-Z][\w-]+)[’']s\b")


def introduced_speech(text: str) -> tuple[str, bool] | None:
    """Whose speech or interview a line introduces: (a person's full name, True), or (what stands before "’s",
    False) for the reader to resolve ("Modi", "Indian Minister"); None when the line introduces neither or names
    no owner."""
    if len(text) > _INTRODUCTION_MAX_CHARS:
        return None
    speech = text.rstrip().endswith(":") and (_SPEECH_INTRODUCTION.match(text) or _MESSAGE_INTRODUCTION.match(text))
    if not (speech or _INTERVIEW_INTRODUCTION.match(text)):
        return None
    named = person_names(text)
    if named:
        return named[0], True
    owner = _OWNER.search(text)
    return (owner.group(1), False) if owner else None


#: An interviewer's turn that addresses the interviewee by name and patronymic ("— Дмитрий Федорович, истекает
#: срок ваших полномочий …"), after the interviewer's label or none ("«Газета» он-лайн: Владимир Имамович, …"): a
#: question even when written as a statement.
ADDRESSED_BY_PATRONYMIC = re.compile(
    rf"^\W*(?:[^:.!?]{{2,40}}:\s+)?([А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:{PATRONYMIC_ENDINGS})),"
)


def addressed_interviewee(paragraphs: tuple[tuple[str, ...], ...]) -> str | None:
    """Whom an interview's questions address by name and patronymic ("— Алексей Валерьевич, Казахстан готовится
    …"): the interviewee, whom the caller finds by full name in the text."""
    for paragraph in paragraphs:
        address = ADDRESSED_BY_PATRONYMIC.match(paragraph[0]) if paragraph else None
        if address:
            return address.group(1)
    return None


#: A lead's words that announce an interview ("We spoke with …", "Kazinform's correspondent talked to …", "the
#: correspondent of Narodnaya Gazeta held a conversation with …").
WE_SPOKE_WITH = (
    r"\b(?:we|correspondent|reporter|journalist)(?:\s+of(?:\s+[A-Z][\w-]*){1,3})?"
    r"\s+(?:spoke|talked|held\s+a\s+conversation)\s+(?:to|with)\b"
)
#: A lead's words that say its person answered questions ("… ответил на вопросы агентства", "… agreed to answer
#: questions from 24.kg news agency", "Министр … отвечает на вопросы газеты …").
ANSWERED_QUESTIONS = (
    r"(?:(?:ответил|отвечае|отвечаю)\w*\s+на\s+вопросы|(?:agreed\s+to\s+)?answer(?:ed|s)?\s+(?:the\s+)?questions\b)"
)
#: An expert's assessment given to an outlet, set out as questions and answers ("… дал экспертную оценку …").
EXPERT_VIEW = r"экспертн\w+\s+оценк\w+"
#: A lead that names the interviewee after the verb ("… – в интервью рассказал политолог Руслан Изимов", "… в
#: интервью Sputnik обсудил Бахтиер Хакимов", "We
#: spoke with CICA Secretary General Kairat Sarybay").
_INTERVIEWEE = re.compile(
    r"(?i)(?:\bв\s+интервью\b[^.?!]{0,80}?\b(?:рассказал|ответил|поделился|высказался|обсудил)\w*"
    rf"|{WE_SPOKE_WITH}|\b(?:presents|publishes|offers)\s+(?:an?\s+)?(?:exclusive\s+)?interview\s+with)"
    r"\s+(?P<who>[^.?!]{3,400})"
)


#: ... or before it, after the one who asked ("В интервью обозревателю «НГ» Владимиру Скосыреву посол КНР Ли Хуэй
#: подчеркнул …"): the last person named before the verb.
_INTERVIEWEE_BEFORE = re.compile(
    r"(?i)\bв\s+интервью\b(?P<who>[^.?!]{3,200}?)\s(?:подчеркнул|заявил|отметил|сказал|рассказал|ответил)\w*"
    rf"|(?P<giver>[^.?!]{{3,200}}?)(?:\s(?:дал[аи]?\s+(?:интервью|{EXPERT_VIEW})|gave\s+(?:an\s+)?(?:exclusive\s+)?interview)"
    r"|\s(?:shared\s+(?:his|her|their)\s+views|spoke|talked)\s+with\s[^.?!]{0,120}?\bin\s+an?\s+(?:\w+\s+)?interview\b"
    r"|,\s+in\s+an?\s+(?:exclusive\s+)?interview\s+(?:with|to)\s"  # "Zhang Ming, in an interview with RIA Novosti,"
    r"|\s(?:speaks|talks)\s+(?:to|with)\s+(?:the\s+)?(?-i:[A-Z]))"  # "The Ambassador … speaks with the Hindu"
    rf"|(?P<answering>[^.?!]{{3,200}}?)\s{ANSWERED_QUESTIONS}"  # "… Эрмек Бакиров ответил на вопросы агентства"
)


#: The verbs :data:`_INTERVIEWEE_BEFORE` ends on, found cheaply before its slower search.
_INTERVIEWEE_VERB = re.compile(
    r"(?i)\s(?:подчеркнул|заявил|отметил|сказал|рассказал|ответил|отвечает|отвечают|answer|agreed\s|дал[аи]?\s|gave\s"
    r"|interview\s+(?:with|to)\s"
    r"|shared\s+(?:his|her|their)\s+views\s+with\s|(?:spoke|talked)\s+with\s|(?:speaks|talks)\s+(?:to|with)\s)"
)
#: A surname alone before the verb, which the document's names complete.
_SURNAME_ALONE = re.compile(r"\s*[A-ZА-ЯЁ][a-zа-яё’'-]+\s*")
#: What a match of :data:`_INTERVIEWEE_BEFORE` never crosses.
_SENTENCE_MARK = re.compile(r"[.?!]")


def _interviewee_before(lead: str) -> re.Match[str] | None:
    """:data:`_INTERVIEWEE_BEFORE`'s first match in ``lead``, searched only in the stretches between sentence
    marks that have one of its verbs: its lazy, unanchored pattern costs milliseconds on a long lead."""
    start = 0
    for stretch in _SENTENCE_MARK.split(lead):
        if _INTERVIEWEE_VERB.search(stretch):
            found = _INTERVIEWEE_BEFORE.search(lead, start, start + len(stretch))
            if found:
                return found
        start += len(stretch) + 1
    return None


#: A title that is an interview with someone ("RIA Novosti interview with Fyodor Lukyanov, Editor-in-Chief, …",
#: "Interview with SCO Secretary-General Zhang Ming", "—Interview of X, …").
_TITLE_INTERVIEW = re.compile(r"(?i)^\W{0,3}(?:[^:.?!]{0,40}\s)?interview\s+(?:with|of)\s+(?P<who>[^:?!]{3,200})")
#: A surname alone after "interview with", maybe with the part's number ("Putin (2)").
_TITLE_SURNAME = re.compile(r"([A-ZА-ЯЁ][a-zа-яё’'-]{2,})(?:\s*\(\d+\))?\s*")


def title_interviewee(title: str) -> str | None:
    """The person a title announces an interview with, or None."""
    found = _TITLE_INTERVIEW.match(title)
    named = person_mentions(found.group("who")) if found else ()
    if not named and found and (alone := _TITLE_SURNAME.fullmatch(found.group("who"))):
        surname = alone.group(1)  # "Full text of Xinhua's exclusive interview with Putin (2)"
        outlet = carries_news(surname) or surname.lower() in NOT_PERSON | COUNTRIES or common_word(surname)
        return None if outlet else surname  # (not "… interview with Xinhua")
    return named[0] if named else None


def named_interviewee(lead: str) -> str | None:
    """The person a lead names as the one interviewed, in the nominative, or None."""
    found = _INTERVIEWEE.search(lead)
    named = person_mentions(found.group("who")) if found else ()
    if named:
        return named[0]
    before = _interviewee_before(lead)
    who = (before.group("who") or before.group("giver") or before.group("answering")) if before else ""
    if before and who.strip().lower() in ("he", "she", "он", "она"):  # "X met the press club. He answered the
        who = (person_mentions(lead[: before.start()]) or ("",))[-1]  # questions of …": X, the person before
    named = person_mentions(who)
    if not named and _SURNAME_ALONE.fullmatch(who):  # "Alimov shared his views with … in a written interview"
        return who.strip()
    return named[-1] if named else None


def continues_dashed_speech(paragraph: tuple[str, ...], sentence: int) -> bool:
    """Whether sentence ``sentence`` of ``paragraph`` is a later sentence of direct speech opened by a dash
    ("- В глазах граждан … . Однако участие СМИ …": the second is the same speaker's); not of a list item, which
    ends in a semicolon or a colon, and not of a question."""
    return bool(sentence) and _speech(paragraph) and not paragraph[0].rstrip().endswith("?")


def closing_of_dashed_speech(paragraph: tuple[str, ...], sentence: int) -> int | None:
    """The last sentence of a paragraph of direct speech opened by a dash when it closes that speech with its source
    ("– В условиях … . …, – подчеркнул Президент."), for an earlier ``sentence``; else None."""
    last = len(paragraph) - 1
    return last if sentence < last and _speech(paragraph) and trailing_source(paragraph[last]) else None


def dashed_speech_before(paragraphs: tuple[tuple[str, ...], ...], paragraph: int) -> int | None:
    """For a paragraph of direct speech opened by a dash, the nearest one of the two paragraphs before it that is
    direct speech too ("— 20 лет назад …" / "В зоне ответственности ШОС …" / "— Присоединение Индии …"), else None;
    a list item (ending in a semicolon or a colon) or a question is no direct speech."""
    if not _speech(paragraphs[paragraph]):
        return None
    return next((k for k in (paragraph - 1, paragraph - 2) if k >= 0 and _speech(paragraphs[k])), None)


def _speech(paragraph: tuple[str, ...]) -> bool:
    """Whether a paragraph is direct speech opened by a dash, not a list item or a question."""
    return _dashed(paragraph) and not paragraph[-1].rstrip().endswith((";", ":", "?"))


_DASHES = ("— ", "– ", "- ")


def _dashed(paragraph: tuple[str, ...]) -> bool:
    """Whether a paragraph opens with a dash, as Russian sets direct speech and a dialogue's turns."""
    return bool(paragraph) and paragraph[0].lstrip()[:2] in _DASHES


#: The label of an outlet's interviewer in capitals before a question ("GT: This year marks …. What do you …?").
_ASKER_LABEL = re.compile(r"^\s*[A-ZА-ЯЁ]{2,6}\s*:\s")


def asks(paragraph: tuple[str, ...]) -> bool:
    """Whether a paragraph is an interviewer's question: one or two sentences, the last asking, or one sentence before
    up to three that all ask ("The summit … will be held soon. What do you think …? What are your …?"), with no
    quotation; a dash's turn, or the outlet's label before sentences the last of which asks."""
    last = paragraph[-1].rstrip() if paragraph else ""
    if not last.endswith("?"):
        return False
    asking = len(paragraph) <= 2 or len(paragraph) <= 4 and all(s.rstrip().endswith("?") for s in paragraph[1:])
    short = asking and paragraph[0].lstrip()[:1] not in '"“«'
    return short or _dashed(paragraph) or _ASKER_LABEL.match(paragraph[0]) is not None


def dashed_dialogue(paragraphs: Sequence[tuple[str, ...]]) -> bool:
    """Whether a dash's question is answered by a dash's paragraph ("– Последние теракты …?" / "– Безусловно.
    …"): an interview, as Russian papers set it, whether or not the lead says so. Not a dashed list with a
    question among its items ("- The SCO in a multipolar world: what next?" / "- Trade and transport;"): the
    question follows no other dashed item, or the answer runs over sentences that close with a full stop."""
    dashed = [_dashed(p) for p in paragraphs]
    for i in range(len(paragraphs) - 1):
        question, answer = paragraphs[i], paragraphs[i + 1]
        if not (dashed[i] and dashed[i + 1] and asks(question)) or asks(answer) or answer[-1].rstrip().endswith(";"):
            continue
        if not (i and dashed[i - 1]) or len(answer) > 1:
            return True
    return False


def dialogue_start(paragraphs: Sequence[tuple[str, ...]]) -> int | None:
    """The paragraph where an interview's dialogue starts, after its lead: the first question ("Q: …", "Вопрос: …",
    a question of its own) or the first dash's turn ("— Valery Anatolyevich, tell us …")."""
    return next(
        (i for i, p in enumerate(paragraphs) if p and (asks(p) or QUESTION.match(p[0]) or _dashed(p))),
        None,
    )
