"""Clause shapes around a reporting verb that change who its subject is.

"Rahmon, for his part, noted" has its subject before an aside; "Minutes after he welcomed X, Y spoke" puts
a verb in a clause that is not the sentence's main one; "Specially stressed was …" is a passive with no
speaker; "X congratulated his counterpart, Y, … and welcomed" gives the second verb to X, not to Y; "…, Vladimir
Norov, who talked about …" gives the verb to the person before "who".
And the clauses that name a source around the statement: "According to X, …", "As X noted, …", "Об этом
заявил X", "Quoting X, …".
"""

from __future__ import annotations

import re

from .carriers import carries_news
from .names import GROUP_WORDS, person_names
from .verbs import find_verb

__all__ = ["ASIDE", "IN_ASIDE", "SUBORDINATE", "INVERTED_PASSIVE", "COORDINATED", "THINKER_BEFORE_THAT"]
__all__ += ["ACCORDING", "THIS_BY", "THIS_BY_LATER", "PHRASE_END", "AS_VERB_INSIDE", "QUOTING", "CITED_POINT"]
__all__ += ["AS_VERB", "AS_PRONOUN", "REPORTS_NOW", "AS_OUTLET_WRITES", "VIEW_NAMED", "publication_source"]
__all__ += ["according_clause", "who_antecedent"]
__all__ += [
    "ADDRESSEES",
    "ENUMERATION",
    "SINGULAR_PRONOUNS",
    "PLURAL_PRONOUNS",
    "FIRST_PERSON_WORD",
    "WRITER_ASIDE",
    "IMPERSONAL",
    "IMPERSONAL_AGENT",
]

#: Whom a source spoke to, written beside it ("сказал Песков журналистам", "сообщил журналистам источник …").
ADDRESSEES = (
    r"(?:журналистам|репортерам|репортёрам|агентству|изданию|корреспонденту|коллегам(?:\s+по\s+[А-ЯЁ]{2,6})?"
    r"|к\s+(?:участникам|собравшимся|гостям|делегатам)(?:\s+[а-яё]+)?)"
)
#: The pronouns of one person as a subject: whoever "he" or "she" is, a person speaks.
SINGULAR_PRONOUNS = frozenset({"he", "she", "он", "она"})
#: The pronouns of a group as a subject ("They agreed …"): a group speaks.
PLURAL_PRONOUNS = frozenset({"they", "они"})
#: First-person words of a speaker's own sentences ("us" in lower case only: "the US" is a country; "I" only as
#: a capital).
FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Oo]urs?|us|[Mm]y|[Мм]ы|[Нн]аш\w*|[Нн]ам|[Нн]ас|[Яя]|[Мм]о[йя])\b")

_ASIDE_WORDS = (
    r"for (?:his|her|their|its) part|in (?:his|her|their|its) turn|in turn|in return|however|meanwhile|in particular"
    r"|в свою очередь|со своей стороны|в частности"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"  # a wire's day: "The Council, Thursday, adopted"
)
#: An aside between commas that stands between a subject and its verb ("Rahmon, for his part, noted").
ASIDE = re.compile(rf"(?i),\s*(?:{_ASIDE_WORDS}),\s*")
#: A sentence so far that ends with an aside's opening: its next comma closes the aside, not a statement.
IN_ASIDE = re.compile(rf"(?i),\s*(?:{_ASIDE_WORDS})$")
#: A verb inside a clause that opens the sentence and is not its main clause ("Minutes after he welcomed …").
SUBORDINATE = re.compile(
    r"(?i)^\s*(?:\w+\s+)?(?:after|before|when|while|once|since|until)\s+(?:he|she|they|it|i|we)\b"
    r"|^\s*(?:после|до)\s+того,?\s+как\s"  # "После того, как Россия … приняла председательство": no speaker
)
#: A pronoun whose own verb governs the clause of the reporting verb: "We hope that the Afghan authorities take
#: note …", "I am sure that the ministers noted …" (we and I speak, not the authorities or the ministers).
THINKER_BEFORE_THAT = re.compile(r"(?i)^\W*(we|i|they|he|she|мы|я)\s+(?:\w+[\s,]+){1,3}?(?:that|что)\s")
#: What follows a verb in an inverted passive, which names no speaker ("Specially stressed was …").
INVERTED_PASSIVE = re.compile(r"\s+(?:was|were)\b", re.IGNORECASE)
#: A second verb of the same subject ("… congratulated his counterpart … and welcomed").
COORDINATED = re.compile(r"\s(?:and|и)\s*$")

