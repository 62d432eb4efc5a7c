"""The noun phrase before a reporting verb, cleaned down to who it names or to nothing.

:func:`noun_phrase` reads one clause segment (the words since the last clause break before the verb) and strips
what is no speaker: dates, places, settings, adverbs, fronted objects, gerund clauses; it returns the phrase that
can name a speaker, or None. :mod:`.subjects` decides which segment to read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .groups import speaking_group
from .names import GROUP_WORDS, LATIN_SURNAME, common_word, person_names
from .other_verbs import AFTER_SUBJECT_WORDS, before_other_verb
from .participles import NOMINATIVE_PARTICIPLE_ENDINGS, SURNAME, english_gerund_clause, gerund_clause
from .phrases import FRONTED_OBJECT, LEADING_DATE, UNMARKED_CIRCUMSTANCE, clean_phrase
from .russian_subjects import ADJECTIVE_ENDINGS, OFFICES_AFTER, RUSSIAN_OFFICE_NOUNS, SUBJECT_NOUNS, after_gerund_clause
from .speaker_types import speaker_type

__all__ = ["OFFICE", "OFFICE_WORDS", "MODALS", "AFTER_SUBJECT", "SENTENCE_ADVERBS", "PLACE_OR_TIME_PREPOSITIONS"]
__all__ += ["noun_phrase", "before_where_spoke"]

#: Offices one person holds (word beginnings), in English and Russian.
OFFICE_WORDS = (
    r"minister|president|secretary|ambassador|chairman|chair|director|министр|президент|премьер|"
    r"председател|генеральн\w* секретар|генсекретар|посол|глава|директор|"
    r"зам(?:директор|министр|глав|генсек|пред)"  # "Замдиректора ФСБ", "замминистра": a deputy's office
)
#: An office that can head a speaker phrase ("Российский министр", "The Minister").
OFFICE = re.compile(rf"(?i)\b(?:{OFFICE_WORDS})")
#: Modal verbs: a phrase with one is a clause, never the subject of a reporting verb.
MODALS = frozenset({"should", "must", "will", "would", "shall", "can", "could", "may", "might", "должны", "будет"})

_SPEAKER_STARTS = {"the", "he", "she", "we", "i", "they", "он", "она", "они", "мы", "я"}
#: Quantifiers before a group ("many experts", "some analysts").
_QUANTIFIERS = frozenset({"many", "some", "most", "several", "all", "многие", "некоторые", "ряд", "все"})
#: Groups after a quantifier, with those in the genitive plural after "ряд" ("ряд экспертов высказывали мнение").
_QUANTIFIED = GROUP_WORDS | frozenset("экспертов аналитиков политологов участников стран государств делегаций".split())
#: Possessive determiners before a group ("its participants", "его участники").
_POSSESSIVES = frozenset({"its", "their", "его", "её", "ее", "их"})

#: Capitalised words that open a sentence and are no speaker ("Therefore, to sum up, …").
SENTENCE_ADVERBS = frozenset(
    "therefore however meanwhile moreover furthermore besides also additionally earlier later today yesterday thus "
    "hence first second third finally overall again still now then indeed однако также кроме поэтому итак затем "
    "далее сегодня вчера ранее позже".split()
)


#: Russian adverbs that may stand between a subject and its verb ("стороны единогласно подтвердили", "Казахстан
#: твердо выступает за …"): a word in "-о" that is no noun ("-ство", "бюро", "лицо") and no pronoun ("этого").
_RUSSIAN_ADVERB = re.compile(
    r"вновь|ещё|еще|всегда|тоже|уже|заранее|сообща|вместе|по-прежнему|полностью|[а-яё]{2,}(?<!ств)(?<!бюр)(?<!лиц)(?<!ог)(?<!ег)о"
)


#: Prepositions that open a phrase of place, time or topic ("О завершении … проинформировал X"), never a speaker.
PLACE_OR_TIME_PREPOSITIONS = frozenset("на в во по при у из от до после о об in at on during after".split())
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё-]+")
_ACCUSATIVE = re.compile(r"[А-ЯЁа-яё]{2,}(?:ию|ею|ью|[^аеёиоуыэюя]у)")  # a fronted object: "Идею … поддержали X"
#: A Russian adjective in the nominative ("кыргызская", "российский", "главные").
_RUSSIAN_ADJECTIVE = re.compile(r"[а-яё-]+(?:ая|яя|ое|ее|ый|ой|ие|ые|ский|цкий|ний|кий|гий|хий|жий|ший|щий|чий)")
#: Words after a subject that say when or in which capacity, not who ("Emomali Rahmon yesterday",
#: "Hossein Amirabdollahian for his part", "India on April 26"; not "today's meeting", a possessive).
AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:yesterday|today|tomorrow|tonight)\b(?![’'])|for (?:his|her|their|its) part|in (?:his|her|their|its) turn"
    r"|со своей стороны|в свою очередь"  # ("Лавров со своей стороны подчеркнул")
    r"|on (?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
    r"|july|august|september|october|november|december)\b)"
    # the news agencies' weekday without "on" ("A senior official from China Wednesday called for …")
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"  # ("Секретариат … в среду подписали")
    r"|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+\d{4}\s+года"
    # ("Нижняя палата парламента Таджикистана 21 января 2015 года ратифицировала": a date with its year, not a
    # dateline's "Москва. 1 сентября.")
    r"|at the (?:end|close|conclusion|start|opening) of\b"  # "A joint declaration at the end of the summit said"
    r"|even$"  # ("Some influential voices in Washington even urged …")
    r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december)\b).*$",
    re.IGNORECASE,
)


#: Where a named subject spoke, between it and the verb ("Chinese President Xi Jinping at a meeting in the SCO+
#: format called on …"); not after a participle ("Speaking at the ceremony, …") or a lower-case group.
_WHERE_NAMED_SUBJECT_SPOKE = re.compile(
    r"(?<=\w)\s+at\s+(?:a|an|the)(?:\s+(?:[\w+-]+\s+){0,3}?(?:meeting|summit|session|forum|conference|briefing"
    r"|ceremony|plenary)\b.*)?$"  # (or "… at a" before "meeting", which another step reads as a verb)
)


#: How a speaker in the first person leads into the verb ("Let me note …", "I would like to stress …").
_FIRST_PERSON_LEAD = re.compile(r"(?i)let\s+me|i\s+(?:want|would\s+like|wish)\s+to|позвольте(?:\s+мне)?|хочу")
#: A Russian participle that ends a phrase ("Председательствовавший"): no subject of its own.
_PARTICIPLE_END = re.compile(rf"(?:{NOMINATIVE_PARTICIPLE_ENDINGS})$")  # "Председательствовавший"


#: A body's full name in capitals, however long ("The Council of the Regional Anti-Terrorist Structure of the …").
_BODY_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:Council|Committee|Commission|Secretariat|Board|Conference|Forum|Assembly)\s+of\s+the"
    r"(?:\s+(?:of|the|and|for|[A-Z][\w’'-]*)){1,14}(?:\s+\([A-Z][\w\s-]*\))?$"  # (with its initials after it)
)
#: Where a subject spoke, between it and its verb ("… Лукашенко в своем выступлении на заседании …",
#: "… Narendra Singh Tomar during the 6th … Meeting said").
_RUSSIAN_SETTING = re.compile(
    r"(?<=[а-яё)])\s+(?:на|в ходе|во время|по итогам|по результатам|в рамках|в сво(?:ем|ём|ей)|в интервью|в беседе"
    r"|в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)|в \d{4} году"
    r"|\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))"
    r"(?:\s+(?=[а-яё])|$)"
    r"|(?<=[a-z)])\s+(?:during|while addressing|in (?:his|her|the) (?:address|speech|remarks|meeting|talks)"
    r"|at (?:its|their) (?:\w+ )?(?:meeting|session|sitting))\s+(?=[a-z0-9])",  # ("The Council at its 37th meeting")
    re.I,
)


#: A Russian adjective in the accusative ("Ключевую"), a feminine noun in it ("Идею коллеги поддержал …"), or a
#: predicative adverb ("Примечательно"), opening a phrase.
_NOT_A_SUBJECT = re.compile(
    r"(?i)^[а-яё]+(?:ую|юю)$|^[а-яё]{2,}(?:ию|ею)$"
    r"|^(?:примечательно|важно|очевидно|интересно|характерно|показательно|известно|понятно)$"
)
#: How English adverbs of manner end ("Regretfully", "Unanimously", "Firmly"), not names ("Kelly").
_MANNER_ADVERB = re.compile(r"^[A-Z][a-z]{1,}(?:ful|ous|ive|al|ab|ib|ant|ent|ate|ed|ing|ct|rm|ng|te)ly$")
#: Russian adverbs that open a sentence whose subject is left out ("Детально обсудили …", "Вновь подтвердили …").
_RUSSIAN_OPENING_ADVERBS = re.compile(r"^[а-яё]{3,}(?<!ств)но$|^(?:вновь|также|совместно|вместе|ещё|еще)$")
#: Initials in brackets after a body's name ("(SCO)"), which do not count toward a subject's length.
_INITIALS_IN_BRACKETS = re.compile(r"\([A-ZА-ЯЁ]{2,8}\)")
#: Abstract nouns that head a subject of no speaker ("Its participation highlights …", "Cooperation shows …").
_ABSTRACT_HEADS = frozenset(
    "participation cooperation integration expansion inclusion accession membership importance significance "
    "presence engagement involvement development attendance signing adoption spirit visit pandemic event "
    "convening".split()  # ("The Shanghai Spirit has showed vitality …, said the report", "This visit underscores …")
)
#: Where an English subject's head noun ends: a preposition after it ("attendance from member states").
_ENGLISH_HEAD_END = re.compile(r"\s+(?:in|of|for|with|from|at|between|among|within)\s")
#: Whom a fronted circumstance met with, left at the phrase's start once the circumstance is cut ("[На встрече] с
#: Таалатбеком Масадыковым"): no subject.
_COMPANION = re.compile(r"^(?:[сС]|[сС]о)\s+(?:[А-ЯЁ][\w.-]*\s+){0,2}[А-ЯЁ][\w.-]*(?:ом|ем|ым|им|ой|ей)\s+(?=\S)")
#: A gloss in brackets of capitalised words ("(Prime Ministers)"), not initials ("(SCO)").
_GLOSS = re.compile(r"\s\((?:[A-Z][a-z]+\s?){1,3}\)")
#: A Russian connective that opens a sentence before its subject, with no comma after it.
_RUSSIAN_CONNECTIVES = frozenset({"причем", "причём", "притом", "ведь", "зато"})
_RUSSIAN_CONNECTIVES |= {"ранее", "также", "вчера", "сегодня", "позднее", "позже", "накануне"}  # ("Ранее пресс-служба
# президента сообщала")
#: Bodies a Russian subject may name in lower case after such a word ("Ранее пресс-служба Кремля сообщила").
_LOWER_CASE_BODIES = frozenset({"пресс-служба", "пресс-центр"})
_IMPERSONAL_SUBJECTS = frozenset({"it's", "that's", "there's", "this is", "it is", "there is"})
_IMPERSONAL_SUBJECTS |= {"everyone", "everybody", "nobody", "no one", "someone", "somebody"}  # ("Everyone noted …")


def _oblique_group(word: str) -> bool:
    """Whether ``word`` is a Russian group noun in the genitive or accusative plural ("Участников", "Гостей")."""
    bare = word.lower()
    stem = bare[:-2] if bare.endswith(("ов", "ей")) else ""
    return bool(stem) and not GROUP_WORDS.isdisjoint((f"{stem}и", f"{stem}ы"))


def before_where_spoke(phrase: str) -> str:
    """``phrase`` without where the named subject that opens it spoke ("Xi Jinping at a meeting in …": "Xi
    Jinping")."""
    where = _WHERE_NAMED_SUBJECT_SPOKE.search(phrase)
    if where is None:
        return phrase
    before = phrase[: where.start()].split()
    if before and before[-1][:1].isupper() and not (len(before) == 1 and before[0].endswith("ing")):
        return phrase[: where.start()]  # (not "Speaking at the ceremony")
    return phrase


#: The lower-case words a group's formal title is made of besides its head ("heads of state and government of the
#: member states"); any other ("exchanged", "recent") makes a clause or a description.
_GROUP_TITLE_WORDS = frozenset("of the and or for state states government governments member members countries".split())


def _group_title(words: list[str]) -> bool:
    """Whether ``words`` are a group's formal title: "(the) Heads of State or Government of the Member States of …"."""
    head = words[words[0].lower() == "the"].lower()
    rest = words[1 + (words[0].lower() == "the") :]
    titled = all(w[:1].isupper() or w[:1] == "(" or w.lower().removesuffix("’s") in _GROUP_TITLE_WORDS for w in rest)
    return head in GROUP_WORDS and titled and speaker_type(" ".join(words)) == "group"


def _subject_noun(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a noun that heads a subject: "министр", "стороны", or an office after its adjective
    ("В своем вступительном слове Генеральный секретарь ШОС")."""
    word = words[at].lower()
    return word in SUBJECT_NOUNS or word in OFFICES_AFTER and words[at - 1].lower().endswith(ADJECTIVE_ENDINGS)


@lru_cache(maxsize=4096)
def noun_phrase(segment: str) -> str | None:
    """``segment`` cleaned as a speaker phrase, or None when it cannot name one."""
    phrase = FRONTED_OBJECT.sub("", clean_phrase(segment))  # "Особое внимание стороны уделили": "стороны"
    phrase = _COMPANION.sub("", phrase)  # ("[На встрече] с Таалатбеком Масадыковым глава ведомства": not whom he met)
    phrase = _GLOSS.sub("", phrase)  # "the Council of the Heads of Government (Prime Ministers) of …"
    phrase = AFTER_SUBJECT.sub("", LEADING_DATE.sub("", phrase))  # "1 сентября страны ШОС договорились"
    circumstance = UNMARKED_CIRCUMSTANCE.match(phrase)
    if circumstance and speaker_type(phrase[circumstance.end() :]) == "group":  # "At a recent meeting of … the sides"
        phrase = phrase[circumstance.end() :]
    phrase = before_where_spoke(phrase)
    words = phrase.split()
    head = _ENGLISH_HEAD_END.split(phrase, maxsplit=1)[0].split()[-1:] if not re.search("[а-яёА-ЯЁ]", phrase) else []
    if head and head[0].lower() in _ABSTRACT_HEADS and not person_names(phrase):
        return None  # "More than a decade's participation in the organisation highlights …": a thing
    if len(words) > 1 and words[0].lower() in _RUSSIAN_CONNECTIVES:
        words = words[1:]  # "Причем организация придерживается позиции …": the organisation
    if 0 < len(words) <= 2 and _NOT_A_SUBJECT.match(words[0]):
        return None  # "Ключевую роль", "Примечательно": an object or a predicative (but "Особую тревогу эксперты")
    if phrase.lower().replace("’", "'") in _IMPERSONAL_SUBJECTS:
        return None  # "It's proposed that …", "That's why we support …": nobody
    if len(words) == 1 and _oblique_group(words[0]):
        return None  # "Участников поприветствовал Владимир Путин": the group greeted, not who greets
    pronoun = next((w for w in words if w.lower() in ("он", "она", "они")), None)
    if pronoun and not person_names(phrase):
        return pronoun  # "В своем обращении он обозначил проблемы, призвал …": "он", resolved by the caller
    pronoun_at = len(words) - 1 - (len(words) > 2 and words[-1].islower() and words[-1].endswith("ly"))
    if len(words) > 1 and words[pronoun_at].lower() in ("he", "she", "they", "we", "it"):  # "One of the items he said",
        return words[pronoun_at]  # "Adding that he strongly believes": the pronoun, resolved by the caller
    head = _RUSSIAN_SETTING.split(phrase, maxsplit=1)[0]  # "глава ведомства на совещании …", "Главы государств на …"
    lone_surname = (
        head != phrase
        and (LATIN_SURNAME.fullmatch(head) or SURNAME.fullmatch(head)) is not None  # ("Ушаков в беседе с …")
        and head.lower() not in SENTENCE_ADVERBS
    )
    speaks = bool(
        OFFICE.search(head)
        or person_names(head)
        or speaker_type(head) in ("group", "country")
        or lone_surname
        or _BODY_NAME.match(head)
    )
    # (a surname alone too: "Asif in his meeting with … said")
    if head != phrase and speaks and not _PARTICIPLE_END.search(head):  # (no participle: "Председательствовавший …")
        words = head.split()
    words = before_other_verb(words)  # "Yermekbayev also presented an overview … and emphasized"
    if len(words) == 1 and (_MANNER_ADVERB.search(words[0]) or _RUSSIAN_OPENING_ADVERBS.match(words[0].lower())):
        return None  # "Regretfully stated that …", "Детально обсудили …": an adverb, the subject left out
    if len(words) == 1 and words[0].endswith("ed") and common_word(words[0]):
        return None  # "Established in June 2001 …, the SCO was … to promote shared development": a participle
    phrase = " ".join(words)
    if len(words) > 10 and _BODY_NAME.match(phrase):  # "The Council of the Regional Anti-Terrorist Structure of …"
        return phrase
    if (
        10 < len(words) <= 16
        and OFFICE.match(phrase.removeprefix("the ").removeprefix("The "))
        and all(w[:1].isupper() or w in ("of", "the", "and", "for") for w in words)
    ):
        return phrase  # "The Minister of Foreign Affairs of the Islamic Republic of Iran said": a long post
    counted = [w for w in words if not _INITIALS_IN_BRACKETS.fullmatch(w)]  # ("… Organization (SCO) member …")
    if len(counted) > 10:  # a long office title before the name ("Union Minister of … Shri Narendra Singh Tomar"),
        names = person_names(phrase)  # maybe with an auxiliary after it ("… Ali Bagheri Kani has said")
        core = " ".join(words[:-1]) if words[-1].lower() in AFTER_SUBJECT_WORDS else phrase
        if names and re.match(rf"(?:\S+\s+){{0,3}}?{re.escape(names[0])}\s+from\s", phrase):
            return names[0]  # "Associate Professor Yang Jin from the Chinese Academy of …, said"
        if not names and _group_title(words):
            return phrase  # "Heads of State or Government of the Member States of CICA agreed": a group, however long
        return names[-1] if names and core.endswith(names[-1]) else None
    if words and english_gerund_clause(words):  # "Addressing those gathered the Kazakh FM noted": the FM
        the = next((i for i in range(len(words) - 1, 1, -1) if words[i].lower() == "the"), None)
        named = len(words) - next((i for i, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
        if the is None and 1 < named < len(words) and "that" not in (w.lower() for w in words):
            the = named  # "Addressing the summit via video conferencing PM Modi said": "PM Modi"
        words = words[the:] if the is not None and "that" not in (w.lower() for w in words[:the]) else []
    if words and gerund_clause(words):  # "Продолжая тему … Президент Казахстана подчеркнул": no comma after it
        words = after_gerund_clause(words)
    if not words:
        return None  # "Намечая ориентиры на перспективу, считаем …": a gerund's clause names no one
    while len(words) > 1 and (
        words[-1].lower() in AFTER_SUBJECT_WORDS | MODALS
        or words[-1].islower()
        and (words[-1].endswith("ly") or _RUSSIAN_ADVERB.fullmatch(words[-1]) is not None)
    ):  # "The ministers strongly believe", "The ministers will", "стороны единогласно подтвердили"
        words = words[:-1]
    if not MODALS.isdisjoint(w.lower() for w in words):  # "The SCO should work for (shared …)" is no subject
        return None
    if len(words) > 1 and words[0].lower() in _POSSESSIVES and words[1].lower() in GROUP_WORDS:
        words = words[1:]  # "Подводя итоги, его участники сошлись во мнении", "its members agreed": the group
    phrase = " ".join(words)
    if _FIRST_PERSON_LEAD.fullmatch(phrase):
        return "I"  # "Let me note", "I want to stress": the speaker in the first person
    # A speaker starts with a capital, "the", or a pronoun; "and …", "to …", "its …" is a clause fragment,
    # unless it holds a person's name ("министр иностранных дел … Э.Б. Абдылдаев").
    first = phrase.split()[0] if phrase else ""
    both = first.lower() == "both" and len(words) > 3 and words[1][:1].isupper() and "and" in words  # "But both
    # Moscow and Beijing expressed …"
    if not first or not (
        first[0].isupper()
        or first.lower() in _SPEAKER_STARTS
        or first.lower() in GROUP_WORDS
        or first.lower() in _QUANTIFIERS
        and len(words) > 1
        and (words[1].lower() in _QUANTIFIED or words[1].lower() == "the" and words[-1].lower() in GROUP_WORDS)
        # "Based on this, many experts note that …", "At the meeting, all the member states supported …"
        or both
        or first.lower() in RUSSIAN_OFFICE_NOUNS | _LOWER_CASE_BODIES  # "генсек ШОС", "министр иностранных дел"
        or first.lower().endswith(ADJECTIVE_ENDINGS)
        and len(words) > 1
        and words[1].lower() in SUBJECT_NOUNS
        or person_names(phrase)
        or len(words) <= 2
        and re.fullmatch(r"[a-z]+", first) is not None
        and first not in _POSSESSIVES | {"our", "my", "your"}
        and not phrase.endswith("tions")
        and speaker_type(phrase) == "group"
        and speaking_group(phrase)  # (not an auxiliary read as a plural: "…, Ani Badalyan, has stated")
        # ("…, officers pledged", "…, member countries condemned": a group in lower case; not "our colleagues" in a
        # speech, nor "associations have emerged")
    ):  # a fragment, unless a surname closes it ("В ходе встречи секретарей … стран ШОС Патрушев отметил")
        return words[-1] if len(words) > 1 and SURNAME.fullmatch(words[-1]) and not words[-2].istitle() else None
    fronted = first.lower() in PLACE_OR_TIME_PREPOSITIONS or (
        len(words) > 2
        and _CYRILLIC_WORD.fullmatch(first) is not None
        and not all(w[:1].isupper() or w == "и" for w in words)  # ("Нью-Дели и Пекин объявили": both speak)
        and first.lower() not in SUBJECT_NOUNS
        and not (first.lower().endswith(ADJECTIVE_ENDINGS) and words[1].lower() in SUBJECT_NOUNS | OFFICES_AFTER)
    )  # "Генеральный секретарь ШОС" is the subject itself, an adjective and its office
    if fronted and not person_names(phrase):
        # "В итоговых рекомендациях конференция", "По этой причине кыргызская сторона", "Главным результатом
        # министр": the subject after where, why or what; "На открытии форума": nobody
        head = next((k for k, w in enumerate(words) if k and _subject_noun(words, k)), None)
        tail = len(words)
        while tail > 1 and words[tail - 1][:1].isupper() and len(words) - tail < 3:
            tail -= 1
        before_tail = words[tail - 1]  # a linking word, never a preposition of place ("в Киеве")
        if (
            head is None
            and tail < len(words)
            and before_tail.islower()
            and before_tail not in PLACE_OR_TIME_PREPOSITIONS
        ):
            return " ".join(words[tail:])  # "При этом Путин уточнил", "During the meeting Kazakhstan suggested"
        if head is None:
            return None if first.lower() in PLACE_OR_TIME_PREPOSITIONS or _ACCUSATIVE.fullmatch(first) else phrase
        while head > 0 and (
            _RUSSIAN_ADJECTIVE.fullmatch(words[head - 1].lower())
            and not words[head - 1].lower().endswith(("ние", "тие"))  # a noun: "В заключение эксперт"
            or head > 1
            and words[head - 1] == "и"
            and _RUSSIAN_ADJECTIVE.fullmatch(words[head - 2].lower())
        ):
            head -= 1  # "кыргызская сторона", "Казахстанская и киргизская делегации"
        return " ".join(words[head:])
    return phrase
