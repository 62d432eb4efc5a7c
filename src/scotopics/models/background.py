"""Sentences that only recall when a body was founded or what kind of body it is: background, no key statement.

News items and press releases close with a reminder of who the Organisation or one of its bodies is: "The SCO
was founded in 2001 in Shanghai.", "The Contact Group was set up in 2005 and resumed work in 2017.",
"Региональная антитеррористическая структура ШОС была создана в 2002 году." Such a line carries no position,
assessment, commitment or decision, yet its words (the Organisation, its bodies, their tasks) are those of
key statements, so the learned scorer ranks it high. Of the 48 sentences that open this way in our corpus and
on the labelled real pages, none was marked key; the two marked ones that tell a founding year do so in a
clause of their own ("Since it was founded in 2001, the SCO has grown into …"), which this rule leaves alone.

A definition in plain descriptive words is background too ("The Executive Committee of RATS is a permanent
body.", "РАТС является постоянно действующим органом ШОС"; 7 on the labelled pages, none key); one with a word
of assessment is a statement ("The SCO is an effective organization."). Russian news writes the definition with
a dash ("ШОС — региональная международная организация, основанная в 2001 году.").

Two more reminders close news items: who the members are ("В неё входят Россия, Китай …", "Its members are …";
19 such sentences in our corpus and on the development pages, none key) and when a country got its status
("Iran became a full member of the SCO in July 2023.", "Афганистан получил статус наблюдателя при ШОС в 2012
году."; 26, one key, where the status sat in a clause of a longer statement, which the rule leaves alone; and 10
more that joined "as a full member in 2017" or "first applied for membership 15 years ago", none key). The
news of a status is told with its day ("… became full members on Friday"), and stays a candidate. So do the
observers and dialogue partners ("Afghanistan, Belarus, Iran and Mongolia have observer status.", "Статус
наблюдателя имеют …"; 20 such sentences in our corpus and on the development pages, none key).

English wires describe a body in more ways still (:func:`describes_body`): its goals, functions, highest body or
member banks ("Its main functions are to …", "The consortium's highest body is …"), what kind of association or
body it is ("The Council of National Coordinators is the SCO body that …"), where it came from ("It was preceded
by the Shanghai Five mechanism."), who founded it ("Pakistan is a founding member of CICA, …"), who else takes part
("Also participating in the organization are four observer countries …"), and its founding told with an
apposition ("The CIS, a regional intergovernmental organization, was formed following …"): 11 sentences on the 560
real pages labelled in the forty-first release, none key, all of them picked. So do a count of its observers or
members ("It also has four observer states …"), how often it meets ("The HSC meets once a year …") and its priority
tasks: 14 such sentences on the development pages and in the corpus, none key.
"""

from __future__ import annotations

import re

__all__ = [
    "FOUNDING_WORDS",
    "REMINDER_WORDS",
    "is_background",
    "recalls_founding",
    "defines",
    "lists_members",
    "lists_observers",
    "recalls_status",
    "describes_body",
]

