"""Names of speakers: finding person names, cleaning them, and telling what kind of speaker a phrase is.

Name cleaning is its own step because most wrong speakers were right names with something glued on: a country
("Uzbekistan Ilkhom Makhkamov", "России Сергей"), an office ("Minister of Foreign Affairs of India S. Jaishankar"), or
a name cut at a hyphen ("Regional Anti-"). :func:`clean_name` strips countries, titles and offices from the front of a
person's name and keeps hyphenated words whole. What kind of speaker a phrase is and whether two speakers are the
same is told by :mod:`.speaker_types`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .. import lexicon
from .cases import (
    ADJECTIVE_OBLIQUE,
    FEMALE_GIVEN_NAMES,
    SKY_NAME,
    feminine_nominative,
    feminine_oblique,
    group_nominative,
    soft_stem,
    woman_named,
    word_nominative,
)
from .quoted_titles import OPENING_QUOTE, quoted_title_at

__all__ = ["LONE_SURNAME", "LATIN_SURNAME", "person_names", "PATRONYMIC_ENDINGS", "is_chinese_name", "clean_name"]
__all__ += ["bare_word", "common_word", "surname_key", "same_person", "another_person", "patronymic_holder"]
__all__ += ["only_words_before_names", "nominative", "nominative_of", "group_nominative", "person_mentions"]
__all__ += ["TITLE_WORDS", "NOT_PERSON", "COUNTRIES", "GROUP_WORDS"]

TITLE_WORDS = lexicon.words("title_words")
NOT_PERSON = lexicon.words("not_person_words")
#: Words a headline may capitalise but no name holds: common ("Disaster Relief"), weekdays, prepositions ("Inside").
COMMON_WORDS = lexicon.words("common_words") | lexicon.words("headline_words")
#: A headline's modal verbs, which open no name ("… Bank May Compete With SWIFT"; but "Theresa May").
_MODALS = frozenset("may might could would shall will can must should".split())
COUNTRIES = lexicon.words("country_words")
GROUP_WORDS = lexicon.words("group_words")
CHINESE_SURNAMES = lexicon.words("chinese_surnames")
_RUSSIAN_TITLES = lexicon.words("russian_title_words")
# A capitalised word, hyphenated parts kept whole ("Anti-Terrorist", "Kassym-Jomart", "Premier-ministre").
#: Latin letters with diacritics, as Turkish, Azerbaijani or Uzbek names keep them ("Erdoğan", "Əliyev", "Şavkat").
_UPPER_LATIN, _LOWER_LATIN = "A-ZÀ-ÖØ-ÞĀ-ſƏ", "a-zß-öø-ÿĀ-ſə"
_CAP = rf"[{_UPPER_LATIN}][{_LOWER_LATIN}’']+(?:-[{_UPPER_LATIN}a-z][{_LOWER_LATIN}’']+)*"
#: An initial: "S. Jaishankar", "Ts.Elbegdorj" (one Cyrillic letter written with two), and "S Jaishankar" as
#: Indian papers write it (not the article "A", "I", an interviewer's "Q", or a letter before a question word).
_INITIAL = (
    r"(?:Ts|Sh|Kh|Ch|Zh|Yu|Ya|Ye)\.|[A-Z]\."
    r"|(?![AIQ]\s)[A-Z](?=\s(?!(?:What|How|Why|When|Where|Who|Which|Will|Do|Does|Is|Are|Can)\b)[A-Z][a-z])"
)
#: The lower-case parts of a name ("Mohammed bin Salman", "Ali al-Hefny", "Nourhan el-Sheikh", "Moin ul Haque").
_PARTICLES = r"bin|ibn|al-\w+|el-\w+|de|van|von|ul|ud"
# Person names in Latin and in Cyrillic script, searched separately (each only where its script occurs: faster).
_NAME_LATIN = re.compile(
    rf"(?=[{_UPPER_LATIN}])(?<![\w-])((?:{_INITIAL}|{_CAP})(?:\s*(?:{_INITIAL}|{_CAP}|{_PARTICLES})){{1,7}})(?![\w-])"
)
#: A Chinese family name in Cyrillic with a one-letter given name ("Ван И"), after any words of a title.
_CHINESE_CYRILLIC = r"(?:[А-ЯЁ][а-яё]+\s+){{0,4}}(?:{})\s+[А-ЯЁ](?!\w|\.\s?[А-ЯЁ]\.)".format(
    "|".join(sorted((w.capitalize() for w in CHINESE_SURNAMES if re.match("[а-яё]", w)), key=len, reverse=True))
)
_NAME_CYRILLIC = re.compile(
    r"(?=[А-ЯЁ])(?<![\w-])((?:[А-ЯЁ]\.\s?-?){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    rf"|{_CHINESE_CYRILLIC}"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,5})(?![\w-])"
)
#: The words before the person a body is named after ("МГУ имени М. В. Ломоносова", "University named after …").
_NAMED_AFTER = re.compile(r"(?i)\b(?:имени|им\.|named\s+after)\s*(?:[А-ЯЁA-Z]\.\s?){0,2}$")
#: A possessive ends a name: what follows is the thing owned ("Mao Ning's Regular Press Conference").
_POSSESSIVE_END = re.compile(r"(?<=\w)[’']s\b")
_HAS_LATIN = re.compile(r"[A-Z]")
_HAS_CYRILLIC = re.compile(r"[А-ЯЁ]")
#: A surname standing alone: one capitalised word of three letters or more, or a double one ("Dar", "Amir-Abdollahian").
LONE_SURNAME = re.compile(
    rf"[{_UPPER_LATIN}А-ЯЁ][{_LOWER_LATIN}а-яё’'-]{{2,}}|[{_UPPER_LATIN}А-ЯЁ][{_LOWER_LATIN}а-яё’']+(?:-[{_UPPER_LATIN}А-ЯЁ][{_LOWER_LATIN}а-яё’']+)+"
)
#: One capitalised Latin word of letters alone, as an English text writes a surname ("Asif", "Araghchi").
LATIN_SURNAME = re.compile(rf"[{_UPPER_LATIN}][{_LOWER_LATIN}]{{2,}}")
# Endings of English common nouns and adjectives (and their plurals), never of the names in our texts
# ("Governance Initiative", "Public Grievances").
_COMMON = re.compile(
    r"[a-z]{3}(?:tion|ment|ity|ive|ance|ence|ship|ism|ing|ure|ogy|ics|ness|ary|ural|ional)$"
    r"|[a-z]{3}(?:tions|ments|ities|ances|ences|ships|isms|ogies|nesses)$"
    r"|[а-яё]{3}(?:ому|ему|ой|ых|ими|ская|ский|ское|ный|ные|ние|ния|ция|ции|ство|ства|ств)$|[а-яё]{2}(?:ого|его)$"
    r"|\w(?:[бвгджзклмнпрстфхцчшщь]н|ск)[оеё]м$"  # a place's adjective: "на Южном Кавказе", "Ближнем"
)
#: Given names that end like a noun in "-ния" ("Евгения Махмутова", "Ксения …"); also "Евгения" of "Евгений".
_NOUN_LIKE_GIVEN = frozenset({"Евгения", "Ксения", "Есения", "Стефания", "Агния"})
#: What a given name before a surname in "-ский" never is: an adjective, or a place in "-е" ("Душанбе").
_NO_GIVEN_NAME = re.compile(rf"{_COMMON.pattern}|е$|ы$|и$")
#: (and the genitive "-и", "-ы" of a surname in "-а": "По мнению Бордюжи" is Николай Бордюжа)
_RUSSIAN_ENDINGS = ("ого", "ому", "ым", "ом", "ой", "ою", "ем", "ей", "ую", "а", "у", "е", "я", "ю", "и", "ы")


def bare_word(word: str) -> str:
    """A word lower-cased, without a possessive ending or trailing punctuation."""
    return word.lower().strip(".,:;()").removesuffix("’s").removesuffix("'s")


#: A person's post written right after the name, without a comma ("Li Keqiang Premier of the State Council").
_POSTS_AFTER = frozenset("premier president minister chairman ambassador secretary-general secretary adviser".split())
#: Capitalised words of a date, a time, a preposition or an adverb before a name ("On Monday Wang Yi", "Last August
#: Putin", "On October", "For Tehran").
_BEFORE_NAME_WORDS = frozenset(
    "on in at by since during from until last next this early late mid today yesterday tomorrow for with under "
    "amid despite after before against among between within without through following according "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december "
    # Russian sentence adverbs before a surname ("Также Лавров заявил") and prepositions ("На Ассамблее были …")
    "также однако затем ранее поэтому тогда теперь сегодня вчера позднее позже впоследствии "
    "на за между во по при для от из об со ко до после перед над под через "  # (not "в", "с": "В. Норов")
    "meanwhile earlier later however moreover also then separately additionally furthermore "  # ("Meanwhile X, …")
    "h.e h.h honorable honourable hon his her highness excellency majesty".split()  # (honorifics: "H.E. Li Keqiang")
)


def _is_office_word(word: str) -> bool:
    bare = bare_word(word)
    if "-" in bare and bare.split("-", 1)[0] in TITLE_WORDS:
        return True  # "Ambassador-at-Large", "President-elect"
    return bare in TITLE_WORDS or bare in COUNTRIES or bare in _RUSSIAN_TITLES or bare in NOT_PERSON


@lru_cache(maxsize=8192)
def clean_name(phrase: str) -> str:
    """A person's name without the countries, titles and offices written before it.

    >>> clean_name("Uzbekistan Ilkhom Makhkamov")
    'Ilkhom Makhkamov'
    >>> clean_name("Minister of Foreign Affairs of India S. Jaishankar")
    'S. Jaishankar'
    >>> clean_name("России Сергей Лавров")
    'Сергей Лавров'
    """
    words = phrase.replace("’s ", " ").replace("'s ", " ").split()
    while len(words) > 1 and bare_word(words[0]) in _BEFORE_NAME_WORDS:
        words = words[1:]  # "On Monday Wang Yi"; a month at the end is a name's ("Theresa May")
    if len(words) > 2 and bare_word(words[-1]) in _POSTS_AFTER and not _is_office_word(words[-2]):
        words = words[:-1]  # "H.E. Li Keqiang Premier (of the State Council)": the post after the name
    start = 0
    for i, word in enumerate(words):
        if _is_office_word(word) or not word[:1].isupper() and not re.fullmatch(_PARTICLES, word):
            start = i + 1
    return " ".join(words[start:]).strip(" ,;:")


def only_words_before_names(text: str) -> bool:
    """Whether ``text`` holds only words written before a name: honorifics, dates, adverbs ("His Highness")."""
    return all(bare_word(word) in _BEFORE_NAME_WORDS for word in text.split())


def common_word(word: str) -> bool:
    """A common English word, or a headline's verb of one ("Delivers", "Holds")."""
    bare = bare_word(word)
    if bare in COMMON_WORDS:
        return True
    stem = bare[:-1] if bare.endswith("s") else ""
    return bool(stem) and not COMMON_WORDS.isdisjoint((stem, f"{stem}ed", f"{stem}d"))


