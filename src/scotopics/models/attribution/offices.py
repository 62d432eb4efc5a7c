"""Which person holds an office a document names: "the Secretary-General" → "Zhang Ming".

A reader resolves "the minister", "глава МИД РФ" or "the top Iranian diplomat" to the person the document
introduces with that office, usually in its title or lead ("Foreign Minister Wang Yi", "Minister … Dr Mahesh Sharma").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .epithets import EPITHETS
from .names import COUNTRIES, NOT_PERSON, TITLE_WORDS, is_chinese_name, person_mentions, surname_key
from .russian_offices import (
    DEPUTY_SHORT,
    REPRESENTATIVE,
    RUSSIAN_OFFICES,
    opens_with_russian_office,
    russian_country,
    russian_office_stem,
    russian_posts,
)

__all__ = [
    "another_office", "ORGANISATION", "find_office_holder", "opens_with_russian_office", "RUSSIAN_OFFICES", "EXPERT",
    "HEAD_OF_STATE_TITLES", "COUNTRY_LEADER", "NATIONALITY", "country_words",
]  # fmt: skip

#: Words that make another office of the one after them ("Prime Minister", "Deputy Minister", "премьер-министр").
#: An organisation's initials may stand between them ("Deputy SCO Secretary-General").
_OTHER_OFFICE_BEFORE = re.compile(
    r"(?i)(?:prime|vice|deputy|премьер|вице|заместитель)[\s-]+(?:(?-i:[A-ZА-ЯЁ]{2,6})\s+)?$"
)
_QUALIFIED = re.compile(r"(?i)\b(?:prime|vice|deputy|премьер|вице|заместител)")
_DEPUTY = re.compile(r"(?i)\b(?:vice|deputy|вице|заместител)")
_DEPUTY_BEFORE = re.compile(r"(?i)(?:vice|deputy|вице|заместитель)[\s-]+$")


#: Organisations whose offices share names ("the SCO Secretary-General", "UN Secretary-General").
ORGANISATION = re.compile(
    r"\b(SCO|ШОС|UN|ООН|CSTO|ОДКБ|CIS|СНГ|EAEU|ЕАЭС|BRICS|БРИКС|ASEAN|OSCE|ОБСЕ|RATS|РАТС|EU|ЕС)\b"
)


def another_office(office: str, text: str, at: int) -> bool:
    """Whether the office word at ``text[at:]`` is another office than ``office``: "the Minister" is not the
    "Prime Minister", nor a deputy, that the text also names; "the SCO Secretary-General" is not the "UN
    Secretary-General"."""
    if _QUALIFIED.search(office) is None and _OTHER_OFFICE_BEFORE.search(text, max(0, at - 20), at) is not None:
        return True
    if _DEPUTY.search(office) is None and _DEPUTY_BEFORE.search(text, max(0, at - 15), at) is not None:
        return True  # "премьер-министр" is not the "вице-премьер-министр" the text names
    own = ORGANISATION.search(office)
    before = ORGANISATION.findall(text, max(0, at - 25), at)
    return own is not None and bool(before) and before[-1] != own.group(1)


#: A sentence break, not the point of an initial, a title or a rank ("Dr. S. Jaishankar", "Lt. Gen. (Retd) X").
_SENTENCE_BREAK = re.compile(
    r"(?<![A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!Mrs)(?<!Prof)(?<!\bLt)(?<!\bGen)(?<!\bCol)(?<!\bMaj)(?<!Brig)(?<!Retd)\.\s"
)
_LEADING_WORD = re.compile(r"\s*([A-ZА-ЯЁ][\w’'-]+)")
#: The word that tells one minister (or secretary) from another: "Foreign Minister", "Prime Minister".
#: Lower case too, as news write it ("the Tajik interior minister"), but not a word that says nothing of the field.
_QUALIFIED_OFFICE = re.compile(
    r"\b(?!(?i:the|organi[sz]ation|former|acting|senior|visiting|then|chief)\b)([A-Z][a-z]+|(?!deputy|vice)[a-z]{4,})"
    r"\s+(?:Minister|Secretary|minister)\b"
)


#: Words that may stand between an office and its holder's name besides capitalised ones
#: ("Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu").
_OFFICE_LINKS = frozenset(
    "of the and & for on in to at ad interim d’affaires d'affaires affairs – - , shri dr. mr. ms.".split()
)  # ("Union Minister of Ayush and Ports, Shipping & Waterways, Sarbananda Sonowal")


