"""The source that closes a quotation: '"…," said FO spokesperson Mumtaz Zahra Baloch.', '«…», – заявил Лавров.'

The words after the closing mark name who spoke and how ('"…," the Secretary-General concluded'); a quoted
name inside a sentence ('the exercise "Peace Mission" were approved') or a mark that opens a quotation
names no one.
"""

from __future__ import annotations

import re

from .bodies import body_source
from .names import person_names
from .participles import PARTICIPLE
from .subjects import VERBS, clean_phrase, noun_form
from .trailing import source_words
from .verbs import PASSIVE, find_verb

__all__ = ["quotation_source", "plain_quotes"]

_VERB_ALTERNATIVES = "|".join(sorted(map(re.escape, VERBS), key=len, reverse=True))
#: (with an initial: "В. Захаров")
_PHRASE = r"(?:Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Gen\.|\b(?-i:[A-ZА-ЯЁ])\.|[^,.;“”\"«»]){2,80}?"
#: A character of the words after a quotation's source, up to the sentence's end: no full stop but an abbreviation's
#: ("…," said X at the meeting, which met Feb. 4 in Moscow.").
_NO_STOP = r"(?:[^.]|(?<!\w)(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Ms|Dr|St|No)\.)"
_QUOTE_CLOSE = re.compile(
    rf"(?:[”\"»]|(?<=[,.!?…])[’'](?!\w))\s*,?\s*(?:--|[–—-])?\s*(?:(?P<verb1>{_VERB_ALTERNATIVES})\s+(?P<sp1>{_PHRASE})"
    rf"(?:,\s+{_NO_STOP}{{0,100}})?"  # the source's post: 'said Liang Guanglie, Chief of the General Staff …, at a …'
    rf"|(?P<sp2>{_PHRASE})(?:,\s+who\s+[^,.;“”\"«»]{{2,100}},)?\s+(?:has\s+|had\s+)?(?P<verb2>{_VERB_ALTERNATIVES}))"
    rf"(?:\s+{_NO_STOP}{{0,60}}|,\s+[a-z]+ing\s{_NO_STOP}{{0,80}})?[.!]?$",  # ('…," X, who chairs …, said, making …')
    re.IGNORECASE,
)
#: Punctuation that ends the words of a quotation right before its closing mark.
_CLOSING_PUNCTUATION = frozenset(",.!?…")
#: A comma and a dash after a quotation mark: the Russian way to close a quotation before its source.
_COMMA_DASH = re.compile(r"\s*,\s*[–—-]")
#: A comma or a dash after a closing mark ("«…», заявил …", "«…» – заявил …").
_COMMA_OR_DASH = re.compile(r"\s*[,–—-]")
#: Who relays the quotation, in brackets after its source ("— сказал глава дипведомства (цитата по ТАСС).").
_RELAYED_BY = re.compile(
    r"(?i)\s*\((?:цитата|цитирует|передает|передаёт|по\s+данным|по\s+сообщению|quoted|via)\b[^()]*\)"
)
#: Auxiliaries and relative words that a closing quotation's pattern may take for its source.
_AUXILIARY_WORDS = frozenset("was were is are be been being has have had which that who it".split())


def plain_quotes(text: str) -> str:
    """``text`` with two apostrophes written as a quotation mark (''…'', as Indian wires quote) made one double
    quote, so that the quotation and its source read as any other ("''Connectivity is …,'' Gadkari said")."""
    return text.replace("''", '"') if "''" in text else text


#: A second verb of the source after "и" / "and" ("он и признал", "he and added" is no name).
_AND_VERB = re.compile(r"\s+(?:и|and)\s+(?=[а-яё]+(?:л|ла|ли)\b|[a-z]+ed\b)")


#: Whom the source met or spoke with, after the source ("… на встрече со спикером Госдумы Вячеславом Володиным").
_WITH = re.compile(r"\s(?:с|со|with)\s")