@lru_cache(maxsize=8192)
def _names_at(text: str) -> tuple[tuple[str, int], ...]:
    """Full person names of ``text`` (cleaned) with where each starts; none in a line that addresses the listeners."""
    if _ADDRESS_LINE.match(text):
        return ()  # "Honourable Chairman of the Council, Mr. Murat Nurtleu,": the listener, not a speaker
    names = []
    matches = [
        (match, cyrillic)
        for pattern, script, cyrillic in ((_NAME_LATIN, _HAS_LATIN, False), (_NAME_CYRILLIC, _HAS_CYRILLIC, True))
        if script.search(text)
        for match in pattern.finditer(text)
    ]
    for match, cyrillic in sorted(matches, key=lambda pair: pair[0].start()):
        before = text[max(0, match.start() - 12) : match.start()].lower().rstrip()
        if before.endswith(_THANKED) or match.group(0).split()[0].lower() in _SALUTATIONS:
            continue  # a salutation names the listener, not the speaker ("Dear Emomali Sharipovich")
        if text.startswith("/", match.end()) or text.startswith(" /", match.end()):
            continue  # a photographer's credit names no one in the story ("[Didor Sadulloev/Reuters]")
        if _NAMED_AFTER.search(text, max(0, match.start() - 16), match.start()):
            continue  # nor does the name of a university ("МГУ имени М. В. Ломоносова", "named after Al-Farabi")
        if _CREDIT.search(text, max(0, match.start() - 20), match.start()):
            continue  # nor a byline or a photo credit ("Текст: Вера Басилая", "Фото: Владимир Андреев ©")
        quoted = match.start() > 0 and OPENING_QUOTE.match(text, match.start() - 1) is not None
        if quoted and quoted_title_at(text, match.start()):
            continue  # a name in quotation marks is a project's or an event's ("Spiritual Relics of the SCO States")
        owner, *owned = _POSSESSIVE_END.split(match.group(1), maxsplit=1)
        name = clean_name(owner)  # "Mao Ning's Regular Press Conference" is Mao Ning's
        if not name and owned:
            name = clean_name(owned[0].strip())  # "China's President Xi Jinping": the country owns the office
        words = name.split()
        if not cyrillic and not is_chinese_name(words):  # a headline's words around the name: "Shavkat
            while words and common_word(words[-1]):  # Mirziyoyev Delivers Address", "First We"
                words = words[:-1]
            while words and common_word(words[0]):
                words = words[1:]
            name = " ".join(words)
        body = False  # "(Организации) Здравоохранения Тедрос Адханом Габрейесус": a body's name before the person's
        tail_of_body = cyrillic or _BODY_LINK.search(text, max(0, match.start() - 5), match.start()) is not None
        while tail_of_body and len(words) > 2 and _COMMON.search(words[0]):  # ("Minister for Information and
            words, body = words[1:], True  # Broadcasting Attaullah Tarar")
        name = " ".join(words)
        if len(words) < 2 and not (len(words) == 1 and _INITIALLED_SURNAME.match(name)):
            continue
        if words and words[0].lower() in _MODALS:
            continue  # "Development Bank May Compete With …": a headline's verb, no given name
        previous = text[max(0, match.start() - 40) : match.start()].split() if words and words[0] == "To" else []
        if previous and previous[-1][:1].isupper():
            continue  # "Russia To Conduct Joint Drill": a headline's infinitive (but "To Lam said")
        if words and words[-1].endswith(("’", "'")):
            continue  # a closing quotation mark or a plural's possessive: "‘Azadi ka Amrit Mahotsav’", "Belarus’ Sites"
        if all(w.endswith(".") for w in words) or any(bare_word(w) in NOT_PERSON for w in words):
            continue
        common = any(_COMMON.search(w) and w not in _NOUN_LIKE_GIVEN or not cyrillic and common_word(w) for w in words)
        if common and cyrillic and SKY_NAME.match(" ".join(words)) and not _NO_GIVEN_NAME.search(" ".join(words[:-1])):
            common = False  # a surname in "-ский" after a given name ("Александр Шпаковский"), no adjective
        if common and not (is_chinese_name(words) or cyrillic and woman_named(text, match.start(), match.end(), words)):
            continue
        if cyrillic and any(bare_word(w) in _RUSSIAN_TITLES for w in words):
            continue
        start = match.start() + match.group(0).find(words[0])
        glued = cyrillic and not body and len(words) == 3 and not _ANY_CASE_PATRONYMIC.search(words[1])  # "Совбеза
        # Олег Радов", not "Сергея Викторовича Лаврова"; a place first: "в Бишкеке Сергей Вакунов", "в Уфе Пекин"
        if (place := _PLACE_BEFORE.search(text, 0, start)) and len(words) == 2 and cyrillic and words[0][-1] == "е":
            continue
        if len(words) > 2 and (glued or place):
            start += len(words[0]) + 1
            name, words = " ".join(words[1:]), words[1:]
        names.append((name, start))
    return tuple(names)


