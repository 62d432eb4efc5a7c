"""A reporting verb's tense, as far as the rules need it: a present or a modal tells a stance or a plan ("China
supports …", "Kyrgyzstan will continue …"), a past tense an act the writer narrates ("China proposed …")."""

from __future__ import annotations

import re

from .noun_phrases import MODALS

__all__ = ["modal_first", "present_verb", "stance_or_plan"]

#: A verb in the present ("believes", "поддерживает"): a stance, not a past act.
_PRESENT_VERB = re.compile(r"(?:[^s]s|ет|ит|ют|ят|ат)$")


def present_verb(verb: str) -> bool:
    """Whether ``verb`` ends in a present tense ("proposes", "поддерживает")."""
    return _PRESENT_VERB.search(verb) is not None


def modal_first(verb: str) -> bool:
    """Whether the reporting verb opens with a modal ("will continue", "will propose"): a plan or stance, no act."""
    return verb.split(" ", 1)[0].lower() in MODALS


def stance_or_plan(verb: str | None) -> bool:
    """Whether a reporting ``verb`` tells a stance or a plan ("proposes", "will continue") rather than an act of
    its own ("proposed")."""
    return verb is not None and (present_verb(verb) or modal_first(verb))
