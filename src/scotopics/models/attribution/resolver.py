"""The learned speaker resolver: a linear ranking of candidate speakers, on top of the rules.

For each key sentence :func:`~.candidates.candidates` lists who may have said
it (including "nobody": the writer's own narration); :class:`SpeakerResolver`
scores every candidate with one logistic model over interpretable features
(:data:`~.candidates.FEATURE_NAMES`) and takes the best. Its weights can be
read: :meth:`SpeakerResolver.weights` shows, for instance, how much a title
that names a speech's author counts for a first-person sentence. The rules
still give the reporting verb and the kind of statement.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeGuard

import numpy as np
from sklearn.linear_model import LogisticRegression

from ...exceptions import EmptyInputError, NotFittedError
from ...results import SpeakerType
from ...text.language import detect_language
from .._math import sigmoid
from .bylines import columnist, editorial_view
from .candidates import candidates, quotation_opened, within_quotation
from .cases import man_in_nominative
from .declarations import declarer_before, preamble_declarer
from .described import described_person
from .document import QUESTION, SpeakerDocument, canonical, office_holder, statement_rule
from .explicit import explicit, speaker_inside
from .features import FEATURE_NAMES, feature_matrix, sentence_context
from .floor_speech import continued_floor, narrated_decision, speaks_through_floor
from .kinds import statement_kind
from .lists import enumeration_introduction, list_introduction, quotations_introduction
from .marks import MAX_ATTRIBUTED_SENTENCES, OPENS_WITH_QUOTE, quotation_close
from .names import COUNTRIES
from .next_sources import INTENTIONS, speaking_source_next
from .person_fallbacks import (
    addressed_only,
    likeliest_person,
    pronoun_subject,
    quoted_first_person,
    reported_person,
    said_by_one,
    shared_subject,
    subjectless_item,
    subjectless_report,
)
from .plausibility import names_no_speaker
from .publishers import earlier_publisher, quoted_subject
from .rules import WRITER_ASIDE, Attribution
from .single_office import SINGLE_OFFICE
from .sources import quoted_document_source
from .speaker_types import same_speaker, speaker_type
from .surnames import surname_alone
from .transcripts import closing_of_dashed_speech, continues_dashed_speech, dashed_speech_before, dialogue_start

__all__ = ["SpeakerResolver", "DEFAULT_NONE_MARGINS", "script_language"]

#: The "nobody" margins by language that replace ``none_margin`` (see :class:`SpeakerResolver`).
DEFAULT_NONE_MARGINS = {"en": 2.0}


def script_language(document: SpeakerDocument) -> str:
    """The language of the document's first sentences by their script ("en", "ru", …; cached)."""
    key = ("script_language",)
    if key not in document._cache:
        document._cache[key] = detect_language(" ".join(t for _, _, t in document.flat[:20]))
    return document._cache[key]