#: The word before the last word of a ministry's name ("Minister for Information and Broadcasting X").
_BODY_LINK = re.compile(r"\b(?:and|of|for)\s+$")
#: A byline's or a photo credit's label right before a name (also "фото Аманкула Дюсенбаева", with no colon).
_CREDIT = re.compile(r"(?i)(?:\b(?:фото|[тt]екст|автор|photo|text|author|credit)\s*:|©|(?<!на\s)\bфото|photo\sby)\s*$")
_ADDRESS_LINE = re.compile(  # a line that addresses the listeners, ending in a comma
    r"(?i)^\W*(?:your\s+)?(?:excellenc|distinguished|esteemed|honou?rable|respected)(?:[^.!?]|(?<=Mr|Ms|Dr)\.)*,\s*$"
)
#: Words of a salutation before the listener's name.
_SALUTATIONS = frozenset({"dear", "уважаемый", "уважаемая", "уважаемые", "дорогой", "дорогие"})
#: The listener greeted or thanked before his name ("Dear …", "признательность … уважаемому Эмомали Шариповичу");
#: not the honorific of a person spoken of ("под председательством … уважаемого Шавката Миромоновича", "уважаемый
#: Нурлан Ермекбаев отметил").
_THANKED = ("dear", "уважаемому", "дорогому")
#: A surname after its initials, written as one word ("S.Jaishankar", "Ts.Elbegdorj", "С.В.Лавров").
_INITIALLED_SURNAME = re.compile(r"^(?:(?:[А-ЯЁA-Z]|Ts|Sh|Kh|Ch|Zh|Yu|Ya|Ye)\.\s?-?){1,2}\S{3,}$")
#: The endings of a Russian patronymic, the middle word of a full name ("Петрович", "Ильич", "Петровна").
PATRONYMIC_ENDINGS = "ович|евич|ьич|ична|овна|евна|инична"
_PATRONYMIC = re.compile(rf"(?:{PATRONYMIC_ENDINGS}|[a-z](?:ovich|evich|ovna|evna))$")  # also "Leontievich"
_ANY_CASE_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ичн|овн|евн)[а-я]{0,3}$")
#: A preposition of place right before a name: its first word is the place ("в Бишкеке Сергей Вакунов").
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на|in|at)\s$")


