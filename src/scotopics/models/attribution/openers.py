"""The noun phrase that opens a sentence, when it names a speaker.

Many statements carry no reporting verb but still have a speaker in their
grammatical subject: "Kazakhstan proposes …", "The heads of delegation are
convinced …", "В ходе встречи стороны …". :func:`subject` reads that phrase,
past a fronted circumstance and a place, and refuses phrases that cannot speak:
pronouns, things, and the subject of a passive verb ("A meeting of experts can
be organised …").
"""

from __future__ import annotations

import re
from itertools import islice

from .clauses import PLURAL_PRONOUNS, SINGULAR_PRONOUNS
from .document import SpeakerDocument
from .names import COUNTRIES, GROUP_WORDS, person_names
from .noun_phrases import before_where_spoke
from .plausibility import BODIES, plausible
from .subjects import AFTER_SUBJECT, RUSSIAN_CIRCUMSTANCE
from .transcripts import strip_answer_prefix

__all__ = ["subject", "subject_of", "WORD", "PLACE_PREPOSITIONS"]

WORD = re.compile(r"[\w’'-]+")
#: Prepositions of a place that may stand before a subject ("в Тяньцзине министры обсудили").
PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "in", "at"})
#: Words that end a subject phrase: auxiliaries, verbs, and fronted objects ("Особое внимание стороны уделили …").
_STOP_SUBJECT = re.compile(
    r"^(?:will|shall|would|should|can|could|must|may|has|have|had|is|are|was|were|also|jointly|further|"
    r"spoke|said|took|gave|made|held|met|saw|sees|see|put|sent|set|led|told|went|did|does|came|began|became|"
    r"[a-z]{3,}ly|"
    r"будут|будет|также|совместно|внимание|значение|убеждены|уверены|согласны|готовы|намерены|едины|обеспокоены|"
    r"высоко|твердо|твёрдо|решительно|единогласно|неизменно|\w+(?:ed|ли|ла|ет|ют|ут|ит|ят|ся|ает|ают)|[a-z]+(?:es|ts|ys|ns|ds|ls|ps))$",
)
#: A plural noun in "-ies", which a subject phrase goes on past ("The SCO permanent bodies"), unlike a verb in "-ies"
#: ("Kazakhstan applies …", "China supplies …") or "-fies" ("intensifies").
_PLURAL_IN_IES = re.compile(
    r"(?![a-z]*(?:appl|rel|impl|suppl|den|carr|accompan|occup|repl|compl|hurr|worr|var|cop|embod|tr|fl|cr)ies$)"
    r"[a-z]+[^f]ies$"
)
_SUBJECT_OPENERS = frozenset({"the", "all", "both"})
#: Words that open a subordinate clause ("Even if all the member states stopped …"): its subject is no speaker.
_SUBORDINATORS = frozenset(
    "if even when whenever while although though because unless whether once until whereas "
    "если когда хотя пока поскольку даже чтобы "
    "with without despite amid among over since "  # a fronted circumstance ("With eight members, …")
    "like unlike".split()  # or a comparison ("Like the US Embassy, RATS headquarters has …")
)

#: A circumstance before the subject of a Russian sentence, written without a comma ("В ходе встречи стороны …").
_OPENING_PHRASE = re.compile(rf"^\s*{RUSSIAN_CIRCUMSTANCE}\s+(?=\w)", re.IGNORECASE)
#: A conjunction opening the sentence ("Но Лукашенко продолжает …", "But the minister …"; not the initial "А.").
_CONJUNCTION = re.compile(r"(?i)^\s*(?:но|а|и|однако|but|and|yet)\s+(?=\w)")
#: "states" as a verb ("The Initiative states that …"), not the noun of "the member states".
_STATES_THAT = re.compile(r"\s+states\s+that\b")
#: Numbers that leave "the leaders of six" unfinished (a dash or a list follows).
_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
#: What brackets hold ("(15 June 2006, Shanghai)"): its commas break no clause.
_BRACKETS = re.compile(r"\([^()]*\)")
#: An English circumstance fronted before a comma ("During the talks,", "At the meeting,", "On Tuesday,").
_FRONTED_CIRCUMSTANCE = re.compile(
    r"^\W*(?:(?:during|at|in|on|after|following|amid|at the end of|in the course of)\s+(?:the\s+)?\w+(?:\s+\w+)?"
    # or why, on what grounds, and a writer's connective ("With the aim to promote …,", "To note,")
    r"|(?:in connection with|with the aim (?:to|of)|in order to|based on|as part of|in line with|in accordance with"
    r"|within the framework of)\b[^,]*|to note|notably"
    # or a connective ("Со своей стороны, Владимир Путин поблагодарил …", "For his part, …")
    r"|со своей стороны|в свою очередь|кроме того|помимо этого|при этом|вместе с тем|for (?:his|her|its|their) part"
    r"|in turn|in addition|moreover|besides|meanwhile)\s*$",
    re.IGNORECASE,
)


