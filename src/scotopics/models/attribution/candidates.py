"""Candidate speakers of a key sentence, each with interpretable features.

A careful reader looks in several places for who says a sentence: the sentence's own reporting clause or
grammatical subject ("Kazakhstan proposes", "The ministers agreed"), the source that closes a quotation running over
several sentences, the speaker of the sentences just before (a continuation), the person a title or lead names as the
author of a speech or the interviewee, and the people and groups named nearby. :func:`candidates` collects them all,
merges the same speaker found in several places, and describes each by where it was found and how far back;
:mod:`.features` describes each so that a linear model can weigh the evidence (:mod:`.resolver`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .clauses import SINGULAR_PRONOUNS
from .document import (
    _ALL_PRONOUNS,
    LEAD_SENTENCES,
    SpeakerDocument,
    canonical,
    context_of,
    office_holder,
    statement_rule,
)
from .group_mentions import group_mentions
from .groups import may_speak
from .lists import list_introduction
from .marks import MAX_ATTRIBUTED_SENTENCES, OPENS_WITH_QUOTE, opens_quotation
from .names import GROUP_WORDS, person_names, surname_key
from .next_sources import speaking_source_next
from .openers import WORD, subject_of
from .other_verbs import before_other_verb
from .plausibility import plausible
from .publishers import earlier_publisher
from .rules import attribute, carries_news
from .sources import quoted_document_source
from .speaker_types import speaker_type
from .surnames import surname_alone
from .trailing import trailing_source

__all__ = [
    "Candidate",
    "candidates",
    "list_introduction",
    "quotation_opened",
    "within_quotation",
    "LOOK_BACK",
    "MENTION_BACK",
    "PRONOUN_SOURCE",
]

#: Earlier sentences searched for the previous speaker and for names.
LOOK_BACK = 1
#: Earlier sentences whose people and groups are candidates too.
MENTION_BACK = 1
#: A pronoun as the source after a statement ("…," he added. / «…», – сказала она.)
PRONOUN_SOURCE = re.compile(  # (a word may stand between: "…," he further added.)
    r"(?i)[,”\"»]\s*[–—-]?\s*(?:(?:he|she|он|она)\s+(?:\w+\s+)?\w+|\w+\s+(?:he|she|он|она))\W*$"
)
#: An answer credited by surname in a transcript ("Imanaliyev (on Afghanistan): ...").
_NAMED_ANSWER = re.compile(r"^\s*([A-ZА-ЯЁ][\w’'-]+(?:\s[A-ZА-ЯЁ][\w’'-]+)?)\s*(?:\([^)]{0,40}\))?\s*:\s")
#: Labels that open a line with a colon as a speaker's name would: a summary, a note, a reference.
_LABELS = frozenset("аннотация справка примечание резюме abstract summary note background".split())
_BOTH = re.compile(r"(?i)^(?:both|the two|обе|две)\s+(?:countries|states|страны)$")


@dataclass
class Candidate:
    """One candidate speaker, with where it was found and its features."""

    speaker: str | None
    sources: set[str]
    distance: int = 0
    same_paragraph: bool = True
    in_sentence: bool = False


@lru_cache(maxsize=8192)
def _key(speaker: str | None) -> str:
    if speaker is None:
        return ""
    if speaker_type(speaker) == "person":
        return "p:" + surname_key(speaker)
    return " ".join(w for w in speaker.lower().split() if w not in {"the", "a"})


def candidates(document: SpeakerDocument, paragraph: int, sentence: int, text: str | None = None) -> list[Candidate]:
    """Candidate speakers of one sentence (or of ``text``, a statement starting there), merged by speaker."""
    index = document.position[(paragraph, sentence)]
    own = text if text is not None else document.flat[index][2]
    found: list[Candidate] = [Candidate(None, {"none"})]
    rule = statement_rule(document, index, text)
    closing = _closing_source(document, index)
    if not closing and (after := speaking_source_next(document, index)):
        closing = after.speaker  # (read only when no quotation closes with its source)
    quoted = within_quotation(document, index)
    # Inside a quotation its source closes, a body or country as subject is what is quoted ('«… МИД Беларуси и
    # МИД Армении согласовали все решения. …», — отметил Вольфович'), not who speaks.
    quoted_thing = rule.speaker is not None and bool(quoted and closing) and not _personal(document, rule.speaker)
    if rule.speaker and may_speak(rule.speaker) and not quoted_thing and not _a_thing(rule.speaker):
        found.append(Candidate(rule.speaker, {"rule"}, in_sentence=True))
    if closing:
        found.append(Candidate(closing, {"quote"}))
    elif quoted and (opener := _opening_source(document, index)):  # 'X noted …: “We … . … have been upheld.”'
        found.append(Candidate(opener, {"quote"}))
    told = trailing_source(own)  # "The sides called for …, he said.": what he reported, its subject no speaker
    said_by_pronoun = told is not None and told[0].lower() in SINGULAR_PRONOUNS
    head = None if quoted or said_by_pronoun else subject_of(document, own)  # (inside a quotation likewise)
    if head and document.countries and _BOTH.match(head):  # "Both countries", "The two sides" of a bilateral text
        head = document.countries
    if head and may_speak(head) and not _a_thing(head):
        found.append(Candidate(head, {"subject"}, in_sentence=True))
    for speaker, source in _document_speakers(document):  # the title's, the lead's: the same for every sentence
        found.append(Candidate(speaker, {source}, distance=index))
    for phrase in {c.speaker for c in found if c.speaker and speaker_type(c.speaker) == "office_or_body"}:
        holder = office_holder(document, phrase)
        if holder:
            found.append(Candidate(holder, {"office"}, distance=index))
    first = WORD.search(own)
    first_word = first.group(0).lower() if first else ""
    singular = first_word in SINGULAR_PRONOUNS or PRONOUN_SOURCE.search(own) is not None  # "he" or "she" speaks
    named = _NAMED_ANSWER.match(own)
    if named and named.group(1).lower() not in _LABELS and not named.group(1).isupper():  # "Imanaliyev: …", not
        # "Аннотация: Статья посвящена …" nor a dateline ("ISLAMABAD: Prime Minister …")
        found.append(Candidate(named.group(1), {"rule"}, in_sentence=True))
    for back in range(1, LOOK_BACK + 1):
        if index - back < 0:
            break
        earlier = document.rule(index - back)
        same = document.flat[index - back][0] == paragraph
        if earlier.speaker and not carries_news(earlier.speaker):  # (not "Media reports say …" before "They …")
            found.append(Candidate(earlier.speaker, {"previous"}, distance=back, same_paragraph=same))
            break
        # "The Council noted …. It decided …": the body named before speaks on (not a subject inside a quotation)
        earlier_text = document.flat[index - back][2]
        body = None if within_quotation(document, index - back) else subject_of(document, earlier_text)
        if body and singular and speaker_type(body) in ("group", "country"):
            body = None  # "The member states were the first …. '…,' he added.": "he" is no group
        if body:
            found.append(Candidate(body, {"previous"}, distance=back, same_paragraph=same))
    floor = document.floor_holder(index)
    if floor is not None:  # "Wei said …. He stressed …. Trade keeps growing.": Wei still speaks
        found.append(Candidate(floor[1], {"previous"}, distance=floor[0], same_paragraph=floor[2]))
    turn = document.turn_at(index) if document.turns else None
    if turn is not None:  # a transcript: whoever was given the floor last ("В.Путин: …") speaks until the next turn
        found.append(Candidate(turn[1], {"title"}, distance=turn[0], in_sentence=turn[0] == 0))
    introduced = list_introduction(document, index)
    if introduced is not None:  # "The President proposed new initiatives, including:" / "✅ Creating …"
        back, speaker = introduced
        found.append(Candidate(speaker, {"previous"}, distance=back, same_paragraph=False))
    window = [t for _, _, t in document.flat[max(0, index - MENTION_BACK) : index]]
    for distance, passage in enumerate([own, *reversed(window)]):
        for name in person_names(passage) + list(group_mentions(passage)):
            leading = distance == 0 and not quoted and 0 <= own.find(name) <= 4  # the subject, not an object
            found.append(Candidate(name, {"mention"}, distance=distance, in_sentence=leading))
    return _merge(document, found)


#: A phrase no reader would write down as a speaker: one opening with a preposition or a stray word in lower case.
_NO_SPEAKER = re.compile(
    r"^(?:with|for|on|at|in|by|from|to|as|than|when|while|since|dated|time|new|schedule)\b"
    r"|^(?:As|With|Since|While|Despite|Amid)\s"  # a circumstance fronted ("As founding members, they …")
)
#: A clause cut before its second verb ("Совет РАТС ШОС дал положительную оценку итогам операции и").
_CLAUSE_AND = re.compile(r"\s(?:and|и)$")
#: An English noun phrase headed by an abstract noun after a determiner ("This slogan", "The introduction of new
#: states", "the fact that …", "the recent geopolitical confrontation"): a thing, never a speaker.
_ABSTRACT_THING = re.compile(
    r"(?i)^(?:the|this|these|that|those|a|an|such)\s+(?:(?!of\b)[\w’'-]+\s+){0,3}?"
    r"(?:fact|slogan|idea|trend|exchange|introduction|prevention|suppression|confrontation|escalation|expansion|"
    r"growth|importance|necessity|need|situation|exercise|drill)s?(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:of|that|on|in)\b.*)?$"
)


def _a_thing(phrase: str) -> bool:
    """Whether a subject is a thing, not a speaker: an abstract noun that no office or body heads ("This slogan
    emphasizes …", "The introduction of new states …", "… supported by the fact that …")."""
    return (
        _ABSTRACT_THING.match(phrase) is not None
        and speaker_type(phrase) == "office_or_body"
        and not plausible(phrase, "office_or_body")
        and _INSTITUTION.search(phrase) is None
    )


#: Bodies named by an abstract noun ("the Association", "the Federation", "the Commission").
_INSTITUTION = re.compile(r"(?i)\b(?:association|federation|foundation|coalition|commission|administration)\b")


def _personal(document: SpeakerDocument, phrase: str) -> bool:
    """Whether ``phrase`` names a person, in full or by a surname the document gives ("Министр … Айдарбеков"), or
    an office the document names a holder of ("The head of state noted …")."""
    if speaker_type(phrase) == "person" or person_names(phrase) or surname_alone(phrase):
        return True  # (a surname alone: "…, Zas was cited as saying")
    if any(surname_key(word) in document.names for word in phrase.split() if word[:1].isupper()):
        return True
    return office_holder(document, phrase) is not None


def within_quotation(document: SpeakerDocument, index: int) -> bool:
    """Whether sentence ``index`` is quoted: it opens with a quotation mark, or an earlier sentence
    of its paragraph opened a quotation that is still open."""
    paragraph, sentence, text = document.flat[index]
    if OPENS_WITH_QUOTE.match(text):
        return True
    return sentence > 0 and opens_quotation(" ".join(document.paragraphs[paragraph][:sentence]))


#: The authors a declaration names in its opening ("We, the Heads of State …," / "Мы, главы государств …,").
_STATE_LIST = re.compile(r"\s+of\s+the\s+(?:Republic|Kingdom|Islamic|People’s|People's|Russian|Kyrgyz)\b|\s[–—]\s")
#: A bracket that defines a short name ("(далее – ШОС)", "(hereinafter the SCO)").
_HEREINAFTER = re.compile(r"(?i)\s*\((?:далее|hereinafter)\b[^()]*\)")
_DECLARATION_AUTHORS = re.compile(r"^\W*(?:we|мы),\s+((?:the\s+)?[^,;:]{3,120}?)\s*,", re.IGNORECASE)


def _document_speakers(document: SpeakerDocument) -> list[tuple[str | None, str]]:
    """The candidates every sentence of the document has, with their source: the title's speaker and the lead's."""
    key = ("document_speakers",)
    if key not in document._cache:
        found: list[tuple[str | None, str]] = []
        if document.speaker:  # a speech's author, by name when the text names the office holder
            found.append((document.author, "title"))
        elif document.interviewee:
            found.append((document.interviewee, "title"))
        opening = (t for _, _, t in document.flat[:LEAD_SENTENCES])  # (after a database's heading lines, too)
        declared = next(filter(None, map(_DECLARATION_AUTHORS.match, opening)), None)
        # "We, the leaders of the Member States …, having met in Tianjin": the declaration's authors (a group, not
        # "We, of course, have …")
        if declared and GROUP_WORDS.intersection(re.findall(r"[\w-]+", declared.group(1).lower())):
            authors = _STATE_LIST.split(_HEREINAFTER.sub("", declared.group(1)), maxsplit=1)[0]  # "the Heads of
            # State" of a list of states, without a definition's bracket ("… сотрудничества (далее – ШОС)")
            found.append((authors, "title"))
        if document.headline_person:  # "Токаев назвал приоритеты …": the person the news reports
            found.append((document.headline_person, "lead"))
        if document.names:
            found.append((next(iter(document.names.values())), "lead"))
        for group in group_mentions(f"{document.title}. {document.opening}")[:1]:
            found.append((group, "lead"))
        if document.countries:
            found.append((document.countries, "lead"))
        document._cache[key] = found
    return document._cache[key]


def _closing_source(document: SpeakerDocument, index: int) -> str | None:
    """The source named where a quotation opened in or before this sentence closes, later in the paragraph
    ('"We see the SCO as … . First, … . Second, … ," said Ryzhenkov.': the middle sentences are his too)."""
    paragraph = document.flat[index][0]
    start = quotation_start(document, index)
    if start is None:
        return None
    joined = ""
    for k in range(start, min(index + MAX_ATTRIBUTED_SENTENCES, len(document.flat))):  # opened at or before this one
        if document.flat[k][0] != paragraph and not (_broken_line(document, k) or _closes_first(document, k, joined)):
            break
        joined = f"{joined} {document.flat[k][2]}".strip()
        if k > index and not opens_quotation(joined):
            found = attribute(joined, context_of(document, index), title=document.title)
            if found.verb:
                return found.speaker
            # '"… . … ", - говорится в документе.': the publication closes it, so its publisher speaks
            return (found.speaker or earlier_publisher(document, index)) if quoted_document_source(joined)[0] else None
    return None


#: How a sentence or a quotation may end; a paragraph before one that goes on ends otherwise.
_ENDS = (".", "!", "?", "…", ":", ";", "»", '"', "”")


def _broken_line(document: SpeakerDocument, index: int) -> bool:
    """Whether sentence ``index`` opens a paragraph that only goes on with the one before, as a page broken mid-
    sentence gives it ("… по осуществлению процесса национального" / "примирения …», – сказал …")."""
    _, sentence, text = document.flat[index]
    return sentence == 0 and text[:1].islower() and not document.flat[index - 1][2].rstrip().endswith(_ENDS)


def _closes_first(document: SpeakerDocument, index: int, joined: str) -> bool:
    """Whether sentence ``index`` opens a paragraph that closes the quotation ``joined`` left open, before it opens
    any ('… make up a significant proportion of the population.' / 'It will help …,” said Dr. Awais Zafar …')."""
    marks = re.findall(r"[“”«»]", document.flat[index][2])
    return document.flat[index][1] == 0 and opens_quotation(joined) and marks[:1] in (["”"], ["»"])


def _opening_source(document: SpeakerDocument, index: int) -> str | None:
    """The source named before the quotation this sentence stands in, when it opened in an earlier sentence of the
    paragraph ('Lukashenko noted that …: “We immediately became interested …'), not a pronoun."""
    start = quotation_opened(document, index)
    if start is None or start >= index or OPENS_WITH_QUOTE.match(document.flat[start][2]):
        return None  # (a quotation opening its sentence names its own subjects: '“Kazakhstan proposes …')
    speaker = document.rule(start).speaker
    return None if speaker is None or speaker.lower() in _ALL_PRONOUNS else speaker


def quotation_opened(document: SpeakerDocument, index: int) -> int | None:
    """The sentence where the quotation this sentence opens, stands in or closes opened, if any."""
    start = quotation_start(document, index)
    if start is None and within_quotation(document, index) and document.flat[index][1] > 0:
        start = quotation_start(document, index - 1)  # ('… . So a question arises, is … acceptable?”')
    return start


def quotation_start(document: SpeakerDocument, index: int) -> int | None:
    """The sentence of this paragraph where the quotation this sentence opens or stands in opened, if any."""
    paragraph = document.flat[index][0]
    joined = ""
    for k in range(index, max(index - MAX_ATTRIBUTED_SENTENCES, -1), -1):
        if document.flat[k][0] != paragraph:
            return None
        joined = f"{document.flat[k][2]} {joined}".strip()
        if opens_quotation(joined):
            return k
    return None


#: How a speech addresses its listeners: they are spoken to, never speakers.
_ADDRESS = re.compile(r"(?i)^(?:dear|esteemed|distinguished|excellenc|ladies and|уважаем|дорог)")


def _merge(document: SpeakerDocument, found: list[Candidate]) -> list[Candidate]:
    merged: dict[str, Candidate] = {}
    for candidate in found:
        speaker = canonical(document, candidate.speaker) if candidate.speaker else None
        if speaker is not None and _CLAUSE_AND.search(speaker):  # "Министры обменялись оценками … и": the subject
            speaker = " ".join(before_other_verb(speaker.split()[:-1])) or None  # before its verb
        key = _key(speaker)
        if speaker is not None and (not key.strip("p:") or speaker.lower() in _ALL_PRONOUNS or _ADDRESS.match(speaker)):
            continue  # a pronoun left unresolved, or those a speech addresses ("Dear summit participants!")
        if speaker is not None and _NO_SPEAKER.search(speaker):
            continue  # a phrase cut out of a clause ("with winners", "time when some …", "dated … and")
        known = merged.get(key)
        if known is None:
            merged[key] = Candidate(
                speaker, set(candidate.sources), candidate.distance, candidate.same_paragraph, candidate.in_sentence
            )
            continue
        known.sources |= candidate.sources
        known.distance = min(known.distance, candidate.distance)
        known.same_paragraph |= candidate.same_paragraph
        known.in_sentence |= candidate.in_sentence
        if speaker and known.speaker and len(speaker) > len(known.speaker) and "rule" not in known.sources:
            known.speaker = speaker
    return list(merged.values())
