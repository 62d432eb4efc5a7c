"""Sentences that only set the scene: who took part, who met whom, where and when an event took place.

Reports of meetings say who came and what took place: "The Minister took part in the meeting of the SCO Council of
Foreign Ministers.", "В работе саммита приняли участие лидеры стран ШОС: …", "Генеральный секретарь ШОС встретился
с послом …", "12 мая в формате ВКС состоялось совещание министров здравоохранения.". Their words name the
organisation, its bodies and its members, so the learned scorer ranks them high, yet a reader learns no position,
assessment, commitment or decision from them: they are about a seventh of the sentences wrongly picked on the
Russian development pages.

An English schedule of an event to come is a scene too ("Putin will meet with …", "The summit will take place in
Astana from July 3-4", "… have been invited to attend the meeting"), as "пройдет", "состоится", "примут участие" and
"встретятся" are in Russian (none of the 15 such Russian sentences on the development pages was marked key);
the next meeting, a meeting at a set interval and one for a purpose are decisions ("The next meeting will be held
in Moscow in 2005.").

Like :func:`~scotopics.models.discussions.only_discusses`, the summariser picks one only when the document states
nothing else. A sentence that also quotes someone, speaks of the future or in the first person, holds a word of
decision, commitment or assessment, or reports another verb of speaking ("… attended the meeting and stressed …",
"…, highlighting the need to …", "Заседание … прошло результативно") is left alone.
"""

from __future__ import annotations

import re

import numpy as np

from ..text.sentences import split_sentences
from .attribution.verbs import find_verb
from .discussions import only_discusses, says_more

__all__ = ["only_sets_the_scene", "reports_only_the_scene", "scene_paragraph", "only_the_event_for_scenes"]