def is_chinese_name(words: list[str]) -> bool:
    """Whether ``words`` are a Chinese name (family name, then given name), whose given name may end like
    an English common noun ("Xi Jinping", "Deng Xiaoping")."""
    return len(words) == 2 and words[0].lower() in CHINESE_SURNAMES


def person_names(text: str) -> list[str]:
    """Full person names (two to four words, titles and countries removed) in order of appearance."""
    return [name for name, _ in _names_at(text)]


@lru_cache(maxsize=8192)
def surname_key(name: str) -> str:
    """The last word of ``name``, lower case, without a Russian case ending: "Норова" and "Норов" share it.

    A Chinese name's family name comes first: "Xi Jinping" and "President Xi" share "xi". Latin letters are read as
    transliterations of one name differ: "y" as "i" ("Aleynik", "Aleinik"; "Tokayev", "Tokaev" and "Yermekbayev",
    "Ermekbaev" share keys) and "kh" as "h" ("Mukhriddin", "Muhriddin")."""
    words = re.split(r"[\s.]+", name.strip(" .,"))
    if is_chinese_name(words):
        return words[0].lower()
    last = soft_stem(words[-1].lower())  # "Макея" is "Макей"; "Зася", "Засем" are "Зась"
    for ending in _RUSSIAN_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 4 and re.search("[а-яё]", last):
            return last[: -len(ending)]
    if len(last) < 5 or not last.isascii():
        return last
    # a transliteration's "y" for "и" or before a vowel ("Aleynik" and "Aleinik"; "Tokayev" and "Tokaev"), "kh" for "х"
    return re.sub(r"(?<=[aeiou])y(?=[aeiou])|^y(?=e)", "", last).replace("y", "i").replace("kh", "h")