#: A sentence that opens with its subject and tells when it was founded ("The SCO was established on June 15,
#: 2001.", "ШОС была основана в 2001 году в Шанхае.").
_FOUNDED = re.compile(
    r"^\W*(?P<subject>[A-ZА-ЯЁ][^,;:]{0,100}?)\s+(?:(?:was|were|был[аои]?)\s+"
    r"(?:established|founded|created|set\s+up|formed|создан[аоы]?|основан[аоы]?|учрежд[её]н[аоы]?|образован[аоы]?)"
    # (Russian leaves "была" out: "ШОС основана в …"; not "может быть создан в 2008 году", a plan)
    r"|(?<!быть\s)(?<!будет\s)(?:создан[аоы]?|основан[аоы]?|учрежд[её]н[аоы]?|образован[аоы]?)"
    r"|came\s+into\s+(?:existence|being))"
    # (perhaps where: "at a Summit in Shanghai in 2001")
    r"\s+(?:at\s+(?:an?\s+|the\s+)?[\w-]+\s+(?:in\s+[A-Z]\w+\s+)?|in\s+[A-Z]\w+\s+(?=on\s))?(?:in|on|в)\s+(?:\w+\s+)?\d"
)
#: Words that make the founding a clause of a longer statement ("Since it was founded in 2001, the SCO has …").
_CLAUSE_WORDS = frozenset("since after when as while although it that which who после когда тех".split())
#: A word that every such sentence holds (lower case): looking for them rules out most sentences fast.
FOUNDING_WORDS = (
    "establish",
    "found",
    "creat",
    "set up",
    "formed",
    "came into",
    "создан",
    "основан",
    "учрежд",
    "образован",
)
#: Words one of which every reminder of who a body is holds (its members, observers or status, its founding, what
#: kind of body it is), in lower case.
REMINDER_WORDS = (
    *FOUNDING_WORDS,
    "member",
    "observer",
    "partner",
    " is a",
    "body",
    "вход",
    "член",
    "наблюдат",
    "партн",
    "статус",
    "является",
    "орган",
    "meets ",
    "priority",
    "объединяет",
    "заявк",
    "joined",
    "admitted",
    "вошл",
    "вступил",
    "принят",
)
#: A sentence that opens with the founding as a participle ("Founded in Shanghai in 2001, the SCO has eight member
#: states: …", "Established in 2001, the SCO is a Eurasian political, economic and security organization …"), or
#: with its founders ("Established by the member states of the Shanghai Convention, the RATS seeks to …").
_FOUNDED_OPENING = re.compile(
    r"^\W*(?:Founded|Established|Created|Formed|Set\s+up)\s+(?:(?:in\s+[A-Z]\w+\s+)?(?:in|on)\s+(?:\w+\s+){0,2}"
    r"(?:19|20)\d\d\b|by\s+the\s+[^,]{3,120},)"
)


def recalls_founding(sentence: str) -> bool:
    """Whether ``sentence`` opens by telling when its subject was founded ("The SCO was founded in 2001.")."""
    lowered = sentence.lower()
    if not any(word in lowered for word in FOUNDING_WORDS):
        return False
    if _FOUNDED_OPENING.match(sentence):
        return _BECAME.search(sentence) is None  # ("Founded in 2001, the SCO has become …": an assessment)
    found = _FOUNDED.match(sentence)
    if found is None:
        return False
    return _CLAUSE_WORDS.isdisjoint(found.group("subject").lower().split())


#: A sentence that opens with its subject and says what kind of body it is, in descriptive words only.
_DEFINED = re.compile(
    r"^\W*(?P<subject>[A-ZА-ЯЁ][^,;:]{0,100}?)\s(?:is\s+an?|является|[—–-])\s+(?P<words>(?:[\w-]+,?\s+){0,6}?)"
    r"(?:organi[sz]ation|body|bloc|alliance|structure|grouping|entity|органом|организацией|структурой|объединением"
    r"|организация|орган|структура|объединение)\b",
    re.IGNORECASE,
)
#: Words of a subject that make its definition an assessment of the present ("Сегодня ЕАЭС – международная
#: организация с собственным правом …").
_NOW_WORDS = frozenset("today now nowadays сегодня ныне теперь уже".split())
#: The descriptive words such a definition is made of (any other word, "effective", "important", assesses).
_DESCRIPTIVE = frozenset(
    """
    international intergovernmental permanent permanently standing acting multilateral regional trans-regional
    military defence defense eurasian asian cultural humanitarian
    transregional financial political economic security mutual-security specialised specialized non-governmental
    eight-member nine-member ten-member and of the sco's постоянно действующим постоянным международной
    межправительственной региональной специализированным международная региональная межправительственная
    межгосударственная интеграционная интеграционное экономическое экономическая политическая финансовая
    сетевая сетевое многосторонняя действующий действующая действующее постоянный постоянная
    """.split()
)