#: A passive verb after a subject ("can be organised", "were adopted", "is being prepared").
_PASSIVE_AFTER = re.compile(
    r"(?i)^(?:(?:can|could|will|would|shall|should|must|may|might|has|have|had)\s+)?(?:not\s+)?"
    r"(?:be|been|is|are|was|were)\s+(?:being\s+)?(?:[a-z]+ly\s+)?"
    r"(?!convinced|concerned|committed|determined|united|pleased|satisfied|interested|prepared|ready|agreed)"
    r"[a-z]+(?:ed|en|wn|ught|lt|nt)\b"  # not a stance ("The ministers are convinced that …")
)


#: Prepositions after a phrase's head noun, besides "of" ("Cooperation with SCO states", "Experts from …").
_LINKING_PREPOSITIONS = frozenset("with between among from for within to между для".split())
#: Endings of an abstract English noun ("peculiarity", "importance", "readiness", "position").
_ABSTRACT = ("ity", "ance", "ence", "ness", "tion", "sion")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s")
#: Russian prepositions that open a circumstance before the subject ("С помощью …", "По итогам …").
_RUSSIAN_PREPOSITIONS = frozenset("с со в во по на при после для".split())
#: What opens a source's phrase ("По данным источника в российской делегации"): the source, not a group, speaks.
_SOURCE_NOUNS = frozenset("данным словам информации мнению оценке сведениям".split())
#: A share of a group or a meeting of it, before "of" ("The majority of participants", "The meeting of ministers"):
#: not a thing that hides the group.
_NOT_A_THING = frozenset("majority most many some all each several number half rest meeting session summit".split())
#: The words of a sentence's first clause that :func:`subject` reads: nine for the phrase, four after it.
_WORDS_READ = 13