def another_person(name: str, known: str) -> bool:
    """Whether two full names with one surname are two people: their given names share no first letters
    ("Wang Wenbin" and "Wang Yi", "Nawaz Sharif" and "Shehbaz Sharif", "Mohammed bin Salman Al Saud" and "Salman bin
    Abdulaziz Al Saud"; not "S Jaishankar" and "Subrahmanyam Jaishankar", nor "Сергея Лаврова" and "Сергей Лавров")."""
    given, known_given = _given_names(name), _given_names(known)
    shared = any(a[: min(len(a), len(b), 3)] == b[: min(len(a), len(b), 3)] for a in given for b in known_given)
    return bool(given and known_given) and not shared


def _given_names(name: str) -> list[str]:  # (an Arab name's own are those before "bin", "ibn" or "bint")
    words = [w.strip(".").lower() for w in re.split(r"[\s.]+", name) if w.strip(".")]
    son_of = next((i for i, w in enumerate(words) if w in ("bin", "ibn", "bint")), -1)
    return words[1:] if is_chinese_name(words) else words[:son_of]


def patronymic_holder(name: str, known: Iterable[str]) -> str | None:
    """The one known full name that a given name and patronymic stand for: "Владимир Владимирович" for the
    "Владимир Путин" a document names (None when no known name, or several, share the given name)."""
    words = name.split()
    if len(words) != 2 or not _PATRONYMIC.search(words[1]):
        return None
    given = words[0][: max(4, len(words[0]) - 1)]  # "Рахматулла" for the "Рахматулл Нурымбетов" of a case form
    holders = {n for n in known if n != name and len(n.split()) > 1 and n.split()[0].startswith(given)}
    return holders.pop() if len(holders) == 1 else None


