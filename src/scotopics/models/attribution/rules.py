"""Who said what: the speaker, reporting verb and kind of a key statement.

Diplomatic texts attribute almost every position: "Vladimir Norov stressed
that …", "According to the Secretary-General, …", "“…,” the minister said.",
"Генеральный секретарь подчеркнул, что …". :func:`attribute` finds the
reporting verb, takes the noun phrase that governs it as the speaker, and
resolves "he", "the Secretary-General" or "Mr. Norov" to the person named
earlier in the document when that is unambiguous (the most recent matching
name). First-person statements ("We believe …") go to the document's own
speaker when its title or lead names one. The kind of statement comes from
its verbs and modality: a decision, a call or appeal, a commitment or plan, an
assessment, or a fact.

These are transparent rules, not a model: they are fast, explainable, and
measured against the speaker marks of the test documents
(``benchmarks/attribution.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...results import SpeakerType, StatementKind
from .carriers import carries_news, may_pass_on, passes_on, relays
from .cases import genitive_kept
from .clauses import (
    ADDRESSEES,
    AS_PRONOUN,
    AS_VERB,
    AS_VERB_INSIDE,
    CITED_POINT,
    IMPERSONAL,
    QUOTING,
    WRITER_ASIDE,
    according_clause,
    publication_source,
)
from .kinds import KINDS, statement_kind
from .known import PRONOUN_LOOK_BACK, Known, since_subject
from .marks import OPENS_WITH_QUOTE, mask_quotes
from .names import LATIN_SURNAME, group_nominative, nominative, nominative_of, person_names, surname_key
from .names import TITLE_WORDS as _TITLE_WORDS
from .offices import another_office
from .quotations import plain_quotes, quotation_source
from .reported_subjects import sentence_subject, subject_phrase
from .sources import (
    apposition_name,
    body_reports,
    body_source,
    message_sender,
    name_before_quote,
    names_the_source_before,
    publication_named_after,
    quoted_document_source,
    source_after,
    source_named_after,
    speech_giver,
    strip_source_tag,
)
from .speaker_types import speaker_type, titled_surname
from .subjects import OFFICE_WORDS, RUSSIAN_OFFICE_NOUNS, clean_phrase, find_verb, main_verb, speaker_phrase
from .titles import repeated_surname, title_speaker
from .trailing import WHERE_AND_HOW, aside_source, name_after_verb, trailing_source
from .transcripts import ANSWER_PREFIX, strip_answer_prefix, turn_prefix

__all__ = ["Attribution", "attribute", "person_names", "strip_answer_prefix", "names_the_source_before"]
__all__ += ["KINDS", "ANSWER_PREFIX", "carries_news", "WRITER_ASIDE"]


#: A person named inside a subject by a participle ("The Initiative proposed by President Xi").
_BY_SOMEONE = re.compile(r"\b[a-z]+ed\s+by\s+")
#: Words for the person before: "he", "she" and their cases, "спикер" ("– сказал спикер"), "His Excellency".
_PRONOUN = {"he", "she", "him", "her", "his", "он", "она", "его", "её", "ее", "спикер", "his excellency"}
_PLURAL_PRONOUN = {"they", "them", "their", "они", "их"}
_FIRST_PERSON_PRONOUN = {"we", "i", "мы", "я"}
# Collective speakers that "they" refers back to.
_COLLECTIVE = re.compile(
    r"\b(?:the\s+)?(participants|ministers|heads of state|heads of government|member states|sides|parties|"
    r"leaders|experts|delegations|delegates|members|council|organisations|organizations)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(  # or a Russian verb in the first person plural, its "мы" left out ("Поддерживаем …")
    r"(?i)^\s*[\"“«]?\s*(?:(?:также|вновь|в\s+очередной\s+раз)\s+)?(?:we|i|our|my|мы|я|наш\w*|предлагаю|[а-яё]{4,}[её]м)\b"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Speaker (or None), reporting verb (or None), kind of one statement, and the speaker's type."""

    speaker: str | None
    verb: str | None
    kind: StatementKind
    speaker_type: SpeakerType | None = None


