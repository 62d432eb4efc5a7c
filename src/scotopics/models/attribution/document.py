"""The document as the speaker resolver reads it, and what it knows about the document as a whole.

:class:`SpeakerDocument` holds a document's title and sentences and works out, once per document, what every key
sentence's candidates draw on: the people it names (each person's full name as first given, in the nominative), who
is named most, the speaker its title names (a speech's author, an interviewee) and the holder of that office,
whether it is a speech or a dialogue, and the rules' attribution of each sentence. :func:`~.canonical.canonical`
(re-exported here) writes any speaker the way the speaker marks do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .. import lexicon
from .canonical import canonical, fuller_form, office_holder
from .clauses import ENUMERATION, FIRST_PERSON_WORD, PLURAL_PRONOUNS, SINGULAR_PRONOUNS
from .groups import headline_countries
from .marks import MAX_ATTRIBUTED_SENTENCES, mask_quotes, quotation_close
from .names import LATIN_SURNAME, patronymic_holder, person_mentions, person_names, surname_key
from .quotations import plain_quotes
from .rules import Attribution, attribute
from .speaker_types import speaker_type, titled_surname
from .speech_headings import HEADING_LINES, heading_speaker, introduces_speech
from .tenses import stance_or_plan
from .titles import addressing, closing_name, headline_surname, repeated_surname, title_speaker
from .transcripts import (
    ANSWER_PREFIX,
    ANSWERED_QUESTIONS,
    EXPERT_VIEW,
    QUESTION,
    WE_SPOKE_WITH,
    addressed_interviewee,
    asks,
    dashed_dialogue,
    introduced_speech,
    named_interviewee,
    speaker_label,
    title_interviewee,
    turn_prefix,
)
from .verbs import find_verb

__all__ = ["QUESTION", "SpeakerDocument", "canonical", "office_holder", "context_of"]
__all__ += ["statement_rule", "LEAD_SENTENCES", "RULE_WINDOW"]

#: Opening sentences read for the document's people (their full names, who is named most) and offices.
LEAD_SENTENCES = 12
#: Earlier sentences the rules search for the person a "he" or "the Secretary-General" refers to.
RULE_WINDOW = 5
#: A headline opening with the surname of whose view it gives ("Лукашенко о ситуации в Афганистане: …").
_SURNAME_ABOUT = re.compile(r"^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+(?:о|об)\s")
_SPEECH_WORDS = lexicon.entries("speech_title_words")
#: Any of the speech words as a whole word (one search instead of one per word).
_SPEECH = re.compile(r"\b(?:" + "|".join(rf"{re.escape(w)}" for w in _SPEECH_WORDS) + r")\b")
#: Sentences in the first person that make a body a speech, and their least share.
FIRST_PERSON_SENTENCES = 3
FIRST_PERSON_SHARE = 0.25
_INTERVIEW = re.compile(  # a document that says it is an interview, or whose lead does ("We spoke with …")
    rf"\binterview|\bq\s?&\s?a\b|интервью|побеседова|{WE_SPOKE_WITH}|exclusive\s+with|{ANSWERED_QUESTIONS}|{EXPERT_VIEW}"
    r"|\b(?:speaks|talks)\s+(?:to|with)\b"  # ("The Ambassador … speaks with the Financial Express")
)
#: An honorific before an office in a speech's title ("Text of Hon’ble Raksha Mantri’s speech …").
_HONORIFIC = re.compile(r"(?i)\b(?:hon[’']ble|honou?rable)\s+")
#: How far back (in sentences) a person's reported statement still holds the floor.
FLOOR_BACK = 6
#: Words a header line needs to be a lead that lost its full stop (a byline or dateline has fewer).
LEAD_LINE_WORDS = 16
_ALL_PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS | {"we", "i", "мы", "я", "it", "this"}


@dataclass(frozen=True)
class SpeakerDocument:
    """A document as the resolver reads it: its title, its paragraphs' sentences and the lines before them."""

    title: str
    paragraphs: tuple[tuple[str, ...], ...]
    header: tuple[str, ...] = ()  # the headings and debris before the text (a byline, "Opinion")
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:  # ''…'' quotes read as "…" (see plain_quotes)
        object.__setattr__(self, "paragraphs", tuple(tuple(map(plain_quotes, p)) for p in self.paragraphs))

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
        for name in [
            *person_mentions(self.title),
            *(n for _, _, t in self.flat[:LEAD_SENTENCES] for n in person_mentions(t)),
            *(n for line in self.lead_lines for n in person_mentions(line)),
        ]:
            key = surname_key(name)
            known = full.get(key)
            if known is None or fuller_form(name, known):
                full[key] = name
        return full

    @cached_property
    def lead_lines(self) -> tuple[str, ...]:
        """The header's lines long enough to be a lead without its full stop, not a byline or a dateline."""
        return tuple(line for line in self.header if len(line.split()) >= LEAD_LINE_WORDS)

    @cached_property
    def lead_text(self) -> str:
        return " ".join(t for _, _, t in self.flat[:LEAD_SENTENCES])

    @cached_property
    def later_text(self) -> str:
        """The sentences after the lead."""
        return " ".join(t for _, _, t in self.flat[LEAD_SENTENCES:])

    @cached_property
    def mentions(self) -> dict[str, int]:
        keys = [surname_key(n) for _, _, t in self.flat[:LEAD_SENTENCES] for n in person_names(t)]
        return {key: keys.count(key) for key in keys}

    @cached_property
    def main_person(self) -> str:
        """Surname key of the person the document names most often."""
        return max(self.mentions.items(), key=lambda item: item[1])[0] if self.mentions else ""

    @cached_property
    def countries(self) -> str | None:
        """The countries a bilateral document's headline names (:func:`headline_countries`)."""
        return headline_countries(self.title)

    @cached_property
    def opening(self) -> str:
        """The document's first two sentences (a declaration's "We, the heads of state …")."""
        return " ".join(t for _, _, t in self.flat[:2])

    @cached_property
    def speaker(self) -> str | None:
        found = title_speaker(self.title)
        if found and _written_in_lower_case(found, f"{self.lead_text} {self.later_text}"):
            found = None  # "Вызов Западу: политолог о …" and the text's "вызов Западу": a phrase, no name
        if found and self.flat and self.flat[0][2] == self.title and len({name for _, name in self.turns}) > 1:
            return None  # a transcript's first turn as its title ("President of Russia X: Mr Y, …"): a dialogue
        if found is None and (surname := headline_surname(self.title)):
            return self.names.get(surname_key(surname))  # "Lavrov: SCO …", the Sergey Lavrov of the text
        if found is None and _SPEECH.search(self.title.lower()):  # "Speech at the Sixth Meeting …" / "Cai Wu": a
            found = next((line.strip() for line in self.header if _name_alone(line)), None)  # line with the name
        if found is None and self.speech:  # a speech's title
            found = next(
                (
                    s
                    for line in self.header
                    if line != self.title and _SPEECH.search(line.lower()) and (s := title_speaker(line))
                ),
                None,
            )
            found = _HONORIFIC.sub("", found) if found else None  # ("the Hon’ble Raksha Mantri": the Raksha Mantri)
            # under a headline ("Text of Hon’ble Raksha Mantri’s speech in …"), or headings that name him
            found = found or heading_speaker(self.title, (*self.header, *(t for _, _, t in self.flat[:HEADING_LINES])))
        return found

    @cached_property
    def headline_person(self) -> str | None:
        """The person a news headline reports by name or by a surname the text repeats ("Токаев назвал …", "Jaishankar
        calls for …"), if no speech's speaker: whom "the president" and the text's pronouns most likely mean."""
        body = f"{self.lead_text} {self.later_text}"
        last = None if self.speaker else closing_name(self.title)
        if last and repeated_surname(last.split()[-1], body):  # "… in SCO: Amir-Abdollahian", "… - X Y"
            return canonical(self, last)
        about = None if self.speaker else _SURNAME_ABOUT.match(self.title)  # "Лукашенко о ситуации в …"
        if about and repeated_surname(about.group(1), body):
            return canonical(self, about.group(1))
        found = None if self.speaker else attribute(self.title, kind=False)
        who = (found.speaker if found.verb else addressing(self.title)) if found else None  # ("Путин выступил на …")
        if not who:
            return None
        words = who.split()
        if len(words) == 2 and words[0].isupper() and surname_key(words[1]) in self.names:
            return self.names[surname_key(words[1])]  # "PM Modi calls on …": the Narendra Modi of the text
        person = speaker_type(who) == "person" or repeated_surname(who, body)
        return canonical(self, who) if person else None

    @cached_property
    def author(self) -> str | None:
        """The title's speaker; for an office, the person the document names as its holder, when it does; for a
        given name and patronymic ("Question: Dmitry Anatolyevich, …"), the full name the text gives."""
        if self.speaker and speaker_type(self.speaker) == "office_or_body":
            if titled_surname(self.speaker):  # "President Ghani's Remarks …": he, not whom his salutation greets
                return self.names.get(surname_key(self.speaker.split()[-1]), self.speaker)
            return office_holder(self, self.speaker) or self.speaker
        if self.speaker is None:
            return None
        return patronymic_holder(self.speaker, self.names.values()) or self.speaker

    @cached_property
    def speech(self) -> bool:
        """A speech or statement: its title or an editor's line above it says so, or its body speaks in the first
        person."""
        if _SPEECH.search(self.title.lower()) is not None or self.first_person_body:
            return True
        return introduces_speech([t for _, _, t in self.flat[:HEADING_LINES]])  # "Following is the full text of …"

    @cached_property
    def first_person_body(self) -> bool:
        """Whether the sentences speak in the first person outside quotation marks (a speech, an interview or a
        statement whose title does not say so): three or more, and at least a quarter of them."""
        own = [mask_quotes(t) for _, _, t in self.flat]
        first = sum(1 for t in own if FIRST_PERSON_WORD.search(t))
        return first >= FIRST_PERSON_SENTENCES and first >= FIRST_PERSON_SHARE * len(own)

    @cached_property
    def dialogue(self) -> bool:
        """An interview: questions and answers marked "Q:" / "A:", or an interview whose questions stand as
        paragraphs of their own ("What does Iran gain from joining the SCO?", also a turn of dialogue after a
        dash: "— Имангали Нургалиевич, срок … истекает. Какие достижения вы бы выделили?")."""
        if any(QUESTION.match(t) or ANSWER_PREFIX.match(t) for _, _, t in self.flat[:200]):
            return True
        asked = any(map(asks, self.paragraphs))
        named = _INTERVIEW.search(f"{self.title} {self.lead_text}".lower()) or addressed_interviewee(self.paragraphs)
        # (a question addressed by name and patronymic is an interviewer's; so is a dash's question answered by a
        # dash's paragraph)
        return asked and bool(named) or dashed_dialogue(self.paragraphs)

    @cached_property
    def interviewee(self) -> str | None:
        """Whom an interview's answers belong to: whom its title or lead names as interviewed ("RIA Novosti interview
        with Fyodor Lukyanov, …", even without questions), whom its questions address ("— Алексей Валерьевич, …"),
        the one person its title names; also of a monologue ("X дал интервью …" before first-person answers)."""
        found = next(filter(None, map(title_interviewee, (self.title, *self.header))), None)  # ("—Interview of X")
        if not (self.dialogue or self.first_person_body or found):
            return None
        found = found or named_interviewee(f"{self.title} . {self.lead_text}") or addressed_interviewee(self.paragraphs)
        found = found or (self.title_person if self.dialogue or dashed_dialogue(self.paragraphs) else None)
        return canonical(self, found) if found else None

    @cached_property
    def title_person(self) -> str | None:
        """The one person a title names, when it names one and nothing else happens in it ("Премьер-министр
        Пакистана Шаукат Азиз"): an interview's interviewee."""
        names = person_mentions(self.title)
        return canonical(self, names[0]) if len(names) == 1 and find_verb(self.title) is None else None

    @cached_property
    def turns(self) -> list[tuple[int, str]]:
        """The sentences where a transcript gives the floor to someone ("В.Путин: Уважаемые коллеги!"), with whom."""
        found = []
        for index, (_, _, text) in enumerate(self.flat):
            turn = turn_prefix(text, self.names)
            if turn:
                found.append((index, turn[0]))
                continue
            label = speaker_label(text)
            if label:  # "Айбек Смадияров, официальный представитель МИД РК:" before the quotation
                found.append((index, label))
            speech = introduced_speech(text)
            owner = self._speech_owner(*speech) if speech else None
            if owner:  # "Highlights of Indian Minister’s Speech at Meeting:" before the speech's paragraphs
                found.append((index, owner))
        return found

    def _speech_owner(self, owner: str, full: bool) -> str | None:
        """The person whose speech a line introduces: a full name, a surname the document names ("Modi"), or the
        holder of an office it names ("Indian Minister")."""
        return owner if full else self.names.get(surname_key(owner)) or office_holder(self, owner)

    def turn_at(self, index: int) -> tuple[int, str] | None:
        """Who holds the floor at sentence ``index`` of a transcript, and since how many sentences."""
        held = [(index - at, name) for at, name in self.turns if at <= index]
        return held[-1] if held else None

    def floor_holder(self, index: int) -> tuple[int, str, bool] | None:
        """The person whose reported statement sentence ``index`` stands in, as (distance, name, same paragraph):
        the nearest earlier sentence with a reporting verb (over at most one paragraph break) reports that
        person, or "he"/"she" with the person further back; None when it reports no person."""
        paragraph, pronoun_at, items = self.flat[index][0], None, 0
        for back in range(1, min(FLOOR_BACK, index) + 1):
            at, _, text = self.flat[index - back]
            earlier = self.rule(index - back)
            if at < paragraph - 1:
                return None
            spoken = earlier.verb is not None or earlier.speaker and at == paragraph and _first_person(text)
            if not (earlier.speaker and spoken):  # (an unquoted "Я благодарю …" holds it too)
                items += ENUMERATION.match(text) is not None  # "First, …" before "Second, …"
                continue
            if earlier.speaker.lower() in SINGULAR_PRONOUNS:  # ('"…," he later said. … "…," he added.': the
                pronoun_at, paragraph = pronoun_at or back, at  # chain of "he" reaches back to the name)
                continue
            speaker = canonical(self, earlier.speaker)  # "по словам главы государства": the president named
            if speaker_type(speaker) == "country" and stance_or_plan(earlier.verb):  # "X outlined priorities. …
                items += ENUMERATION.match(text) is not None  # Kyrgyzstan will continue to …": inside his speech
                continue
            person = speaker_type(speaker) == "person" or titled_surname(speaker) or self._surname(speaker)
            # ("Prime Minister Modi", or "Pezeshkian further asserted" after "President Pezeshkian said")
            return (pronoun_at or back - items, speaker, at == paragraph) if person else None
        return None

    def _surname(self, word: str) -> bool:
        """Whether ``word`` is a person's surname written alone that the document gives twice or more."""
        if word.lower() in SINGULAR_PRONOUNS | PLURAL_PRONOUNS or speaker_type(word) != "office_or_body":
            return False  # ("Они", "Правление": no surname)
        return LATIN_SURNAME.fullmatch(word) is not None and repeated_surname(
            word, f"{self.lead_text} {self.later_text}"
        )

    def rule(self, index: int) -> Attribution:
        """The rules' attribution of sentence ``index`` (cached)."""
        if index not in self._cache:
            paragraph, sentence, text = self.flat[index]
            inside = _quoted_before(self.paragraphs[paragraph], sentence)  # ('«… They are capable of …. The
            # situation creates a threat,» he said.': "he" is no one the quotation names)
            context = [t for _, _, t in self.flat[max(0, index - RULE_WINDOW) : index - inside]]
            found = attribute(text, context, title=self.title, kind=False)
            full = self.names.get(surname_key(found.speaker)) if found.speaker and " " not in found.speaker else None
            if full and full.split()[-1] == found.speaker:  # "Zas also expressed …": the "Stanislav Zas" of the lead
                found = Attribution(full, found.verb, found.kind, found.speaker_type)
            self._cache[index] = found
        return self._cache[index]