#: The year a post was held, between the post and its holder's name ("Chairman … in 2021 Emomali Rahmon").
_POST_YEAR = re.compile(r"(?:\bin\s+)?\b(?:19|20)\d\d\b")


#: The end of one person's entry before the next in a list ("X, Foreign Minister of Iran, and Y, …").
_NEXT_LIST_ITEM = re.compile(r",\s+(?:and|и)\s*$")


def _right_after(after: str, name: str, short_names: frozenset[str] = frozenset()) -> bool:
    """Whether ``name`` follows the office directly, with only the rest of the title between them
    ("Foreign Minister Wang Yi", not "foreign ministers of the SCO member states with President … Xi Jinping"); a
    body the office names by its initials (``short_names``) may stand between spelled out, with those initials
    ("директор КИСИ": "директор Казахстанского института стратегических исследований (КИСИ) при президенте РК X")."""
    at = after.find(name.split()[0])
    if _NEXT_LIST_ITEM.search(after[: max(at, 0)]):
        return False  # "X, Foreign Minister of Iran, and Y, Secretary-General …": the next item of a list of people
    between = after[:at].split() if at >= 0 else []
    if short_names and short_names.intersection(w.strip("()") for w in between):
        return len(between) <= 16
    # "Secretary General of the … Organization (SCO) Zhang Ming"; the year of a post may stand between too ("the
    # President, Chairman of the … Council … in 2021 Emomali Rahmon")
    bare = [w.strip("()") for w in _POST_YEAR.sub(" ", " ".join(between)).split()]
    # lower-case words of the title itself may stand between too ("Minister of foreign Affairs of Russia …")
    lower = [w for w in bare if not w[:1].isupper() and w.lower() not in _OFFICE_LINKS | TITLE_WORDS]
    cyrillic = re.search("[а-яё]", after[:at].lower()) is not None
    return len(lower) <= (3 if cyrillic else 0) and len(between) <= 16  # "министр иностранных дел России …"


#: A head of state named by the post or as a country's leader ("the Head of State", "the Kazakh leader",
#: "Российский лидер", "глава государства").
#: The posts and honorifics of a head of state ("the Head of our state", "the Leader of the Nation").
HEAD_OF_STATE_TITLES = r"head\s+of\s+(?:our\s+)?state|leader\s+of\s+the\s+nation"
#: A country's leader, whole ("the Kazakh leader", "the leader of our country", "the Leader of Kazakhstan", "the head of
#: the Belarusian state").
_LED_COUNTRIES = "|".join(sorted((c for c in COUNTRIES if c.isascii() and c.isalpha()), key=len, reverse=True))
COUNTRY_LEADER = (
    rf"^(?:the\s+)?(?:(?:[a-z]+\s+)?leader(?:\s+of\s+(?:(?:our|the|his|her)\s+(?:country|state)|{_LED_COUNTRIES}))?"
    r"|head\s+of\s+the\s+[a-z]+(?<!member)\s+state)$"  # ("the head of the Belarusian state")
)
_HEAD_OF_STATE = re.compile(
    rf"(?i)\b(?:{HEAD_OF_STATE_TITLES})\b|{COUNTRY_LEADER}"
    r"|^(?:[а-яё]+(?:ий|ый)\s+)?лидер\b|\bглав\w*\s+(?:[а-яё]+(?:ого|его)\s+)?(?:государства|республики|страны)\b"
)
#: A country's head named as "глава Узбекистана".
_COUNTRY_HEAD = re.compile(r"(?i)^глав\w*\s+([а-яё]+)$")
#: A plural office word: its name is no holder of the one office asked for.
_PLURAL_OFFICE = re.compile(r"(?i)(?:ers|ents|ors|ров|рам|рами|рах|тов|там|ры|ты|лы)$")
#: Posts one person holds (not a council or a ministry).
_PERSONAL_POST = re.compile(
    r"(?i)\b(?:minister|secretary|secretary-general|chairman|chairperson|president|ambassador|director|envoy|official|"
    r"diplomat|spokes(?:man|person|woman)|governor|premier|chief|head|representative|министр|генсек|секретар|"
    r"председател|президент|посол|директор|представител|дипломат|глав[аеуы]|премьер|руководител)"
)
#: First words of a capitalised phrase that is no one's name ("Dear Vladimir Vladimirovich", "Our Space").
_NO_NAME_START = frozenset({"dear", "our", "my", "your", "his", "her", "their", "уважаемый", "уважаемая", "дорогой"})
#: The country an office is of ("the President of Russia").
_OF_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w-]+)")
#: Words news use for any official, whatever the post.
_GENERIC_OFFICIAL = re.compile(
    r"(?i)\b(?:official|diplomat|дипломат|head\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?delegation|глав\w*\s+делегаци)"
)
#: A country's top diplomat, as news calls its foreign minister.
#: One diplomat, or the head of a country's diplomacy ("глава российской дипломатии"); not "diplomatic missions".
_DIPLOMAT = re.compile(r"(?i)\bdiplomat\b|\bдипломат(?:а|у|ом|е)?\b|\bдипломатии\b")
#: An expert a commentary quotes ("the expert", "политолог"), or the person Russian news quote ("заключил политик").
_RUSSIAN_EXPERTS = (
    r"(?:эксперт|политолог|аналитик|журналист|политик|собеседник|чиновник|научн\w+\s+сотрудник|исследовател"
    r"|профессор|востоковед|специалист)\w*"
)
_EXPERT_WORDS = (
    rf"(?:expert|analyst|political\s+scientist|commentator|journalist|professor|researcher|{_RUSSIAN_EXPERTS})"
)
#: A name's apposition opening right before an office ("Shamil Yenikeyev, a professor at …"), perhaps with the
#: holder's nationality ("H.E. Moin ul Haque, Pakistani ambassador").
_APPOSITION_END = re.compile(r",\s*(?:(?:a|an|the)\s+)?(?:(?P<nationality>[A-Z][a-z]+)\s+)?$")
EXPERT = re.compile(rf"(?i)\b{_EXPERT_WORDS}")
#: A nationality before an office: "the Kazakh Minister" is the minister of that country, in any field.
NATIONALITY = re.compile(
    r"(?i)^(?:kazakh|kazakhstani|kyrgyz|kyrgyzstani|uzbek|uzbekistani|tajik|tajikistani|russian|chinese|indian|"
    r"pakistani|iranian|belarusian|mongolian|afghan|turkish|azerbaijani|armenian|turkmen)$"
)