def _resolve(phrase: str, known: Known) -> str:
    """A full person name for a pronoun, a title or a surname, when the document gives one.

    ``known`` holds the person names met so far and the text they come from.
    """
    lower = phrase.lower()
    first_word = lower.split()[0] if lower.split() else ""
    if first_word in _PLURAL_PRONOUN:
        group = _previous_group(known)
        if group:
            return group
        groups = _COLLECTIVE.findall(known.seen)
        return f"the {groups[-1].lower()}" if groups else phrase
    if first_word in _FIRST_PERSON_PRONOUN:
        return _quoted_before(known) or (known.names[0] if known.names else phrase)
    own = person_names(phrase)
    if own:
        key = surname_key(own[-1])
        full = next((n for n in reversed(known.names) if surname_key(n) == key and len(n) >= len(own[-1])), None)
        return nominative_of(full, own[-1].split()[-1]) if full else own[-1]  # ("Х. Худоёрзода" of "Худоёра …")
    if lower in _PRONOUN:
        subject = _previous_subject(known) or _last_reporter(known)
        if subject:
            return subject
        names = known.names
        return names[-1] if names else phrase
    words = [w.strip(".,") for w in phrase.split()]
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in _TITLE_WORDS]
    if len(capitalised) == 1:  # "Mr. Norov", "Norov"
        key = surname_key(capitalised[0])
        full = next((n for n in reversed(known.names) if surname_key(n) == key), None)
        if full:  # (in the nominative the surname gives: "Саркисян" of the lead's "Тиграна Саркисяна")
            return nominative_of(full, capitalised[0])
    if lower.startswith("the ") and any(w.lower() in _TITLE_WORDS - {"the", "of"} for w in words[1:]):
        deputy = r"(?i:deputy)\s+" if "deputy" in lower.split() else ""  # the deputy, not the Secretary-General
        titled = [
            n
            for n in known.names
            for at in re.finditer(rf"{deputy}{re.escape(words[-1])}\s+{re.escape(n)}", known.seen)
            if not another_office(phrase, known.seen, at.start())  # "the Minister" is not the Prime Minister
        ]
        if titled:
            return titled[-1]
    return phrase


def _inner_speaker(sentence: str, known: Known) -> tuple[str, str] | None:
    """The subject and verb of the sentence's own reporting verb, when a person, office, group or country."""
    masked = mask_quotes(sentence)
    verb = main_verb(masked)
    phrase = speaker_phrase(masked, verb) if verb else None
    if verb is None or phrase is None:
        return None
    speaker = _resolve(phrase, known)
    return (speaker, verb.group(1).lower()) if speaker_type(speaker) not in (None, "document") else None


def _carried(source: str, words: str, known: Known) -> tuple[str, str] | None:
    """Who said ``words`` when ``source`` is a document or an outlet that only carries them ("…, the report said")."""
    inner = _inner_speaker(words.strip(" «»“”\"'"), known) if may_pass_on(source) else None  # (a ministry too)
    pronoun = inner is not None and inner[0].lower() in _FIRST_PERSON_PRONOUN | _PLURAL_PRONOUN
    return inner if inner is not None and not pronoun and passes_on(source, inner[0]) else None


def _previous_group(known: Known) -> str | None:
    """Who "they" refers to: the group that is the subject of the nearest earlier sentence with a group or
    person as subject ("The Heads of Delegation considered …. The meeting emphasized …. They reaffirmed …")."""
    for sentence in reversed(known.context[-PRONOUN_LOOK_BACK:]):
        phrase = subject_phrase(sentence)
        if phrase is None or phrase.lower() in _PLURAL_PRONOUN:
            continue
        kind = speaker_type(phrase)
        if kind == "group" and not carries_news(phrase):  # ("Media reports say …. They reportedly …": not the
            return phrase  # reports)
        if kind == "person":
            return None  # a person spoke last: leave "they" to the groups named before
    return None


