"""Candidate speakers of a key sentence, each with interpretable features.

A careful reader looks in several places for who says a sentence: the
sentence's own reporting clause or grammatical subject ("Kazakhstan proposes",
"The ministers agreed"), the source that closes a quotation running over
several sentences, the speaker of the sentences just before (a continuation),
the person a title or lead names as the author of a speech or the interviewee,
and the people and groups named nearby. :func:`candidates` collects them all,
merges the same speaker found in several places, and describes each by where
it was found, how far back, and what kind of speaker it is, so that a linear
model can weigh the evidence (:mod:`.resolver`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .. import lexicon
from .names import (
    COUNTRIES,
    GROUP_WORDS,
    TITLE_WORDS,
    clean_name,
    person_mentions,
    person_names,
    speaker_type,
    surname_key,
    title_speaker,
)
from .rules import ANSWER_PREFIX, Attribution, attribute, strip_answer_prefix

__all__ = ["SpeakerDocument", "Candidate", "candidates", "FEATURE_NAMES", "SOURCES"]

#: Where a candidate was found.
SOURCES = ("none", "rule", "quote", "subject", "title", "lead", "office", "previous", "mention")
_TYPES = ("person", "office_or_body", "country", "group", "document")
#: Facts about the sentence and document that change how much each source is worth.
_CONTEXT = (
    "first_person",
    "verb",
    "quoted",
    "answer",
    "dash",
    "speech",
    "dialogue",
    "pronoun",
    "it",
    "plural_pronoun",
    "first",
)
FEATURE_NAMES = (
    tuple(f"source_{s}" for s in SOURCES)
    + tuple(f"type_{t}" for t in _TYPES)
    + ("distance", "same_paragraph", "in_sentence", "mentions", "main_person", "sources", "plausible")
    + tuple(f"{s}_x_{c}" for s in SOURCES for c in _CONTEXT)
    + ("person_x_pronoun", "group_x_plural_pronoun")
)
#: Earlier sentences searched for the previous speaker and for names.
LOOK_BACK = 4
#: Earlier sentences the rules search for the person a "he" or "the Secretary-General" refers to.
RULE_WINDOW = 20

_SPEECH_WORDS = lexicon.entries("speech_title_words")
_FIRST_PERSON = lexicon.words("first_person_words") | {"my", "me", "мой", "моя", "мне", "считаем", "предлагаю"}
_QUESTION = re.compile(r"^\s*(?:Q|Question|Вопрос|В)\s*[:.–—]", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
_STOP_SUBJECT = re.compile(
    r"^(?:will|shall|would|should|can|could|must|may|has|have|had|is|are|was|were|also|jointly|further|"
    r"spoke|said|took|gave|made|held|met|saw|sees|see|"
    r"будут|будет|также|совместно|\w+(?:ed|ли|ла|ет|ют|ут|ит|ят|ся|ает|ают)|[a-z]+(?:es|ts|ys|ns|ds|ls|ps))$",
)
_SUBJECT_OPENERS = frozenset({"the", "all", "both"})
_PRONOUNS = frozenset({"he", "she", "он", "она"})
_PLURAL_PRONOUNS = frozenset({"they", "они"})
_ALL_PRONOUNS = _PRONOUNS | _PLURAL_PRONOUNS | {"we", "i", "мы", "я", "it", "this"}
#: An answer credited by surname in a transcript ("Imanaliyev (on Afghanistan): ...").
_NAMED_ANSWER = re.compile(r"^\s*([A-ZА-ЯЁ][\w’'-]+(?:\s[A-ZА-ЯЁ][\w’'-]+)?)\s*(?:\([^)]{0,40}\))?\s*:\s")
#: Bodies that speak as one ("The Council decided", "Узбекская сторона предложила").
_BODIES = frozenset(
    {
        "council",
        "committee",
        "secretariat",
        "side",
        "delegation",
        "ministry",
        "conference",
        "forum",
        "commission",
        "совет",
        "секретариат",
        "сторона",
        "делегация",
        "министерство",
        "комитет",
        "мид",
    }
)
_RUSSIAN_OFFICES = frozenset(
    {
        "министр",
        "президент",
        "секретарь",
        "генсекретарь",
        "посол",
        "председатель",
        "директор",
        "глава",
        "премьер-министр",
    }
)
_ORGANISATIONS = frozenset(
    {"organisation", "organization", "ministry", "agency", "structure", "sco", "rats", "шос", "ратс", "мид", "бизнес"}
)
_GROUP_WORD = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(sorted(map(re.escape, GROUP_WORDS), key=len, reverse=True)) + r")(?![\w-])"
)
_GROUP_TAIL = re.compile(
    r"(?i)\s+of\s+(?:the\s+)?(?:sco\s+)?(?:member\s+states|states?|government|delegations?|the\s+council)\b"
)
_DETERMINERS = frozenset({"the", "all", "both", "several", "some", "many", "other"})


@dataclass(frozen=True)
class SpeakerDocument:
    """A document as the resolver reads it: its title and its paragraphs' sentences."""

    title: str
    paragraphs: tuple[tuple[str, ...], ...]
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def flat(self) -> list[tuple[int, int, str]]:
        return [(p, s, text) for p, sentences in enumerate(self.paragraphs) for s, text in enumerate(sentences)]

    @cached_property
    def position(self) -> dict[tuple[int, int], int]:
        return {(p, s): i for i, (p, s, _) in enumerate(self.flat)}

    @cached_property
    def names(self) -> dict[str, str]:
        """Surname key → the person's full name as first given (title first), shortest case form."""
        full: dict[str, str] = {}
        for name in person_mentions(self.title) + person_mentions(self.lead_text):
            key = surname_key(name)
            known = full.get(key)
            if known is None or _fuller(name, known):
                full[key] = name
        return full

    @cached_property
    def lead_text(self) -> str:
        return " ".join(t for _, _, t in self.flat[:400])

    @cached_property
    def mentions(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for name in person_names(self.lead_text):
            counts[surname_key(name)] = counts.get(surname_key(name), 0) + 1
        return counts

    @cached_property
    def main_person(self) -> str:
        """Surname key of the person the document names most often."""
        return max(self.mentions.items(), key=lambda item: item[1])[0] if self.mentions else ""

    @cached_property
    def countries(self) -> str | None:
        """The countries a bilateral document's title names ("China and Kazakhstan"), when it names two or more."""
        found = [w for w in re.findall(r"[A-ZА-ЯЁ][\w-]+", self.title) if w.lower() in COUNTRIES]
        unique = list(dict.fromkeys(found))
        return " and ".join(unique) if len(unique) >= 2 else None

    @cached_property
    def speaker(self) -> str | None:
        return title_speaker(self.title)

    @cached_property
    def author(self) -> str | None:
        """The title's speaker; for an office, the person the document names as its holder, when it does."""
        if self.speaker and speaker_type(self.speaker) == "office_or_body":
            return office_holder(self, self.speaker) or self.speaker
        return self.speaker

    @cached_property
    def speech(self) -> bool:
        lower = self.title.lower()
        return any(re.search(rf"\b{re.escape(w)}\b", lower) for w in _SPEECH_WORDS)

    @cached_property
    def dialogue(self) -> bool:
        return any(_QUESTION.match(t) or ANSWER_PREFIX.match(t) for _, _, t in self.flat[:200])

    def rule(self, index: int) -> Attribution:
        """The rules' attribution of sentence ``index`` (cached)."""
        if index not in self._cache:
            _, _, text = self.flat[index]
            context = [t for _, _, t in self.flat[max(0, index - RULE_WINDOW) : index]]
            self._cache[index] = attribute(text, context, title=self.title)
        return self._cache[index]


def _fuller(name: str, known: str) -> bool:
    """Whether ``name`` is a better written form of the person ``known``: a given name, not initials; a shorter case."""
    given, known_given = "." not in name and len(name.split()) > 1, "." not in known and len(known.split()) > 1
    if given != known_given:
        return given
    return len(name.split()[-1]) < len(known.split()[-1])


def office_holder(document: SpeakerDocument, office: str) -> str | None:
    """The person the document names beside ``office`` ("the Secretary-General" → "Zhang Ming"), cached."""
    key = ("office", office)
    if key not in document._cache:
        document._cache[key] = _office_holder(document, office)
    return document._cache[key]


def _office_holder(document: SpeakerDocument, office: str) -> str | None:
    words = [w for w in re.findall(r"[\w-]+", office.lower()) if w in TITLE_WORDS or w in _RUSSIAN_OFFICES]
    words = [w for w in words if w not in {"the", "of", "sco", "шос", "deputy", "vice"}]
    if not words:
        return None
    stem = re.escape(words[-1][: max(4, len(words[-1]) - 2)])
    text = f"{document.title} . {document.lead_text}"
    for match in re.finditer(rf"(?i)\b{stem}\w*\b", text):
        after = text[match.end() : match.end() + 90].split(". ")[0]
        names = person_mentions(after)
        if not names:
            before = text[max(0, match.start() - 60) : match.start()].split(". ")[-1]
            names = person_mentions(before)[-1:] if before.rstrip().endswith(",") else []
        if names:
            return document.names.get(surname_key(names[0]), names[0])
    return None


def plausible(speaker: str | None, kind: str | None) -> bool:
    """Whether a phrase can name a speaker: a person, country or group, or a phrase headed by an office or body."""
    if speaker is None or kind in {"person", "country", "group"}:
        return True
    words = [w.lower().strip(".,’'") for w in speaker.split() if w.lower() not in {"the", "of", "a"}]
    if not words or words[0].endswith("ing") or len(words) > 12:
        return False
    return any(w in TITLE_WORDS or w in _BODIES or w in _RUSSIAN_OFFICES or w in _ORGANISATIONS for w in words)


@dataclass
class Candidate:
    """One candidate speaker, with where it was found and its features."""

    speaker: str | None
    sources: set[str]
    distance: int = 0
    same_paragraph: bool = True
    in_sentence: bool = False


def canonical(document: SpeakerDocument, speaker: str) -> str:
    """A person's full name as first given in the document, else ``speaker`` cleaned up."""
    speaker = " ".join(speaker.split()).strip(" ,.;:")
    names = person_names(speaker)
    if names and clean_name(speaker) == names[-1]:
        return document.names.get(surname_key(names[-1]), names[-1])
    words = speaker.split()
    capitalised = [w for w in words if w[:1].isupper() and w.lower().strip(".,") not in TITLE_WORDS]
    if len(capitalised) == 1 and len(words) <= 2 and surname_key(capitalised[0]) in document.names:
        return document.names[surname_key(capitalised[0])]  # "Mr. Norov", "Норова"
    return speaker


def _key(speaker: str | None) -> str:
    if speaker is None:
        return ""
    if speaker_type(speaker) == "person":
        return "p:" + surname_key(speaker)
    return " ".join(w for w in speaker.lower().split() if w not in {"the", "a"})


def subject(sentence: str) -> str | None:
    """The sentence's opening noun phrase when it names a speaker ("Kazakhstan", "The heads of delegation")."""
    words = _WORD.findall(strip_answer_prefix(sentence).split(",")[0])[:9]
    phrase: list[str] = []
    for word in words:
        after_article = phrase and phrase[-1].lower() in {"the", "of", "and", "a", "и"}
        if _STOP_SUBJECT.match(word) and phrase and not after_article and word.lower() not in GROUP_WORDS:
            break
        phrase.append(word)
    if not phrase or len(phrase) == len(words) and len(words) > 6:
        return None
    lowered = [w.lower() for w in phrase]
    head = lowered[0] if lowered[0] in GROUP_WORDS else lowered[-1]
    if head in _PRONOUNS | _PLURAL_PRONOUNS or lowered[0] in {"it", "this", "there", "that", "these", "we", "i"}:
        return None
    if head in GROUP_WORDS or head in _BODIES or all(w in COUNTRIES or w in {"and", "и"} for w in lowered):
        return " ".join(phrase)
    if person_names(" ".join(phrase)) or (lowered[0] in _SUBJECT_OPENERS and plausible(" ".join(phrase), None)):
        return " ".join(phrase)
    return None


@lru_cache(maxsize=4096)
def _groups(text: str) -> tuple[str, ...]:
    """Groups named in ``text`` ("the heads of delegation", "the leaders of the member states")."""
    found = []
    for match in _GROUP_WORD.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()].split()[-3:]
        start = next((k for k, w in enumerate(before) if w.lower() in _DETERMINERS), None)
        if start is None:  # capitalised words right before: "Kazakh and Uzbek companies", "Participants"
            start = len(before)
            while start > 0 and (before[start - 1][:1].isupper() or before[start - 1] in {"and", "и"}):
                start -= 1
            while start < len(before) and not before[start][:1].isupper():
                start += 1
        tail = _GROUP_TAIL.match(text, match.end())
        end = tail.end() if tail else match.end()
        found.append(" ".join([*before[start:], text[match.start() : end]]))
        if len(found) == 3:
            break
    return tuple(found)