def subject(sentence: str) -> str | None:
    """The sentence's opening noun phrase when it names a speaker ("Kazakhstan", "The heads of delegation")."""
    clauses = _BRACKETS.sub(" ", _STATES_THAT.split(strip_answer_prefix(sentence), maxsplit=1)[0]).split(",")
    if len(clauses) > 1 and _FRONTED_CIRCUMSTANCE.match(clauses[0]):
        clauses = clauses[1:]  # "During the talks, the heads of delegation reviewed …": the subject follows
        while len(clauses) > 1 and clauses[0].strip().isdigit():
            clauses = clauses[1:]  # (a date's year: "… from January 1, 2024, the Kazakh side presented")
    opening = _OPENING_PHRASE.sub("", _CONJUNCTION.sub("", clauses[0].split(": ", 1)[0]))  # ("X: It is …")
    opening = before_where_spoke(AFTER_SUBJECT.sub("", opening))
    every_word = [m.group(0) for m in islice(WORD.finditer(opening), _WORDS_READ)]  # the phrase and four more
    if _LIST_NUMBER.match(opening):
        every_word = every_word[1:]  # a list item's number ("6. Государства-члены …")
    words = every_word[:9]
    phrase: list[str] = []
    for at, word in enumerate(words):
        after_article = phrase and phrase[-1].lower() in {"the", "of", "and", "a", "и"}
        counted = phrase and phrase[-1].isdigit()  # ("Leaders from 12 countries": a noun after a number)
        following = words[at + 1] if at + 1 < len(words) else ""  # a name goes on: "… Combating Organized Crime"
        named_on = phrase and all(w[:1].isupper() for w in (phrase[-1], word, following))
        stop = _STOP_SUBJECT.match(word) and phrase and not (after_article or counted or named_on)
        stop = stop and not _PLURAL_IN_IES.match(word)
        if stop and word.lower() not in GROUP_WORDS:
            break
        phrase.append(word)
    if not phrase or len(phrase) == len(words) and len(words) > 6:
        return None
    if (
        len(phrase) > 3
        and phrase[0].lower() in _RUSSIAN_PREPOSITIONS
        and phrase[1].lower() not in _SOURCE_NOUNS
        and phrase[-1].lower() in GROUP_WORDS
    ):
        adjective = phrase[-2].lower().endswith(("ая", "ий", "ый", "ие", "ые"))  # ("… российская сторона")
        phrase = phrase[-1 - adjective :]  # "С помощью защищённых каналов связи стороны намерены …": the sides
        # (not "С российской стороны была высоко оценена …", whose sides are the preposition's)
    if len(phrase) > 3 and [w.lower() for w in phrase[:3]] == ["by", "decision", "of"]:
        phrase = phrase[3:]  # "By decision of the Council, X was appointed": the Council
    if _PASSIVE_AFTER.match(" ".join(every_word[len(phrase) : len(phrase) + 4])):
        return None  # "A meeting of experts can be organised": the subject of a passive says nothing
    while len(phrase) > 2 and phrase[0].lower() in PLACE_PREPOSITIONS:
        phrase = phrase[2:]  # "в Тяньцзине министры обсудили": a place before the subject
    lowered = [w.lower() for w in phrase]
    if lowered[0] in _SUBORDINATORS or lowered[-1].endswith(("'s", "’s")):
        return None  # "Even if all the member states …", "Premier Li's proposals will …": no speaker
    group_of = len(lowered) > 3 and lowered[0] == "the" and lowered[1] in GROUP_WORDS and lowered[2] == "of"
    group_of = group_of and lowered[-1] not in _NUMBERS and not lowered[-1].isdigit()  # ("the leaders of six —")
    head = lowered[0] if lowered[0] in GROUP_WORDS else lowered[1] if group_of else lowered[-1]  # "the participants
    # of the meeting"
    owner = lowered[1] if len(lowered) > 3 and lowered[0] in {"the", "a", "an"} and lowered[2] == "of" else ""
    if owner.isalpha() and owner not in GROUP_WORDS | BODIES | _NOT_A_THING and head in GROUP_WORDS:
        head = owner  # "the status of observers changed": a status, no group
    linked = next((i for i, w in enumerate(lowered[1:], 1) if w in _LINKING_PREPOSITIONS), 0)
    if linked and lowered[0] not in GROUP_WORDS:
        head = lowered[linked - 1]  # "Cooperation with SCO states": cooperation, no group
    of_at = lowered.index("of", 1) if "of" in lowered[1:] else 0
    # "The peculiarity of the forum", and at the start "Inclusion of more members" (not "Organization of Islamic …")
    lower_after = of_at == 1 and len(phrase) > 2 and phrase[2][:1].islower()
    abstract = of_at > 0 and lowered[of_at - 1].endswith(_ABSTRACT)
    quality = abstract and (not phrase[of_at - 1][:1].isupper() or lower_after)
    if quality and lowered[of_at - 1] not in BODIES:  # (a capitalised "Organization of …" is a body)
        return None  # "The peculiarity of the forum is …", "The importance of the meeting …": a quality, no speaker
    pronoun = head in SINGULAR_PRONOUNS or head in PLURAL_PRONOUNS
    if pronoun or lowered[0] in {"it", "this", "there", "that", "these", "we", "i", "what", "which", "how", "why"}:
        return None
    if len(lowered) > 2 and lowered[1] in {"fact", "idea", "notion", "belief"} and lowered[2] == "that":
        return None  # "The fact that all SCO member states are victims …": a clause, no speaker
    countries = any(w in COUNTRIES for w in lowered) and all(w in COUNTRIES or w in {"and", "и"} for w in lowered)
    if head in GROUP_WORDS or head in BODIES or countries:  # (not "And, as a logical extension …")
        return " ".join(phrase)
    if person_names(" ".join(phrase)) or (lowered[0] in _SUBJECT_OPENERS and plausible(" ".join(phrase), None)):
        return " ".join(phrase)
    return None


def subject_of(document: SpeakerDocument, text: str) -> str | None:
    """:func:`subject` of ``text``, computed once per document."""
    key = ("subject", text)
    if key not in document._cache:
        document._cache[key] = subject(text)
    return document._cache[key]
