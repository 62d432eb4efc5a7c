"""Reporting clauses written after the statement, without quotation marks.

Wires often give the statement first and its source last: "…, Xi said.",
"…, said Chinese Foreign Minister Wang Yi on Tuesday", and in Russian
"…, заявил министр иностранных дел России Сергей Лавров в беседе с журналистом …".
The source is the phrase around that closing verb, not the sentence's grammatical
subject, and a person named after where and how the source spoke (the journalist
"в беседе с …") is no speaker.
"""

from __future__ import annotations

import re

from .bodies import body_source, cited_nominative
from .carriers import carries_news
from .clauses import ADDRESSEES, IN_ASIDE
from .names import COUNTRIES, GROUP_WORDS, LATIN_SURNAME, bare_word, nominative, person_mentions, person_names
from .offices import opens_with_russian_office
from .participles import GERUND_ENDINGS, NOMINATIVE_PARTICIPLE_ENDINGS
from .verbs import find_verb

__all__ = ["source_words", "trailing_source", "aside_source", "WHERE_AND_HOW", "name_after_verb"]


_SAID = (
    r"said|stated|added|noted|stressed|underlined|underscored|emphasi[sz]ed|explained|concluded|remarked|pointed out"
    r"|revealed|observed|asserted|argued|warned|clarified|recalled|reiterated|insisted|highlighted|says|reported"
    r"|announced|declared|confirmed|commented|acknowledged|affirmed"  # ("…, the Secretary-General …, announced.")
    r"|(?:posted|wrote|tweeted)(?=\s+on\s+(?:X|Twitter|Telegram|Facebook|social\s+media))"  # "…," Jaiswal posted on X.
    r"|(?:was|were)\s+(?:quoted|cited)\s+as\s+saying"
    r"|told\s+(?:a\s+|the\s+)?(?:regular\s+|daily\s+|weekly\s+)?"
    r"(?:reporters|journalists|media|presser|press\s+conference|news\s+conference|briefing)"
    r"|told\s+(?:the\s+)?(?-i:[A-Z][\w.]+)(?:\s+(?-i:[A-Z][\w.]+)){0,2}(?=\.?$|\s+(?:on|in|at)\b)"  # "told Xinhua"
)
#: A document or body that a wire names in lower case as its source ("…, said the report on …"), or an official
#: ("…, the spokesman told a regular news conference").
_PAPER_OR_OFFICIAL = (
    r"(?:report|statement|communiqu[eé]|declaration|document|study|survey|ministry|secretariat"
    r"|spokes(?:man|person|woman)|minister|official|ambassador|envoy|diplomat|leader|expert|coordinator|president"
    r"|secretary[-\s]general|commander|director|chairman|advis[eo]r)"
)
#: Title words a wire writes in lower case inside a source's name ("the newly appointed SCO secretary general
#: Vladimir Norov has said").
_LOWER_TITLE = (  # (also a possessive and a press service: "Uzbek president's press service")
    r"(?:secretary|general|minister|president|director|ambassador|envoy|chairman|deputy|foreign|affairs|press|service)"
    r"(?:['’]s)?\b"
)
#: A post in lower case that opens a name's apposition ("…," Sarmad Ali, president of the …, told …).
_LOWER_POST = (
    r"(?:(?:a|an|the)\s+)?(?:president|chairman|head|director|secretary|minister|deputy|spokes\w+|chief|ambassador"
    r"|envoy)\b"
)
#: Groups that speak in a wire's lead without a name ("…, analysts have said."); not "officials", who often relay
#: what the sentence's subject offered ("India offered …, officials said").
_SAYERS = r"(?:analysts|experts|observers|diplomats|sources|officials\s+and\s+experts|experts\s+and\s+officials)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
_WHEN = (  # "on Tuesday", "during the talks"; wires also write the day alone ("…, an official said Friday.")
    rf"(?:\s+(?:on|in|at|during|after|while|following|before|ahead\s+of|as|by)\b(?:[^,.;]|\.(?=\s\d)){{0,120}}"
    rf"|\s+{_WEEKDAY}\b)?"  # (a month's abbreviation: "during a Sept. 16 meeting")
)
#: A rank in lower case before a name ("…, senior Chinese official Meng Jianzhu said").
_RANKED = (
    r"(?:senior|top|former|veteran|leading|prominent)\s+(?:[A-Za-z][\w-]*\s+)?(?:official|diplomat|expert|analyst)\s+"
)
#: An Arabic surname's article in lower case before it ("el-Sheikh", "al-Sisi").
_PARTICLE = r"(?:(?:el|al|ad|as|ash|ul|ud)-)?"
#: A character of an apposition: brackets only in pairs, so that the end of a list in brackets ("the BRICS group
#: (Brazil, Russia, India, China and South Africa), Russian Ambassador … said") is no apposition of "India".
_APPOSED = r"(?:[^,()]|\([^()]*\))"
_APPOSED_PART = r"(?:[^,.()]|\([^()]*\))"
#: A post in lower case after the body that names it and before its holder ("…, said Valdai Club expert, Nandan
#: Unnikrishnan, …").
_NAMED_POST = r"(?:expert|analyst|scholar|researcher|professor|official|diplomat|spokes(?:man|person|woman))"
_ENGLISH = re.compile(
    rf",(?:\s?[\"”’])?\s*(?:[–—]\s+|-\s*(?=said\b))?(?:(?P<sp1>(?:the\s+(?:[a-z-]+(?:['’]s)?\s+){{0,2}}|{_RANKED})?{_PARTICLE}[A-Z][\w.’'-]*(?:\s+(?:(?:of|and|to|for)\s+(?:the\s+)?)?(?:[A-Z][\w.’'-]*|{_LOWER_TITLE})){{0,6}}"
    rf"|(?:(?:a|an|the|its)\s+(?:[A-Za-z’'-]+\s+){{0,2}})?{_PAPER_OR_OFFICIAL}(?:\s+(?!(?:has|have|had)\s)[^,.;]{{1,60}}?)?|he|she|it|{_SAYERS})"
    rf"(?P<apposition>,\s+(?:[A-Z]|{_LOWER_POST}){_APPOSED}{{2,80}},|,\s+[A-Z]{_APPOSED_PART}{{2,80}}(?:,\s+(?:the\s+)?[A-Z]{_APPOSED_PART}{{2,80}})?)?"
    rf"\s+(?:(?:has|have|had)\s+)?(?P<v1>{_SAID})"
    rf"|(?P<v2>{_SAID})\s+(?!{_WEEKDAY}\b)(?P<sp2>(?:the\s+)?{_PARTICLE}[A-Z][\w.’'-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w.’'-]*){{0,8}}"
    rf"|(?:a|an|the)\s+(?:[A-Za-z-]+\s+){{0,2}}{_PAPER_OR_OFFICIAL}s?\b(?:\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})?"
    rf"|(?:[A-Z][\w.’'-]*\s+){{1,3}}{_NAMED_POST},?\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,3}}))"
    rf"{_WHEN}(?:,\s|\s+[-–—]\s|\.?$)"  # "…, Putin said - a phrase aimed at …"
    # (an official may be named after the post: "…, said the spokesperson Zhao Lijian during …"; an apposition may
    # lack its closing comma: '…," Emomali Rahmon, President of Tajikistan said.', or have two
    # parts: '…,'' Nurlan Baibazarov, Chairman, the Development Bank of Kazakhstan told reporters')
)
#: Initials or an abbreviated title, whose point is no full stop ("S.", "U.S.", "Mr.", "Jr.").
_ABBREVIATED = re.compile(r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Prof|Gen|Col|Lt|Sh)\.")
#: A body that reports its own side's news ("the President's press service reported").
_PRESS_SERVICE = re.compile(r"(?i)\bpress\s+(?:service|office)|\bministry\b|\bsecretariat\b")
#: "…, заявил министр … Сергей Лавров …": a verb after the statement's comma, its subject after it
#: (not "…, заявил, что …", where the subject stands before).
_RUSSIAN_SAID = (
    r"(?:заявил|сказал|отметил|подчеркнул|сообщил|добавил|уточнил|указал|напомнил|пояснил|объяснил|заверил|рассказал|признал"
    r"|констатировал|подытожил|резюмировал|заключил|заметил|обратился|обратилась|продолжил)[аио]?"
)
#: A date before the verb ("…, 19 августа заявил секретарь …").
_RUSSIAN_DATE = (
    r"(?:\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+)?"
)
#: How an outlet relays a source after it ("…, передает корреспондент БЕЛТА").
_RELAY_VERB = r"(?:переда[её]т|сообща[ею]т|пишет|информирует)"
_RUSSIAN = re.compile(
    rf"(?:,|(?<=[»\"”]))\s+(?:[–—-]\s*)?{_RUSSIAN_DATE}(?:об\s+этом\s+)?(?:(?:ранее|позднее|также)\s+)?(?P<verb>{_RUSSIAN_SAID}|(?:считает|полагает|считают|полагают|сообщает|сообщают|отмечает|отмечают|уверен[аы]?|убежд[её]н[аы]?)"
    r"|(?:такое\s+мнение|такую\s+оценку)\s+(?:выразил|высказал|дал)[аи]?"  # ("…, такое мнение выразил генсек X")
    r"|завершил[аи]?\s+(?:сво[её]\s+)?выступление)"  # ("…», — завершил выступление президент Кыргызстана")
    r"(?:\s+(?:сегодня|вчера),\s+\d{1,2}\s+[а-яё]+,|\s+во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу"
    r"|воскресенье))?"  # "…, констатировал сегодня, 13 мая, министр …", "…, об этом сообщила в четверг пресс-служба"
    r"\s+(?!что\b|об?\b)(?P<speaker>(?:[^,.;:]|(?<=\b[А-ЯЁA-Zио])\.|\.(?=(?:ru|com|kz|uz|by|kg|tj|net|org|info)\b)){2,240})"
    # (an initial's point: "А. Смадияров", "и.о. генсека"; a site's: "в беседе с NEWS.ru")
    # "…, выступая на …", or the source's post after its name ("…, – заметил Марат Шибутов, политолог.")
    r"(?:,\s+(?:выступая|открывая|отвечая|комментируя)\b[^.;]*"
    rf"|,\s+(?P<post>(?!{_RELAY_VERB})[а-яё][^.;:«»\"]{{1,200}}))?"
    rf"(?:,\s+{_RELAY_VERB}\s+[^,.;:]{{2,80}})?[.:]?$"  # and the outlet that relays it (or a colon before a quote)
)
#: A reporting clause set in commas inside the statement ("One of the solutions, he continued, is …",
#: "В этой связи, добавил Шойгу, настало время …", "Россия …, подчеркнул он, едины во мнении …").
_ASIDE = re.compile(
    r",\s+(?:(?P<sp1>he|she|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+"
    r"(?P<v1>said|added|noted|stressed|continued|explained|argued|insisted|warned|recalled|believes|says)"
    rf"|(?P<v2>{_RUSSIAN_SAID})\s+(?P<sp2>он|она|(?:[А-ЯЁ]\.\s?){{1,2}}[А-ЯЁ][а-яё-]+"
    r"|[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яёА-ЯЁ-]+){0,2})"  # (initials of a body too: "подчеркнул Президент ТПП РФ")
    # (a quotation may go on after it: "Хотя ОДКБ, подчеркнул А.Лукашенко, «это …"; or a dash: "…, – одна из")
    rf"|(?P<sp3>он|она)\s+(?P<v3>{_RUSSIAN_SAID})),\s+(?:[–—]\s+)?[«\"“]?\w"
)


