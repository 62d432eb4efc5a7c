"""Splitting a document into paragraphs and sentences.

Real pages arrive with paragraphs separated by blank lines, by single line
breaks, or not at all, and carry navigation debris ("« Back", a title repeated
with a time stamp, "Related news" lists). :func:`segment` returns every
paragraph with a *kind*: ``"text"`` (policy content, to be tagged and
summarised), ``"heading"`` (a title or sub-heading) or ``"debris"`` (see
:mod:`scotopics.text.debris`).

Sentences are split by :func:`~scotopics.text.sentences.split_sentences`: NLTK's
Punkt decisions with our own abbreviation list (no downloaded NLTK data), in
linear time on any text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .debris import TERMINAL, debris_reason
from .headings import (
    LIST_BULLETS,
    LIST_MARKER,
    REPORTED_QUOTATION,
    headline_after_colon,
    is_heading,
    quoted_title,
    speech_title,
    title_case_headline,
)
from .sentences import ABBREVIATIONS, SentenceSplitter, split_sentences

__all__ = ["Segment", "BlockKind", "segment", "block_kinds", "split_sentences", "ABBREVIATIONS", "LIST_BULLETS"]

#: Paragraphs with more sentences than this (one long block) are cut into pieces.
MAX_SENTENCES_PER_PARAGRAPH = 12
_PIECE_SENTENCES = 6

#: What a paragraph is: policy content, a title or sub-heading, or page debris.
BlockKind = Literal["text", "heading", "debris"]

#: A first line this long without closing punctuation is still the title ("Speech by the SCO Secretary-General
#: … at the meeting of the Council of Foreign Ministers"); later lines are headings up to 14 words.
TITLE_MAX_WORDS = 30


@dataclass(frozen=True, slots=True)
class Segment:
    """One paragraph of a document: its position, text, sentences and kind."""

    index: int
    text: str
    sentences: tuple[str, ...]
    kind: BlockKind


def _lines_to_blocks(text: str) -> list[str]:
    """Group lines into paragraphs, undoing hard wraps but keeping real breaks."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    spaced = _spaced_wrap(lines)
    if spaced:  # every wrapped line followed by a blank line: the blanks are no breaks
        lines = [line for line in lines if line]
    width = _wrap_width(lines)
    in_blocks = not spaced and _wrapped_in_blocks(lines, width)
    blocks: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                blocks.append(current)
            current = ""
            continue
        if current and (in_blocks and not LIST_MARKER.match(line) or _continues(current, line, width, spaced)):
            hyphenated = current.endswith("-") and current[-2:-1].isalpha() and line[:1].islower()  # ("сотруд-"), not
            current = f"{current[:-1]}{line}" if hyphenated else f"{current} {line}"  # a dash ('"…", -' / "отметил")
        else:
            if current:
                blocks.append(current)
            current = line
    if current:
        blocks.append(current)
    return blocks


#: A related-news link whose time stamp is glued to its headline ("вчераУчастникам СВО …", "2 hours agoMinisters …"):
#: it opens in lower case but continues nothing.
_GLUED_STAMP = re.compile(r"^[a-zа-яё][a-zа-яё ]*[a-zа-яё][A-ZА-ЯЁ]")


def _spaced_wrap(lines: list[str]) -> bool:
    """Whether the text is hard-wrapped with a blank line after every line, as some pages and PDF copies are:
    most lines then stop mid-word-run (no punctuation at all), and the next line often goes on in lower case.
    A declaration's preamble ("Министры …,", "выражая …,") ends its clauses with commas and is not wrapped."""
    filled = [line for line in lines if line]
    if len(filled) < 4 or len(filled) < 0.4 * len(lines):
        return False
    if sum(1 for a, b in zip(lines, lines[1:]) if a and b) > 0.2 * len(filled):
        return False  # lines run on without blanks between them: the blanks separate paragraphs
    cut = [
        i
        for i, line in enumerate(filled[:-1])
        if len(line.split()) >= 4 and line[-1:].isalnum() and not LIST_MARKER.match(filled[i + 1])
    ]
    lower_next = sum(filled[i + 1][:1].islower() and not _GLUED_STAMP.match(filled[i + 1]) for i in cut)
    return len(cut) >= 0.4 * (len(filled) - 1) and lower_next >= 1