#: The Russian nouns of "по словам X" / "по его словам" ("по его замечанию", "по информации министерства").
_RUSSIAN_SOURCE_NOUNS = (
    "словам|мнению|оценке|оценкам|данным|сведениям|замечанию|сообщению|информации|убеждению|заверению|прогнозам"
    "|расчетам|расчётам|подсчетам|подсчётам"
)
ACCORDING = re.compile(
    rf"\b(?:according to|in the (?:view|opinion|assessment|words) of|(?:по|согласно) (?:{_RUSSIAN_SOURCE_NOUNS}))\s+"
    r"(?!(?:his|her|their)\s+(?:view|opinion|words|assessment)\b|(?:which|whom|that|которому|которой|которым)\b"
    r"|(?:him|her|them)(?:\s+(?-i:[a-z])|\s*,))"
    r"([^,;:]{2,120}?)\s*,"  # (not "a concept, according to which the CIS is …": a relative clause)
    # "In his view, …", "According to his opinion, …", "По его словам, …": the pronoun, resolved by the caller
    r"|\b(?:in|по|according to)\s+(his|her|their|его|её|ее|их)\s+"
    rf"(?:view|opinion|words|assessment|{_RUSSIAN_SOURCE_NOUNS})\b"
    r"|(?<!\w)с\s+(его|её|ее|их)\s+слов\b"  # "С его слов, …": as "по его словам"
    r"|\baccording to\s+(him|her|them)(?:\s+(?=[a-z])|\s*,)"  # "According to them, …", also without its comma
    # at the end of the sentence: '…, "rich in ideas," according to Khakimov.'
    r"|\b(?:according to|по словам)\s+(?P<last>(?-i:[A-ZА-ЯЁ])[^,;:]{1,60}?|him|her|them|него|неё|нее|них)[\s.!?\"”»]*$"
    # or a publication: "…, according to an analysis piece published by China News Service (CNS)."
    r"|\baccording to\s+(?P<publication>(?:the|an?)\s+[^,;:]{0,80}?\b(?:report|study|analysis|piece|survey|statement)\b"
    r"[^,;:]{0,80}?)"
    r"[\s.!?\"”»]*$",
    re.IGNORECASE,
)


def according_clause(sentence: str) -> re.Match[str] | None:
    """:data:`ACCORDING` in ``sentence``, unless it names data ("According to the statistics in 2016, …": whoever
    cites them speaks) or the speaker's own source ("According to our information, …") or, at the sentence's end, an
    outlet or a publication that only relays a statement whose own reporting verb comes before it ('"…," Erdogan said
    …, according to Anadolu.'; "The sides agreed …, according to the statement.") or a group's act ("Member banks
    handed …, according to a statement")."""
    found = ACCORDING.search(sentence)
    if found is None or _DATA.match(cited := next(group for group in found.groups() if group)):
        return None
    if re.match(r"(?i)(?:our|my|наш\w*|мо[иеяй]\w*)\s", cited):
        return None  # "According to our information, …": the speaker's own source, whoever says it speaks
    before = sentence[: found.start()]
    if before.count("«") > before.count("»"):
        return None  # «По прогнозам экспертов, …»: a source the quoted speaker cites, who speaks
    named_last, publication = found.group("last"), found.group("publication")
    if not (publication or named_last and carries_news(named_last)):
        return found
    opening = re.findall(r"[\w-]+", sentence[: found.start()].lower())[:3]  # ("Member banks handed …": they acted)
    group_acts = publication is not None and not GROUP_WORDS.isdisjoint(opening)
    return None if find_verb(sentence[: found.start()]) or group_acts else found


def person_after_posts(rest: str) -> str | None:
    """The person named at the end of the appositions that follow a post in lower case ("По словам старшего
    научного сотрудника Института …, эксперта …, профессора Равшана Назарова, …": Равшана Назарова)."""
    for segment in rest.split(",")[:3]:
        segment = segment.strip()
        if not re.match(r"[а-яё]", segment) or segment.startswith("котор") or find_verb(segment):
            return None  # the statement itself begins, or a clause ("…, который …"), no apposition
        names = person_names(segment)
        if names and segment.endswith(names[-1]):
            return names[-1]
    return None


#: Figures cited after "according to", never a speaker (but "figures presented by Director X" are his).
_DATA = re.compile(
    r"(?i)^(?:the\s+|official\s+)*(?:statistics|data|figures|estimates|forecasts?)\b(?!.*\bby\b)"
    r"|^(?:the\s+|(?-i:[A-Z]{2,6})\s+)*(?:rules|regulations|procedures?|provisions|practice|tradition)\b"  # ("According
    # to SCO rules, …": whoever cites them speaks; so does who acts "according to the Shanghai Spirit", to principles)
    r"|^(?:the\s+)?(?:[\w-]+\s+)?(?:spirit|principles?|norms?|law|laws)\b"
)