def find_office_holder(
    office: str, texts: Sequence[str], known: Mapping[str, str], headline: str | None = None
) -> str | None:
    """The person named beside ``office`` in the first of ``texts`` that names one (the title and lead, then the
    rest), as ``known`` (surname key → full name) gives it; else the person the ``headline`` reports, when the text
    introduces him by no other post ("Jaishankar calls for …" / "the External Affairs Minister then highlighted")."""
    holder = _named_holder(office, texts, known)
    if holder is None and _HEAD_OF_STATE.search(office):  # "the Tajik leader" the text calls "President X" only
        holder = _named_holder(" ".join(w for w in office.split() if not NATIONALITY.match(w)), texts, known)
    nationality = next((w.lower() for w in office.split() if NATIONALITY.match(w)), "")
    if holder and nationality and not nationality.startswith("chin") and is_chinese_name(holder.split()):
        holder = None  # "the Kazakh leader" is not the "President Xi Jinping" whose initiatives he praised
    if holder is not None or headline is None:
        return holder
    personal = _PERSONAL_POST.search(office) and not _PLURAL_OFFICE.search(office)
    return headline if personal and _introduced_as(office, headline, texts) else None


def _named_holder(office: str, texts: Sequence[str], known: Mapping[str, str]) -> str | None:
    office = DEPUTY_SHORT.sub(r"заместитель \1", office)  # "Замдиректора ФСБ" is the "заместитель директора ФСБ"
    office = re.sub(r"(?i)\b(?:экс|ex)-", "", office)  # "экс-генсек ОДКБ", "the ex-official": the former holder the
    # lead names with that post
    words = [w for w in re.findall(r"[\w-]+", office.lower()) if w in TITLE_WORDS or w in RUSSIAN_OFFICES]
    words = [w for w in words if w not in {"the", "of", "sco", "шос", "deputy", "vice", "state"}]
    russian = russian_office_stem(office) if re.search("[а-яё]", office.lower()) else None
    country_head = _COUNTRY_HEAD.match(office.strip())
    head_of_state = bool(_HEAD_OF_STATE.search(office) or country_head and country_head[1].lower() in COUNTRIES)
    expert = EXPERT.search(office)
    diplomat = _DIPLOMAT.search(office) is not None
    epithet = next((post for pattern, post in EPITHETS if pattern.search(office)), None)
    if not words and not russian and not head_of_state and not diplomat and not expert and not epithet:
        return None
    nationality = None  # a nationality the holder's title must give, with a field ("the Tajik interior minister")
    if russian:
        stem = russian
    elif words:
        stem = re.escape(words[-1][: max(4, len(words[-1]) - 2)])
    if head_of_state:  # "the Head of State", "Российский лидер", "глава государства": the president the lead names
        stem = rf"(?:president|президент|leader|лидер|{HEAD_OF_STATE_TITLES})"  # ("Head of State Nursultan …")
    elif not russian and words == ["president"]:  # "the President": the "Head of State Nursultan Nazarbayev" too
        stem = rf"(?:president|{HEAD_OF_STATE_TITLES})"
    elif epithet:
        stem = epithet  # "Глава МИД РФ", "the premier": the foreign or prime minister the lead names
    elif diplomat:  # "the top Iranian diplomat", "Дипломат": the foreign minister (or a deputy) the lead names
        stem = (
            r"(?:foreign\s+minister|minister\s+of\s+foreign\s+affairs|министр\w*\s+иностранных\s+дел|(?:зам)?глав\w*\s+МИД|"
            r"ambassador(?:-at-large)?|посол|посла|послом|charg[eé]\s+d['’]affaires|поверенн\w*\s+в\s+делах"  # or envoy
            r"|(?:официальн\w+\s+)?представител\w*\s+МИД"  # or the ministry's spokesperson ("Лу Кан"), in English too
            r"|пресс-секретар\w*\s+(?:[а-яё]+\s+)?(?:МИД|внешнеполитическ\w*\s+ведомств\w*|дипведомств\w*)"
            r"|representative\s+of\s+the\s+(?:\w+\s+)?(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs)"
            r"|foreign\s+ministry\s+spokes(?:man|woman|person))"
        )
    elif expert:  # "the expert": the "political expert Aleksei Dzermant" of the lead
        stem = _EXPERT_WORDS
    elif re.fullmatch(r"(?i)(?:the\s+)?spokes(?:man|woman|person)", office.strip()):  # the "Press Secretary X"
        stem = r"(?:spokes(?:man|woman|person)|press\s+secretary)"  # of the lead ("CSTO Press Secretary X")
    elif re.fullmatch(r"(?:the\s+)?EAM", office.strip()):  # India's External Affairs Minister, named in the lead
        stem = r"(?:(?-i:EAM)|External\s+Affairs\s+Minister|Minister\s+of\s+External\s+Affairs)"  # ("EAM X")
    elif not russian and (qualifier := _QUALIFIED_OFFICE.search(office)) and not NATIONALITY.match(qualifier[1]):
        # "External Affairs Minister" is not "Prime Minister"; "the Culture Minister" is the "Minister … for Culture"
        field = re.escape(qualifier.group(1))
        nationality = next((w[:4].lower() for w in office.split() if NATIONALITY.match(w)), None)
        # ("Minister of Foreign Affairs X" is "the Foreign Minister" too)
        stem = rf"(?:{field}\s+{stem}|{stem}\w*(?:\s+(?:of|for|State|the)){{1,4}}\s+{field}(?:\s+affairs)?)"
    # "the President of Russia", "the Russian leader": only a holder the text names with that country
    named = [w for w in _OF_COUNTRY.findall(office) if w.lower() in COUNTRIES]
    country = (named + [w for w in office.split() if head_of_state and NATIONALITY.match(w)] or [""])[0][:5].lower()
    office_country = russian_country(office)  # "глава МИД России": not the "глава МИД Казахстана" of the lead
    initials = frozenset(re.findall(r"\b[A-ZА-ЯЁ]{3,6}\b", office)) - {"SCO", "ШОС", "МИД", "CIS", "СНГ"}
    # The title and lead first; then the rest of the document (an ambassador introduced in paragraph four).
    lone, whole = None, " ".join(texts)  # (a surname alone counts over the whole text)
    for text in texts:
        for match in re.finditer(rf"(?i)\b{stem}\w*\b", text):
            if _PLURAL_OFFICE.search(match.group(0)):
                continue  # "министров принял президент …", "the ministers met President …": not one office's holder
            if not diplomat and another_office(office, text, match.start()):
                continue  # "the Minister" is not the "Prime Minister" the text also names, nor a deputy, nor the UN's
            after = _SENTENCE_BREAK.split(text[match.end() : match.end() + 140], maxsplit=1)[0]
            names = tuple(name for name in person_mentions(after) if _right_after(after, name, initials))
            surname = _LEADING_WORD.match(after)
            if names and surname and not names[0].startswith(surname[1]) and _lone_surname(surname[1], after, whole):
                names = ()  # "Prime Minister Modi, Russian President Vladimir Putin": Modi holds it, not Putin
            if not names and surname and surname_key(surname.group(1)) in known:
                names = (surname.group(1),)  # "EAM Jaishankar", the full name given elsewhere
            elif not names and surname and not lone and _lone_surname(surname.group(1), after, whole):
                lone = surname.group(1)  # "President Pezeshkian said …. Pezeshkian noted …": if no full name is given
            if not names:
                before = _SENTENCE_BREAK.split(text[max(0, match.start() - 60) : match.start()])[-1]
                names = tuple(person_mentions(before)[-1:]) if _apposition_end(before) else ()
            titled = text[max(0, match.start() - 40) : match.end() + max(0, after.find(names[0]))] if names else ""
            if country and country not in titled.lower() and (_names_a_country(titled) or not names):
                continue  # "Kyrgyz President X and President of Russia Y": X is not "the President of Russia" (but
            near = _countries_near(names[0], texts, titled) if country and names else set()
            if near and country not in near:  # "Head of State X", no country named, may be "the Kazakh President"
                continue  # when no other country goes with X elsewhere
            own_title = text[match.start() : match.end() + max(0, after.find(names[0]))] if names else ""
            if office_country and russian_country(own_title) not in (None, office_country):
                continue  # "глава МИД Казахстана X" is not "глава МИД России"
            if names:  # a Chinese name whole ("Wang Wenbin" and "Wang Yi" share the family name), in its known case
                found = names[0]
                chinese = next((k for k in known.values() if found.startswith(k) and is_chinese_name(k.split())), found)
                holder = chinese if is_chinese_name(found.split()) else known.get(surname_key(found), found)
                own_post = (
                    after[: after.find(found)] if found in after else re.split(r",|\band\b", after, maxsplit=1)[0]
                )
                if nationality and nationality not in f"{titled} {own_post}".lower():
                    near = {country[:4] for country in _countries_near(found, texts, titled)}
                    if near - {nationality}:  # "the Tajik interior minister", not the "Iranian Interior Minister"
                        continue  # named before him; but "the Indian Prime Minister" the "Prime Minister Narendra Modi"
                        # of a text that gives him no other country
                return holder
    if lone:
        return lone
    people = set(known.values())
    if office_country:  # "глава российского дипведомства": the one person introduced with that country
        fitting = [p for p in sorted(people) if russian_country(_words_before(p, texts) or "") == office_country]
        if len(fitting) == 1:
            return fitting[0]
    if len(people) == 1:  # "российский лидер", "the expert", "the Minister" of an item that names one person only,
        (person,) = people  # who is not introduced by another office
        representative = REPRESENTATIVE.match(office) is not None  # ("Представитель Банка развития Китая" is
        if head_of_state or expert or not representative and _introduced_as(office, person, texts):  # not him)
            return person
    # "The SCO Secretary General thanked …. Vladimir Norov focused on …" beside "UN Secretary-General Antonio
    # Guterres": the one person introduced by no other office, nor by another organisation's, holds it
    if len(people) < 2:
        return None
    fitting = [person for person in sorted(people) if _introduced_as(office, person, texts, own_organisation=True)]
    if office_country:  # ("президент РФ" is not the "президент Узбекистана Шавкат Мирзиёев" the text names)
        fitting = [p for p in fitting if russian_country(_words_before(p, texts) or "") in (None, office_country)]
    return fitting[0] if len(fitting) == 1 else None