def _wrapped_in_blocks(lines: list[str], width: int | None) -> bool:
    """Whether the text is hard-wrapped paragraphs separated by blank lines (plain-text mail, wire archives):
    every line break inside a block is then a wrap, even after a full stop."""
    if width is None or "" not in lines:
        return False
    sizes: list[int] = [0]
    for line in lines:
        if line:
            sizes[-1] += 1
        elif sizes[-1]:
            sizes.append(0)
    blocks = [size for size in sizes if size]
    return sum(size > 1 for size in blocks) >= 0.5 * len(blocks)


def _wrap_width(lines: list[str]) -> int | None:
    """The line width of hard-wrapped text, or ``None`` when the text is not hard-wrapped.

    Hard-wrapped text has most of its lines close to one width of at most 100 characters.
    """
    filled = [len(line) for line in lines if line]
    if len(filled) < 3 or max(filled) > 100:
        return None
    longest = max(filled)
    near = sum(length >= 0.7 * longest for length in filled)
    return longest if longest >= 40 and near >= 0.5 * len(filled) else None


#: A line ending in an office, whose holder the next line names (posts cut into short lines:
#: "🇷🇺Президент" / "России Владимир Путин" / "заявил, что …"). An office alone is never a heading.
_OFFICE_AT_END = re.compile(
    r"(?:^|\s|\W)((?i:президент|премьер-министр|министр|генсек|генеральный секретарь|глава|председатель|"
    r"president|prime minister|minister|secretary-general|chairman))$"
)


def _continues(previous: str, line: str, width: int | None, spaced: bool = False) -> bool:
    """Whether ``line`` continues the paragraph ``previous`` (a hard-wrapped line).

    In ``spaced`` text (a blank line after every wrapped line) every line that stops mid-sentence goes on.
    """
    if LIST_MARKER.match(line) or previous.endswith(TERMINAL) or debris_reason(previous, None):
        return False
    if spaced or previous.endswith((",", "-", "–", "—")) or line[:1].islower() or line[:1] in ",;":
        return True
    office = _OFFICE_AT_END.search(previous)
    if office and (len(previous.split()) <= 2 or office.group(1).islower()):
        return True  # "заявил президент" / "Беларуси Александр Лукашенко.": the office's holder comes next;
        # a title ending in "… Foreign Minister" is written with a capital and stays a line of its own
    # In hard-wrapped text a line that ends near the width is cut mid-sentence.
    return width is not None and len(previous) >= 0.7 * width