#: An aside after the opening words whose source is a post in lower case ("При этом, признал генсек ОДКБ, …").
_OPENING_ASIDE = re.compile(
    rf"^\W*[^,]{{1,30}},\s+(?P<verb>{_RUSSIAN_SAID})\s+(?P<post>(?:генсек|министр|посол|президент|премьер|глава"
    r"|председател|секретар|замминистра|эксперт|политолог|помощник|советник|постпред|руководител)[а-яё-]*(?:\s+[А-ЯЁа-яё-]+){0,3}),\s+[«\"“]?\w"
)


def aside_source(sentence: str) -> tuple[str, str] | None:
    """The source and verb of a reporting clause set in commas inside the statement."""
    aside = _ASIDE.search(sentence)
    if aside is None:
        opening = _OPENING_ASIDE.match(sentence)
        return (opening.group("post"), opening.group("verb")) if opening else None
    return aside.group("sp1") or aside.group("sp2") or aside.group("sp3"), aside.group("v1") or aside.group(
        "v2"
    ) or aside.group("v3")


#: "С предложением о … выступил президент России Владимир Путин": the source after the verb, at the end.
_PUT_FORWARD = re.compile(
    r"(?:^|[\s,])[Сс]\s+(?:предложением|призывом|инициативой|заявлением|идеей)\b[^.;]*?\s"
    r"(?P<verb>выступил[аио]?)\s+(?!за\b|с\b)(?P<speaker>[^,.;:]{2,160})\.?$"
)
#: "…, Tengrinews.kz reports citing Foreign Minister Yerzhan Kazykhanov": the one cited, not the outlet.
_CITING = re.compile(
    r",\s+[^,]{2,60}?\s+(?:reports?|reported|writes|wrote|said|says)\s+(?:citing|quoting)\s+(?P<speaker>[^,.;]{2,160})\.?$"
    # "…, RIA Novosti quoted the CSTO Secretary General Nikolai Bordyuzha as saying Friday."
    r"|,\s+[^,]{2,60}?\s+quoted\s+(?P<quoted>[^,.;]{2,160}?)\s+as\s+saying\b[^;]{0,40}$"
    # '"…", – цитирует ТАСС 6 марта Хакимова.': the one quoted, in the accusative, after the outlet
    r"|,\s+[–—-]\s+цитиру(?:ет|ют)\s+[^,.;]{2,60}?\s+(?<!РИА\s)(?P<cited>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)\.?$"
    # '…», – цитирует Дубровского его пресс-служба.': the one quoted first, then his own service or an agency
    # ('…», — цитирует Назарбаева РИА Новости.')
    r"|,\s+[–—-]\s+цитиру(?:ет|ют)\s+(?P<cited_first>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)\s+(?:(?:его|её|ее)\s+[^,.;]{2,40}"
    r"|РИА\s+Новости|ТАСС|Интерфакс|Sputnik|БелТА|Казинформ|агентство\s+[^,.;]{2,30})\.?$"
)
#: "The TASS news agency quoted the Russian special envoy … as saying: …", "Lavrov was quoted as saying …", "On June
#: 17, the paper cited analysts as saying …": the one quoted, before what he said.
_QUOTED_FIRST = re.compile(
    r"^\W*(?:\[[^\]]{2,80}\]\s*)?(?:(?i:on|in|at|during|earlier|last)\s[^,.;:]{2,60},\s+)?"  # ("[Byline] On 17 May, …")
    r"(?:(?:[^,.;:]{2,80}?\s+)?(?:quoted|cited)\s+(?P<quoted>[^,.;:]{2,160}?)"
    r"|(?P<passive>[^,.;:]{2,160}?)\s+(?:was|were|is)\s+quoted)\s+as\s+saying\b"
)
#: Where and how a source spoke, after its name ("… in a statement on Twitter", "… в ходе пресс-конференции").
WHERE_AND_HOW = re.compile(
    r"\s+(?:in|on|at|during|after|while|via|в ходе|во время|в беседе|в интервью|в комментарии|в разговоре|в эфире"
    r"|в связи с|на|при|по итогам|после|по окончании|по завершении"  # ("заявил после встречи с Рахмоном генсек …")
    r"|в(?=\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b)"
    r"|в(?=\s+(?:опубликованн|сво[её]|недавн|эксклюзивн|специальн|официальн|совместн)[а-яё]*\s))\s+",  # "— заявил он
    # в опубликованном интервью"
    re.IGNORECASE,
)


