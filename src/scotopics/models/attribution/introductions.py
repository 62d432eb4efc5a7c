"""The unnamed official of a wire's opening, and the person the story then introduces.

Xinhua and China Daily open with the statement and an unnamed source ("…, a Chinese official said Friday.",
"…, an SCO official said Saturday.") and name the source a paragraph later, the post written after the name
("Xue Yaping, director of the … department, told a press conference"; "…, said Yu Wenming, head of …"). A careful
reader writes down that person, as the speaker marks do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .names import person_names, surname_key

__all__ = ["unnamed_official", "introduced_person", "INTRODUCED_WITHIN"]

#: How far after the unnamed official (in characters) the story may introduce the person: a paragraph or three.
INTRODUCED_WITHIN = 1200

#: "a Chinese official", "an SCO official", "a senior official with the SCO", "a spokesperson", "a Russian business
#: leader".
_UNNAMED = re.compile(
    r"(?i)^an?\s+(?:[\w-]+\s+){0,3}?(?:official|spokes(?:man|person|woman)|diplomat)\b"
    r"|^an?\s+(?:[\w-]+\s+){0,3}?(?:expert|analyst|scholar|researcher|(?:business|industry)\s+leader)$"  # ("a
    # Turkish expert", "a Russian business leader"; not "an expert working group")
)
#: A post written after a name: ", director of …", ", the secretary general of …", ", head of …".
_POST_AFTER = re.compile(
    r"^,\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:vice-|deputy-)?(?:director|secretary[-\s]general|head|chief|spokes(?:man|person|woman)"
    r"|official|minister|chairman|chairwoman|president|deputy|ambassador|commissioner)\b",
    re.IGNORECASE,
)


def unnamed_official(speaker: str) -> bool:
    """Whether ``speaker`` is an official the sentence leaves unnamed ("a Chinese official")."""
    return _UNNAMED.match(speaker) is not None


def introduced_person(lead: str, rest: str, official: str, known: Mapping[str, str]) -> str | None:
    """The person the story introduces, with a post after the name ("Xue Yaping, director of …") or as the one who
    "made the statement", soon after the unnamed ``official`` of its ``lead`` (within :data:`INTRODUCED_WITHIN`
    characters), as ``known`` (surname key → full name) writes the person; None when the official is not in the
    lead (a mid-story "a Kazakh official" stays as written)."""
    at = lead.lower().find(official.lower())
    if at < 0:
        return None
    after = f"{lead} {rest}"[at + len(official) :][:INTRODUCED_WITHIN]
    post = official.split()[-1].lower()  # "… a Chinese foreign ministry spokesperson said" and later "spokesperson
    for name in person_names(after):  # Mao Ning said …": the post before the name
        where = after.find(name)
        following = after[where + len(name) :]
        titled = where > 0 and after[:where].rstrip().lower().endswith(post) and post.startswith("spokes")
        if where >= 0 and (_POST_AFTER.match(following) or _MADE_THE_STATEMENT.match(following) or titled):
            return known.get(surname_key(name), name)
    return None


#: The wire's "made the statement" after the person's name, which names the lead's source
#: ("Iran's Ambassador to China Mohammad Keshavarz-Zadeh made the statement in a meeting with …").
_MADE_THE_STATEMENT = re.compile(r"^\s+made\s+(?:the|these|those)\s+(?:remarks|statement|comments)\b", re.IGNORECASE)