def _split_long(sentences: list[str]) -> list[list[str]]:
    if len(sentences) <= MAX_SENTENCES_PER_PARAGRAPH:
        return [sentences]
    pieces = -(-len(sentences) // _PIECE_SENTENCES)
    size = -(-len(sentences) // pieces)
    return [sentences[i : i + size] for i in range(0, len(sentences), size)]


#: A transcript's turn after the text has begun: a name (perhaps after its office) and a colon, then the words.
_TRANSCRIPT_TURN = re.compile(
    r"^\s*(?:[A-ZА-ЯЁ][\w’'-]*\s(?:(?:of|the)\s)*){0,6}[A-ZА-ЯЁ][\w’'-]+\s[A-ZА-ЯЁ][\w’'-]+\s*:\s+\S+\s+\S"
)


def segment(text: str) -> list[Segment]:
    """Split clean text into paragraphs with their sentences and kinds.

    Blank lines and single line breaks both separate paragraphs; lines that
    only continue a hard-wrapped sentence are joined. A block of more than
    :data:`MAX_SENTENCES_PER_PARAGRAPH` sentences is cut into pieces of about
    six sentences so that each gets its own themes.
    """
    blocks = _lines_to_blocks(text)
    segments: list[Segment] = []
    splitter = SentenceSplitter()  # one Punkt budget for the whole document
    for block, kind in zip(blocks, block_kinds(blocks)):
        if kind != "text":
            segments.append(Segment(len(segments), block, (block,), kind))
            continue
        for piece in _split_long(splitter.split(block)):
            segments.append(Segment(len(segments), " ".join(piece), tuple(piece), "text"))
    return segments


#: How a speaker addresses the audience on taking the floor ("Dear colleagues", "Уважаемые коллеги").
_ADDRESS = re.compile(
    r"(?i)^\W*(?:dear|esteemed|distinguished|excellenc|ladies|colleagues|friends|уважаем|дорог|коллеги)"
)


def _headline_after_name(block: str) -> bool:
    """A name and a colon before a headline with no closing punctuation, before the text begins ("Дмитрий
    Мезенцев: главным документом саммита ШОС станет Стратегия …"): a title quoting its speaker. A turn that opens
    the text addresses the audience or goes on after a comma ("President … Serikov: Dear colleagues, friends")."""
    words = block.split(":", 1)[1]
    return is_heading(block, TITLE_MAX_WORDS) and "," not in words and not _ADDRESS.match(words)


def block_kinds(blocks: Sequence[str]) -> list[BlockKind]:
    """The kind of each paragraph of a document, in order: a paragraph's kind depends on where it stands (the
    title line, sub-headlines before the text begins, a transcript's turn after it)."""
    first = blocks[0] if blocks else ""
    title = (
        first
        if first
        and (
            is_heading(first, TITLE_MAX_WORDS)
            or quoted_title(first)
            or speech_title(first, closed=True)
            or title_case_headline(first)
        )
        else None
    )
    kinds: list[BlockKind] = []
    header = True  # before the first paragraph of text: a title's sub-headlines may run as long as a title
    for position, block in enumerate(blocks):
        kind: BlockKind
        if debris_reason(block, title if position > 0 else None) is not None:
            kind = "debris"
        elif (
            position > 0
            and _TRANSCRIPT_TURN.match(block)
            and not (header and _headline_after_name(block))
            and not headline_after_colon(block)
        ):
            kind = "text"  # "President of Russia Vladimir Putin: Colleagues, friends": the floor, not a heading
        elif (
            is_heading(block, TITLE_MAX_WORDS if header and position < len(blocks) - 1 else 14)
            and not (position > 0 and REPORTED_QUOTATION.search(block))
            or (position == 0 and title is not None)
            or (header and speech_title(block))  # a subtitle: "— Address by President … at … (Tashkent, June 11)"
        ):
            kind = "heading"
        else:
            kind = "text"
        header = header and kind != "text"
        kinds.append(kind)
    for position in _related_links(blocks, kinds):
        kinds[position] = "debris"
    return kinds


#: A link line: a dash or a bullet, then a capital letter ("- Глава МИД: партнерство …", "• India, China agree …").
_LINK_LINE = re.compile(rf"^\s*[-–—{LIST_BULLETS}]\s+\W?[A-ZА-ЯЁ]")
#: The shortest and the longest line read as a link to another story (a name alone signs a quotation).
LINK_MIN_WORDS, LINK_MAX_WORDS = 4, 20
#: How a paragraph of the story ends (a link's headline ends with none of these).
_STORY_END = (".", "!", "?", "…", "»", '"', "”")


def _related_links(blocks: Sequence[str], kinds: list[BlockKind]) -> list[int]:
    """Lines that link to other stories inside the text: headlines after a dash or a bullet, without closing
    punctuation, set between two paragraphs of the story ("… будет завершена к саммиту." / "- Министры обсудили
    новые маршруты: коридор пройдет через три страны" / "«Работа ведется …»"). A list the text introduces ends its
    line before with a colon, and an agenda's items close the text or run on to a heading. Such lines after the
    page's debris (its share buttons, its photo link) that close the page link to other stories too."""
    found: list[int] = []
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and kinds[end] == "text" and _link_line(blocks[end]):
            end += 1
        if end == start:
            start += 1
            continue
        before = next((k for k in range(start - 1, -1, -1) if kinds[k] != "debris"), -1)
        story_before = before >= 0 and kinds[before] == "text" and _story_sentence(blocks[before])
        story_after = end < len(blocks) and kinds[end] == "text" and _story_sentence(blocks[end])
        closing = all(kind == "debris" for kind in kinds[end:]) and start > 0 and kinds[start - 1] == "debris"
        if story_before and (story_after or closing):  # (or after the page's tools, closing it: "Поделиться" /
            found.extend(range(start, end))  # "ФОТО" / "• Китай успешно запустил спутник …")
        start = end
    return found


def _link_line(block: str) -> bool:
    stripped = block.strip()
    return (
        _LINK_LINE.match(stripped) is not None
        and LINK_MIN_WORDS < len(stripped.split()) <= LINK_MAX_WORDS
        and not stripped.endswith(TERMINAL + (",",))
    )


def _story_sentence(block: str) -> bool:
    """Whether ``block`` is a paragraph of running text: no list item, closed like a sentence."""
    stripped = block.strip()
    return stripped.endswith(_STORY_END) and LIST_MARKER.match(stripped) is None
