"""Courtesy lines: thanks, congratulations, welcome and greetings (decision rule 12).

A courtesy line takes no theme, or only the theme of the sector it speaks about, and never
``procedural`` for the courtesy alone. The classifier reads "the meeting of the Council of Foreign
Ministers in this beautiful city" as an event, so :mod:`~scotopics.models.event_label` applies the
rule to its decisions with :func:`courtesy_line`. A report *of* a welcome speech ("X addressed the
participants with greetings") stays ``procedural``: only a line that is courtesy itself, said in the
first person or reported as thanks or congratulations, counts.
"""

from __future__ import annotations

import re

from .attribution.transcripts import spoken_text
from .discussions import says_more

__all__ = ["courtesy_words", "courtesy_line", "only_courtesy"]

#: Courtesy in a sentence: thanks, congratulations, welcome, greetings, condolences, good wishes, the honour or
#: pleasure of being there.
_COURTESY = re.compile(
    r"(?i)\b(?:thank|grateful|gratitude|appreciation|congratulat|felicitation|cordially|warmly welcome|welcome you|"
    # ("I extend a warm welcome …", "Welcome to you all.", "I would like to welcome the …")
    r"extend (?:a |my |our )?(?:very )?warm welcome|welcome to you|(?:like|wish) to welcome|"
    r"(?:cordial|warm) (?:welcome|reception)|hospitality|"  # (what the thanks are for: "for the cordial welcome")
    # (a guest welcomed by name, and a greeting: "I welcome Prime Minister …", "Good evening!", "Добрый день!")
    r"I (?:warmly |cordially )?welcome (?:President|Prime Minister|Mr|Ms|Madam|His|Her|the (?:heads|leaders|guests))|"
    r"good (?:morning|afternoon|evening)|добр(?:ый день|ый вечер|ое утро)|здравствуйте|"
    r"greet|condolence|great honour|an honour|honou?red|privilege|pleasure|delighted|glad to|grief|"
    r"thoughts and prayers|mourn|благодар|признател|поздрав|приветств|соболезнован|скорб|большая честь|"
    r"(?:I|we) (?:also )?wish (?!to\b)|желаю|желаем|"  # good wishes ("I wish the meeting every success")
    r"рады?\s)"
)
#: The speaker's own voice: "I", "we", "it is a pleasure", an opening "Thank you"; Russian verbs in the
#: first person ("благодарю", "рады").
_FIRST_PERSON = re.compile(
    r"(?i)\b(?:I|we|my|our|me|us)\b|\bit is (?:a|an|my|our)\b[^.]{0,20}\b(?:pleasure|honou?r|privilege)"
    r"|^\W*(?:thank|congratulations|greetings|warm|welcome|good (?:morning|afternoon|evening)|добр|здравствуйте)"
    r"|\b(?:благодарю|благодарим|признател(?:ен|ьна|ьны)|поздравляю|поздравляем|приветствую|приветствуем|желаю|желаем|"
    r"рады?|рада|выражаю|выражаем|позвольте|хочу|хотел[аи]? бы|я|мы|меня|мне|нас|нам)\b"
)
#: Courtesy reported by the writer: "He thanked …", "Путин поздравил …", "expressed gratitude".
_REPORTED = re.compile(
    r"(?i)\b(?:thanked|congratulated|expressed (?:his |her |their )?(?:deep |sincere |special )?"
    r"(?:gratitude|appreciation|condolences|thanks)|поблагодарил[аи]?|поздравил[аи]?|"
    r"выразил[аи]? (?:глубокую |искреннюю |особую )?(?:признательность|благодарность|соболезнования))"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
#: A title or an initial before its full stop, which ends no sentence ("Mr.", "Dr.", "S.", "В.").
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|Gen|St)|(?<![\w-])[A-ZА-ЯЁ])\.$")


def _first_sentence(text: str) -> str:
    """The text up to its first end mark followed by a space (a plain search: a look-behind tried at every
    position cost more than the rest of the check), after the name a transcript gives the floor to ("Vinay Kwatra,
    Foreign Secretary: Thank you very much …")."""
    text = spoken_text(text)
    end = _SENTENCE_END.search(text)
    while end is not None and _ABBREVIATION.search(text, max(0, end.start() - 4), end.start() + 1):
        end = _SENTENCE_END.search(text, end.end())  # ("Mr. Ming thanked …": no end after "Mr.")
    return text if end is None else text[: end.start() + 1]


def courtesy_words(text: str) -> bool:
    """Whether a paragraph's first sentence has words of courtesy (the one-theme floor leaves it alone)."""
    return _COURTESY.search(_first_sentence(text)) is not None


#: Word pieces every courtesy line has, looked for before the patterns (most paragraphs have none).
_COURTESY_PIECES = tuple(
    "thank grate gratitude congratul felicit cordial welcome greet condolen honour honor privilege pleasure delight "
    "glad grief prayers mourn appreciation благодар признател поздрав приветств соболезн скорб честь рад "
    "good добр здравств wish жела".split()
)


def courtesy_line(text: str) -> bool:
    """Whether a paragraph opens as a courtesy line: courtesy in the speaker's own voice, or reported."""
    first = _first_sentence(text)
    lowered = first.lower()
    if not any(piece in lowered for piece in _COURTESY_PIECES):
        return False
    if _REPORTED.search(first):
        return True
    return _COURTESY.search(first) is not None and _FIRST_PERSON.search(first) is not None


#: The first person's voice, in which courtesy is said ("I would like to thank …", "Мы рады …", "Позвольте …"),
#: and the verb that offers it ("to express my gratitude", "extend the highest regard and deepest appreciation").
_OWN_VOICE = re.compile(
    r"(?i)\b(?:I|we|our|my|мы|я|наш\w*|would\s+like\s+to|wish\s+to|хотел[аи]?\s+бы|позвольте)\b"
    r"|\b(?:express|extend|convey)\w*\s+(?:[\w-]+\s+){0,6}?(?=gratitude|appreciation|thanks|congratulations)"
)


#: A sentence that is one quotation and its source after it ('"I thank …," he said.', «Поздравляю …», — сказал X).
_QUOTED_WHOLE = re.compile(r'^\W*?[«“"](?P<words>[^«»“”"]{3,})[»”"]\s*[,.]?\s*[-–—]*\s*[^«»“”"]{0,120}$')

#: Thanks opening the line, and what they are for ("Благодарю Вас, господин посол, за то, что согласились на наше
#: интервью.", "Thank you for agreeing to …"): the reason is no statement.
_THANKS_FIRST = re.compile(r"(?i)^\W*(?:thank\s+you|thanks|благодарю|спасибо)\b")
_THANKED_FOR = re.compile(r"(?i)\b(?:за\s+то,?\s+что|for\s+(?:\w+ing|your|the)\b).*$")


def only_courtesy(sentence: str) -> bool:
    """Whether ``sentence`` is a courtesy line and nothing more ("От всей души поздравляю всех присутствующих с
    этой юбилейной датой."): no quotation, plan, decision, commitment or other verb of speaking beside it. The
    summariser picks one only when the document states nothing else: thanks carry no position."""
    quoted = _QUOTED_WHOLE.match(sentence)
    if quoted:  # '"Поздравляю … и желаю … успехов", -- сказал Э. Рахмон': the words quoted are the line
        sentence = quoted.group("words")
    if not courtesy_line(sentence):
        return False
    rest = _COURTESY.sub(" ", _OWN_VOICE.sub(" ", sentence))  # (courtesy is said in the first person)
    rest = _THANKED_FOR.sub(" ", rest) if _THANKS_FIRST.match(sentence) else rest
    return not says_more(rest, rest)