def _previous_subject(known: Known) -> str | None:
    """Who "he" or "she" refers to: the person or office that is the subject of the nearest earlier sentence
    with one ("The WHO representative said …. She called for …"), not the last name mentioned in passing.
    At the start of a document the title is the sentence before ("Генсек ШОС высказался …" / "Как он рассказал …")."""
    earlier = since_subject(known.context)
    if len(known.context) < PRONOUN_LOOK_BACK and known.title:
        earlier = [known.title, *earlier]
    for sentence in reversed(earlier):
        reported = subject_phrase(sentence)
        phrase = reported or sentence_subject(mask_quotes(strip_answer_prefix(sentence)))
        if phrase is None:
            continue
        if phrase.lower() in _PRONOUN | _FIRST_PERSON_PRONOUN | _PLURAL_PRONOUN or _BY_SOMEONE.search(phrase):
            continue  # the same person again ("we" quoted), or "The initiative proposed by President X": look back
        resolved = _resolve(phrase, known)
        if person_names(resolved) or speaker_type(resolved) == "person" or titled_surname(resolved):
            return resolved  # a full name, a surname alone ("…, Zhang said.") or after a post ("PM Modi")
        keys = {surname_key(word) for word in resolved.split()}
        named = next((n for n in reversed(known.names) if surname_key(n) in keys), None)
        if named:
            return named  # "In his remarks Mr Nurgaliyev": the person named before
        setting = re.search(rf"\b{re.escape(resolved)}\s+in\s+(?:his|her)\s", sentence) if reported else None
        if setting and LATIN_SURNAME.fullmatch(resolved) or reported and repeated_surname(resolved, known.seen):
            return resolved  # "Asif in his meeting … said", "Erdoğan criticized …": a surname alone, given before
        # "The WHO representative", "Генсек ШОС высказался": an office as written (a Russian one only as the
        # subject of a reporting verb, its holder may follow); any other head is too unsure to beat the last name
        kind = speaker_type(resolved)
        if kind != "office_or_body" or not _PERSONAL_OFFICE.search(resolved):
            if person_names(sentence) and not _BY_SOMEONE.search(sentence):
                return None  # a person named in this sentence, not as its subject: the last name mentioned
                # (but not one named after "proposed by", as in "The Initiative proposed by President Xi …")
            continue  # "he" is no group, country or body ("The member states", "The organization"): look back
        head = resolved.split()[:2]  # "Генеральный секретарь ШОС": an adjective may come first
        russian = reported is not None and any(w.lower().strip(",") in _RUSSIAN_OFFICE_HEADS for w in head)
        headed = resolved.lower().startswith("the ") or russian
        return resolved if headed else None
    return None


_RUSSIAN_OFFICE_HEADS = RUSSIAN_OFFICE_NOUNS | {"секретарь"}


def _quoted_before(known: Known) -> str | None:
    """The person quoted in the sentence just before, whose quotation goes on in the first person ('“…,” Khakimov
    told TASS. “We believe …'), rather than the first person the document names."""
    before = known.context[-1] if known.context else ""
    phrase = subject_phrase(before) if OPENS_WITH_QUOTE.match(before) else None
    if not phrase or (phrase.lower().split() or [""])[0] in _PRONOUN | _FIRST_PERSON_PRONOUN:
        return None  # (not "we" again)
    resolved = _resolve(phrase, known)
    return resolved if resolved and person_names(resolved) else None


def _last_reporter(known: Known) -> str | None:
    """The person (or personal office) last reported speaking in the context, for a "he" whose nearer sentences
    name no subject ("Wei said …. The GSI proposed by President Xi …. China is willing …. He stressed …")."""
    for sentence in reversed(known.context):
        phrase = None if _BY_SOMEONE.search(sentence) else subject_phrase(sentence)  # not "proposed by X"
        resolved = "" if phrase is None or phrase.lower() in _PRONOUN else _resolve(phrase, known)
        office = resolved.lower().startswith("the ") and _PERSONAL_OFFICE.search(resolved)
        if resolved and (person_names(resolved) or office):
            return resolved
    return None