def candidates(document: SpeakerDocument, paragraph: int, sentence: int, text: str | None = None) -> list[Candidate]:
    """Candidate speakers of one sentence (or of ``text``, a statement starting there), merged by speaker."""
    index = document.position[(paragraph, sentence)]
    own = text if text is not None else document.flat[index][2]
    found: list[Candidate] = [Candidate(None, {"none"})]
    rule = document.rule(index) if text is None else attribute(own, _context(document, index), title=document.title)
    if rule.speaker:
        found.append(Candidate(rule.speaker, {"rule"}, in_sentence=True))
    closing = _closing_source(document, index)
    if closing:
        found.append(Candidate(closing, {"quote"}))
    head = subject(own)
    if head:
        found.append(Candidate(head, {"subject"}, in_sentence=True))
    if document.speaker:  # a speech's author, by name when the text names the office holder
        found.append(Candidate(document.author, {"title"}, distance=index))
    if document.names:
        lead = next(iter(document.names.values()))
        found.append(Candidate(lead, {"lead"}, distance=index))
    for group in _groups(document.title)[:1]:
        found.append(Candidate(group, {"lead"}, distance=index))
    if document.countries:
        found.append(Candidate(document.countries, {"lead"}, distance=index))
    for phrase in {c.speaker for c in found if c.speaker and speaker_type(c.speaker) == "office_or_body"}:
        holder = office_holder(document, phrase)
        if holder:
            found.append(Candidate(holder, {"office"}, distance=index))
    named = _NAMED_ANSWER.match(own)
    if named:
        found.append(Candidate(named.group(1), {"rule"}, in_sentence=True))
    for back in range(1, LOOK_BACK + 1):
        if index - back < 0:
            break
        earlier = document.rule(index - back)
        if earlier.speaker:
            same = document.flat[index - back][0] == paragraph
            found.append(Candidate(earlier.speaker, {"previous"}, distance=back, same_paragraph=same))
            break
    window = [t for _, _, t in document.flat[max(0, index - 2) : index]]
    for distance, passage in enumerate([own, *reversed(window)]):
        for name in person_names(passage) + list(_groups(passage)):
            leading = distance == 0 and 0 <= own.find(name) <= 4  # the sentence's subject, not an object
            found.append(Candidate(name, {"mention"}, distance=distance, in_sentence=leading))
    return _merge(document, found)


