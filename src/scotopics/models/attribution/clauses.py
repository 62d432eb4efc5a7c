"""Clause shapes around a reporting verb that change who its subject is.

"Rahmon, for his part, noted" has its subject before an aside; "Minutes after he welcomed X, Y spoke" puts
a verb in a clause that is not the sentence's main one; "Specially stressed was …" is a passive with no
speaker; "X congratulated his counterpart, Y, … and welcomed" gives the second verb to X, not to Y.
"""

from __future__ import annotations

import re

__all__ = ["ASIDE", "IN_ASIDE", "SUBORDINATE", "INVERTED_PASSIVE", "COORDINATED"]

_ASIDE_WORDS = (
    r"for (?:his|her|their|its) part|in (?:his|her|their|its) turn|in turn|in return|however|meanwhile"
    r"|в свою очередь|со своей стороны|в частности"
)
#: An aside between commas that stands between a subject and its verb ("Rahmon, for his part, noted").
ASIDE = re.compile(rf"(?i),\s*(?:{_ASIDE_WORDS}),\s*")
#: A sentence so far that ends with an aside's opening: its next comma closes the aside, not a statement.
IN_ASIDE = re.compile(rf"(?i),\s*(?:{_ASIDE_WORDS})$")
#: A verb inside a clause that opens the sentence and is not its main clause ("Minutes after he welcomed …").
SUBORDINATE = re.compile(r"(?i)^\s*(?:\w+\s+)?(?:after|before|when|while|once|since|until)\s+(?:he|she|they|it)\b")
#: What follows a verb in an inverted passive, which names no speaker ("Specially stressed was …").
INVERTED_PASSIVE = re.compile(r"\s+(?:was|were)\b", re.IGNORECASE)
#: A second verb of the same subject ("… congratulated his counterpart … and welcomed").
COORDINATED = re.compile(r"\s(?:and|и)\s*$")
