"""The author of an opinion piece: the person its byline names, who speaks its unattributed assessments.

An op-ed or column ("By Maya Majueran", "By SUDHEENDRA KULKARNI | China Daily | Updated: …", "(by Ambassador
Yakovenko for OCA Magazine)") states its author's views in the writer's own voice, and a reader writes that author
down as the speaker of "Today's world has become irreversibly multipolar." A news story's byline names a reporter
whose narration reports others ("TEHRAN— The summit ended …. Raisi said …") and gives no speaker; so does a desk
("By Staff Reporter"). An opinion piece is told from a news story by a mark among the lines before its text
("Opinion", "Op-Ed Contributors"), by a note on its author ("The author is secretary-general of …", whose post is
the author when no byline names one), or by its sentences: of the first twelve, at most one reports a person and
at most three anybody, where news reports someone in most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...text.debris import AUTHOR_IS
from .carriers import carries_news
from .names import person_names
from .person_fallbacks import reported_person
from .rules import Attribution
from .speaker_types import speaker_type

if TYPE_CHECKING:
    from .document import SpeakerDocument

__all__ = [
    "unsigned_editorial",
    "editorial_view",
    "byline_author",
    "official_byline",
    "name_line",
    "author_note",
    "opinion_author",
    "reports_almost_nobody",
    "columnist",
    "writer",
    "standfirst_author",
    "OPINION_SENTENCES",
    "OPINION_MAX_REPORTED",
    "OPINION_MAX_VERBS",
]

#: A word of a byline's name: capitalised, in capitals, or an initial.
_LATIN_UPPER, _LATIN_LOWER = "A-ZÀ-ÖØ-Þ\u0100-\u017f", "a-zß-öø-ÿ\u0100-\u017f"  # (with diacritics: "Šćepanović")
_NAME_WORD = rf"(?:[{_LATIN_UPPER}][{_LATIN_LOWER}’'.-]*[{_LATIN_LOWER}]|[A-Z]{{2,}}|[A-Z]\.)"
#: A byline: "By" and a name of up to four words (or a post and a surname: "(by Ambassador Yakovenko for OCA
#: Magazine)"), then the end of the line or a separator before the outlet ("| China Daily", "(China Daily)",
#: "– Trend:", "Source:Global Times") or a note on the author; scraped lines may glue it to the outlet before it
#: ("China-DailyBy VLADIMIR NOROV").
_BYLINE = re.compile(
    r"(?:(?:^|[\s|]|(?<=[a-z]))By|\(by)\s+(?:(?P<post>Ambassador|Professor|Prof\.|Dr\.?)\s+)?"
    r"(?:[A-Z][\w-]*\s+(?:writer|correspondent|columnist|commentator)\s+)?"  # ("By Xinhua writer X")
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
    rf"(?:\s+and\s+(?P<second>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}))?"  # ("By Cheng Jing and Tian Shichen | …")
    r"(?=\s*(?:[|,()–—·•-]|$|\s+for\s)|\s+The\s+(?:author|writer)\s+is\b|\s+Source\s*:)",
    re.MULTILINE,
)
#: A byline without "by": a post and a name in brackets before the outlet ("(Ambassador Yakovenko, for Russia Today)").
_POST_FOR_OUTLET = re.compile(
    rf"\((?P<post>Ambassador|Professor|Prof\.|Dr\.?)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}),?\s+for\s"
)
#: A byline given as a label ("Author: Cui Zheng (Director of …)", "date 2022-09-15 Author: …", "Автор: Игорь
#: Панкратенко"): a name of two or three words, then the end of the line or a note in brackets.
_AUTHOR_LABEL = re.compile(
    r"(?:^|\s)(?:Authors?|Writer|Авторы?)\s*:\s*(?:(?:Prof|Engr|Dr|Mr|Ms|Mrs)\.?\s+){0,3}"  # ("Author: Prof. Engr. X")
    r"(?P<name>(?:[A-Z][a-z’'-]+|[А-ЯЁ][а-яё-]+)(?:\s+(?:[A-Z][a-z’'-]+|[А-ЯЁ][а-яё-]+)){1,2})(?=\s*(?:[(,|]|$))"
    # and a second author after a bar ("Authors : Ayjaz Wani | Ira Kulkarni")
    r"(?:\s*\|\s*(?P<second>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\s*$)?",
    re.MULTILINE,
)
#: An op-ed's title with its author after a bar ("SCO’s Membership: A High Water Mark … | Masood Khan"); an outlet
#: there ("| Daily Times") is no person.
_AUTHOR_AFTER_BAR = re.compile(rf"\s\|\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*$")
#: A title that ends with its author's name after "by" ("For an evolving CSTO, Kazakhstan is a pop quiz by Caroline
#: Steel"), not after a participle ("… chaired by Narendra Singh Tomar", "… hosted by …") nor a time ("posted 2 Apr
#: 2012, 01:14 by Webmaster …"): the word before "by" is no past participle.
_TITLE_BY = re.compile(
    rf"(?<=[a-z])(?<!ed)(?<!held)(?<!made)(?<!given)(?<!sent)(?<!won)(?<!seen)(?<!written)\s+by\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*$"
)
#: An author named in the text as the one who writes it ("The moment requires just such an approach, writes Rashid
#: Alimov, SCO Secretary-General in 2016–2018."): a name of two or three words after "writes".
_WRITES = re.compile(r",\s+writes\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})(?=\s*[,.(]|$)")
#: A line that is a byline and nothing else, "by" in lower case too ("by Rama Chandran").
_BYLINE_LINE = re.compile(
    rf"\W{{0,3}}[Bb]y\s+(?:[A-Z][\w-]*\s+(?:writer|correspondent|columnist|commentator)\s+)?"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}\s*"
)
#: A byline that opens the text ("- By DENG HAO …").
_OPENING_BY = re.compile(r"^\W{0,3}By\s")
#: How an editor's note opens ("Editor's note: "); the note names the writer and marks the piece as opinion.
_EDITORS_NOTE_OPENING = r"editor['’]s\s+note\s*:\s+"
#: A name and "is a …" after it, as an editor's note introduces the writer.
_NOTED_NAME_IS = r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}\s+is\s+(?:an?|the)\s"
#: A note on the author, in the page's lines or its text ("- The author is secretary-general of the …", "The writer is a
#: senior fellow at …"): the piece is an opinion, and a post named there is its author when no byline names one.
_AUTHOR_NOTE = re.compile(
    rf"(?i)^\W*(?:{AUTHOR_IS}|(?P<editor>{_EDITORS_NOTE_OPENING}(?=[^,]{{3,60}},|{_NOTED_NAME_IS})))\s*"
    r"(?P<who>[^.;]{3,160})"
)
#: An editor's note that names the writer before his post ("Editor's note: Zarema Shaukenova, academician of …",
#: "Editor's note: Yi Fan is an international affairs commentator …").
_EDITORS_NOTE = re.compile(
    rf"^\W*(?i:{_EDITORS_NOTE_OPENING})(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}})(?:,\s|\s+is\s+(?:an?|the)\s)"
)
#: A line before the text that is a post and the name of its holder, nothing else ("Minister of Foreign Affairs of the
#: Russian Federation Sergey Viktorovich Lavrov", "SCO Secretary General Rashid Alimov"): an official signs the piece.
#: (A name alone is no byline of this kind: it is as often the reporter's; see :func:`name_line`.)
_POST_LINE = re.compile(r"^(?:(?:[A-Z][\w’'.-]*|of|the|and|for)\s+){1,10}$")
_POST_WORD = re.compile(r"\b(?:Minister|President|Secretary|Ambassador|Chairman|Premier)\b")
#: Bylines of a desk or an agency, not of a person.
_DESK_WORDS = frozenset(
    "staff reporter reporters correspondent correspondents desk agencies agency bureau news editor editors editorial "
    "board team online web webmaster monitoring".split()
)
#: A line before the text that calls the piece an opinion ("Opinion", "Home / Opinion / Op-Ed Contributors").
_OPINION_MARK = re.compile(r"(?i)\b(?:opinions?|op-?eds?|commentary|columns?|columnists?|viewpoints?)\b")
#: A news lead's day of the week ("… attended a forum in Shanghai on Friday", "в пятницу"): a story, no opinion.
_NEWS_DAY = re.compile(
    r"\b(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\bв\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
)
#: A wire's dateline that opens its lead ("MOSCOW. KAZINFORM", "ISLAMABAD, July 13 (APP)", "BEIJING (Xinhua)").
_DATELINE = re.compile(
    r"^\W*(?:date\s+\S+\s+)?[A-ZА-ЯЁ]{4,}(?:[ -][A-ZА-ЯЁ]{2,})*"
    r"(?:,\s+(?:[A-Za-zА-Яа-яё]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-zА-Яа-яё]+)|\.\s+[A-ZА-ЯЁ]{3,}|\s*\()"
)
#: The sentences read for reporting verbs, and how many of them may report a person, or anybody, in an opinion piece.
OPINION_SENTENCES = 12
OPINION_MAX_REPORTED = 1
OPINION_MAX_VERBS = 3
#: The fewest sentences an opinion piece is judged on.
_MIN_SENTENCES = 4


def byline_author(lines: Sequence[str]) -> str | None:
    """The person the first byline among ``lines`` names (a name in capitals written as a name), else None."""
    for line in lines:
        found = _BYLINE.search(line) or _POST_FOR_OUTLET.search(line) or _AUTHOR_LABEL.search(line)
        found = found or _TITLE_BY.search(line)
        after_bar = _AUTHOR_AFTER_BAR.search(line) if found is None else None
        if after_bar and not carries_news(after_bar["name"]):
            found = after_bar
        if found is None:
            continue
        words = found.group("name").split()
        if _DESK_WORDS.intersection(w.lower() for w in words):
            return None
        name = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)
        if found.groupdict().get("post") and len(words) == 1:
            return name  # "by Ambassador Yakovenko": a surname after a post
        if speaker_type(name) != "person":
            return None
        second = found.groupdict().get("second")
        return f"{name} and {second}" if second and speaker_type(second) == "person" else name
    return None


def official_byline(lines: Sequence[str]) -> str | None:
    """The person a line among ``lines`` names after his post and nothing else (:data:`_POST_LINE`), else None."""
    for line in lines:
        line = line.strip()
        names = person_names(line)
        if not names or len(names[-1].split()) < 2 or not line.endswith(names[-1]):
            continue
        post = line[: -len(names[-1])]
        if _POST_LINE.match(post) and _POST_WORD.search(post):
            return names[-1]
    return None


#: A label above an author's name ("Guest contributor", "Columnist").
_CONTRIBUTOR_LABEL = re.compile(r"(?i)\W*(?:guest\s+)?(?:contributor|columnist|author|writer)\W*")
_INITIAL = re.compile(r"[A-Z]\.")


def name_line(lines: Sequence[str], title: str) -> str | None:
    """The person a line next to the title names and nothing else ("Vali Kaleji" above "SCO Energy Club: …"), or the
    title itself when it is a name alone (a mirror's copy of a column: "Рашид Алимов"), or
    the one line before the text: an opinion piece's author, though only when its sentences report almost nobody
    (a reporter's name heads news too, mostly after a date or a count of views, as "4328 / Асет Сыздыков")."""
    lines = [line.strip() for line in lines]
    for index, line in enumerate(lines):
        beside = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
        labelled = index > 0 and _CONTRIBUTOR_LABEL.fullmatch(lines[index - 1]) is not None  # ("Guest contributor")
        if not (title in beside or len(lines) == 1 or lines[:index] == [title] or line == title or labelled):
            continue
        words = [word for word in line.split() if not _INITIAL.fullmatch(word)]  # ("M. Ashraf Haidari")
        if not words or any(len(w) < 3 for w in words) or words[-1].endswith("ies"):
            continue  # a menu's words ("En Ar", "Mo Tu We", "Product Categories"), no name
        if person_names(line) == [line] and speaker_type(line) == "person":
            return line
    return None


def author_note(sentences: Sequence[str]) -> tuple[bool, str | None]:
    """Whether a sentence notes the author ("The author is …"), and the post it names, if it names one ("the
    secretary-general of the Shanghai Cooperation Organization"; not "a senior fellow at …")."""
    for sentence in sentences:
        found = _AUTHOR_NOTE.match(sentence)
        if found and found.group("editor"):
            return True, None  # "Editor's note: Zarema Shaukenova, academician …": a name, which :func:`writer` reads
        if found:
            who = found.group("who").strip()
            post = who if who.lower().startswith("the ") else f"the {who}"
            described = who.lower().startswith(("a ", "an ")) or speaker_type(post) != "office_or_body"
            return True, None if described else post
    return False, None


#: A standfirst that introduces the writer and what he will do ("Secretary-General Rashid Alimov looks at the
#: prospects and challenges"): the line names the author of an opinion piece.
_INTRODUCES_WRITER = re.compile(
    r"^(?P<who>[^.;:]{3,120}?)\s+(?:looks\s+at|examines|argues|reflects\s+on|explains|analy[sz]es|assesses)\b"
)


def standfirst_author(lines: Sequence[str]) -> str | None:
    """The person a line above the text introduces as the one who examines the subject (:data:`_INTRODUCES_WRITER`)."""
    for line in lines:
        found = _INTRODUCES_WRITER.match(line.strip())
        names = person_names(found.group("who")) if found else []
        if names and found and found.group("who").endswith(names[-1]) and speaker_type(names[-1]) == "person":
            return names[-1]
    return None


def writer(sentences: Sequence[str]) -> str | None:
    """The person one of the first sentences names as the one who writes the piece (", writes Rashid Alimov, …",
    "Editor's note: Zarema Shaukenova, academician of …")."""
    for sentence in sentences[:OPINION_SENTENCES]:
        found = _WRITES.search(sentence) or _EDITORS_NOTE.match(sentence)
        if found and speaker_type(found.group("name")) == "person":
            return found.group("name")
    return None


def opinion_author(
    header: Sequence[str],
    reported: Sequence[bool],
    people: Sequence[bool],
    sentences: Sequence[str] = (),
    name_alone: str | None = None,
) -> str | None:
    """The author of an opinion piece, or None: the byline's person among the ``header`` lines (those before the
    text), else the post a note on the author names, when a header line or that note marks the piece as an opinion,
    or when it reports almost nobody (:func:`reports_almost_nobody`); else ``name_alone`` (:func:`name_line`) when
    the piece reports almost nobody."""
    noted, post = author_note(sentences)
    introduced = standfirst_author(header)
    author = byline_author(header) or official_byline(header) or post or writer(sentences) or introduced
    if len(reported) < _MIN_SENTENCES:
        return None
    if author is None:
        return name_alone if name_alone and reports_almost_nobody(reported, people) else None
    marked = noted or introduced is not None or any(_OPINION_MARK.search(line) for line in header)
    return author if marked or reports_almost_nobody(reported, people) else None


def reports_almost_nobody(reported: Sequence[bool], people: Sequence[bool]) -> bool:
    """Whether of the first :data:`OPINION_SENTENCES` sentences at most :data:`OPINION_MAX_REPORTED` report a person
    (``people``) and at most :data:`OPINION_MAX_VERBS` anybody with a verb (``reported``), where a news story reports
    somebody in most (one flag per sentence, in order)."""
    first = slice(0, OPINION_SENTENCES)
    return sum(people[first]) <= OPINION_MAX_REPORTED and sum(reported[first]) <= OPINION_MAX_VERBS


def columnist(document: SpeakerDocument) -> str | None:
    """:func:`opinion_author` of a document that is neither a dialogue nor a speech or interview its title names
    (cached; the rules read its sentences only when a byline or a note names an author)."""
    key = ("columnist",)
    if key not in document._cache:
        texts = [text for _, _, text in document.flat]
        lines = (*document.header, document.title)  # a title may carry the byline ("… (by Ambassador X for …)")
        bylines = [text for text in texts[:2] if _OPENING_BY.match(text) or _AUTHOR_LABEL.search(text)]
        bylines += [text for text in texts[:4] if _BYLINE_LINE.fullmatch(text)]  # ("by Rama Chandran" after the lead)
        lines = (*lines, *bylines)  # or the text's first lines ("- By DENG HAO The author is …", after a standfirst)
        named = byline_author(lines) or official_byline(document.header) or author_note(texts)[0] or writer(texts)
        named = named or standfirst_author(document.header)
        alone = None if named else name_line((*document.header, *texts[:1]), document.title)
        news = _NEWS_DAY.search(" ".join(texts[:2])) or any(_DATELINE.match(text) for text in texts[:2])
        if alone and ([*document.header, *texts].count(alone) > 1 or news):
            alone = None  # a name the page repeats as a line is a credit; a lead that gives the weekday, news
        if not (named or alone) or document.dialogue or document.speaker or document.interviewee:
            document._cache[key] = None
        else:
            rules = [document.rule(i) for i in range(min(OPINION_SENTENCES, len(document.flat)))]
            reported = [rule.verb is not None and rule.speaker is not None for rule in rules]  # (not "was hailed")
            people = [reported_person(rule) for rule in rules]
            document._cache[key] = opinion_author(lines, reported, people, texts, alone)
    return document._cache[key]


#: How a header line or a title marks an editorial, the outlet's own view ("…: Global Times editorial", "Opinions",
#: "Editor's note").
_EDITORIAL_MARK = re.compile(r"(?i)\beditorials?\b|^opinions?$|\beditor['’]s\s+note\b|\bредакционн\w*")


def unsigned_editorial(document: SpeakerDocument) -> bool:
    """Whether the document is an editorial no person signs: its header or title marks it, no byline or note names
    an author, and it is no speech, interview or dialogue (cached). Its own assessments are the writer's."""
    key = ("unsigned_editorial",)
    if key not in document._cache:
        lines = (*document.header, document.title)
        marked = any(_EDITORIAL_MARK.search(line) for line in lines)
        spoken = document.dialogue or document.speaker or document.interviewee
        document._cache[key] = bool(marked and not spoken and columnist(document) is None)
    return document._cache[key]


#: The kinds of statement that report what someone decided or will do, not the writer's view.
_DONE = frozenset({"decision", "commitment"})


def editorial_view(document: SpeakerDocument, rule: Attribution, kind: str) -> bool:
    """Whether a sentence of ``kind`` with the rules' attribution ``rule`` is the writer's own view in an unsigned
    editorial: no reporting verb, and no decision or commitment of someone else ("The SCO will launch …")."""
    return kind not in _DONE and rule.verb is None and unsigned_editorial(document)