def _context(document: SpeakerDocument, index: int) -> list[str]:
    return [t for _, _, t in document.flat[max(0, index - RULE_WINDOW) : index]]


def _closing_source(document: SpeakerDocument, index: int) -> str | None:
    """The source named where a quotation opened in or before this sentence closes, later in the paragraph."""
    paragraph = document.flat[index][0]
    if not _open(document.flat[index][2]):
        return None
    joined = ""
    for k in range(index, min(index + 6, len(document.flat))):
        if document.flat[k][0] != paragraph:
            break
        joined = f"{joined} {document.flat[k][2]}".strip()
        if k > index and not _open(joined):
            found = attribute(joined, _context(document, index), title=document.title)
            return found.speaker if found.verb else None
    return None


def _open(text: str) -> bool:
    curly = sum(text.count(q) for q in "“«„") - sum(text.count(q) for q in "”»")
    return curly > 0 or text.count('"') % 2 == 1


def _merge(document: SpeakerDocument, found: list[Candidate]) -> list[Candidate]:
    merged: dict[str, Candidate] = {}
    for candidate in found:
        speaker = canonical(document, candidate.speaker) if candidate.speaker else None
        key = _key(speaker)
        if speaker is not None and (not key.strip("p:") or speaker.lower() in _ALL_PRONOUNS):
            continue
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