#: Taking part, attending, meeting, receiving a guest, an event taking place, in the past: "took part in",
#: "attended", "met with", "held talks", "took place", "принял участие", "присутствовал", "встретился с",
#: "провел встречу", "принял генерального секретаря", "состоялось заседание", "прошёл форум".
_SCENE = re.compile(
    r"(?i)\b(?:took\s+part|participated|attended|met\s+with|held\s+(?:talks|an?\s+(?:[\w-]+\s+){0,2}?meeting|meetings)|took\s+place"
    r"|(?:was|were|(?:has|have|had)\s+been)\s+held(?!\s+(?:since|regularly|annually|every|back))|paid\s+(?:an?\s+)?(?:official\s+|working\s+|state\s+)?visit"
    # a city or a country that hosted the event, and those taking part named after it ("Bishkek hosted a meeting
    # of …", "Taking part in the meeting were …")
    r"|hosted\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|session|summit|forum|conference)"
    r"|^\W*(?:taking\s+part|attending)(?:\s+(?:in\s+)?the\s+[\w-]+)?\s+(?:was|were)"
    r"|received\s+(?:the\s+)?(?:secretary|minister|delegation|ambassador|president|prime)"
    # who chaired or opened it, welcomed those present, or was among them ("X chaired the meeting", "The meeting
    # was chaired by …", "X delivered a welcome address", "Attendees included …", "Заседание открыл …")
    r"|chaired\s+(?:the\s+|by\s+)|delivered\s+(?:an?\s+)?(?:welcome|welcoming|opening)\s+(?:address|remarks|speech)"
    r"|^\W*(?:the\s+)?(?:list\s+of\s+(?:\w+\s+)?)?(?:attendees|participants|delegations|guests)\s+included\b"
    r"|^\W*(?:заседание|встречу|совещание|форум|мероприятие)\s+открыл[аи]?\b|председательствовал[аи]?"
    r"|приняли?\s+участие|приняла\s+участие|участвовал[аи]?|участву(?:ет|ют)|принима(?:ет|ют)\s+участие|присутствовал[аи]?|встретил(?:ся|ась|ись)"
    # who greeted the delegations ("Глав делегаций встретил …")
    r"|^\W*(?:глав\w*\s+делегаци\w*|делегаци\w*|участник\w*|гост\w*)\s+(?:\S+\s+){0,3}?встретил[аи]?\b"
    r"|провел[аи]?\s+(?:встречу|встречи|переговоры)|провёл\s+(?:встречу|встречи|переговоры)"
    r"|принял[аи]?\s+(?:генеральн|министр|делегаци|секретар|посл|глав|председател|президент|премьер)\w*"
    r"|состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли)(?!\s+путь)"
    # hearing reports, and events held ("заслушали доклад …", "было заслушано 80 докладов", "было проведено 29
    # мероприятий", "The ministers heard a report …")
    r"|заслушал[аи]?|заслушан[аоы]?|(?:было|были)\s+проведен[оы]?|heard\s+(?:an?\s+|the\s+)?(?:reports?|presentations?|briefings?)"
    # a welcome speech reported ("С приветственным словом к участникам обратился …", "X addressed the participants
    # with greetings"), and where an event is held ("Саммит проходит во Дворце …", "Местом проведения стала …")
    r"|с\s+(?:онлайн-|видео)?приветств\w*(?:\s+словом|\s+речью|\s+обращением)?\s+(?:\S+\s+){0,8}?"
    r"(?:обратил(?:ся|ась|ись)|выступил[аи]?)"
    r"|обратил(?:ся|ась|ись)\s+(?:\S+\s+){0,6}?с\s+(?:онлайн-|видео)?приветств\w*"
    r"|addressed\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:participants|meeting|forum|audience|gathering|delegates|guests)"
    r"\s+with\s+(?:a\s+)?(?:greetings|welcom\w*)"
    r"|проход(?:ит|ят)\s+(?:\d[\d–-]*\s+[а-яё]+\s+)?во?\s(?!условиях)|местом\s+проведения"
    r"|проход(?:ит|ят)\s+(?:[а-яё]+\s+){0,2}?(?:форум|заседание|встреча|саммит|совещание|конференция)"
    r"|^\W*the\s+venue\s+(?:of|for)\s+the"
    # a visit, and an event's date and place to come ("Р.Алимов посетил Университет …", "Мероприятие пройдет с 23
    # по 25 августа", "В Чолпон-Ате состоится совещание …")
    r"|посетил[аи]?|пройд[её]т|пройдут|состоится|состоятся"
    # an event going on ("… are also attending summit meetings as guests", "The drills are being held in …", "Leaders
    # … have gathered here")
    r"|(?:is|are)\s+(?:also\s+)?attending|(?:is|are)\s+being\s+held|(?:has|have)\s+gathered"
    # those present ("President … N.A.Nazarbaev, Chairman … Hu Jintao, … were in attendance", "X was also present")
    r"|(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)"
    # those gathered or arrived, and who talked with whom ("Министры собрались в Сочи", "X прибыл в Сочи, чтобы
    # встретиться с …", "… побеседовали с экспертом …")
    r"|собрал(?:ись|ся|ась)|побеседовал[аи]?|прибыл[аи]?(?!\w)|arrived\s+in"
    # who saw a guest off, who came home ("В аэропорту главу нашего государства проводил …", "Президент вернулся в
    # Ташкент", "The President returned to Tashkent")
    r"|(?<=аэропорту\s)(?:\S+\s+){0,6}?проводил[аи]?|(?:его|её|ее|их)\s+проводил[аи]?\b"
    r"|вернул(?:ся|ась|ись)\s+(?:в|на)\s+(?:родину|(?=(?-i:[А-ЯЁ])\w+))|returned\s+(?:home|to(?=\s+(?-i:[A-Z])))"
    # who led a delegation, who spoke at the opening ("Казахстанскую делегацию возглавил …", "На открытии приема
    # выступили …")
    r"|делегаци\w+\s+возглавил[аи]?|возглавил[аи]?\s+(?:\w+\s+)?делегаци|^\W*на\s+открытии\s+[^,]{0,40}?выступил[аи]?"
    # an event opening ("The forum kicked off in Beijing", "… got underway", "began its work", "открылось заседание",
    # "стартовали учения", "саммит начал работу"; not "has opened new opportunities")
    r"|(?:got|gets)\s+underway|kick(?:ed|s)\s+off|began\s+its\s+work|(?:has\s+)?opened\s+(?:in|on)\s+(?=[A-Z0-9])"
    r"|(?:was|were)\s+opened\s+by|открыл(?:ся|ась|ось|ись)|стартовал[аио]?|начал[аио]?\s+(?:свою\s+)?работу"
    r"|начал(?:ся|ась|ось|ись)\s+(?:в|во)\s"  # ("Заседание … началось в пятницу в Минске")
    # who organised it, who gathered, took part or was received, the photographs ("The event was organised by …",
    # "Heads of … gathered in Shanghai", "… are also participating in the summit", "… were received by the President",
    # "… shook hands and posed for a group photo")
    r"|(?:was|were)\s+(?:jointly\s+|also\s+|co-)?organi[sz]ed\s+(?:by|within|in|on|virtually|jointly)"
    r"|occurred\s+(?:within|in|on|during)"
    r"|gathered\s+(?:in|at)|(?:is|are)\s+(?:also\s+)?participating\s+in|(?:was|were)\s+(?:also\s+)?received\s+by"
    r"|shook\s+hands|posed\s+for\s+(?:an?\s+)?(?:group\s+|family\s+|joint\s+)?photo|(?:was|were)\s+made\s+possible\s+by"
    r"|ended\s+(?:in\s+[A-Z]\w+\s+)?(?:on\s+\w+\s+\d{1,2}\s+)?with\s+(?:the\s+)?signing"
    # who moderated, a minute of silence, who was to come, what guests saw ("The session was moderated by …",
    # "Заседание началось с минуты молчания", "… должен был быть глава …", "Guests … got acquainted with …"; none of the
    # 13 such sentences of the development pages is key)
    r"|moderated\s+by|модератор\w*\s+(?:\S+\s+){0,2}?выступил[аи]?|минут\w*\s+молчания|(?:minute|moment)\s+of\s+silence"
    r"|должен\s+был\s+(?:быть|присутствовать|участвовать|прибыть)|(?:got|get)\s+acquainted|ознакомил(?:ись|ся|ась)"
    # where they met, a visit, talks going on in another format ("The ministers met in Bishkek on Tuesday", "The
    # delegation visited the museum", "The talks continued in an extended format", "Переговоры продолжились в
    # расширенном составе", "Встреча продолжилась с участием членов делегаций"; none of the 36 such sentences of the
    # development pages is key, and 2 of the 137 of the corpus are)
    r"|met\s+(?:in|on|at|virtually|online|via)\s|visited|toured"
    # who met whom, named after the verb ("X on Thursday met Turkiye President …", "X and Y met today on the
    # sidelines", "The head of our state was met by President …")
    r"|met\s+(?-i:(?=[A-Z]))|met\s+(?:today|yesterday|here|there|separately|briefly)\b|(?:was|were)\s+met\s+by"
    # who represented a country at it, who joined whom, whom one spoke with, what was on display, who met a guest
    # ("X represented Pakistan at the summit", "They were joined by …", "Lavrov spoke with the heads of delegations",
    # "On display at the exhibition are …", "В аэропорту его встретил …", "… встретили президентов …")
    r"|represented\s+(?:(?-i:[A-Z])[\w-]+|his\s+country|her\s+country)\s+at\s+(?:the|a)\b|(?:was|were)\s+joined\s+by"
    r"|spoke\s+with\s+(?:the\s+)?(?:heads|members|delegations|participants|reporters|journalists)\b|^\W*on\s+display\b"
    r"|(?:его|её|ее|их)\s+встретил[аи]?\b|встретили\s+(?:президент|глав|делегаци|премьер|министр)"
    # those who confirmed they will take part ("Свое участие уже подтвердили исполнители …")
    r"|подтвердил[аи]?\s+(?:сво[её]\s+)?участие|сво[её]\s+участие\s+(?:\S+\s+){0,6}?подтвердил[аи]?"
    r"|continued\s+in\s+(?:an?\s+|the\s+)?(?:extended|expanded|enlarged|narrow|restricted)\s+(?:format|composition)"
    r"|continued\s+with\s+the\s+participation\s+of\s+(?:the\s+)?(?:members\s+of\s+(?:the\s+)?)?delegations\b"
    r"|продолжил(?:ись|ась|ся|ось)\s+(?:в\s+(?:расширенном|узком)\s+(?:составе|формате)|с\s+участием\s+"
    r"(?:членов\s+)?делегаций)"
    # who represented a country, who opened the meeting with the verb first ("Kazakhstan was represented by FM …",
    # "Российская сторона была представлена заместителем министра …", "Открыл заседание председатель …"; none of
    # the 20 such sentences of the development pages and the corpus is key; one that goes on "who stressed …" is
    # left alone)
    r"|(?:was|were)\s+represented\s+by|(?:была|был|были)\s+представлен[аоы]?"
    r"|^\W*открыл[аи]?\s+(?:заседание|встречу|совещание|форум|мероприятие)"
    # who convened it, events going on ("… собрал заседание совета …", "… convened a closed expert meeting")
    r"|собрал[аи]?\s+(?:\S+\s+){0,2}?(?:заседание|совещание|встречу)|convened\s+(?:an?|the)\s+(?:\S+\s+){0,3}?(?:meeting|session)"
    r"|продолжа(?:ются|ется)\s+мероприяти"
    # an event that ended somewhere ("The meeting … came to an end in Astana", "… concluded in Samarkand on 16
    # September", "Учение … завершилось в …")
    r"|came\s+to\s+an\s+end|concluded\s+(?:in\s+[A-Z]|on\s+[A-Z]\w+(?![\w\s]*\bwith\b))|завершил(?:ся|ась|ось|ись)\s+(?:в|во)\s)\b"
)
#: Pieces one of which every such verb holds: most sentences are ruled out by them, without the pattern.
_STEMS = tuple(
    "took part|participated|attended|met with|held|took place|paid|received|hosted|taking part|участ|присутствовал"
    "|chaired|delivered a welcom|delivered welcom|delivered an opening|delivered opening|s included|открыл"
    "|председательствовал"
    "|встрети|провел|провёл"
    "|принял|состоял|прош|заслуш|проведен|heard|приветств|addressed|проход|местом проведения|venue|посетил|пройд"
    "|состоится|состоятся|attending|being held|gathered|in attendance|was present|were present|also present"
    "|собрал|побеседовал|прибыл|arrived in|проводил|вернул|returned|underway|kick|began its work|opened|открыл"
    "|стартовал|начал работу"
    "|начала работу|начали работу|начало работу|свою работу|organised |organized |occurred|gathered|participating"
    "|shook hands|posed for|возглавил|открытии|made possible|ended in|ended on|ended with|moderated"
    "|модератор|молчания|of silence|должен был|acquainted|ознакомил|visited|toured|continued in|продолжил"
    "|continued with|met |represented|joined by|spoke with|on display|подтвердил|представлен|начался"
    "|началась|началось|начались|came to an end|concluded|завершил|convened|продолжа".split("|")
)
#: An event still to come, told as a schedule: who will attend, meet or visit, and where and when an event will take
#: place ("Putin will meet with …", "The summit will take place in Astana from July 3-4", "Chief Justices … have been
#: invited to attend the meeting"): the English of "пройдет" and "состоится", no plan of anyone's.
_SCHEDULED = re.compile(
    r"(?i)\b(?:will|(?:is|are)\s+(?:also\s+)?(?:due|scheduled|expected|set)\s+to)\s+(?:also\s+|then\s+)?(?:meet(?:\s+with)?|attend"
    r"|visit|arrive\s+in|take\s+part\s+in|participate\s+in|hold\s+talks|be\s+attended"
    r"|hold\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:meetings?|session|consultations)"  # ("will then hold meetings of …")
    r"|(?:be\s+held|take\s+place)(?=\s+(?:in|on|at|from|between|during|this|next|under|via|online|virtually|\d)\b))\b"
    r"|\b(?:has|have)\s+(?:also\s+)?been\s+invited(?:\s+to\s+(?:attend|take\s+part|participate)\b|\s+as\s|,)"
    r"|\bwill\s+(?:also\s+)?be\s+present\b"  # ("Iran has been invited as an observer state", "X will also be present")
    # where or when it will be held ("Фестиваль будет проходить на нескольких площадках"; not "в новых условиях")
    r"|\bбуд(?:ет|ут)\s+проходить\s+(?:[а-яё]+\s+)?(?:на\s+(?:[а-яё]+\s+){0,3}?площадк|в\s+(?-i:[А-ЯЁ])|с\s+\d|\d)"
    r"|\bприм(?:ет|ут)\s+участие\b|\b(?:приед|прибуд)(?:ет|ут)\b|\bвстрет(?:ится|ятся)\b"  # ("В совещании примут
    # участие …", "В Уфу приедут …", "Министры встретятся в Астане")
)
#: A schedule that is a decision: the next meeting, a meeting again or at a set interval, one for a purpose or with
#: an agenda ("The next meeting will be held in Moscow in 2005.", "Its council will meet at least once a year.",
#: "… will meet in Tashkent this autumn to discuss …"; 12 of the 135 schedules of our corpus are key, all these).
_AGREED_SCHEDULE = re.compile(
    r"(?i)\b(?:next|again|once|twice|annual|annually|every|regularly|agenda)\b"
    r"|\bto\s+(?:approve|adopt|sign|discuss|consider|work\s+out|review)\b"
)
#: Pieces one of which every schedule holds.
_SCHEDULE_STEMS = (
    *("will ", "due to", "scheduled to", "expected to", "set to", "invited", "present"),
    *("участие", "приед", "прибуд", "встрет", "проходить"),
)
#: What is still to come ("will take part", "примет участие"): a plan, which is a statement.
_FUTURE = re.compile(r"(?i)\b(?:will|would|shall|to\s+be|будет|будут|примет|примут|планиру\w*|предстоит)\b")
#: Words of an assessment, beside the words of a decision or a plan that :func:`~.discussions.says_more` reads.
_ASSESSMENT = re.compile(
    r"(?i)\b(?:результативн|успешн|плодотворн|конструктивн|содержательн|successful|fruitful|productive|constructive"
    r"|peacefully|in\s+strict\s+accordance|активн|неизменно|actively)"
)
#: The atmosphere an event took place in, a courtesy of reports, not an assessment ("Беседа прошла в конструктивной и
#: дружеской атмосфере", "The talks were held in a constructive atmosphere").
_ATMOSPHERE = re.compile(r"(?i)\bв\s+(?:[а-яё]+\s+){0,4}атмосфер\w*|\bin\s+an?\s+(?:[a-z]+\s+){0,4}atmosphere\b")
#: A participle of speaking that adds a position ("…, highlighting the need to …", "…, подчеркнув …").
_STANCE_PARTICIPLE = re.compile(
    r"(?i),\s+(?:[a-z]+ing|[а-яё]+(?:в|вши|я))\s+(?:that|the|its|что|важность|необходимость)\b"
)