#: "… – as noted by political expert Aleksei Dzermant in his talk with …": the source after "as … by".
_AS_BY = re.compile(
    r"(?:,|\s[–—-])\s+as\s+(?P<verb>noted|stated|said|stressed|pointed\s+out|emphasi[sz]ed|underlined)\s+by\s+"
    r"(?P<speaker>[^,.;]{2,160})(?:,\s+[^.;]{2,300})?[,.;]?\s*$"  # (and the source's post: ", the Head of …")
)


#: A person's name, then an apposition in commas, opening the sentence ("Мурат Нуртлеу, министр …, подчеркнул").
_NAMED_FIRST = re.compile(
    r"^\s*[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ]\.?[а-яё-]*){1,2},\s+[а-яё][^,]{3,120},\s+\w+\s+(?!что\b)"
    # or any subject with a participle in the nominative after it ("Участники, собравшиеся в Ташкенте, отметили …")
    rf"|^\s*[^,]{{2,80}},\s+[а-яё]+(?:{NOMINATIVE_PARTICIPLE_ENDINGS})\b[^,]{{0,120}},\s+\w+\s+(?!что\b)"
    # or a gerund's clause ("Генсекретарь СНГ Сергей Лебедев, приветствуя участников, отметил рост …")
    rf"|^\s*[^,]{{2,80}},\s+[а-яё]{{3,}}(?:[^нщм]ая|{GERUND_ENDINGS})\s[^,]{{0,120}},\s+\w+\s+(?!что\b)"
    # or a relative clause ("Министр, который впервые посетил Ташкент, отметил рост …")
    r"|^\s*[^,]{2,80},\s+котор(?:ый|ая|ое|ые)\s[^,]{0,120},\s+\w+\s+(?!что\b)"
)
#: A noun of what was said, never who said it ("подчеркнул важность …", "отметил необходимость …").
_ABSTRACT = re.compile(r"(?i)^[а-яё-]+(?:ость|ние|тие|ия|ию|ью)\b")


