"""Who said what: the speaker, reporting verb and kind of a key statement.

:func:`attribute` applies transparent rules (:mod:`.rules`) to one sentence;
:class:`SpeakerResolver` (:mod:`.resolver`) ranks candidate speakers of a key
sentence found across its document (:mod:`.candidates`) with a linear model
learned from the corpus speaker marks. Name cleaning (:mod:`.names`) is a
separate step shared by both.
"""

from __future__ import annotations

from .document import QUESTION, SpeakerDocument
from .marks import opens_quotation
from .names import clean_name, person_names
from .resolver import SpeakerResolver
from .rules import KINDS, WRITER_ASIDE, Attribution, attribute
from .sources import names_the_source_before
from .speaker_types import speaker_type
from .titles import title_speaker
from .transcripts import ANSWER_PREFIX, statement_text, strip_answer_prefix, turn_prefix

__all__ = [
    "SpeakerResolver",
    "SpeakerDocument",
    "Attribution",
    "attribute",
    "person_names",
    "clean_name",
    "speaker_type",
    "title_speaker",
    "statement_text",
    "strip_answer_prefix",
    "names_the_source_before",
    "turn_prefix",
    "opens_quotation",
    "KINDS",
    "ANSWER_PREFIX",
    "QUESTION",
    "WRITER_ASIDE",
]