def only_sets_the_scene(sentence: str) -> bool:
    """Whether ``sentence`` only tells who took part in or attended an event, who met whom, or that an event
    took place, with no decision, plan, assessment, quotation or other verb of speaking beside it."""
    lower = sentence.lower()
    scheduled = any(stem in lower for stem in _SCHEDULE_STEMS) and _SCHEDULED.search(sentence) is not None
    if scheduled and _AGREED_SCHEDULE.search(sentence):
        scheduled = False  # "The next meeting will be held in Moscow.": a decision, whose "will" is a plan
    if not scheduled and not (any(stem in lower for stem in _STEMS) and _SCENE.search(sentence)):
        return False
    if _STANCE_PARTICIPLE.search(sentence) or only_discusses(sentence):
        return False  # "… состоялся обмен мнениями по задачам …": what was discussed, not the scene
    told = _SCHEDULED.sub(" ", sentence) if scheduled else sentence  # a schedule's "will" is no plan
    told = _ATMOSPHERE.sub(" ", told)
    rest = _SCENE.sub(" ", told)  # ("приняли" of "приняли участие" is no decision)
    return _ASSESSMENT.search(told) is None and not says_more(told, rest, _FUTURE)


#: "that" or "что" after a reporting verb, a few words on at most ("… said on Monday that …").
_THAT = re.compile(r",?\s+(?:что|that)\s+")
#: The most characters between a reporting verb and the "that" of its clause.
_VERB_TO_THAT = 48
#: Verbs of agreement, whose clause is a position the sides share ("agreed that", "сошлись во мнении, что").
_AGREED = re.compile(r"(?i)agreed|concurred|сошл|договорил|согласил")
#: An event to come in a reported clause, which an official announces ("… сообщил, что в сентябре пройдут Игры
#: кочевников", "… said that the summit will take place …"): as often a statement as not, so left alone.
_COMING = re.compile(
    r"(?i)\b(?:will|would|пройд[её]т|пройдут|состоится|состоятся|примет|примут|будет|будут|предстоит)\b"
)
#: The most words of a reported clause read as a scene: one tells who came or met in a plain sentence.
MAX_REPORTED_WORDS = 30
#: What makes a reported clause more than a scene: a relative clause (whose own verb the scene's pattern may take:
#: "the Bank, which opened in …"), a negation, figures of a result ("более 80 тыс."), an aim ("would focus on") or
#: satisfaction ("noted with satisfaction that").
_NOT_PLAIN = re.compile(
    r"(?i)\b(?:which|who|котор\w+|не|not|почти|with\s+satisfaction|с\s+удовлетворением|focus\w*|сосредоточ\w*)\b"
    r"|\d[\d\s.,]*\s*(?:тыс|млн|млрд|%|процент|percent|thousand|million|billion)"
)