def defines(sentence: str) -> bool:
    """Whether ``sentence`` opens by saying what kind of body its subject is, in descriptive words only
    ("The Executive Committee of RATS is a permanent body.")."""
    lowered = sentence.lower()
    if " is a" not in lowered and "является" not in lowered and not any(dash in sentence for dash in "—–-"):
        return False
    found = _DEFINED.match(sentence)
    subject = found.group("subject").lower().split() if found else []
    if found is None or not _NOW_WORDS.isdisjoint(subject) or not _CLAUSE_WORDS.isdisjoint(subject):
        return False  # ("He said that the SCO is an organization of new type.": what he said)
    words = found.group("words").lower().replace(",", " ").split()  # ("a China-led political, economic and …")
    return all(word in _DESCRIPTIVE or word.endswith("-led") for word in words)


#: A sentence that opens by listing who the members are ("В неё входят Россия, Китай …", "Its members are …",
#: "The SCO comprises ten member states …").
_MEMBERS = re.compile(
    r"^\W*(?:(?:at\s+present|currently|today|now|сегодня|в\s+настоящее\s+время),?\s+)?(?:"
    r"в\s+(?:состав\s+\w+|нее|неё|него|(?:[А-ЯЁ]\w+\s+)?(?:организацию|объединение)(?:\s+сотрудничества)?|ШОС)\s+"
    r"(?:сейчас\s+|также\s+)?вход(?:ят|ит|или)\s"
    r"|(?:its|the|SCO)\s+(?:full\s+|permanent\s+)?members\s+(?:are|include)\s(?!\w+(?:ly|ing|ed)\b)"
    r"|(?:the\s+)?(?:SCO|organi[sz]ation|grouping|bloc)(?:['’]s)?\s+(?:full\s+)?members\s+(?:are|include)\s"
    r"(?!\w+(?:ly|ing|ed)\b)"  # (not "SCO members are jointly strengthening …", "… are committed to …")
    r"|(?:the\s+)?(?:SCO\s+)?member[- ]states(?:\s+of\s+the\s+(?:SCO|organi[sz]ation))?\s+are\s+(?-i:[A-Z][a-z]+),\s"
    r"|членами\s+(?:ШОС|организации|объединения)\s+являются\s"
    r"|(?:the\s+)?(?:SCO|organi[sz]ation|grouping|bloc|Shanghai\s+Cooperation\s+Organi[sz]ation(?:\s+\(SCO\))?)"
    r"\s+(?:currently\s+|now\s+)?"
    r"(?:comprises|consists\s+of|includes|brings\s+together|unites|has)\s+(?:\w+\s+)?(?:member|full)"
    r"|(?:ШОС|(?:Шанхайская\s+)?организация(?:\s+сотрудничества)?|объединение)\s+(?:сейчас\s+)?(?:объединяет|включает)\s+(?:\w+\s+)?(?:государств|стран|член)"
    # how many states it brings together ("At present, the SCO family comprises 26 states …", "… now includes nine
    # member countries: …")
    r"|[^;:]{0,100}?\b(?:comprises|includes|unites|brings\s+together)\s+(?:\d+|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|twenty[\w-]*)\s+(?:member\s+|full\s+)?(?:states|countries|nations)\b"
    r")",
    re.IGNORECASE,
)


def lists_members(sentence: str) -> bool:
    """Whether ``sentence`` opens by listing the members of a body ("В ШОС входят Россия, Китай …")."""
    return _MEMBERS.match(sentence) is not None