def _named_apposition(apposition: str | None) -> list[str]:
    """The person an apposition after a post names, when it is nothing but the name ("…, the chief of the General
    Staff, Raimberdi Duishenbiyev, said": the person, not the post)."""
    names = person_names(apposition) if apposition else []
    return names if names and apposition and apposition.strip(" ,") == names[0] else []


#: A Russian reporting clause set into a quotation between dashes ("«Поэтому, – подчеркнул он, – важно …»").
_INSERTED_CLAUSE = re.compile(
    r"^\s*[«\"„“]?[^«»\"“”,]{1,120},\s*[–—]\s*(?P<verb>[а-яё]+(?:л|ла|ли))\s+(?P<who>[^,–—«»]{2,80}?),?\s*[–—]\s+\S"
)


def trailing_source(sentence: str) -> tuple[str, str] | None:
    """The source and verb of a reporting clause after the statement, when the sentence ends with one, or set into
    the quotation between dashes."""
    inserted = _INSERTED_CLAUSE.match(sentence) if "–" in sentence or "—" in sentence else None
    if inserted and find_verb(inserted["verb"]) is not None:
        return nominative(inserted["who"].strip()), inserted["verb"]
    as_by = _AS_BY.search(sentence) if " by " in sentence else None
    if as_by:
        who = WHERE_AND_HOW.split(as_by.group("speaker"), maxsplit=1)[0]
        named = person_mentions(who)
        return (named[0] if named else who), as_by.group("verb")
    put_forward = _PUT_FORWARD.search(sentence) if "выступил" in sentence else None
    if put_forward:
        who = WHERE_AND_HOW.split(put_forward.group("speaker"), maxsplit=1)[0]
        named = person_mentions(who)
        return (named[0] if named else who), put_forward.group("verb")
    quoted = _QUOTED_FIRST.match(sentence) if "quoted " in sentence or "cited " in sentence else None
    if quoted:
        who = quoted.group("quoted") or quoted.group("passive")
        named = person_mentions(who)
        return (named[0] if named else who), "said"
    if "," not in sentence and not _QUOTE_THEN_DASH.search(sentence):  # ('…» - сказал Ушаков')
        return None
    citing = _CITING.search(sentence)
    if citing and (citing.group("cited") or citing.group("cited_first")):
        return nominative(citing.group("cited") or citing.group("cited_first")), "цитирует"
    if citing:
        who = WHERE_AND_HOW.split(citing.group("speaker") or citing.group("quoted"), maxsplit=1)[0]
        named = person_mentions(who)
        return (named[0] if named else who), "citing" if citing.group("speaker") else "said"
    english = _ENGLISH.search(sentence)
    if english and english.group("sp2") and sentence.startswith("which", english.end()):
        english = None  # "Wang, a member of …, said the Shanghai Spirit, which features …": what he said, no source
    if (
        english
        and (english.group("v1") or "").startswith(("posted", "wrote", "tweeted"))
        and find_verb(sentence[: english.start()])
    ):
        english = None  # "President X emphasized …, Minister Y wrote on X": Y passes on what X said
    if english and "reported" in (english.group("v1") or english.group("v2")):
        press_service = _PRESS_SERVICE.search(english.group("sp1") or english.group("sp2"))
        english = english if press_service else None  # "…, ANI reported": an outlet passes on the news
    if english:  # "…, Xi said.", "…, said Chinese Foreign Minister Wang Yi on Tuesday"
        speaker = re.sub(r"^its\s", "the ", english.group("sp1") or english.group("sp2"))  # ("its secretary-general")
        if speaker.endswith(".") and not _ABBREVIATED.fullmatch(speaker.split()[-1]):
            speaker = speaker[:-1]  # the sentence's full stop ("…, – said Mr. Aripov.", "stressed Hu."), not an
            # initial's point
        verb = english.group("v1") or english.group("v2")
        apposed = (english.group("apposition") or "").strip(" ,")
        if bare_word(speaker) in COUNTRIES and LATIN_SURNAME.fullmatch(apposed):  # "Speaking … in Qingdao, China,
            return apposed, verb  # Singh declared, '…'": a place closes the circumstance, the surname speaks
        persons = person_names(speaker) or _named_apposition(english.group("apposition"))
        return next(iter(persons), speaker), verb.split()[0] if verb.startswith("told") else verb
    about_this = _ABOUT_THIS_FIRST.search(sentence) if "об этом" in sentence else None
    if about_this and (who := _about_this_source(about_this.group("speaker"))):
        return who, about_this.group("verb")
    russian = _RUSSIAN.search(sentence)
    if russian and russian.group("verb") in _RELAYS and find_verb(sentence[: russian.start()]):
        return None  # "Кыргызстан … выступил с инициативой …, сообщает пресс-служба": the press service relays
    if russian is None or IN_ASIDE.search(sentence, 0, russian.start()):
        return None  # "Лавров, в частности, отметил важность …": the subject stands before the aside
    # when and where first ("…, заявил в понедельник на брифинге помощник президента РФ Юрий Ушаков"), then the
    # source, not the journalist "в беседе с …" after it
    who = source_words(russian.group("speaker"))
    pronoun = who.lower() in _PRONOUNS  # "…, которые подрывают …, сообщил он.": he is the source
    if _NAMED_FIRST.match(sentence) and not pronoun and not opens_with_russian_office(_RANK.sub("", who)):
        return None  # "Мурат Нуртлеу, министр …, подчеркнул важность …": the subject stands before the apposition;
        # but "СНГ — организация, доказавшая …, заявил первый заместитель министра … Асеин Исаев" names its source
    named = person_mentions(who)
    if named:
        return named[0], russian.group("verb")
    if re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", who):  # "…» - сказал Ушаков журналистам накануне …"
        return who, russian.group("verb")
    if russian.group("post"):  # "…, заявил начальник Генштаба …, первый заместитель министра … Олег Белоконев."
        named = person_mentions(russian.group("post"))  # names the person in a second post;
        if named:  # "…, отметили настрой на …, подчеркнули …" none, but "…, – сказал Президент Таджикистана, в
            return named[-1], russian.group("verb")  # своём выступлении на …" the office
        if not opens_with_russian_office(who):
            return None
    if who.lower().startswith(("в ", "во ")):  # "…, – уточнили в пресс-службе": the body, in the nominative
        body = body_source(who)
        return (body, russian.group("verb")) if body else None
    words = who.split()  # "глава МИД", "Глава государства", or a surname alone ("…, — сказал Лавров.")
    office = not who[:1].isupper() and not _ABSTRACT.match(who) or opens_with_russian_office(who)
    office = office or _MINISTRY.match(who) is not None  # "…, сообщает Минэнерго РК."
    return (who, russian.group("verb")) if len(words) == 1 or len(words) <= 8 and office else None