def reports_only_the_scene(sentence: str) -> bool:
    """Whether the clause a reporting verb introduces with "that" or "что" only sets the scene or only names the
    topics ("Он отметил, что в заседании приняли участие делегаты …", "X said that the participants exchanged views
    on …"): the speaker tells who came and what was talked about, no position of his. A clause of agreement ("сошлись
    во мнении, что …"), of an event to come, with a relative clause, a negation or figures is left alone. Of the 19
    sentences of this kind on the development pages 1 is marked key, of the 15 in the corpus 2.
    """
    verb = find_verb(sentence)
    if verb is None or _AGREED.match(verb.text):
        return False
    end = verb.start + len(verb.text)
    that = _THAT.search(sentence, end, end + _VERB_TO_THAT)
    if that is None:
        return False
    clause = sentence[that.end() :]
    if len(clause.split()) > MAX_REPORTED_WORDS or _NOT_PLAIN.search(sentence, 0, that.start()):
        return False  # (a long clause; satisfaction: "noted with satisfaction that …")
    if _NOT_PLAIN.search(clause) or _COMING.search(clause):
        return False  # (a relative clause, a negation, figures, an aim, an event to come: more than the scene)
    clause = clause[:1].upper() + clause[1:]
    return only_sets_the_scene(clause) or only_discusses(clause)


#: The longest paragraph read as a scene: one is told in a sentence or two (97 % of those on the development
#: pages have at most 520 characters).
MAX_SCENE_CHARS = 600


def scene_paragraph(text: str) -> bool:
    """Whether every sentence of a paragraph only sets the scene ("The Minister took part in the meeting of …")."""
    if len(text) > MAX_SCENE_CHARS or not only_sets_the_scene(text):
        return False  # most paragraphs, without splitting them: what one sentence holds, the paragraph holds
    sentences = split_sentences(text)
    return bool(sentences) and all(map(only_sets_the_scene, sentences))


def only_the_event_for_scenes(flags: np.ndarray, texts: list[str], column: int) -> np.ndarray:
    """Decisions where a paragraph that only sets the scene has the event label (``column``, ``procedural``)
    alone: who took part in a meeting of health ministers says nothing about health (rule 3 of the taxonomy)."""
    rows = [row for row, text in enumerate(texts) if scene_paragraph(text)]
    if not rows:
        return flags
    flags = np.array(flags, dtype=bool, copy=True)
    flags[rows] = False
    flags[rows, column] = True
    return flags
