"""Reporting verbs: the first one of a sentence, by word look-up.

:func:`find_verb` finds "stressed", "pointed out", "выступили за" and the other entries of the
``reporting_verbs`` lexicon; a verb form used as a noun ("Xi's welcome address", "the member states"),
a participle ("projects supported by …"), an infinitive or a thing's relative clause ("the meeting, which
stressed …") reports nobody and is skipped. :func:`main_verb` looks past an opening participle clause and past
a passive without its agent to the verb that has a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .participles import english_gerund_clause

__all__ = ["VERBS", "Verb", "find_verb", "noun_form", "main_verb", "PASSIVE", "AGENT", "WHICH_CLAUSE"]

VERBS = lexicon.entries("reporting_verbs")
_VERB_SET = frozenset(VERBS)
_LONGEST_VERB = max(len(v.split()) for v in VERBS)
_PHRASE_STARTS = frozenset(v.split()[0] for v in VERBS if " " in v)
#: Every word a verb or a verb phrase may start with.
_STARTS = _VERB_SET | _PHRASE_STARTS
_TOKEN = re.compile(r"[\w’'-]+")


#: Verb forms that are also nouns: after a determiner or a possessive ("Xi's welcome address",
#: "with the support of", "the call for talks") they are no reporting verb.
_NOUN_VERBS = {
    "support",
    "welcome",
    "note",
    "notes",
    "plan",
    "plans",
    "stress",
    "call",
    "calls",
    "share",
    "shared",
    "regard",
    "say",  # ("have a say in")
    "warn",
    "point",
    "highlight",
    "highlights",  # ("Here are the highlights of …")
    "express",  # ("with the express purpose of …")
}
#: Verb forms that are verbs only before "to" ("The sides plan to meet", not "the action plan").
_VERB_BEFORE_TO = frozenset({"plan", "plans"})
#: Each of them right before "to" (no comma between: "export plans, to be …" is a noun).
_BEFORE_TO = {word: re.compile(rf"\b{word}\s+to\b") for word in _VERB_BEFORE_TO}
#: What one touches upon when speaking ("затронул вопрос …", "затронули в ходе встречи темы …"), up to four words on.
_TOPIC_NOUN = re.compile(r"(?:\S+\s+){0,4}(?:вопрос|тем[уыа]|проблем|аспект|тематик|ситуаци)")
#: What one attaches weight to when speaking, up to five words on ("придает большое значение …", "придаёт этому
#: контакту очень большое значение").
_IMPORTANCE = re.compile(r"(?:\S+\s+){0,4}(?:значени|важност|внимани|приоритет)")
#: Determiners and pronouns after which "called" names what it judges ("X called these rules …", "called it a success");
#: not before "a" ("called a meeting") nor before a name ("a body called the Shanghai Five").
_JUDGED_OBJECT = frozenset("these this the that those it them such".split())
_ASKED_BY_OTHERS = frozenset("when if as being was were".split())
_AUXILIARIES = frozenset("was were is are been be being has have had".split())
_DETERMINERS = frozenset(
    "the a an his her its their our your my this that with for of no any another every".split()
)  # ("has no plans")
#: Words before which "states" is a noun ("the member states").
_NOUN_MARKERS = frozenset(
    "member united the these those all our their its his her other participating neighbouring neighboring "
    "arab gulf founding observer several many some both of and such your my a an with "
    "sco brics asean central asian eurasian two three more sovereign independent neighbour neighbor new partner "
    "medium small large developing developed landlocked coastal island".split()
)
_ARTICLES = frozenset({"a", "an", "the"})
#: Prepositions after which a participle is an adjective ("on shared heritage", "with renewed vigour").
_PREPOSITIONS = frozenset("on of in for with about into from at through among between via under upon".split())
#: What members share, after "shared" as an adjective ("promote shared development").
_SHARED_THINGS = frozenset(
    "development future prosperity security values interests vision goals destiny responsibility heritage benefits "
    "principles".split()
)
#: What one responds to when "responded" reports words ("responded to a question from reporters").
_ASKED = frozenset("question questions query queries journalists reporters journalist reporter".split())
#: Adverbs after which a participle is an adjective ("internationally recognised procedures").
_ADJECTIVE_ADVERBS = frozenset("internationally universally globally generally commonly widely".split())
#: Adjectives before which "support", "note" or "welcome" is a noun ("Moral support was rendered").
_NOUN_ADJECTIVES = frozenset(
    "moral financial technical political full strong unconditional mutual practical humanitarian firm warm "
    "active further broad reciprocal diplomatic action work joint cooperation implementation growing round "
    "comprehensive continued necessary".split()
)


@dataclass(frozen=True, slots=True)
class Verb:
    """A reporting verb found in a sentence: where it starts and the words as written."""

    start: int
    text: str

    def group(self, _: int) -> str:
        return self.text


#: What is "put forward" as a participle ("the proposals put forward by …").
_PROPOSALS = frozenset("proposal proposals initiative initiatives idea ideas suggestion suggestions plan plans".split())
#: A capitalised word right after "which": the relative clause has a subject of its own.
_NAMED_AFTER_WHICH = re.compile(r"^\s+(?:the\s+)?[A-ZА-ЯЁ]")
#: The opening of a clause of what happened at an event ("during which", "at which"), after which its subject
#: stands: a name, or a group in lower case ("… a meeting of the committee during which member states agreed …").
WHICH_CLAUSE = re.compile(
    r"\b(?:during|at|in|after|following)\s+which\s+(?=(?:the\s+)?(?:[A-ZА-ЯЁ]|(?:member|participants|ministers|sides"
    r"|parties|leaders|delegations|delegates|heads|experts|officials)\b))"
)


#: Verbs that are also nouns in a capitalised name ("Action Plan", "Joint Call", "Annual Report").
_TITLE_NOUNS = frozenset("plan plans call calls report reports note notes address statement welcome".split())


def _in_capitalised_name(words: list[str], i: int) -> bool:
    """Whether word ``i`` closes a capitalised name in a sentence written in lower case ("Working Plan to …")."""
    closes = i + 1 == len(words) or not words[i + 1][:1].isupper()
    return words[i][:1].isupper() and words[i - 1][:1].isupper() and closes


@lru_cache(maxsize=4096)  # asked again for earlier sentences (a found Verb is immutable)
def find_verb(sentence: str) -> Verb | None:
    """The first reporting verb or phrase of ``sentence`` (the longest one at that place), by word look-up.

    Much faster than one regular expression of all the verbs, which matters on long documents.
    """
    lowered = _TOKEN.findall(sentence.lower())
    if _STARTS.isdisjoint(lowered):  # most sentences: no word a verb may start with
        return None
    written = _TOKEN.findall(sentence)
    for i in [k for k, word in enumerate(lowered) if word in _STARTS]:
        word = lowered[i]
        if word in _TITLE_NOUNS and i > 0 and _in_capitalised_name(written, i):
            continue  # "an approved Working Plan to implement …": a name's word (not "Lavrov Calls For Unity")
        if i > 0 and noun_form(word, lowered[i - 1]) or _noun_by_next(word, lowered[i + 1 : i + 2]):
            continue  # "the member states", "Xi's welcome address", "support of coups": a noun, not a reporting verb
        before = lowered[i - 2] if i > 1 and lowered[i - 1].endswith("ly") else lowered[i - 1] if i > 0 else ""
        if word.endswith("ed") and (before in _ARTICLES or before in _PREPOSITIONS):
            continue  # "a recognized centre", "the previously announced priorities": a participle as an adjective
        if word in ("favour", "favor") and i > 0 and lowered[i - 1] == "in":
            continue  # "the momentum in favour of the Taliban": a preposition's phrase, no verb
        if word == "shared" and lowered[i + 1 : i + 2] and lowered[i + 1] in _SHARED_THINGS:
            continue  # "to promote shared development", "shared interests": what the members share, not what one said
        if i > 0 and lowered[i - 1] in _ADJECTIVE_ADVERBS and lowered[i + 1 : i + 2] != ["that"]:
            continue  # "internationally recognised procedures" (but "it is widely recognised that …")
        if word in _VERB_BEFORE_TO and not _BEFORE_TO[word].search(sentence.lower()):
            continue  # "an action plan for 2012", "export plans, to be …": a plan is announced as "plan(s) to …"
        if (
            word == "called"
            and lowered[i + 1 : i + 2] not in (["for"], ["on"], ["upon"])
            and not _judges(sentence, lowered, i)
        ):
            continue  # "a new body called the Energy Club", "called a meeting": no verb of saying
        if word == "responded" and lowered[i + 1 : i + 2] == ["to"] and _ASKED.isdisjoint(lowered[i + 2 : i + 5]):
            continue  # "responded to the spirit of the summit": acted on it (but "responded to a question")
        if word == "commit" and lowered[i + 1 : i + 2] not in (["to"], ["themselves"], ["itself"], ["ourselves"]):
            continue  # "to procure weapons, commit terrorist acts": a deed, not a commitment
        if word in ("call", "calls") and i > 0 and lowered[i - 1] in ("phone", "telephone", "video"):
            continue  # "in a phone call on Tuesday": a conversation, not a call on anyone
        if word == "put" and i > 0 and lowered[i - 1] in _PROPOSALS:
            continue  # "Many Belarusian proposals put forward at …": a participle, the proposals said nothing
        after = lowered[i + 1 : i + 3]
        agent = after[:1] == ["by"] and not (len(after) == 2 and after[1].endswith("ing"))
        if agent and (i == 0 or lowered[i - 1] not in _AUXILIARIES):
            continue  # "projects supported by the governments": a participle (not "X concluded by saying …")
        if (
            word in _DOCUMENT_PARTICIPLES
            and _dated(lowered[i + 1 : i + 3])
            and (i == 0 or lowered[i - 1] not in _AUXILIARIES)
        ):
            continue  # "the Treaty … of Friendship and Cooperation signed on 10 August 2007": a dated document's
        if i > 0 and lowered[i - 1] == "to" and not word.endswith(("ed", "s")):
            continue  # "ways and means to support peace": an infinitive, not what someone said
        if word == "asked" and (i == 0 or lowered[i - 1] in _ASKED_BY_OTHERS):
            continue  # "When asked about …, the minister said": the question, not the answer
        if "which" in lowered[max(0, i - 3) : i] and not (
            _NAMED_AFTER_WHICH.search(sentence.split("which")[-1]) or WHICH_CLAUSE.search(sentence)
        ):
            continue  # "the meeting, which has just concluded": a thing's relative clause reports nobody
            # (but "the meeting, during which India underlined …" names its speaker)
        if word.startswith("принял") and lowered[i + 1 : i + 2] == ["участие"]:
            continue  # "приняли участие": who took part, not what anyone adopted
        if word.startswith("затронул") and not _TOPIC_NOUN.match(" ".join(lowered[i + 1 : i + 6])):
            continue  # "Пандемия затронула всех нас": what it affected (a speaker "затронул вопрос …", "тему …")
        if word.startswith("прида") and not _IMPORTANCE.match(" ".join(lowered[i + 1 : i + 6])):
            continue  # "Расширение … придает импульс …": what it gives (a speaker "придает большое значение …")
        if word.startswith("принял") and (end := _decision_noun(lowered, i)):  # "принял в четверг … решение"
            return _verb_at(sentence, i, end)
        longest = min(_LONGEST_VERB, len(lowered) - i) if word in _PHRASE_STARTS else 1
        for size in range(longest, 0, -1):
            phrase = " ".join(lowered[i : i + size]) if size > 1 else word
            if phrase in _VERB_SET:
                return _verb_at(sentence, i, i + size)
    return None


def _judges(sentence: str, lowered: list[str], at: int) -> bool:
    """Whether "called" at word ``at`` judges its object ("Medvedev called these rules …"): a determiner or a
    pronoun follows, not after an auxiliary ("was called"), and no capitalised name after the determiner unless
    "a" or "an" follows the name ("Raisi called the SCO a symbol …")."""
    following = lowered[at + 1 : at + 3]
    if not following or following[0] not in _JUDGED_OBJECT or at > 0 and lowered[at - 1] in _AUXILIARIES:
        return False
    words = _TOKEN.findall(sentence)
    if len(words) < at + 3 or not words[at + 2][:1].isupper():
        return True
    named = at + 2  # "called the SCO a symbol of …": a name, then what it is called (not "a body called the SCO")
    while named < len(words) and words[named][:1].isupper():
        named += 1
    return lowered[named : named + 1] in (["a"], ["an"])


def _verb_at(sentence: str, first: int, end: int) -> Verb:
    """The verb made of the words ``first`` to ``end`` (exclusive) of ``sentence``."""
    tokens = [m for _, m in zip(range(end), _TOKEN.finditer(sentence))]
    return Verb(tokens[first].start(), sentence[tokens[first].start() : tokens[-1].end()])


#: Words an adverbial may put between "принял" and "решение" ("принял в четверг решение").
_DECISION_GAP = 4


def _decision_noun(lowered: list[str], at: int) -> int | None:
    """The end of "принял(и) … решение" starting at word ``at``, when "решение" follows within a few words."""
    for k in range(at + 1, min(len(lowered), at + 2 + _DECISION_GAP)):
        if lowered[k].startswith("решени"):
            return k + 1
    return None


#: Past participles that follow a document's name with its date ("the Charter adopted in 2002").
_DOCUMENT_PARTICIPLES = frozenset("signed adopted approved ratified concluded endorsed".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _dated(after: list[str]) -> bool:
    """Whether the words ``after`` a verb give a date: "on 10 August", "in 2007", "in June"."""
    return len(after) == 2 and after[0] in ("on", "in") and (after[1][:1].isdigit() or after[1] in _MONTHS)


#: Verbs of a plural subject: a reporting verb's "-s" form right before one is a noun.
_PLURAL_AUXILIARIES = frozenset("have are were will would should must can could may might".split())
#: Words after which "states" is a noun ("Two powerful states - India and Pakistan -", "states of the region").
_NOUN_STATES_NEXT = frozenset("of - and or are were have will should must can".split())


def _noun_by_next(word: str, after: list[str]) -> bool:
    """Whether ``word`` is a noun by the word after it: "support of", "support from" (a noun of what, or whose),
    "states are", "states" closing the sentence."""
    if word == "states":  # ("the Commonwealth states increased …": a verb of their own follows)
        return not after or after[0] in _NOUN_STATES_NEXT or after[0].endswith("ed")
    if word.endswith("s") and not word.endswith("ss") and after and after[0] in _PLURAL_AUXILIARIES:
        return True  # "High hopes have been pinned on …", "calls are growing": a plural noun before its verb
    return word in _NOUN_VERBS and after in (["of"], ["from"])


def noun_form(word: str, before: str) -> bool:
    """Whether ``word``, a reporting verb's form, is a noun after the word ``before``."""
    if word == "states":
        return before in _NOUN_MARKERS or before.endswith(("’s", "'s"))  # ("member's states")
    before = before.rsplit("-", 1)[-1]  # ("political-diplomatic support": the adjective's last part)
    return word in _NOUN_VERBS and (
        before in _DETERMINERS or before in _NOUN_ADJECTIVES or before.endswith(("’s", "'s"))
    )


