"""A speech's listeners: people a document names only to address or thank them.

"Dear Vladimir Vladimirovich," and "I would like to express gratitude to the President …, Mr. Vladimir
Vladimirovich Putin" name the listener, not the speaker: such a person neither speaks the speech's first-person
sentences nor holds the office its title names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .speaker_types import speaker_type

__all__ = ["listener_only"]

#: Words that address or thank a listener before his name in the same sentence (not the Russian honorific
#: "уважаемый", which news give the person spoken of: "Президент Таджикистана уважаемый Эмомали Рахмон"; nor "a
#: congratulatory letter", which names its sender: "In a congratulatory letter …, President X said").
_ADDRESSING = re.compile(
    r"(?i)\b(?:dear|thank\w*|grateful|gratitude|congratulat(?!ory)\w*|благодар\w*|признател\w*|поздравл\w*)\b"
)
#: How far before a name the words addressing him are read.
ADDRESS_REACH = 120
#: A quotation closed or a speaker's verb between the thanks and the name: the name is the speaker's.
_QUOTE_CLOSED = re.compile(r"(?i)[\"”»]|\b(?:said|says|told|added|noted|сказал\w*|отметил\w*|заявил\w*)\b")


def listener_only(sentences: Sequence[str], person: str) -> bool:
    """Whether every one of ``sentences`` naming ``person`` addresses or thanks him just before the name (not
    '"Thank you," said Putin', whose quotation closes before his name); False for no person or no mention."""
    if speaker_type(person) != "person":
        return False
    surname = person.split()[-1]
    naming = [text[max(0, at - ADDRESS_REACH) : at] for text in sentences if (at := text.find(surname)) >= 0]
    return bool(naming) and all(
        (cues := list(_ADDRESSING.finditer(before))) and not _QUOTE_CLOSED.search(before, cues[-1].end())
        for before in naming
    )