def _apposition_end(before: str) -> bool:
    """Whether ``before`` ends a name's apposition that the office after it goes on (", the ", ", Pakistani ")."""
    end = _APPOSITION_END.search(before)
    if end is None or end["nationality"] is not None and NATIONALITY.match(end["nationality"]) is None:
        return False
    named = before[: end.start()].split()[-1:]  # the name ends at the comma ("Выступая перед участниками саммита,
    return bool(named) and named[0][:1].isupper()  # президент Казахстана" is no apposition)


def country_words(text: str) -> list[str]:
    """The words of ``text`` that name a country or a nationality ("Kyrgyz", "Russia")."""
    return [w for w in re.findall(r"[\w-]+", text) if w.lower() in COUNTRIES or NATIONALITY.match(w)]


def _names_a_country(text: str) -> bool:
    """Whether ``text`` names a country or a nationality ("Kyrgyz President X")."""
    return bool(country_words(text))


def _countries_near(name: str, texts: Sequence[str], titled: str) -> set[str]:
    """The countries (first five letters) named with ``name`` in its title here or just before its other mentions
    in ``texts``; none when the text never says ("Head of State X" alone)."""
    surname = name.split()[-1]
    near = [titled] + [t[max(0, m.start() - 60) : m.start()] for t in texts for m in re.finditer(re.escape(surname), t)]
    return {w[:5].lower() for part in near for w in country_words(part)}