_NAME = r"[A-ZА-ЯЁ][\w’'-]+(?:\s[A-ZА-ЯЁ][\w’'-]+){0,2}"
#: A sentence that opens by listing the observers or dialogue partners ("Afghanistan, Belarus, Iran and Mongolia are
#: observer states", "The SCO's observer countries include …", "Статус наблюдателя имеют …") or by counting them
#: or the members ("It also has four observer states …", "It now has eight members, …").
_OBSERVERS = re.compile(
    rf"^\W*(?:{_NAME},\s+)+{_NAME},?\s+(?:and|и)\s+{_NAME}\s+(?:are|act\s+as|have|hold|enjoy|являются|имеют|выступают)\s+"
    r"(?:the\s+|as\s+)?(?:\w+\s+){0,2}?(?:observer|dialogue|наблюдател|партн[её]р)"
    r"|^\W*(?:the\s+)?(?:SCO['’]s\s+|its\s+)?(?:observer\s+(?:states|countries)|dialogue\s+partners)\s+(?:are|include)\s"
    r"|^\W*(?:it|the\s+(?:SCO|organi[sz]ation|bloc|grouping))\s+(?:also\s+|currently\s+|now\s+)?has\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)\s+(?:observer|dialogue|members\b)"
    r"|^\W*(?:наблюдателями|партн[её]рами\s+по\s+диалогу)\s+(?:ШОС\s+|организации\s+)?являются\s"
    r"|^\W*статус(?:ом)?\s+(?:наблюдател|партн[её]р)\w*\s+(?:при\s+ШОС\s+|в\s+ШОС\s+)?(?:имеют|обладают)\s",
    re.IGNORECASE,
)