def same_person(a: str, b: str) -> bool:
    """Whether two person names share their surname (case endings aside)."""
    return bool(surname_key(a)) and surname_key(a) == surname_key(b)


def nominative_of(full: str, surname: str) -> str:
    """``full``, a name the text wrote in an oblique case ("Тиграна Саркисяна"), in the nominative that ``surname``,
    written alone as a subject, gives ("Саркисян"); else ``full`` as it is ("Бахром Исаев" for "Исаев")."""
    last, converted, lower = full.split()[-1], nominative(full), surname.lower()
    if last == surname or converted.endswith(f" {surname}"):
        return full if last == surname else converted
    # ("Худоёра Худоёрзоды" written later "Худоёрзода": "Худоёр Худоёрзода")
    genitive = re.search("[а-яё]а$", lower) and last.lower() in (lower[:-1] + "ы", lower[:-1] + "и")
    return f"{converted.rsplit(' ', 1)[0]} {surname}" if genitive else full


def nominative(phrase: str) -> str:
    """A Russian name or office in a masculine oblique case back in the nominative ("С.В.Лаврова" → "С.В.Лавров").

    Meant for names that stand in the genitive, dative or instrumental (after "Выступление", "Министра", "с").
    An office's head word and the adjectives before it change, and a person's name at the end; what qualifies
    the head stays as written ("министра иностранных дел России Сергея Лаврова" → "министр иностранных дел
    России Сергей Лавров", "пресс-службы МИД Казахстана" → "пресс-служба МИД Казахстана").
    """
    words = phrase.split()
    named = person_names(phrase)
    name_start = len(words) - len(named[-1].split()) if named and phrase.endswith(named[-1]) else len(words)
    woman = feminine_oblique(words[name_start:])
    if woman:  # "представителя МИД Марии Захаровой": "Мария Захарова"
        words[name_start:] = feminine_nominative(words[name_start:])
    woman = woman or name_start < len(words) and words[name_start].lower() in FEMALE_GIVEN_NAMES  # as written
    out, head_done = [], False
    for i, word in enumerate(words):
        if woman and i >= name_start:
            out.append(word)
        elif name_start <= i < len(words) - 1 and word.lower().endswith(("ия", "ием", "еем", "ая", "аем", "ею", "аю")):
            out.append(re.sub(r"(?:я|ем|ю)$", "й", word))  # a given name: "Дмитрия", "Сергею" → "Дмитрий", "Сергей"
        elif name_start <= i and re.search(r"(?:ов|ев)ич(?:а|у|ем)$", word):  # (last too: "Касым-Жомарт Кемелевичем")
            out.append(re.sub(r"(?:а|у|ем)$", "", word))  # a patronymic: "Миромоновичем" → "Миромонович"
        elif name_start <= i < len(words) - 1 and word.lower().endswith(("оря", "орем")):
            out.append(re.sub(r"(?:я|ем)$", "ь", word))  # "Игоря", "Игорем" → "Игорь"
        elif i >= name_start:
            out.append(word_nominative(word))
        elif head_done:
            out.append(word)
        else:
            out.append(word_nominative(word))
            head_done = not word.lower().endswith(ADJECTIVE_OBLIQUE)
    return " ".join(out)