#: The end of a passive before its verb ("was adopted", "were unanimously approved"), and its agent after it.
#: (an adverb or two may stand between: "were also signed", "was not unanimously approved")
PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:(?:[a-z]+ly|also|already|further|not|then|now|again|thus)\s+){0,2}"
    r"(?:[a-z]+ed\s+(?:and|or)\s+)?$",  # ("… were discussed and signed")
    re.IGNORECASE,
)
AGENT = re.compile(  # (not a time: "will be adopted by the end of 2024", "by 2030", "by then", "by mid-2025")
    r"\s+by\s+(?!(?:the\s+)?(?:end|beginning|start|middle|close|time)\b|mid-|then\b|now\b|\d|(?-i:[A-Z][a-z]+\s+\d))"
    r"([^,.;:()]+)"
)


def main_verb(sentence: str) -> Verb | None:
    """:func:`find_verb`, past a participle clause that opens the sentence ("Observing that India condemned …,
    he called for …": "called for", not "condemned")."""
    verb = find_verb(sentence)
    if verb and PASSIVE.search(sentence[: verb.start]) and not AGENT.match(sentence, verb.start + len(verb.text)):
        joined = _AND_CLAUSE.search(sentence, verb.start)  # "A communiqué was signed, and the ministers agreed …"
        later = find_verb(" " * joined.end() + sentence[joined.end() :]) if joined else None
        return later or verb
    comma = sentence.find(",")
    if verb is None or comma < 0 or verb.start > comma or not english_gerund_clause(sentence[:comma].split()):
        return verb
    return find_verb(" " * (comma + 1) + sentence[comma + 1 :]) or verb


_AND_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?=(?:the\s+)?[A-Za-z])", re.IGNORECASE)