class SpeakerResolver:
    """Ranks candidate speakers of a key sentence with a logistic model.

    Parameters
    ----------
    C : float
        Inverse regularisation strength.
    random_state : int
        Seed of the solver, for a deterministic fit.
    min_proba : float
        A best candidate less probable than this is not named (the speaker is left None): fewer
        speakers, more of them right. 0.1 was chosen by two-fold cross-validation over the training
        documents (best F1 of English and Russian together).
    none_margin : float
        How much more evidence (in log-odds) "nobody" needs than a named candidate. On real texts
        speakers were found far less often than they were right (recall 0.43, precision 0.66), so the
        default leans towards naming one: with 1.0, recall on the style-shift marks rose from 0.907 to
        0.928 at equal precision, and a statement runs on after its reported speaker ("… recalled the
        proposal. Such a body would …"); on Russian marks of held-out writers precision fell from 0.890
        to 0.867 for +0.3 points of recall. Set 0 for the plain argmax.
    none_margins : mapping of str to float, optional
        The margin for documents of one language ("en", "ru", told by their script) instead of
        ``none_margin``. English gets 2.0: on the development real pages speaker recall rose from 0.857 to
        0.874 at equal precision (0.920, 0.921), while Russian precision fell from 0.922 to 0.866 with it.

    Examples
    --------
    >>> doc = SpeakerDocument("Address by SCO Secretary-General Zhang Ming", (("I propose to hold a forum.",),))
    >>> resolver = SpeakerResolver().fit([doc], [{(0, 0): "Zhang Ming"}])
    >>> resolver.resolve(doc, 0, 0).speaker
    'Zhang Ming'
    """

    def __init__(
        self,
        *,
        C: float = 1.0,
        random_state: int = 0,
        min_proba: float = 0.1,
        none_margin: float = 1.0,
        none_margins: Mapping[str, float] | None = None,
    ) -> None:
        self.C = C
        self.random_state = random_state
        self.min_proba = min_proba
        self.none_margin = none_margin
        self.none_margins = dict(DEFAULT_NONE_MARGINS if none_margins is None else none_margins)
        self.coef_: np.ndarray | None = None
        self.intercept_: float = 0.0

    def _rows(self, document: SpeakerDocument, paragraph: int, sentence: int, text: str | None):
        found = candidates(document, paragraph, sentence, text)
        own = text if text is not None else document.paragraphs[paragraph][sentence]
        context = sentence_context(document, paragraph, sentence, own)
        return found, feature_matrix(document, found, context)

    def fit(
        self, documents: Sequence[SpeakerDocument], marks: Sequence[Mapping[tuple[int, int], str | None]]
    ) -> SpeakerResolver:
        """Fit on documents and their speaker marks: (paragraph, sentence) → speaker or None."""
        rows: list[np.ndarray] = []
        target: list[int] = []
        for document, marked in zip(documents, marks):
            for (paragraph, sentence), reference in marked.items():
                if (paragraph, sentence) not in document.position:
                    continue
                found, x = self._rows(document, paragraph, sentence, None)
                rows.append(x)
                target.extend(int(same_speaker(c.speaker, reference)) for c in found)
        if not rows or len(set(target)) < 2:
            raise EmptyInputError("speaker marks with both right and wrong candidates are needed to fit the resolver")
        model = LogisticRegression(C=self.C, solver="liblinear", max_iter=1000, random_state=self.random_state)
        model.fit(np.vstack(rows), np.asarray(target))
        self.coef_ = model.coef_.ravel().astype(np.float64)
        self.intercept_ = float(model.intercept_[0])
        return self

    def resolve(self, document: SpeakerDocument, paragraph: int, sentence: int, text: str | None = None) -> Attribution:
        """Speaker (with its type), verb and kind of the sentence at (``paragraph``, ``sentence``).

        ``text`` is the statement when it is longer than that sentence (a quotation over several sentences).
        A man's name the document gives in full only in the genitive ("О заявлениях Владимира Путина" … "сказал
        Путин") is written in the nominative, as a reader writes it down.
        """
        found = self._resolve(document, paragraph, sentence, text)
        if found.speaker and found.speaker_type == "office_or_body":  # "the ambassador said": the one named before
            person = described_person(document, document.position[(paragraph, sentence)], found.speaker)
            found = Attribution(person, found.verb, found.kind, "person") if person else found
        if found.speaker and found.speaker_type == "person" and re.search("[а-яё]", found.speaker):
            named = man_in_nominative(found.speaker, document.lead_text, document.later_text)
            return Attribution(named, found.verb, found.kind, found.speaker_type)
        return found

    def _resolve(self, document: SpeakerDocument, paragraph: int, sentence: int, text: str | None) -> Attribution:
        if self.coef_ is None:
            raise NotFittedError("SpeakerResolver is not fitted")
        index = document.position[(paragraph, sentence)]
        sentences = document.paragraphs[paragraph]
        first = sentences[sentence]
        close = quotation_close(sentences, sentence, MAX_ATTRIBUTED_SENTENCES) if text is None else None
        if close is not None:
            text = " ".join(sentences[sentence : close + 1])  # the whole quotation it opens
        own = text if text is not None else first
        text, rule = _statement(document, index, first, text)  # its verb; the kind is the whole statement's, below
        if QUESTION.match(own) or WRITER_ASIDE.match(own) and not rule.speaker:  # a question, the writer's aside
            return Attribution(None, None, statement_kind(own), None)
        planned = rule.verb is not None and rule.verb.lower() in INTENTIONS and speaking_source_next(document, index)
        if text is None and (explicit(rule, first) and not planned or quoted_document_source(first)[0]):
            # "X stressed …", "«…», – говорится в заявлении …": no ranking needed (but "Страны ЕАЭС планируют ….
            # Об этом заявил X.": X; '"Member states … decided …", the declaration says': the states it quotes)
            named = (
                canonical(document, rule.speaker)
                if rule.speaker
                else quoted_subject(first) or earlier_publisher(document, index)
            )
            named = self._through_floor(document, index, own, _quoting_on(document, index, named), rule)
            return Attribution(named, rule.verb, statement_kind(own), _type_of(named, rule))
        after = speaking_source_next(document, index) if text is None else None
        if after and after.speaker:  # "Страны ШОС ищут …. Об этом заявил X."
            named = canonical(document, after.speaker)
            return Attribution(named, after.verb, statement_kind(own), speaker_type(named))
        preamble = preamble_declarer(document, index) if not rule.speaker else None
        if preamble:  # "We, the heads of state …, / underscoring that …, / … state the following:"
            return Attribution(preamble, rule.verb, statement_kind(own), speaker_type(preamble))
        introduced = (
            None
            if rule.speaker
            else list_introduction(document, index)
            or enumeration_introduction(document, index)
            or quotations_introduction(document, index)  # "Вот о чём говорил президент …." before «…»
        )
        if introduced:  # "Other statements of the Russian leader:" / "- the growth of trade is impressive;"
            named = canonical(document, introduced[1])
            return Attribution(named, rule.verb, statement_kind(own), speaker_type(named))
        author = columnist(document)
        if author and not reported_person(rule) and not within_quotation(document, index):
            return Attribution(author, rule.verb, statement_kind(own), speaker_type(author))  # an op-ed's own view
        kind = statement_kind(own)
        if editorial_view(document, rule, kind) and not within_quotation(document, index):
            return Attribution(None, None, kind, None)  # an unsigned editorial's own view: the writer's
        found, x = self._rows(document, paragraph, sentence, text)
        logits = x @ self.coef_ + self.intercept_
        logits[[c.speaker is None for c in found]] -= self.none_margins.get(script_language(document), self.none_margin)
        logits[[bool(c.speaker) and addressed_only(document, c.speaker) for c in found]] = -np.inf  # a listener
        logits[[bool(c.speaker and _CLAUSE_IN_PHRASE.search(c.speaker)) for c in found]] = -np.inf  # ("China has
        # high", "the meeting will take place": a clause, no one who speaks; "the pandemic": a happening)
        logits[[bool(c.speaker and names_no_speaker(c.speaker, rule.verb, own)) for c in found]] = -np.inf
        organisation = [bool(c.speaker and _THE_ORGANISATION.match(c.speaker)) for c in found]
        if rule.verb is None and any(organisation):  # "The SCO is not a military alliance.": what is spoken about,
            named = found[organisation.index(True)].speaker  # not who speaks (unless inside someone's speech)
            if self._through_floor(document, index, own, named, rule) == named:
                logits[organisation] = -np.inf
        choice = int(np.argmax(logits))
        sure = sigmoid(logits[choice : choice + 1])[0] >= self.min_proba
        speaker = found[choice].speaker if sure else None
        # '"…," he added.' and 'First: "We must …"': a person spoke, so the likeliest one rather than nobody
        # ("Fourth, he discussed …": the person before acts; checked only when the ranking named nobody)
        spoke = speaker is None and (
            reported_person(rule)
            or subjectless_report(rule, own)
            or quoted_first_person(document, index, own)
            or pronoun_subject(own)
        )
        if spoke:
            speaker = likeliest_person(found, logits, document)
        elif speaker is None and subjectless_item(rule, own):  # "The parties noted …. Called on the Afghan …"
            shared = shared_subject(document, index)
            speaker = canonical(document, shared) if shared else None
        elif speaker_type(speaker) in ("group", "country") and said_by_one(own):  # "They can also …, he said.":
            speaker = likeliest_person(found, logits) or speaker  # one person, not "the member states" of the lead
        closing = closing_of_dashed_speech(document.paragraphs[paragraph], sentence) if speaker is None else None
        if closing is not None and text is None:  # "– В условиях … . … , – подчеркнул Президент."
            speaker = self.resolve(document, paragraph, closing).speaker
        elif speaker is None and text is None and continues_dashed_speech(document.paragraphs[paragraph], sentence):
            opener = self.resolve(document, paragraph, 0).speaker  # "- В глазах граждан … . Однако участие …"
            speaker = opener if speaker_type(opener) == "person" else None
        elif speaker is None and text is None and sentence == 0:  # "— …" after "— …" of the same speaker
            before = dashed_speech_before(document.paragraphs, paragraph)
            opener = self.resolve(document, before, 0).speaker if before is not None else None
            speaker = opener if speaker_type(opener) == "person" else None
        elif speaker is None and text is None and sentence and rule.verb is None:  # "X said …. Such a body would
            earlier = document.rule(index - 1)  # help …": the person the sentence before reports speaks on
            if reported_person(earlier):
                person = self.resolve(document, paragraph, sentence - 1).speaker
                speaker = person if speaker_type(person) == "person" else None
        if speaker is None and text is None and rule.verb is None:  # "X said …. ¶ The first priority is …"
            speaker = continued_floor(document, index, own, kind, found)
        if speaker is None:  # "… state the following:" before "A more just world order is emerging."
            speaker = declarer_before(document, index)
        speaker = None if speaker and narrated_decision(document, index, own, rule) else speaker  # ("The plan was …")
        speaker = self._through_floor(document, index, own, _quoting_on(document, index, speaker), rule)
        return Attribution(speaker, rule.verb, kind, _type_of(speaker, rule))

    @staticmethod
    def _through_floor(
        document: SpeakerDocument, index: int, own: str, speaker: str | None, rule: Attribution
    ) -> str | None:
        """The person holding the floor when a country, a group or the organisation itself is the subject inside
        his speech ("Wei said …. China is willing to …", "All member States should …", "The SCO has become …"),
        else ``speaker``."""
        if not speaker:
            return speaker
        subject = speaker_type(speaker) in ("country", "group") or _THE_ORGANISATION.match(speaker) is not None
        answer = _answering(document, index) if subject and document.dialogue else None
        if answer:  # an interview's answer is the interviewee's, whatever its subject did ("The states agreed …")
            return canonical(document, answer[1])
        if subject and speaks_through_floor(own, speaker, rule):
            floor = document.floor_holder(index) or (document.turn_at(index) if document.turns else None)
            floor = floor or _answering(document, index)  # an interview's answer: "The SCO has become …"
            if floor is None or speaker_type(speaker) == "country" and _of_another_country(document, floor[1], speaker):
                return speaker  # "Minister … of Uzbekistan X said …. Kazakhstan proposes …": Kazakhstan speaks
            return canonical(document, floor[1])  # (or a turn: "Highlights of …:")
        return speaker

    def weights(self) -> dict[str, float]:
        """Each feature's weight, largest first in absolute value: what the resolver trusts."""
        if self.coef_ is None:
            raise NotFittedError("SpeakerResolver is not fitted")
        pairs = sorted(zip(FEATURE_NAMES, self.coef_.tolist()), key=lambda p: -abs(p[1]))
        return dict(pairs)

    def _get_state(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """The fitted resolver as arrays and a JSON-able record (see :mod:`scotopics.io.persist`)."""
        if self.coef_ is None:
            raise NotFittedError("SpeakerResolver is not fitted")
        record = {
            "C": self.C,
            "random_state": self.random_state,
            "min_proba": self.min_proba,
            "none_margin": self.none_margin,
            "none_margins": self.none_margins,
            "intercept": self.intercept_,
            "features": list(FEATURE_NAMES),
        }
        return {"speaker_coef": self.coef_.astype(np.float64)}, record

    @staticmethod
    def readable(record: Any) -> TypeGuard[Mapping[str, Any]]:
        """Whether a saved record is a resolver this version can use (same features)."""
        return isinstance(record, Mapping) and list(record.get("features", [])) == list(FEATURE_NAMES)

    @classmethod
    def _from_state(cls, arrays: Mapping[str, np.ndarray], record: Mapping[str, Any]) -> SpeakerResolver:
        """The resolver saved by :meth:`_get_state`; a record from other features is refused."""
        if list(record.get("features", [])) != list(FEATURE_NAMES):
            raise ValueError("the saved speaker resolver uses other features than this version")
        resolver = cls(
            C=float(record["C"]),
            random_state=int(record["random_state"]),
            min_proba=float(record.get("min_proba", 0.0)),
            none_margin=float(record.get("none_margin", 0.0)),
            none_margins={str(k): float(v) for k, v in record.get("none_margins", {}).items()},  # older files: none
        )
        resolver.coef_ = np.asarray(arrays["speaker_coef"], dtype=np.float64)
        resolver.intercept_ = float(record["intercept"])
        return resolver


def _statement(document: SpeakerDocument, index: int, first: str, text: str | None) -> tuple[str | None, Attribution]:
    """The statement to read and the rules' attribution of it: a quotation over several sentences whole, its
    verb from its closing clause, not from inside it; but its ``first`` sentence alone when that names the
    speaker (:func:`~.explicit.speaker_inside`)."""
    rule = statement_rule(document, index, text)
    if text is None:
        return None, rule
    opening = document.rule(index)
    if opening.speaker:  # "Министр Нурланов …": the person the document names
        opening = Attribution(canonical(document, opening.speaker), opening.verb, opening.kind)
    return (None, document.rule(index)) if speaker_inside(rule, text, opening, first) else (text, rule)


def _quoting_on(document: SpeakerDocument, index: int, speaker: str | None) -> str | None:
    """The person who spoke just before a quotation that an office closes, when the text names no holder of that
    office ('“…,” Khakimov told TASS. “We believe … .” said the Russian Foreign Ministry’s Ambassador at Large.':
    the writer's other name for him), else ``speaker``."""
    if (
        not speaker
        or not speaker.startswith("the ")
        or not SINGLE_OFFICE.match(speaker)
        or office_holder(document, speaker)
    ):
        return speaker
    start, floor = quotation_opened(document, index), document.floor_holder(index)
    if start is None and OPENS_WITH_QUOTE.match(document.flat[index][2]):
        start = index  # ('"Among other things, …," the official said.': a quotation of its own sentence)
    if start is None or floor is None or not floor[2] or floor[0] < index - start:
        return speaker
    return floor[1]


def _answering(document: SpeakerDocument, index: int) -> tuple[int, str] | None:
    """The interviewee, when sentence ``index`` stands in an interview's dialogue (not in its lead)."""
    interviewee = document.interviewee
    start = dialogue_start(document.paragraphs) if document.dialogue else 1  # (a monologue's answers: after its lead)
    return (0, interviewee) if interviewee and start is not None and document.flat[index][0] >= start else None


def _type_of(speaker: str | None, rule: Attribution) -> SpeakerType | None:
    """:func:`speaker_type`, but a person for a surname written alone as the subject of a reporting verb
    ("…," Araghchi said.') or as whom "he" refers to."""
    if speaker and rule.verb and surname_alone(speaker) and (rule.speaker == speaker or reported_person(rule)):
        return "person"
    return speaker_type(speaker)


#: An auxiliary verb inside a phrase read as a speaker: the phrase is a clause ("Its Secretary of State and President
#: are"), not a speaker.
_CLAUSE_IN_PHRASE = re.compile(r"\s(?:are|is|has|have|was|were|had|will|can|does|did|that)(?:\s|$)")
#: The organisation itself as a sentence's subject ("The SCO has become …"): what a speaker talks about.
_THE_ORGANISATION = re.compile(
    r"(?i)^(?:the\s+)?(?:sco|shanghai\s+cooperation\s+organi[sz]ation|organi[sz]ation|шос|организация"
    r"|шанхайская\s+организация\s+сотрудничества)$"
)


#: Countries by the first four letters of their names, which their adjectives share ("Uzbekistan", "Uzbek").
_COUNTRY_STARTS = frozenset(word[:4] for word in COUNTRIES)
#: How far before a person's first mention his country is read ("Minister of Transport of Uzbekistan X").
_INTRODUCTION_REACH = 80


def _of_another_country(document: SpeakerDocument, person: str, country: str) -> bool:
    """Whether the words before the first mention of ``person`` name a country, and not ``country``."""
    text = f"{document.title} {' '.join(t for _, _, t in document.flat)}"
    at = text.find(person.split()[-1])
    before = text[max(0, at - _INTRODUCTION_REACH) : at] if at >= 0 else ""
    named = {w.lower()[:4] for w in re.findall(r"[A-ZА-ЯЁ][\w-]+", before)} & _COUNTRY_STARTS
    return bool(named) and not named & {w.lower()[:4] for w in country.split()}