#: A Russian pronoun as the source ("…, сообщил он", "об этом он сказал"): whoever it is, someone speaks.
_PRONOUNS = frozenset({"он", "она", "они"})
#: "…, об этом белорусская сторона заявила на совещании …": the source between "об этом" and its verb.
_ABOUT_THIS_FIRST = re.compile(
    rf",\s+(?:[–—-]\s*)?об\s+этом\s+(?P<speaker>[^,.;:]{{2,100}}?)\s+(?P<verb>{_RUSSIAN_SAID})(?:\s+[^,.;:]{{0,160}})?\.?$"
)


#: How a Russian noun in the nominative singular or plural ends ("сторона", "министр", "делегаты"), unlike the
#: oblique cases of a circumstance ("на встрече", "в понедельник" are caught before, "с коллегой" here).
_NOMINATIVE_END = re.compile(r"(?:а|я|ь|р|т|д|к|н|ы|и)$")


def _about_this_source(phrase: str) -> str | None:
    """The source of "об этом … заявил": a pronoun, a person, or a side, office or body of up to five words in the
    nominative, not the time words or a clause ("об этом в понедельник", "об этом, в частности")."""
    if phrase.lower() in _PRONOUNS:
        return phrase
    named = person_mentions(phrase)
    if named:
        return named[0]
    words = phrase.split()
    if len(words) <= 5 and not WHERE_AND_HOW.match(f" {phrase}") and _NOMINATIVE_END.search(words[-1]):
        return phrase if (not phrase[:1].isupper() or opens_with_russian_office(phrase)) else None
    return None


