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
from .antecedents import FIRST_PERSON_PRONOUNS, PLURAL_PRONOUNS, PRONOUNS, resolve_phrase
from .bodies import body_source, deciding_body
from .carriers import carries_news, may_pass_on, passes_on, relays
from .cases import genitive_kept
from .clauses import (
    ADDRESSEES,
    AS_PRONOUN,
    AS_VERB,
    AS_VERB_INSIDE,
    CITED_POINT,
    IMPERSONAL,
    IMPERSONAL_AGENT,
    QUOTING,
    SUBORDINATE,
    WRITER_ASIDE,
    according_clause,
    person_after_posts,
    publication_source,
)
from .groups import speaking_group
from .kinds import KINDS, statement_kind
from .known import Known
from .marks import mask_quotes
from .names import LATIN_SURNAME, group_nominative, nominative, person_names
from .noun_phrases import OFFICE
from .quotations import plain_quotes, quotation_source
from .russian_subjects import passive_agent
from .sources import (
    apposition_name,
    body_reports,
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
from .speaker_types import speaker_type
from .subjects import clean_phrase, find_verb, main_verb, speaker_phrase
from .titles import title_speaker
from .trailing import WHERE_AND_HOW, aside_source, name_after_verb, trailing_source
from .transcripts import ANSWER_PREFIX, strip_answer_prefix, turn_prefix

__all__ = ["Attribution", "attribute", "person_names", "strip_answer_prefix", "names_the_source_before"]
__all__ += ["KINDS", "ANSWER_PREFIX", "carries_news", "WRITER_ASIDE"]


_FIRST_PERSON = re.compile(  # or a Russian verb in the first person plural, its "мы" left out ("Поддерживаем …")
    r"(?i)^\s*[\"“«]?\s*(?:(?:также|вновь|в\s+очередной\s+раз)\s+)?(?:we|i|our|my|мы|я|наш\w*|предлагаю|[а-яё]{4,}[её]м)\b"
)


#: A Russian noun that opens a phrase as a feminine or neuter one ("Актуальность", "Россия", "Значение").
_FEMININE_OR_NEUTER = re.compile(r"(?i)^[а-яё]{2,}(?:ость|ция|ия|ние|тие)$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Speaker (or None), reporting verb (or None), kind of one statement, and the speaker's type."""

    speaker: str | None
    verb: str | None
    kind: StatementKind
    speaker_type: SpeakerType | None = None


#: The conjunction that opens a reported clause.
_THAT = re.compile(r"^\s*that\s+(?=\S)")


def _inner_speaker(sentence: str, known: Known) -> tuple[str, str] | None:
    """The subject and verb of the sentence's own reporting verb, when a person, office, group or country."""
    masked = _THAT.sub("", mask_quotes(sentence))  # ("… says that the heads of delegation noted …")
    verb = main_verb(masked)
    phrase = speaker_phrase(masked, verb) if verb else None
    if verb is None or phrase is None:
        return None
    speaker = resolve_phrase(phrase, known)
    return (speaker, verb.group(1).lower()) if speaker_type(speaker) not in (None, "document") else None


#: A plain verb of saying, which may relay another's stance ("X said Y stressed …"), and the verbs of a stance.
_SAID = re.compile(r"(?i)(?:said|told|added|informed|stated)$")
_STANCE = re.compile(r"(?i)(?:stressed|emphasi[sz]ed|underlined|underscored|voiced|welcomed|condemned|denounced)$")


def _inner_stance(words: str, known: Known) -> tuple[str, str] | None:
    """The person, office or group whose stance a clause reports with a verb of its own ("… said Prime Minister
    Modi has stressed …", "… said, all the leaders welcomed …"): the one whose position it is."""
    inner = _inner_speaker(words, known)
    if inner is None or not _STANCE.search(inner[1]) or inner[0].lower() in PRONOUNS | PLURAL_PRONOUNS:
        return None
    kind = speaker_type(inner[0])  # (not "Astana welcomed …" nor "the summit documents welcomed …")
    speaks = kind == "person" or kind == "group" and speaking_group(inner[0])
    return inner if speaks or kind == "office_or_body" and OFFICE.search(inner[0]) else None


def _carried(source: str, words: str, known: Known) -> tuple[str, str] | None:
    """Who said ``words`` when ``source`` is a document or an outlet that only carries them ("…, the report said")."""
    inner = _inner_speaker(words.strip(" «»“”\"'"), known) if may_pass_on(source) else None  # (a ministry too)
    pronoun = inner is not None and inner[0].lower() in FIRST_PERSON_PRONOUNS | PLURAL_PRONOUNS
    return inner if inner is not None and not pronoun and passes_on(source, inner[0]) else None


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
#: The proposals someone made, as the subject ("Among the proposals announced by X was to unite …", "The initiatives
#: put forward by President Y include …"): their author speaks.
_PROPOSALS_BY = re.compile(
    r"(?i)^\W*(?:among\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:proposals|initiatives|ideas|suggestions)\s+"
    r"(?P<verb>announced|put\s+forward|voiced|made|outlined|proposed|suggested|set\s+out)\s+by\s+"
    r"(?P<agent>(?-i:[A-Z])[^,;:]{1,80}?)\s+(?:was|were|is|are|include[sd]?)\b"
)
#: An impersonal report of what was noted, before a clause with a speaker of its own.
_NOTED_THAT = re.compile(
    r"(?i)^\W*(?:(?:в\s+(?:документе|заявлении|декларации|тексте)\s+)?(?:отмечается|сообщается|подч[её]ркивается)"
    r"|отметим|напомним|заметим"  # ("Напомним, что X заявил", "В документе отмечается, что X …")
    r"|it\s+(?:is|was)\s+(?:noted|reported|stressed))\s*,?\s+(?:что|that)\s+"
)
#: A ministry or its service as a source, which reports what its person said ("According to the Tajik Ministry, …").
_REPORTING_MINISTRY = re.compile(r"(?i)\b(?:ministry|government|press\s+service|министерств\w*|пресс-служб\w*)\b")
#: Whom a source told, before the source: "агентству", "журналистам", an outlet in quotation marks before the
#: body it asked ("Как сообщили «АП» в министерстве …": the ministry).
_ADDRESSEE_FIRST = re.compile(rf"(?i)^(?:{ADDRESSEES}\s+|«[^»]{{1,40}}»\s+(?=во?\s))")


#: A report passed on, not a view: "по сообщению", "по информации", "по данным", also "по их данным".
_RELAYED_BY = re.compile(r"(?i)по\s+(?:(?:его|её|ее|их)\s+)?(?:сообщению|информации|данным)")


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
    cue = "according" in lower or " of " in lower or "по " in lower or "согласно" in lower or " слов" in lower
    according = according_clause(sentence) if cue else None
    if according:
        cited = publication_source(next(group for group in according.groups() if group))
        if (
            cited[:1].islower()
            and not person_names(cited)
            and (appositive := person_after_posts(sentence[according.end() :]))
        ):
            cited = appositive  # "По словам старшего научного сотрудника …, профессора Равшана Назарова, …"
        source = resolve_phrase(group_nominative(clean_phrase(cited)), known)
        in_phrase = bool(source) and source.split()[-1] in cited  # not a name found earlier ("по его словам")
        singular_head = source.lower().startswith("главы ")  # "по словам главы республики": one head, genitive
        if (
            in_phrase
            and (speaker_type(source) in ("person", "office_or_body") or singular_head)
            and re.search("[а-яё]", source)
        ):
            # "По словам генсека Нурлана Ермекбаева": "Нурлан Ермекбаев"; "премьера"; "Шойгу" as written
            source = genitive_kept(source, nominative(source))
        unresolved = source.lower() in PRONOUNS | PLURAL_PRONOUNS  # "In his view" with nobody named before
        relayed = _RELAYED_BY.match(according.group(0)) is not None  # ("По их данным, президенты отметили …")
        ministry = _REPORTING_MINISTRY.search(source) is not None  # "According to the Tajik Ministry, Juma …"
        if speaker_type(source) == "document" or carries_news(source) or relayed or ministry:
            # "According to a statement of the ministry, Karzai outlined …", "According to the journalist, … said",
            # "По сообщению пресс-службы, Э. Рахмон высоко оценил …": who the report reports
            rest = mask_quotes(sentence[according.end() :])
            own_verb = find_verb(rest)
            phrase = speaker_phrase(rest, own_verb) if own_verb else None
            subject = (resolve_phrase(phrase, known) if phrase else None) or ""
            reports = speaker_type(source) == "document" or carries_news(source) or relayed
            person = speaker_type(subject) == "person" or LATIN_SURNAME.fullmatch(subject) is not None
            post = OFFICE.search(subject) is not None and not _REPORTING_MINISTRY.search(subject)  # ("the Deputy
            person = person or ministry and post and speaker_type(subject) == "office_or_body"  # Prime Minister")
            if own_verb and subject and (reports or person and speaker_type(subject) != "country"):  # (a ministry:
                # its person)
                return Attribution(subject, own_verb.text.lower(), sort)
        if unresolved and source.lower() in PRONOUNS:  # "According to him, …": as "he said", the person before
            return Attribution("он" if re.search("[а-яё]", source.lower()) else "he", "according to", sort)
        return Attribution(None if unresolved else source, "according to", sort)
    if agent_first := _AGENT_FIRST.match(sentence):  # "By the Council of RATS were approved measures …"
        return Attribution(agent_first.group("agent"), agent_first.group("verb").lower(), sort)
    if proposals := _PROPOSALS_BY.match(sentence):  # "Among the proposals announced by X was …": X
        author = resolve_phrase(clean_phrase(proposals.group("agent")), known)
        return Attribution(author, proposals.group("verb").lower(), sort)
    this_by = source_named_after(sentence)
    if this_by:  # "Об этом заявил глава МИД России Сергей Лавров …"
        source = this_by.group("pronoun") or source_after(sentence, this_by)
        return Attribution(resolve_phrase(source, known), this_by.group("verb").lower(), sort)
    if body := publication_named_after(sentence) or body_reports(sentence):  # "Об этом говорится в сообщении МИД"
        return Attribution(body[0], body[1], sort)  # or "В МИД сообщили, что …": the body speaks
    as_pronoun = AS_PRONOUN.match(sentence)
    if as_pronoun and find_verb(as_pronoun.group("verb")):  # "Как он рассказал РИА Новости, …", "As she told …"
        return Attribution(resolve_phrase(as_pronoun.group("pronoun"), known), as_pronoun.group("verb").lower(), sort)
    quoting = QUOTING.match(sentence)
    inner = _inner_speaker(sentence[quoting.end() :], known) if quoting else None
    # "Citing the aptness of the theme, Reddy said …": the speaker after the source or point cited
    if inner and quoting and (speaker_type(inner[0]) == "person" or CITED_POINT.match(quoting.group("speaker"))):
        return Attribution(inner[0], inner[1], sort)
    if quoting:  # "Quoting Kremlin aide Yuri Ushakov, Russian media reported …": the one quoted speaks
        named = person_names(quoting.group("speaker"))
        return Attribution(
            resolve_phrase(named[-1] if named else clean_phrase(quoting.group("speaker")), known), None, sort
        )
    as_verb = AS_VERB.match(sentence) or AS_VERB_INSIDE.search(sentence)
    told = _ADDRESSEE_FIRST.sub("", as_verb.group("speaker")) if as_verb else ""  # ("Как сказал агентству
    relayed = as_verb is not None and carries_news(told) and not person_names(told)  # an outlet that only carries it
    relayed = relayed and as_verb is not None and not apposition_name(sentence, as_verb.end())  # (not "Как отметил
    if relayed and as_verb and (inner := _inner_speaker(sentence[as_verb.end() :], known)):  # в беседе с радио …,
        return Attribution(inner[0], inner[1], sort)  # политолог X, …"); "Как сообщало ИА REGNUM, Индия …": India
    if as_verb and find_verb(as_verb.group("verb")) and not carries_news(told):  # министр …": whom he told)
        # "Как отметил министр … Жээнбек Кулубаев, …" (not "Как сообщало ИА REGNUM, …", which only carries it)
        # or a body: "Как сообщили в администрации президента"; or the person an apposition names: "Как отметил
        # руководитель ведомства, главный санитарный врач РФ Анна Попова, …"
        named = person_names(as_verb.group("speaker")) or apposition_name(sentence, as_verb.end())
        phrase = WHERE_AND_HOW.split(told, maxsplit=1)[0]  # "Кошелев на заседании …": Кошелев
        after = named[-1] if named else body_source(phrase) or clean_phrase(phrase)
        passed_on = phrase.lower().startswith(("в ", "во ", "in "))  # "Как сообщили в МИД, Кулубаев … отметил": he
        # speaks; "As stated in the Tianjin Declaration, “The Member States … condemned …": they do
        after = after[3:] if after.lower().startswith("in the ") else after
        inner = _inner_speaker(sentence[as_verb.end() :].split(",")[0], known) if passed_on else None  # its clause
        return Attribution(*(inner or (resolve_phrase(after, known), as_verb.group("verb").lower())), sort)
    # "«…», – говорится в заявлении секретариата ШОС": the body that published it, unless the words outside
    # quotation marks report their own speaker ("Глава государства подчеркнул …, — говорится в сообщении Акорды")
    quoted, owner, source_at = quoted_document_source(sentence)
    if quoted and (inner := _inner_speaker(mask_quotes(sentence)[:source_at], known)):
        return Attribution(inner[0], inner[1], sort)
    if quoted:
        return Attribution(owner, None, sort)
    if sender := message_sender(sentence):  # "… read out a message from X noting …": the sender speaks
        return Attribution(resolve_phrase(sender[0], known), sender[1], sort)
    if giver := speech_giver(sentence):  # "X delivered a speech in which he emphasized …": X speaks
        return Attribution(resolve_phrase(clean_phrase(giver[0]), known), giver[1], sort)
    if before_quote := name_before_quote(sentence):  # 'Pezeshkian before his departure: "…"'
        return Attribution(resolve_phrase(before_quote, known), None, sort)
    if closing := quotation_source(sentence):  # '"The Council approved …," the report said': the Council
        end = max(sentence.rfind(mark, 0, sentence.rfind(closing[0])) for mark in "”»\"’'")  # the closing mark
        inner = _carried(closing[0], sentence[: max(end, 0)], known)
        return Attribution(*(inner or (resolve_phrase(closing[0], known), closing[1])), sort)
    aside = aside_source(sentence)
    if aside:  # "One of the solutions, he continued, is …", "В этой связи, добавил Шойгу, настало время …"
        return Attribution(resolve_phrase(aside[0], known), aside[1].lower(), sort)
    trailing = trailing_source(sentence)
    if trailing:  # "…, Xi said.", "…, заявил министр … Сергей Лавров в беседе с …": reported speech, no quotes
        cut = sentence.rfind(",", 0, sentence.lower().rfind(trailing[1].lower()))
        inner = _carried(trailing[0], sentence[: max(cut, 0)], known)  # "Kulubaev noted …, the report said"
        if inner is None and carries_news(trailing[0]):  # "…, сообщает ТАСС": an outlet carries on someone's words
            return Attribution(None, trailing[1].lower(), sort)
        return Attribution(*(inner or (resolve_phrase(clean_phrase(trailing[0]), known), trailing[1].lower())), sort)
    if answer and (speaker := _document_speaker(title, known)):
        return Attribution(speaker, None, sort)
    if noted := _NOTED_THAT.match(sentence):  # "Отмечается, что участники форума условились …": the participants
        inner = _inner_speaker(sentence[noted.end() :], known)
        if inner and speaker_type(inner[0]) in ("person", "group", "country"):
            return Attribution(inner[0], inner[1], sort)
    # "The decision to … was made at a meeting of the Council of …": the Council decided
    if decided_by := deciding_body(sentence):
        return Attribution(decided_by, "decided", sort)
    if agent_after := IMPERSONAL_AGENT.match(sentence):  # "It was announced by President Hu Jintao …": he speaks
        return Attribution(
            resolve_phrase(clean_phrase(agent_after.group("agent")), known), agent_after.group("verb"), sort
        )
    if IMPERSONAL.match(sentence) or WRITER_ASIDE.match(sentence):  # "It is planned to …", "Напомним, …": nobody
        return Attribution(None, None, sort)
    masked = mask_quotes(sentence)
    verb = main_verb(masked)
    if verb:
        phrase = speaker_phrase(masked, verb)
        verb_end = verb.start + len(verb.text)  # "Xinhua says participants … spoke highly of": the participants speak
        stance = _inner_stance(masked[verb_end:], known) if phrase and _SAID.search(verb.group(1)) else None
        if stance:  # "The External Affairs Secretary said Prime Minister Narendra Modi has stressed …": Modi speaks
            return Attribution(stance[0], stance[1], sort)
        carried = _inner_speaker(masked[verb_end:], known) if phrase and relays(phrase) else None
        carried = carried or (_inner_speaker(masked[verb_end:], known) if speaker_type(phrase) == "document" else None)
        if phrase and carried and (carries_news(phrase) or speaker_type(carried[0]) in ("person", "group")):
            return Attribution(carried[0], carried[1], sort)  # "An official source says Mr. Muhriddin noted …",
            # "The joint communique says that the heads of delegation noted …"
        turn = turn_prefix(sentence) if phrase and phrase.lower() in FIRST_PERSON_PRONOUNS else None
        if phrase and _FEMININE_OR_NEUTER.search(phrase.split()[0]) and verb.text.endswith("л"):  # "Актуальность …
            phrase = None  # отметил … Путин": a fronted object (no feminine or neuter subject takes "отметил")
        comma = masked.find(",", verb_end)  # "When I asked about …, Ostrikov said …": the main clause's speaker
        subordinate = not phrase and comma > 0 and SUBORDINATE.match(masked[: verb.start]) is not None
        if subordinate and (inner := _inner_speaker(masked[comma + 1 :], known)):
            return Attribution(inner[0], inner[1], sort)
        if phrase:  # ("Secretary General Vladimir Norov: I can say, …": the turn's speaker)
            return Attribution(turn[0] if turn else resolve_phrase(phrase, known), verb.group(1).lower(), sort)
        if last := name_after_verb(masked, verb_end):  # "… заявил глава России Владимир Путин."
            return Attribution(resolve_phrase(last, known), verb.group(1).lower(), sort)
    if agent := passive_agent(sentence):  # "Данное предложение было поддержано всеми сторонами."
        return Attribution(agent, verb.group(1).lower() if verb else None, sort)
    if _FIRST_PERSON.match(sentence) and (speaker := _document_speaker(title, known)):
        return Attribution(speaker, None, sort)  # "Поддерживаем …", "We support …": the speech's speaker
    return Attribution(None, verb.group(1).lower() if verb else None, sort)