#: A pronoun and its verb that close a quotation ('," he said.', "», — отметил он.").
_BY_PRONOUN = re.compile(r"\W*(?:(?:he|she|он|она)\s+[\w-]+|[\w-]+\s+(?:he|she|он|она))(?:\s+[\w-]+){0,4}\W*$", re.I)


def _quoted_before(sentences: tuple[str, ...], last: int) -> int:
    """How many sentences before sentence ``last`` of a paragraph belong to a quotation that ``last`` closes with a
    pronoun as its source ('… threat,» he said.'): "he" is none of the people the quotation names."""
    text = sentences[last]
    closing = min((at for at in (text.find("»"), text.find("”"), text.find('"')) if at >= 0), default=-1)
    if closing < 0 or any(0 <= text.find(mark) < closing for mark in "«“„") or not _BY_PRONOUN.match(text, closing + 1):
        return 0
    for first in range(max(0, last - MAX_ATTRIBUTED_SENTENCES + 1), last):
        if quotation_close(sentences, first, MAX_ATTRIBUTED_SENTENCES) == last:
            return last - first
    return 0


def statement_rule(document: SpeakerDocument, index: int, text: str | None) -> Attribution:
    """The rules' speaker and verb of the statement ``text`` starting at sentence ``index`` (the sentence when
    ``text`` is None), cached; its kind is not worked out ("fact")."""
    if text is None:
        return document.rule(index)
    key = ("statement", index, text)
    if key not in document._cache:
        document._cache[key] = attribute(text, context_of(document, index), title=document.title, kind=False)
    return document._cache[key]


def _written_in_lower_case(phrase: str, text: str) -> bool:
    """Whether ``text`` writes ``phrase`` (two words or more) with a small first letter: a common noun's phrase."""
    first, _, rest = phrase.partition(" ")
    if not rest or not first[:1].isupper():
        return False
    return re.search(rf"(?<!\w){re.escape(first.lower())}\s+{re.escape(rest)}(?!\w)", text) is not None


def _name_alone(line: str) -> bool:
    """Whether a line before the text is a person's name and nothing else (a speech's author under its title)."""
    return person_names(line) == [line.strip()] and len(line.split()) <= 4


def _first_person(text: str) -> bool:
    """Whether ``text`` speaks in the first person outside quotation marks ("Я благодарю …")."""
    return FIRST_PERSON_WORD.search(mask_quotes(text)) is not None


def context_of(document: SpeakerDocument, index: int) -> list[str]:
    """The sentences before ``index`` that the rules look back on."""
    return [t for _, _, t in document.flat[max(0, index - RULE_WINDOW) : index]]