#: Words after which a Russian name stands in an oblique case ("Выступление Министра … С.В.Лаврова", "встреча с …").
OBLIQUE_BEFORE = re.compile(
    r"\b(?:министра|президента|секретаря|председателя|посла|директора|заместителя|генсекретаря|главы|"
    r"министром|президентом|секретар[её]м|председателем|послом|директором|заместителем|"
    r"генсека|замглавы|представител(?:я|ем)|координатор(?:а|ом)|"
    r"выступлени[ея]|интервью|слов[оа]|словам|мнению|оценке|речь|ответы|обращени[ея]|стенограмма|"
    r"председательством|с|со)"
    r"\s+(?:[А-ЯЁа-яё-]+\s+){0,6}$"
    r"|\bвыступлении\s+$",  # "в выступлении Касым-Жомарта Токаева" (not "В своем выступлении … Сергей Шойгу")
    re.IGNORECASE,
)


#: A man's surname in the instrumental or dative, whatever stands before it ("… Муратом Мукушевым").
_MALE_OBLIQUE = re.compile(r"(?:(?:ов|ев|ёв|ин)(?:ым|у)|[сц]к(?:им|ого|ому))$")
#: A man's name with every word in the instrumental ("заявленного Дональдом Трампом курса", "Исломом Каримовым").
_MALE_INSTRUMENTAL = re.compile(r"(?:\S+[бвгджзклмнпрстфхцчшщ](?:ом|ем)\s+)+\S+(?:[бвгджзклмнпрстфхцчшщ]ом|ым|им)")
#: A patronymic in the genitive, dative or instrumental inside a name ("Эмомали Шариповичу Рахмону").
_OBLIQUE_PATRONYMIC = re.compile(r"(?:ов|ев)ич(?:а|у|ем)\s")


@lru_cache(maxsize=8192)
def person_mentions(text: str) -> tuple[str, ...]:
    """Person names of ``text`` as :func:`person_names`, Russian ones in an oblique case put back in the nominative."""
    found = []
    for name, start in _names_at(text):
        if re.search("[а-яё]", name) and (
            OBLIQUE_BEFORE.search(text[max(0, start - 60) : start])
            or _MALE_OBLIQUE.search(name)
            or _MALE_INSTRUMENTAL.fullmatch(name)
            or _OBLIQUE_PATRONYMIC.search(name)
        ):
            name = nominative(name)
        found.append(name)
    return tuple(found)