#: A view its owner's possessive names ("Lavrov’s assessment", "the SCO leaders’ general assessment").
_OWNED_VIEW = re.compile(
    r"(?i)^(.{2,80}?)(?:['’]s|(?<=s)['’])\s+(?:\w+\s+)?(?:assessment|view|opinion|estimate|words)$"
)
#: A publication's publisher or the publication by its name ("an analysis piece published by X", "the SCO
#: Development Report 2018 released by …"), and the initials in brackets after it.
_PUBLISHED_BY = re.compile(r"(?i)\s+(?:published|released|issued|prepared)\s+by\s+(.+?)(?:\s+\([^()]*\))?$")


def publication_source(phrase: str) -> str:
    """Who speaks through a publication named after "according to": the publisher of one named by its kind alone
    ("an analysis piece published by China News Service" → "China News Service"), else the publication
    ("the SCO Development Report 2018 released by …" → "the SCO Development Report 2018")."""
    owned = _OWNED_VIEW.match(phrase)
    if owned:
        return owned.group(1)  # "the SCO leaders’ general assessment": the leaders
    published = _PUBLISHED_BY.search(phrase)
    if published is None:
        return phrase
    indefinite = phrase.lower().startswith(("a ", "an "))
    return published.group(1) if indefinite else phrase[: published.start()]


#: "Об этом заявил X …", "This was stated by X": the source of the sentence before, after the verb.
#: The present tense of a news item's attribution ("Как пишет ТАСС, …", "Об этом сообщает ТАСС.").
REPORTS_NOW = ("пишет", "пишут", "сообщает", "сообщают", "передает", "передаёт")
#: "Как пишет ТАСС, " before the sentence's own attribution.
AS_OUTLET_WRITES = rf"(?:как\s+(?:{'|'.join(REPORTS_NOW)})\s+[^,]{{2,80}},\s+)?"
THIS_BY = re.compile(
    rf"^\s*{AS_OUTLET_WRITES}"
    r"(?:об этом|в этом|это(?!\s+\w+(?:ло|ет|ит)\b)|так(?!\s+\w+ло\b)|this was)\s+"  # ("В этом убежден X": the same)
    r"(?:(?P<pronoun>он|она|они)\s+)?(?P<verb>\w+)(?:(?:\s+(?:on|in|at)\s+[\w-]+(?:\s+\d{1,2})?)?\s+by)?\s+",
    re.IGNORECASE,
)  # "Об этом он заявил на саммите …": the pronoun is the source ("Как пишет ТАСС, об этом заявил …": the same);
# "Это подчеркнул генсек ШОС …", "Так считает эксперт …" name it the same way ("Это подчеркнуло …" and "Это
# подчеркивает равноправие …" are no report); "This was announced on Friday by …" when before "by"
#: The same with a circumstance before the verb: "Об этом на саммите ШОС заявил …", "Об этом в среду сообщил …",
#: also one that quotes a slogan ("Об этом на саммите под лозунгом «…» рассказал …"), and a view so named ("Таким
#: мнением в программе «…» с Бериком Уали, поделился …", "Такое мнение высказал …", "Такую оценку дал …"), and an
#: outlet's name with a dot ("Об этом в беседе с корреспондентом BAQ.KZ рассказал …"), up to fourteen words ("Об этом на
#: проходящей в пятницу в Ташкенте встрече Секретарей Советов безопасности государств-членов ШОС заявил …")
#: (the verb must still be a reporting verb: see ``sources.source_named_after``).
#: The openings that name a view, whose verb always reports ("Таким мнением … поделился X", "Такую оценку дал X").
VIEW_NAMED = r"таким\s+мнением|такое\s+мнение|такую\s+оценку"
THIS_BY_LATER = re.compile(
    rf"^\s*(?:об этом|{VIEW_NAMED}),?\s+(?:(?P<pronoun>он|она|они)\s+)?"
    r"(?:[^\s,.;:!?«»\"]+(?:\.[^\s,.;:!?«»\"]+)*,?\s+|«[^»]{1,150}»,?\s+|\"[^\"]{1,150}\",?\s+){0,14}?"
    r"(?<!как )"  # (not the aside's verb: "Об этом, как сообщает Trend, сказал …")
    r"(?P<verb>(?:заяв|сообщ|сказа|рассказ|отмет|подчеркн|говор|информир|указа|объяв|доложи|подели|высказа|дал)\w*)\s+",
    re.IGNORECASE,
)
#: Where the speaker phrase after such a verb ends ("… Сергей Лавров по итогам заседания").
PHRASE_END = re.compile(r"\s(?:по|на|в|во|после|at|after|on|in|during)\s|[,;:(]", re.IGNORECASE)
#: The same as an aside: "Кыргызстан также стал инициатором, как отметили делегаты, …", "…, as Lavrov put it, …"
#: (a stray comma after the verb too: "…, как отметил, замгенсека организации, …").
AS_VERB_INSIDE = re.compile(  # (a day and an outlet told: "…, как вчера заявил "Ъ" помощник президента …, …")
    r",\s+(?:as|как)\s+(?:(?:earlier|вчера|сегодня|ранее|уже)\s+)?(?P<verb>\w+(?:\s+out)?),?\s+"
    r"(?:[«\"“][^»\"”]{1,20}[»\"”]\s+)?(?P<speaker>(?-i:[A-ZА-ЯЁ])[^,;:]{1,100}?|[а-яё][^,;:]{1,60}?)\s*,",
    re.IGNORECASE,
)
#: "Quoting X, the media reported …", "Ссылаясь на X, …": the source is the one quoted, not the outlet.
QUOTING = re.compile(r"^\s*(?:quoting|citing|ссылаясь на|цитируя)\s+(?P<speaker>[^,;:]{2,100}?)\s*,", re.IGNORECASE)
#: What "Citing …," may name that is a point made, not a source: "Citing the aptness of the theme, Reddy said".
CITED_POINT = re.compile(
    r"(?:the|a|an)\s+(?:importance|need|example|experience|success|relevance|significance|aptness|role|results?|"
    r"growth|potential|progress|urgency|rise|increase|figures|data)\b",
    re.IGNORECASE,
)
#: "As X noted, …", "Как отметил X, …": the speaker stands after the verb.
AS_VERB = re.compile(
    r"^\s*(?:as|как)\s+(?:(?:earlier|ранее|уже)\s+)?(?P<verb>\w+(?:\s+out)?)\s+(?:(?:earlier|ранее|уже)\s+)?"
    r"(?P<speaker>[^,;:]{2,200}?)\s*[,:]",  # "Как заявил во время встречи с участниками … президент … Акаев, …"
    # (or a colon before the quotation: "Как отмечает Чжан Мин: «…»")
    re.IGNORECASE,
)
#: "Как он рассказал X, …", "As she told reporters, …": the pronoun before the verb is the speaker.
AS_PRONOUN = re.compile(
    r"^\s*(?:as|как)\s+(?P<pronoun>he|she|they|он|она|они)\s+(?:(?:earlier|ранее|уже)\s+)?(?P<verb>\w+)\b[^,;:]{0,60},",
    re.IGNORECASE,
)