def quotation_source(sentence: str) -> tuple[str, str] | None:
    """The source and verb that close a quotation ('"…," said FO spokesperson Mumtaz Zahra Baloch.')."""
    sentence = _RELAYED_BY.sub("", sentence)
    closing = _QUOTE_CLOSE.search(sentence) if any(map(sentence.__contains__, "”\"»’'")) else None
    if closing is None:
        return None
    speaker = closing.group("sp1") or closing.group("sp2")
    verb = closing.group("verb1") or closing.group("verb2")
    if speaker.split()[0].lower() in _AUXILIARY_WORDS:  # "was", "was also"
        return None  # 'the exercise "Peace Mission" were approved': a passive after a quoted name, no source
    if PASSIVE.search(f"{speaker} "):
        return None  # '“…”, as well as other documents were discussed and signed': a passive, no source
    if closing.group("sp2") and speaker.lower() in ("об этом", "о том"):
        return None  # '… «Солидарность-2025», об этом сообщила пресс-служба …': the source follows the verb
    if closing.group("sp2") and noun_form(verb.lower(), speaker.split()[-1].lower()):
        return None  # 'the "New Economic Dialogue" among the SCO member states': a noun, no verb
    if closing.group("sp2") and (first := find_verb(speaker)) and first.start > 0:  # '…", Putin told Xi during the
        speaker, verb = speaker[: first.start].strip(), first.text  # meeting as he hailed …': Putin told
    at = closing.start()
    opening = sentence.rfind("«", 0, at) if sentence[at] == "»" else -1
    if opening > 0 and find_verb(sentence[:opening]):
        return None  # 'Глава … охарактеризовал обстановку как «сложную», поддержал меры': a quoted word in a
        # sentence with its own reporting verb, not a quotation closed by its source
    opens = sentence[at] == '"' and sentence.count('"', 0, at) % 2 == 0
    dashed = _COMMA_DASH.match(sentence, at + 1) is not None  # '…", – написал Цой': only a closing mark is followed so
    closed = sentence[:at].rstrip()[-1:] in _CLOSING_PUNCTUATION or _COMMA_OR_DASH.match(sentence, at + 1)
    if not closed and speaker[:1].islower():
        return None  # '"Шанхайская шестерка" подписала историческую резолюцию': a quoted name, then its object
    if opens and sentence[at - 1 : at] not in _CLOSING_PUNCTUATION and not dashed:
        return None  # 'he believes that …, "its influence will continue to grow"': that quote mark opens (one
        # after a comma or full stop closes a quotation begun in an earlier sentence: '… activity," Alimov told …')
    if closing.group("verb1") and re.fullmatch(r"[a-z]+\s+[a-z\s]+", verb):
        return None  # 'the summit, themed “…,” called for an open dialogue': a phrasal verb takes its object after it
    if closing.group("sp1"):  # "…», – заявил заместитель министра обороны РФ Александр Фомин.": the name,
        rest = sentence[closing.start("sp1") :].rstrip(" .!")  # else the whole phrase after the verb,
        rest = rest.split(", ")[0]  # up to a participle clause ("российский лидер, выступая на саммите")
        rest = _AND_VERB.split(rest, maxsplit=1)[0]  # or a second verb ("— добавил он и признал, что …")
        rest = source_words(rest)  # "the High Commission in New Delhi in a statement", "журналистам … Семериков"
        rest = PARTICIPLE.split(rest, maxsplit=1)[0]  # "Mr Doval welcoming the delegates"
        whole = rest if len(rest.split()) <= 8 else speaker
        post = sentence[closing.start("sp1") : closing.end()]  # "министр …, экологии и … Кыргызстана Мелис Т."
        post = _WITH.split(post, maxsplit=1)[0]  # (not whom he met: "… на встрече со спикером … Володиным")
        lone = re.fullmatch(r"[A-ZА-ЯЁ][\w’'-]+", rest) is not None  # a surname alone: "… – сказал Ушаков журналистам
        speaker = next(iter(person_names(rest) or ([] if lone else person_names(post))), whole)  # накануне визита …"
        if speaker.lower().startswith("by "):
            return None  # 'the "Initiative for …" proposed by the Kazakh chair': a passive after a quoted name
    return body_source(speaker) or clean_phrase(
        speaker
    ), verb.lower()  # "…», – уточнили в пресс-службе": "пресс-служба"