#: An office one person holds, which "he" or "she" can refer to (not a body such as a council or ministry).
_PERSONAL_OFFICE = re.compile(
    rf"(?i)\b(?:{OFFICE_WORDS}|(?-i:FM\b)|envoy|representative|spokes|diplomat|leader|head|premier|official|governor|"
    r"commander|coordinator|секретар|генсек|глав|представител|дипломат|лидер|руководител)"
)


def _document_speaker(title: str, known: Known) -> str | None:
    """The speaker of a first-person statement: the one the title names, else the first person named."""
    speaker = title_speaker(title)
    if speaker:
        return speaker
    names = known.names
    return names[0] if names else None


#: An agent before an inverted passive, as translations from Russian write it ("By the Council of RATS SCO were
#: approved the measures …").
_AGENT_FIRST = re.compile(
    r"^\W*By\s+(?P<agent>the\s+(?!(?:end|beginning|middle|close|time)\b)[^,;:]{3,80}?)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?P<verb>approved|adopted|endorsed|signed|considered|decided|noted|agreed)\b"
)
#: An impersonal report of what was noted, before a clause with a speaker of its own.
_NOTED_THAT = re.compile(
    r"(?i)^\W*(?:отмечается|сообщается|подч[её]ркивается|it\s+(?:is|was)\s+(?:noted|reported|stressed))\s*,?\s+(?:что|that)\s+"
)
#: A ministry or its service as a source, which reports what its person said ("According to the Tajik Ministry, …").
_REPORTING_MINISTRY = re.compile(r"(?i)\b(?:ministry|press\s+service|министерств\w*|пресс-служб\w*)\b")
#: Whom a source told, before the source: "агентству", "журналистам", an outlet in quotation marks before the
#: body it asked ("Как сообщили «АП» в министерстве …": the ministry).
_ADDRESSEE_FIRST = re.compile(rf"(?i)^(?:{ADDRESSEES}\s+|«[^»]{{1,40}}»\s+(?=во?\s))")


