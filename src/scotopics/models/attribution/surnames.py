"""A surname written alone ("Araghchi said …", "…, Zas was cited as saying"): a person, whose given name the text may
never write, told from a country, an outlet, a title or a common word that opens a sentence."""

from __future__ import annotations

from .names import LONE_SURNAME, NOT_PERSON, TITLE_WORDS, common_word
from .offices import opens_with_russian_office
from .rules import carries_news
from .speaker_types import speaker_type

__all__ = ["surname_alone"]


def surname_alone(speaker: str) -> bool:
    """Whether ``speaker`` is one capitalised word that names no country, group or outlet: a surname alone."""
    return (
        LONE_SURNAME.fullmatch(speaker) is not None
        and speaker_type(speaker) == "office_or_body"
        and not carries_news(speaker)
        and not common_word(speaker)  # "First: …", "Today"
        and speaker.lower() not in NOT_PERSON
        and speaker.lower() not in TITLE_WORDS  # "Ambassador", "Министр"
        and not opens_with_russian_office(speaker)
    )