def sentence_context(document: SpeakerDocument, paragraph: int, sentence: int, text: str) -> dict[str, bool]:
    """Facts about a sentence that change how much each kind of evidence is worth."""
    words = {w.lower() for w in _WORD.findall(text)}
    first = _WORD.findall(strip_answer_prefix(text))[:1]
    index = document.position[(paragraph, sentence)]
    return {
        "first_person": not words.isdisjoint(_FIRST_PERSON),
        "verb": document.rule(index).verb is not None,
        "quoted": any(q in text for q in '“”«»"'),
        "answer": ANSWER_PREFIX.match(text) is not None,
        "speech": document.speech,
        "dialogue": document.dialogue,
        "pronoun": bool(first) and first[0].lower() in _PRONOUNS,
        "it": bool(first) and first[0].lower() in {"it", "its", "оно"},
        "plural_pronoun": bool(first) and first[0].lower() in _PLURAL_PRONOUNS,
        "first": sentence == 0,
        "dash": text.lstrip()[:1] in {"–", "—", "-"},
    }


def features(document: SpeakerDocument, candidate: Candidate, context: dict[str, bool]) -> list[float]:
    """The candidate's features, in the order of :data:`FEATURE_NAMES`."""
    kind = speaker_type(candidate.speaker) if candidate.speaker else None
    main = document.main_person
    row = [float(s in candidate.sources) for s in SOURCES]
    row += [float(kind == t) for t in _TYPES]
    key = surname_key(candidate.speaker) if kind == "person" and candidate.speaker else ""
    row += [
        min(candidate.distance, 20) / 10.0,
        float(candidate.same_paragraph),
        float(candidate.in_sentence),
        math.log1p(document.mentions.get(key, 0)) if key else 0.0,
        float(bool(key) and key == main),
        len(candidate.sources) / 3.0,
        float(plausible(candidate.speaker, kind)),
    ]
    row += [float(s in candidate.sources and context[c]) for s in SOURCES for c in _CONTEXT]
    row += [float(kind == "person" and context["pronoun"]), float(kind == "group" and context["plural_pronoun"])]
    return row