#: A quotation closed before a dash and the reporting clause, with no comma ("…» - сказал Ушаков журналистам").
_QUOTE_THEN_DASH = re.compile(r"[»\"”]\s+[–—-]\s")
#: A surname closing the source's words after where it spoke ("заявил журналистам по итогам саммита Семериков").
_SURNAME_AT_END = re.compile(r"\s([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)$")
#: A rank before an office ("первый заместитель министра").
_RANK = re.compile(r"(?i)^(?:первый|первая|старший|старшая|бывший|бывшая)\s+")
#: When and where a source spoke, named before the source ("в понедельник на брифинге", "накануне журналистам").
_WHEN_WHERE_FIRST = re.compile(
    r"^(?:(?:во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|сегодня|вчера|накануне)\s+)*"
    r"(?:на\s+(?:брифинге|пресс-конференции|встрече\s+с\s+журналистами)\s+)?"
)
#: Verbs in the present with which a body relays what others said ("…, сообщает пресс-служба").
_RELAYS = frozenset({"сообщает", "сообщают", "отмечает", "отмечают"})
#: A ministry by its short name ("Минэнерго РК", "Минсельхоз России", "МИД Казахстана").
_MINISTRY = re.compile(r"(?:Мин(?!ист)[а-яё]+|МИД)\b")