def attribute(sentence: str, context: Sequence[str] = (), *, title: str = "", kind: bool = True) -> Attribution:
    """Speaker, reporting verb and kind of ``sentence``.

    ``context`` holds the document's sentences before this one (for resolving
    "he", "the Secretary-General", "Mr. Norov"), ``title`` the document's title
    (for the speaker of a first-person speech or interview). ``kind=False`` skips the kind of statement
    (it is then "fact"), for sentences attributed only as context.
    """
    answer = ANSWER_PREFIX.match(sentence) is not None
    sentence = plain_quotes(strip_source_tag(strip_answer_prefix(sentence)))  # "A: …", "…(Source: astanatimes)"
    known = Known(title, context)  # the names are looked up only when a phrase needs them
    sort: StatementKind = statement_kind(sentence) if kind else "fact"
    lower = sentence.lower()
    cue = "according" in lower or " of " in lower or "по " in lower or "согласно" in lower
    according = according_clause(sentence) if cue else None
    if according:
        cited = publication_source(next(group for group in according.groups() if group))
        source = _resolve(group_nominative(clean_phrase(cited)), known)
        in_phrase = bool(source) and source.split()[-1] in cited  # not a name found earlier ("по его словам")
        singular_head = source.lower().startswith("главы ")  # "по словам главы республики": one head, genitive
        if (
            in_phrase
            and (speaker_type(source) in ("person", "office_or_body") or singular_head)
            and re.search("[а-яё]", source)
        ):
            # "По словам генсека Нурлана Ермекбаева": "Нурлан Ермекбаев"; "премьера"; "Шойгу" as written
            source = genitive_kept(source, nominative(source))
        unresolved = source.lower() in _PRONOUN | _PLURAL_PRONOUN  # "In his view" with nobody named before
        relayed = according.group(0).lower().startswith(("по сообщению", "по информации", "по данным"))
        ministry = _REPORTING_MINISTRY.search(source) is not None  # "According to the Tajik Ministry, Juma …"
        if speaker_type(source) == "document" or carries_news(source) or relayed or ministry:
            # "According to a statement of the ministry, Karzai outlined …", "According to the journalist, … said",
            # "По сообщению пресс-службы, Э. Рахмон высоко оценил …": who the report reports
            rest = mask_quotes(sentence[according.end() :])
            own_verb = find_verb(rest)
            phrase = speaker_phrase(rest, own_verb) if own_verb else None
            subject = _resolve(phrase, known) if phrase else None
            reports = speaker_type(source) == "document" or carries_news(source) or relayed
            person = subject and (speaker_type(subject) == "person" or LATIN_SURNAME.fullmatch(subject))
            if own_verb and subject and (reports or person and speaker_type(subject) != "country"):  # (a ministry:
                # its person)
                return Attribution(subject, own_verb.text.lower(), sort)
        if unresolved and source.lower() in _PRONOUN:  # "According to him, …": as "he said", the person before
            return Attribution("он" if re.search("[а-яё]", source.lower()) else "he", "according to", sort)
        return Attribution(None if unresolved else source, "according to", sort)
    if agent_first := _AGENT_FIRST.match(sentence):  # "By the Council of RATS were approved measures …"
        return Attribution(agent_first.group("agent"), agent_first.group("verb").lower(), sort)
    this_by = source_named_after(sentence)
    if this_by:  # "Об этом заявил глава МИД России Сергей Лавров …"
        source = this_by.group("pronoun") or source_after(sentence, this_by)
        return Attribution(_resolve(source, known), this_by.group("verb").lower(), sort)
    if body := publication_named_after(sentence) or body_reports(sentence):  # "Об этом говорится в сообщении МИД"
        return Attribution(body[0], body[1], sort)  # or "В МИД сообщили, что …": the body speaks
    as_pronoun = AS_PRONOUN.match(sentence)
    if as_pronoun and find_verb(as_pronoun.group("verb")):  # "Как он рассказал РИА Новости, …", "As she told …"
        return Attribution(_resolve(as_pronoun.group("pronoun"), known), as_pronoun.group("verb").lower(), sort)
    quoting = QUOTING.match(sentence)
    inner = _inner_speaker(sentence[quoting.end() :], known) if quoting else None
    # "Citing the aptness of the theme, Reddy said …": the speaker after the source or point cited
    if inner and quoting and (speaker_type(inner[0]) == "person" or CITED_POINT.match(quoting.group("speaker"))):
        return Attribution(inner[0], inner[1], sort)
    if quoting:  # "Quoting Kremlin aide Yuri Ushakov, Russian media reported …": the one quoted speaks
        named = person_names(quoting.group("speaker"))
        return Attribution(_resolve(named[-1] if named else clean_phrase(quoting.group("speaker")), known), None, sort)
    as_verb = AS_VERB.match(sentence) or AS_VERB_INSIDE.search(sentence)
    told = _ADDRESSEE_FIRST.sub("", as_verb.group("speaker")) if as_verb else ""  # ("Как сказал агентству
    if as_verb and find_verb(as_verb.group("verb")) and not carries_news(told):  # министр …": whom he told)
        # "Как отметил министр … Жээнбек Кулубаев, …" (not "Как сообщало ИА REGNUM, …", which only carries it)
        # or a body: "Как сообщили в администрации президента"; or the person an apposition names: "Как отметил
        # руководитель ведомства, главный санитарный врач РФ Анна Попова, …"
        named = person_names(as_verb.group("speaker")) or apposition_name(sentence, as_verb.end())
        phrase = WHERE_AND_HOW.split(told, maxsplit=1)[0]  # "Кошелев на заседании …": Кошелев
        after = named[-1] if named else body_source(phrase) or clean_phrase(phrase)
        passed_on = phrase.lower().startswith(("в ", "во "))  # "Как сообщили в МИД, Кулубаев … отметил": he speaks
        inner = _inner_speaker(sentence[as_verb.end() :].split(",")[0], known) if passed_on else None  # its clause
        return Attribution(*(inner or (_resolve(after, known), as_verb.group("verb").lower())), sort)
    # "«…», – говорится в заявлении секретариата ШОС": the body that published it, unless the words outside
    # quotation marks report their own speaker ("Глава государства подчеркнул …, — говорится в сообщении Акорды")
    quoted, owner, source_at = quoted_document_source(sentence)
    if quoted and (inner := _inner_speaker(mask_quotes(sentence)[:source_at], known)):
        return Attribution(inner[0], inner[1], sort)
    if quoted:
        return Attribution(owner, None, sort)
    if sender := message_sender(sentence):  # "… read out a message from X noting …": the sender speaks
        return Attribution(_resolve(sender[0], known), sender[1], sort)
    if giver := speech_giver(sentence):  # "X delivered a speech in which he emphasized …": X speaks
        return Attribution(_resolve(clean_phrase(giver[0]), known), giver[1], sort)
    if before_quote := name_before_quote(sentence):  # 'Pezeshkian before his departure: "…"'
        return Attribution(_resolve(before_quote, known), None, sort)
    if closing := quotation_source(sentence):  # '"The Council approved …," the report said': the Council
        end = max(sentence.rfind(mark, 0, sentence.rfind(closing[0])) for mark in "”»\"’'")  # the closing mark
        inner = _carried(closing[0], sentence[: max(end, 0)], known)
        return Attribution(*(inner or (_resolve(closing[0], known), closing[1])), sort)
    aside = aside_source(sentence)
    if aside:  # "One of the solutions, he continued, is …", "В этой связи, добавил Шойгу, настало время …"
        return Attribution(_resolve(aside[0], known), aside[1].lower(), sort)
    trailing = trailing_source(sentence)
    if trailing:  # "…, Xi said.", "…, заявил министр … Сергей Лавров в беседе с …": reported speech, no quotes
        cut = sentence.rfind(",", 0, sentence.lower().rfind(trailing[1].lower()))
        inner = _carried(trailing[0], sentence[: max(cut, 0)], known)  # "Kulubaev noted …, the report said"
        return Attribution(*(inner or (_resolve(clean_phrase(trailing[0]), known), trailing[1].lower())), sort)
    if answer and (speaker := _document_speaker(title, known)):
        return Attribution(speaker, None, sort)
    if noted := _NOTED_THAT.match(sentence):  # "Отмечается, что участники форума условились …": the participants
        inner = _inner_speaker(sentence[noted.end() :], known)
        if inner and speaker_type(inner[0]) in ("person", "group", "country"):
            return Attribution(inner[0], inner[1], sort)
    if IMPERSONAL.match(sentence) or WRITER_ASIDE.match(sentence):  # "It is planned to …", "Напомним, …": nobody
        return Attribution(None, None, sort)
    masked = mask_quotes(sentence)
    verb = main_verb(masked)
    if verb:
        phrase = speaker_phrase(masked, verb)
        verb_end = verb.start + len(verb.text)  # "Xinhua says participants … spoke highly of": the participants speak
        carried = _inner_speaker(masked[verb_end:], known) if phrase and relays(phrase) else None
        if phrase and carried and (carries_news(phrase) or speaker_type(carried[0]) == "person"):
            return Attribution(carried[0], carried[1], sort)  # "An official source says Mr. Muhriddin noted …"
        turn = turn_prefix(sentence) if phrase and phrase.lower() in _FIRST_PERSON_PRONOUN else None
        if phrase:  # ("Secretary General Vladimir Norov: I can say, …": the turn's speaker)
            return Attribution(turn[0] if turn else _resolve(phrase, known), verb.group(1).lower(), sort)
        if last := name_after_verb(masked, verb_end):  # "… заявил глава России Владимир Путин."
            return Attribution(_resolve(last, known), verb.group(1).lower(), sort)
    if _FIRST_PERSON.match(sentence) and (speaker := _document_speaker(title, known)):
        return Attribution(speaker, None, sort)  # "Поддерживаем …", "We support …": the speech's speaker
    return Attribution(None, verb.group(1).lower() if verb else None, sort)