def lists_observers(sentence: str) -> bool:
    """Whether ``sentence`` opens by listing a body's observers or dialogue partners ("India, Iran, Mongolia and
    Pakistan are observers.")."""
    return _OBSERVERS.match(sentence) is not None


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: A sentence that opens with its subject and tells in which year it got a status ("Iran became a full member
#: of the SCO in July 2023.", "Монголия получила статус наблюдателя при ШОС в 2004 году").
_STATUS = re.compile(
    r"^\W*(?P<subject>[A-ZА-ЯЁ][^,;:]{0,100}?)\s(?:"
    r"получил[аио]?\s+статус|(?:was|were)\s+granted\s[^,;:]{0,30}status|obtained\s[^,;:]{0,20}status"
    r"|became\s(?:an?\s)?(?:SCO\s)?(?:full(?:-fledged)?\s)?(?:member|observer|dialogue)"
    r"|стал[аио]?\s+(?:полноправным\s+)?(?:член|наблюдател|партн)|(?:accepted|admitted)\s+as\s"
    r"|joined\s[^,;:]{0,40}?\sas\s(?:an?\s)?(?:full(?:-fledged)?\s)?(?:member|observer|dialogue)"
    r"|(?:first\s)?applied\s(?:for|to\s+join)\s|подал[аио]?\s+заявку\s"  # ("Iran first applied for membership 15
    # years ago", "Иран подал заявку на вступление в организацию в 2008 году")
    rf")[^,;:]{{0,80}}?\s(?:in\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\b|в\s+(?:\w+\s+)?(?:19|20)\d\d\s+г|\d+\s+years\s+ago\b)"
)


#: The year first and the countries that joined, the whole short sentence ("In 2017, India and Pakistan joined the
#: SCO.", "В 2016 году в организацию вошли Индия и Пакистан.").
_YEAR_THEN_STATUS = re.compile(
    rf"(?i)^\W*(?:in\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d,?\s+[^,;:]{{2,60}}?\s+(?:joined|(?:was|were)\s+admitted"
    r"|became\s+(?:full(?:-fledged)?\s+)?members?)(?:\s+in)?(?:\s+(?:as|to|the)\s+[^,;:]{2,40}?)?(?:,\s+followed\s+by\s+[^,;:]{2,40})?"
    r"|в\s+(?:19|20)\d\d\s+году\s+(?:в\s+(?:организацию|ШОС|е[её]\s+состав)\s+)?(?:вошли|вошл[аио]|вступил[аио]?"
    r"|был[аио]?\s+принят[аыо]?)\s+[^,;:]{2,60}?)\s*\.?$"
)


def recalls_status(sentence: str) -> bool:
    """Whether ``sentence`` opens by telling in which year its subject got a status ("Iran became a full member
    of the SCO in July 2023."), not in a clause of a longer statement ("… since the country became …"), or is only
    the year and who joined ("In 2017, India and Pakistan joined the SCO.")."""
    found = _STATUS.match(sentence)
    if found is not None and _CLAUSE_WORDS.isdisjoint(found.group("subject").lower().split()):
        return True
    return _YEAR_THEN_STATUS.match(sentence) is not None


#: The words of a body's description in a wire: its goals, functions, highest body or members ("Its main functions
#: are to …"), the kind of body it is ("… is in fact an association of …"), its history ("It was preceded by …"),
#: a founding member ("Pakistan is a founding member of CICA"), the others taking part, and a founding told with an
#: apposition ("The CIS, a regional intergovernmental organization, was formed …").
_DESCRIBED = re.compile(
    r"^\W*(?:"
    r"(?:its|the\s+[\w-]+['’]s)\s+(?:main\s+|key\s+|primary\s+|priority\s+)?(?:goals|functions|tasks|objectives|aims"
    r"|highest\s+(?:body|organ)|member\s+banks|founders)\s+(?:are|include|is)\s"
    r"|(?P<subject>(?:the\s+)?[\w-]+(?:\s[\w-]+){0,5})\s+is\s+(?:in\s+fact\s+)?(?:an?|the)\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?:association|body|organ)\s+(?:of|that|which)\s"
    r"|(?:it|the(?:\s+(?!that\b|which\b|who\b)[\w-]+){1,5})\s+meets\s+(?:once|twice|annually|every|regularly)\b"
    r"|(?:it|the\s+[\w-]+(?:\s+[\w-]+){0,3})\s+(?:was\s+preceded\s+by|(?:had\s+)?evolved\s+(?:from|out\s+of)|grew\s+out\s+of)\s"
    r"|[A-Z][\w-]+(?:\s[\w-]+){0,3}\s+is\s+(?:a|one\s+of\s+the)\s+founding\s+members?\s+of\s"
    r"|also\s+(?:participating|represented)\s+in\s+the\s+(?:organi[sz]ation|bloc|grouping)\s+are\s"
    r"|(?:the\s+)?[A-Z][\w-]*(?:\s[\w-]+){0,3},\s+an?\s+[^,]{3,80},\s+(?:was|were)\s+"
    r"(?:established|founded|created|set\s+up|formed)\s"
    # its founding documents ("Founding documents of CICA are …", "The declaration on the establishment of the SCO
    # was signed in Shanghai in June 2001 …"), and what guides its work ("The Executive Committee in its activities
    # is guided by the provisions of …")
    r"|(?:the\s+|its\s+)?founding\s+documents\s+(?:of\s+[\w\s-]{2,40}\s+)?(?:are|include)\s"
    r"|the\s+(?:declaration|charter|agreement)\s+on\s+the\s+(?:establishment|creation)\s+of\s+[^,;:]{2,60}?\s+was\s+signed\s"
    r"|(?:the\s+)?[\w-]+(?:\s[\w-]+){0,5}\s+in\s+its\s+(?:activities|work)\s+is\s+guided\s+by\s"
    r")",
    re.IGNORECASE,
)


#: What a body has become, an assessment beside its description.
_BECAME = re.compile(r"(?i)\b(?:has|have)\s+become\b|\bbecame\b")


def describes_body(sentence: str) -> bool:
    """Whether ``sentence`` opens with a wire's description of a body: its goals, functions or members, the kind of
    body it is (in descriptive words or a name), where it came from, who founded it or who else takes part."""
    found = _DESCRIBED.match(sentence)
    if found is None or _BECAME.search(sentence):
        return False  # ("The SCO grew out of … and has become an organisation that plays …": an assessment)
    if found.group("subject") is None:
        return True
    subject = found.group("subject").lower().split()
    words = found.group("words").split()  # ("the SCO body that …"; "the most important body" assesses)
    return _CLAUSE_WORDS.isdisjoint(subject) and all(w.lower() in _DESCRIPTIVE or w[:1].isupper() for w in words)


def is_background(sentence: str) -> bool:
    """Whether ``sentence`` only reminds the reader who a body is: when it was founded, what kind of body it is,
    who its members, observers or partners are, in which year a country got its status, or a wire's description
    of it."""
    return (
        recalls_founding(sentence)
        or defines(sentence)
        or lists_members(sentence)
        or lists_observers(sentence)
        or recalls_status(sentence)
        or describes_body(sentence)
    )