#: An item of an enumeration ("Second, to expand …", "Во-вторых, …", "2. …"): one step of the same list.
ENUMERATION = re.compile(
    r"(?i)^\W*(?:(?:first|second|third|fourth|fifth|sixth|firstly|secondly|thirdly|fourthly|fifthly|finally|lastly)\b"
    r"|во-первых|во-вторых"
    r"|в-третьих|в-четв[её]ртых|\d{1,2}[.)]\s)"
)

#: The writer's own aside ("Напомним, что …", "Отметим, что …"): no one else's statement.
WRITER_ASIDE = re.compile(
    r"(?i)^\s*(?:отметим|напомним|заметим|it should be (?:noted|mentioned)|it is worth (?:noting|mentioning))\b"
)
#: An impersonal report ("It was noted …", "Сообщается, что …"): nobody is named as its source.
IMPERSONAL = re.compile(
    r"(?i)^\s*(?:it (?:was|is|has been|seems|appears|(?:may|can|must|should) be)|there (?:was|is)"
    r"|было|отмечалось|отмечается|сообщается|говорится|указывается)\b"
)

#: The agent of a reporting verb after an impersonal "it" ("It was announced by Chinese President Hu Jintao in the
#: closing session …, that …"): the agent speaks, as in "X announced that …".
IMPERSONAL_AGENT = re.compile(
    r"(?i)^\s*it\s+(?:was|has\s+been)\s+(?P<verb>announced|stated|declared|stressed|emphasi[sz]ed|underlined|noted"
    r"|proposed|suggested)\s+by\s+(?P<agent>[^,;:]{3,120}?)(?=\s+(?:in|at|during|on|that)\s|\s*,|\s*$)"
)


#: An English relative clause whose verb follows, right after the person it describes ("…, who talked about …").
_WHO_CLAUSE = re.compile(r",?\s+who\s+(?:(?:also|then|later|further)\s+)?$")


def who_antecedent(before: str) -> str | None:
    """The person named right before "(,) who" at the end of ``before`` (the words before a verb), or None."""
    relative = _WHO_CLAUSE.search(before)
    if relative is None:
        return None
    named = person_names(before[: relative.start()])
    return named[-1] if named and before[: relative.start()].rstrip().endswith(named[-1]) else None
