"""One form for words that differ only in spelling or language, so that they share a feature.

Our corpus is written mostly in British spelling ("organisation", "defence",
"centre", "programme"); real pages from South Asian, Chinese and wire sources
mostly in American spelling ("organization", "defense", "center"). Snowball
gives the two spellings different stems, so a weight learned for one form is
lost on the other. :func:`american_spelling` maps the British forms to the
American ones before stemming.

One model reads English and Russian side by side, and our Russian paragraphs
are a third of the corpus. :func:`glossary_word` gives, for the Russian stem of
a word in our glossary (``russian_english.txt``, written by us: "безопасности
безопасность = security"), its English equivalent; the stem cache stems that
word as it stems English text, so a Russian paragraph uses the weights learned
on English ones as well as its own.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from importlib import resources

__all__ = ["american_spelling", "glossary_word", "glossary_digest", "GLOSSARY_FILE"]

#: The Russian-English glossary, beside this module: "russian forms … = english" per line.
GLOSSARY_FILE = "russian_english.txt"

#: Whole words spelt differently (and "-our" words by their start: "neighbour", "neighbouring").
_WORDS = {
    **{"defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses"},
    **{"licence": "license", "licences": "licenses", "centre": "center", "centres": "centers"},
    **{"theatre": "theater", "theatres": "theaters", "metre": "meter", "metres": "meters"},
    **{"kilometre": "kilometer", "kilometres": "kilometers", "fibre": "fiber", "fibres": "fibers"},
    **{"programme": "program", "programmes": "programs", "ageing": "aging", "catalogue": "catalog"},
    **{"judgement": "judgment", "judgements": "judgments", "fulfil": "fulfill", "fulfils": "fulfills"},
    **{"enrol": "enroll", "enrols": "enrolls", "tonne": "ton", "tonnes": "tons", "grey": "gray"},
}
_OUR_WORDS = (
    "labour armour behaviour candour colour endeavour favour fervour flavour harbour honour humour "
    "neighbour parlour rumour savour splendour valour vapour vigour"
).split()
#: "-ise", "-isation" and their endings. A verb in "-ise" is a variant of one in "-ize" only after
#: these endings of its base ("organ-ise", "util-ise", "recogn-ise"), not in "exercise", "enterprise",
#: "promise", "advise", "expertise" or "surprise", whose bases end otherwise.
_ISE = re.compile(r"^(\w{4,}?)is(e|es|ed|ing|er|ers|ation|ations)$")
_ISE_BASES = tuple("al ar an gn im il on rn or it ic og rd id at iv et ol ot en in as es".split())
_NOT_ISE = frozenset({"treatise", "treatises"})
_YSE = re.compile(r"^(\w*l)ys(e|ed|ing|er|ers)$")  # "analyse", "paralysed" ("analyses" is also a noun)


def american_spelling(word: str) -> str:
    """The American spelling of a lower-case English word, or the word itself."""
    found = _WORDS.get(word)
    if found is not None:
        return found
    if word.endswith(("our", "ours", "oured", "ouring", "ourable", "ourably", "ourhood", "ourly", "ourliness")):
        for base in _OUR_WORDS:
            if word.startswith(base):
                return base[:-2] + "r" + word[len(base) :]
    ise = _ISE.match(word)
    if ise and word not in _NOT_ISE and (ise.group(2).startswith("ation") or ise.group(1).endswith(_ISE_BASES)):
        return f"{ise.group(1)}iz{ise.group(2)}"
    yse = _YSE.match(word)
    return f"{yse.group(1)}yz{yse.group(2)}" if yse else word


def _glossary_text() -> str:
    return (resources.files(__package__) / GLOSSARY_FILE).read_text(encoding="utf-8")


@cache
def glossary_digest() -> str:
    """SHA-256 of the glossary: a model file records it, since its Russian features depend on the glossary."""
    return hashlib.sha256(_glossary_text().encode("utf-8")).hexdigest()


@cache
def _glossary() -> dict[str, str]:
    """Russian stem -> the English word the glossary gives for it."""
    from nltk.stem.snowball import SnowballStemmer  # only where Russian text is read with unified words

    russian = SnowballStemmer("russian")
    table: dict[str, str] = {}
    for line in _glossary_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        forms, english = line.split("=", 1)
        for form in forms.split():
            table.setdefault(russian.stem(form.lower().replace("ё", "е")), english.strip().lower())
    return table


def glossary_word(russian_stem: str) -> str | None:
    """The English word the glossary gives for a Russian stem, or None. The caller stems it as it stems
    English text (spelling, stop words, the stems we keep apart), so both languages meet on one feature."""
    return _glossary().get(russian_stem)