def _lone_surname(word: str, after: str, text: str) -> bool:
    """Whether ``word``, alone after an office, is its holder's surname: a capitalised word that is no title,
    country or organisation word, not followed by another capitalised word, and named again in ``text``."""
    bare = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and len(word) >= 3) or text.count(word) < 2:
        return False
    if bare in TITLE_WORDS or bare in COUNTRIES or bare in NOT_PERSON:
        return False
    if _ADJECTIVE_BEFORE_NOUN.match(after):
        return False  # "директор Казахстанского института …": an adjective of the institution, not a surname
    return re.match(rf"\s*{re.escape(word)}\s+(?:[A-ZА-ЯЁ]|(?:and|of|for|и)\b)", after) is None


#: A Russian adjective in an oblique case before the lower-case noun it goes with ("Казахстанского института").
_ADJECTIVE_BEFORE_NOUN = re.compile(r"\s*[А-ЯЁ][а-яё]+(?:ого|его|ому|ему|ой|ых|их|ым|им)\s+[а-яё]")


#: How far before a name its titles are read ("Minister of Agriculture of the Republic of Uzbekistan X").
_TITLE_REACH = 100


def _introduced_as(office: str, person: str, texts: Sequence[str], *, own_organisation: bool = False) -> bool:
    """Whether the words just before the first mention of ``person`` name no office, or the same as ``office``
    ("Rashid Alimov stated", "Minister … Sergey Lavrov"; not "Ambassador X" for "the minister"); with
    ``own_organisation``, also not another organisation's office ("UN Secretary-General X" for "the SCO
    Secretary-General")."""
    if person.split()[0].lower() in _NO_NAME_START or not _PERSONAL_POST.search(office):
        return False  # "Dear Vladimir Vladimirovich" is an address; "the Council" is no person's post
    if _GENERIC_OFFICIAL.search(office):
        return True  # "the official", "the diplomat": any post
    before = _words_before(person, texts)
    if before is None:
        return False
    if own_organisation and _named_organisations(before) - _named_organisations(office):
        return False
    if _DEPUTY.search(before) and not _DEPUTY.search(office):
        return False  # "вице-премьер-министр Валерий Диль" is no "премьер-министр"
    before = before.lower()
    words = re.findall(r"\w+", before)  # a nationality is a title only before one ("Russian Foreign Minister",
    # not "the Russian Urals city")
    titles = {
        w
        for w, after in zip(words, [*words[1:], ""])
        if w in TITLE_WORDS and (not NATIONALITY.match(w) or after in TITLE_WORDS)
    } - (_OFFICE_LINKS | _HONORIFICS)
    # every title word before the name is one of the office's: "our Prime Minister" is no "External Affairs
    # Minister", while "SCO Secretary-General Rashid Alimov" is "the Secretary General"; in Russian by the
    # posts' stems ("Министр … Ибрагим Абдурахмонов" is no "Представитель Секретариата")
    return not titles - set(re.findall(r"\w+", office.lower())) and russian_posts(before) <= russian_posts(office)


def _words_before(person: str, texts: Sequence[str]) -> str | None:
    """The words before the first mention of ``person``'s surname, in its sentence ("с российским коллегой "), or
    None when no text mentions it."""
    surname = person.split()[-1]
    for text in texts:
        at = text.find(surname)
        if at >= 0:  # (and an apposition after it: "Anders Fogh Rasmussen, Secretary General of NATO stated")
            apposition = _APPOSITION_AFTER.match(text, at + len(surname))
            return _SENTENCE_BREAK.split(text[max(0, at - _TITLE_REACH) : at])[-1] + (
                apposition[0] if apposition else ""
            )
    return None


_APPOSITION_AFTER = re.compile(r",\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,5}")


#: Words of courtesy before a name, which say nothing of a post.
_HONORIFICS = frozenset("sco mr ms mrs dr prof shri smt excellency h e his her".split())


def _named_organisations(text: str) -> set[str]:
    return set(ORGANISATION.findall(text))