#: An institute's attachment to a body inside a post ("Институт … при президенте Узбекистана"), where "при" is no
#: circumstance.
_UNDER_BODY = re.compile(r"\b(?:Институт|Центр|Академи|Университет)\w*[^,;:]*?\sпри\s(?P<rest>[^,;:]+)$")


#: An agency told, right after the verb ("…, сообщил РИА Новости ректор …").
_AGENCY_TOLD = r"(?:РИА\s+Новости|ТАСС|Интерфаксу|Спутнику)"


#: The source an agency cites ("сообщает РИА Новости со ссылкой на Минобороны России"): it speaks, the agency relays.
_CITED_BY_AGENCY = re.compile(r"\bсо\s+ссылкой\s+на\s+(?P<cited>[^,;:]+?)[\s.]*$")


def source_words(after_verb: str) -> str:
    """The source among the words after a Russian reporting verb: past when and to whom it spoke ("в понедельник
    журналистам источник …", "РИА Новости ректор …"), up to where and how ("… Лавров в беседе с …"), or the surname
    closing them when where comes first ("заявил журналистам по итогам саммита ОДКБ Семериков"); the source an agency
    cites ("ТАСС со ссылкой на пресс-службу Кремля": "пресс-служба Кремля"), unless it is another outlet."""
    if cited := _CITED_BY_AGENCY.search(after_verb):  # (another outlet cited only relays: "Lada.kz со ссылкой на
        if not carries_news(cited.group("cited")):  # Sputnik" is the outlet's)
            return cited_nominative(cited.group("cited"))
        after_verb = after_verb[: cited.start()].rstrip()
    who = re.sub(rf"^(?:{ADDRESSEES}|{_AGENCY_TOLD})\s+", "", _WHEN_WHERE_FIRST.sub("", after_verb))
    who = re.sub(r"^(?:господин|госпожа)\s+(?=[А-ЯЁ])", "", who)  # "заявил господин Ушаков": the surname
    who = re.split(rf"\s+{ADDRESSEES}(?:\s|$)", who, maxsplit=1)[0]  # ("Ушаков журналистам накануне визита …")
    attached = _UNDER_BODY.search(who)  # "руководитель отдела Института … при президенте Узбекистана Комилжон Арипов"
    if attached and (named := person_names(attached.group("rest"))) and who.rstrip(" .").endswith(named[-1]):
        return named[-1]
    if not WHERE_AND_HOW.match(f" {who}"):
        return WHERE_AND_HOW.split(who, maxsplit=1)[0]
    named = person_names(who)  # "на церемонии … генерал-майор Павел Муравейко"
    last = _SURNAME_AT_END.search(who)
    return named[-1] if named else last.group(1) if last else who


def name_after_verb(sentence: str, verb_end: int) -> str | None:
    """The person a Russian sentence names after its verb, at its end, in the order object, verb, subject
    ("Ранее вступление Ирана поприветствовал российский президент Владимир Путин."), or before a colon that opens
    the words ("… отметил в своем выступлении … В.В.Путин: «…»")."""
    rest, *quoted = re.split(r":\s", sentence[verb_end:], maxsplit=1)  # (up to a quotation it opens)
    rest = rest.strip(" .:")
    if not re.search("[а-яё]", rest) or len(rest.split()) > (12 if quoted else 8):
        return None
    named = person_names(rest)
    if named and rest.endswith(named[-1]):
        return named[-1]
    words = rest.split()  # "О поддержке инициативы заявили другие участники саммита.": a group after a plural verb
    grouped = 1 < len(words) <= 5 and any(w.lower() in GROUP_WORDS for w in words[:2])
    return rest if grouped and sentence[:verb_end].endswith(("ли", "лись")) and not quoted else None
