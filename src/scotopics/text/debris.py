"""Page debris: the lines of a scraped page that are no content.

Real pages carry navigation ("« Back", "Home > News"), time stamps with their
outlet or section ("09:04 30.04.2011, ЦентрАзия"), bylines, photo credits,
language switches and calls to subscribe. :func:`debris_reason` names why a
line is such debris, so that :mod:`scotopics.text.segment` neither tags nor
summarises it.
"""

from __future__ import annotations

import re

__all__ = ["debris_reason", "holds_sentence", "AUTHOR_IS", "DATE", "SENTENCE_INSIDE", "TERMINAL"]

#: What closes a sentence or a line of text (a title ends with none of them).
TERMINAL = (".", "!", "?", ":", ";", "…", '"', "”", "»", "'", "’", ")")
#: A date as pages write it: "03.05.2022", "2022-05-03", "3 May 2022", "May 3, 2022", "3 мая 2022 г.".
DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4},?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"  # "(2023, July 4)"
    r"|\d{1,2}\s+(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-я]*\.?,?\s+\d{4}(?:\s*(?:г\.|года\b))?)"
)
#: A full sentence before a line's closing stamp ("… с Кабулом. РИА Новости, 29.08.2025"): a lead with its
#: source and date, not a headline (a word of three letters or more before the stop, so no initial or "U.S.").
SENTENCE_INSIDE = re.compile(r"\w{3,}[.!?]\s+\S")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
#: A label a page puts before its time stamp ("Date: 13:00, 14-09-2016.").
_STAMP_LABEL = (
    r"(?:(?:date|time|published|posted|updated|moscow\s+time|дата|время|московское\s+время|опубликовано)\s*:?\s*)?"
)
_DATE_ONLY = re.compile(
    rf"^\W*{_STAMP_LABEL}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:{DATE}|{_TIME})"
    rf"(?:[\s,|/-]*(?:{DATE}|{_TIME}))*\W*$",
    re.IGNORECASE,
)
#: A line that opens with a date stamp and names, in a few words, no more than its source, section or the page's
#: tools ("09:04 30.04.2011, ЦентрАзия", "12 March 2019, 09:40 | Politics", "2022-06-23 13:46:12 admin source:
#: share:"). A time alone opens an agenda item ("10:00 – Opening of the forum"); a date before words without a
#: separator opens a headline ("03.07.2006 Moscow to host sectoral meetings").
_STAMP_FIRST = re.compile(
    rf"^\W*{_STAMP_LABEL}(?:{_TIME}[\s,|/-]*)?{DATE}(?:[\s,|/-]*{_TIME})?(?=[\s,|(·]|$)", re.IGNORECASE
)
STAMP_LINE_MAX_WORDS = 6
_AFTER_STAMP = re.compile(r"^\s*(?:[,|(·/•]|$)|:\s*$")


def _stamp_line(line: str, words: list[str]) -> bool:
    """Whether ``line`` is a date stamp with at most its source, section or the page's tools after it."""
    stamp = _STAMP_FIRST.match(line) if len(words) <= STAMP_LINE_MAX_WORDS else None
    if stamp is None or line.endswith((".", "!", "?")):
        return False
    rest = line[stamp.end() :]
    return _AFTER_STAMP.search(rest) is not None or len(rest.split()) <= 1


#: A site's language switch ("• en-GB1 ru-RU1", "EN | RU | 中文").
_LOCALE = r"(?:[a-z]{2}(?:-[a-z]{2})?\d*|中文|рус|eng)"
_LANGUAGE_SWITCH = re.compile(rf"^\W*{_LOCALE}(?:[\s|/•]+{_LOCALE})+\W*$", re.IGNORECASE)
#: A call to follow or subscribe to the outlet ("Подписывайтесь на … в Telegram …", "Follow us on X").
_PROMOTION = re.compile(
    r"(?i)^\W*(?:подписывай(?:тесь|ся)|подпиши(?:те)?сь|follow(?:\s+us)?\s*(?::|on\b|$)|subscribe\s+to\b|join\s+us\s+on\b"
    r"|follow\s+[\w.-]+\s+on\s+(?:twitter|facebook|x|telegram|weibo|instagram)\b"  # ("Follow China.org.cn on …")
    # a comment box ("Go to Forum >>0 Comment(s)", "No comments.", "Add your comments...", "• User Name Required",
    # "• Your Comment", "• Enter the words you see:")
    r"|go\s+to\s+forum\b|no\s+comments\W*$|add\s+your\s+comments?\b|user\s+name\s+required\W*$|your\s+comment\W*$"
    r"|enter\s+the\s+words\s+you\s+see\b"
    r"|get\s+(?:the\s+)?latest\s+news\b|connect\s+with\s+us\b"  # ("Connect with us. Get latest news and updates.")
    r"|(?:your|friend['’]s)\s+(?:name|e-?mail)\s*:\s*$)"  # (a form to recommend the story: "• Your e-mail:")
    r"|^.*?\bсмотрите\s+в\s+(?:фото|видео)\w*"  # ("Кадры с заседания … смотрите в фотоленте Sputnik Кыргызстан.")
    # ("Самые интересные новости ищите в нашем Telegram-канале и Viber.", "Также следите за нами в Дзен!")
    r"|^.*?\bищите\s+в\s+нашем\b|^\W*(?:также\s+)?(?:следите\s+за\s+нами|читайте\s+нас)\b"
    # ("Сделай Чеснок своим источником новостей в Дзен …", "Make … your preferred source on Google")
    r"|^.*?\bсвоим\s+источником\s+новостей\b|^.*?\b(?:your|a)\s+preferred\s+source\b"
)
PROMOTION_MAX_WORDS = 20
#: A site's notice about its cookies or its terms of use ("На сайте используются cookies. Продолжая использовать
#: сайт, вы принимаете условия", "By continuing to browse the site you agree to our use of cookies"), its search box,
#: a phone's prompt to pin the site, a translation disclaimer ("WHAT ARE YOU LOOKING FOR ?", "… select 'Add to
#: homescreen' …", "X is not responsible for any mistakes in the translated text").
_SITE_NOTICE = re.compile(
    r"(?i)\bcookies?\b.*\b(?:site|website|browse|browsing|consent|agree|accept|policy)"
    r"|\b(?:продолжая\s+(?:использовать|пользоваться)\s+сайт|by\s+continuing\s+to\s+(?:use|browse|visit))"
    r"|^\W*what\s+are\s+you\s+looking\s+for\W*$|\badd\s+to\s+home\s?screen\b"
    r"|\bnot\s+responsible\s+for\s+(?:any\s+)?(?:mistakes|errors|inaccuracies)\s+in\s+the\s+translat"
)
NOTICE_MAX_WORDS = 40
#: A link's arrow after its text ("• New page "Open Government" Detail>>>", "Подробнее >>").
_MORE_LINK = re.compile(r"(?i)\b(?:details?|more|read\s+more|подробнее|далее)\s*(?:>{2,}|»{1,3})\s*$")
LINK_MAX_WORDS = 15
#: A line that closes on the page's tools: print, download, an app's download ("4333 November 4, 2019 Print Download
#: (PDF 29 Kb)", "8310 20 мая, 2016 Распечатать Скачать (PDF 121 Kb)", "ChinaNews App Download"); 33 such lines on
#: the labelled pages and in the corpus, all debris.
_PAGE_TOOLS_END = re.compile(
    r"(?i)(?:\bprint|\bdownload|\bраспечатать|\bскачать|версия\s+для\s+печати)(?:\s*\((?:pdf|docx?)\b[^)]*\))?\s*$"
    r"|\badjust\s+font\s+size\s*:?\s*$|\bclick\s+to\s+listen\b[^.!?]*[.!]?\s*$"  # ("Xinhua, September 15, 2015
)  # Adjust font size:", "Click to listen highlighted text!")
TOOLS_LINE_MAX_WORDS = 14
#: A currency rate from a page's ticker ("3.78 BYN", "USD 92.5").
_RATE = re.compile(r"^\W*(?:\d[\d\s.,]*\s?[A-Z]{3}|[A-Z]{3}\s?\d[\d\s.,]*)\W*$")
#: A contact line at a page's foot: a postal address that opens with its postcode ("734025, ш. Душанбе, …",
#: "119200, Москва, …"), or an address, telephone or e-mail label ("Address: 550 Dalian Road", "Тел.: …").
_CONTACT = re.compile(
    r"^\W*(?:\d{5,6},\s+(?:[A-ZА-ЯЁ]|[а-яё]{1,3}\.)|(?i:address|адрес|tel|phone|fax|тел|телефон|факс|e-?mail)\s*[.:])"
)
CONTACT_MAX_WORDS = 15
#: A date or time closing a line, with its time zone if given ("30 марта 2017 16:00 (UTC +04:00)").
_STAMP_AT_END = re.compile(
    rf"(?:{DATE}|{_TIME})(?:\s*\(?(?:utc|gmt|мск)\s*[+-]?\s*\d{{1,2}}(?::\d{{2}})?\)?)?\s*$", re.IGNORECASE
)
#: A title that names its own date ("… Regular Press Conference on October 14, 2024"): the date is part of it.
#: So does a line whose date closes a phrase ("… assumed the presidency of the SCO IBC from October 26, 2022").
_DATED = re.compile(r"\b(?:on|of|dated|from|since|until|till|to|by|before|after|от|с|до|по|после)\s*$", re.IGNORECASE)
_NAVIGATION_WORD = (
    r"(?:back(?:\s+to\s+.*)?|home(?:\s*[>»/|].*)?|share(?:\s+this.*)?|print(?:\s+version)?|"
    r"e-?mail|tweet|subscribe|read\s+more|more\s+news|see\s+also|all\s+news|next|previous|"
    r"related\s+(?:news|articles|materials|stories|links|publications)|other\s+news|latest\s+news|"
    r"tags?\s*:.*|topics?\s*:|photo(?:s|\s+gallery)?|video|top|menu|меню|search|news|events|comments?\s*\(\d+\)|"
    r"(?:views|просмотров|просмотры)\s*:?\s*\d[\d\s,.]*|loading\W*|advertisement|реклама|/?будет\s+дополнено/?.*|"
    r"по\s+материалам\s+(?-i:[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?)|"  # "По материалам БелТА."
    r"©.*|copyright.*|поделиться|назад|главная|печать|версия\s+для\s+печати|новости\s+по\s+теме|"
    r"другие\s+новости|все\s+новости|теги\s*:.*|фото|видео|"
    r"читать\s+(?:всю\s+статью|далее|полностью|также.*)|читайте\s+также.*|см\.\s+также.*|подробнее(?:\s+в\s+сюжете.*)?|"
    r"read\s+(?:the\s+)?(?:full\s+)?(?:story|article)|(?:also\s+read|read\s+(?:more|also))\s*(?:[:|].*)?"
    r"|read\s*:.*)"  # a related story's link ("Read: Scholz insists …")
)
# One navigation word, or several in a row ("Share | Print | ©").
_NAVIGATION = re.compile(
    rf"^\W*{_NAVIGATION_WORD}(?:\s*[|•·/,]\s*{_NAVIGATION_WORD})*\W*$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"^\s*[\w .'-]{1,30}(?:\s*[>»/|]\s*[\w .'-]{1,40}){1,6}\s*$")
_BYLINE = re.compile(
    r"^\W*(?:(?:by|source|author|posted|updated|published|photo|press\s+(?:service|office)|"
    r"information\s+(?:service|department)|copyright|©|пресс-служба)\b|(?:автор|источник|фото)\s*:)"
    r"|^\W*(?:staff|news|web)\s+(?:report(?:er)?|desk|correspondent)\W*$",  # "Staff Report", "News Desk"
    re.IGNORECASE,
)

#: A Russian photo caption: "На фото: …", "На фото (слева направо) …".
_RUSSIAN_CAPTION = re.compile(r"^\W*на\s+фото(?:графии)?\b", re.IGNORECASE)
#: The longest line read as such a caption (a sentence about photographs runs longer).
CAPTION_MAX_WORDS = 40
#: How an op-ed's note on its author opens ("The author is …", "The writer is …"); the speaker rules read the post it
#: names (:func:`~scotopics.models.attribution.bylines.author_note`).
AUTHOR_IS = r"the\s+(?:author|writer)\s+is"
#: An op-ed's note on its author ("The author is secretary-general of the China Center for …", "Janko Šćepanović,
#: Ph.D., is a Postdoctoral Researcher at … His research focuses on …"): who wrote it, no content.
_AUTHOR_NOTE = re.compile(
    rf"(?i)^\W*(?:by\s+(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){{0,3}}\s+)?{AUTHOR_IS}\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:secretary|director|professor|fellow|researcher|analyst|journalist|expert"
    r"|head|member|editor|correspondent|lecturer|scholar|chairman|president|ambassador|diplomat|former)"
)
_SCHOLAR_NOTE = re.compile(
    r"^\W*[^\W\d_a-z][\w’'.-]+(?:\s+[^\W\d_a-z][\w’'.-]+){1,3},?\s+(?:Ph\.?\s?D\.?,?\s+)?is\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:[Rr]esearcher|[Rr]esearch\s+[Ff]ellow|[Ff]ellow|[Pp]rofessor|[Ll]ecturer|[Ss]cholar)\s+at\b"
    r"(?=.*(?:\bPh\.?\s?D\b|\b(?:[Hh]is|[Hh]er)\s+research\b))"
)


#: A photo's credit closing its caption ("… Photo credit: ANI", "… | Фото: ТАСС", "… (Xinhua/Zhang Bowen)",
#: "… [Didor Sadulloev/Reuters]", "… (на фото — справа)").
_PHOTO_CREDIT = re.compile(
    r"(?i)(?:\b(?:photo(?:graph|\s+credit|\s+courtesy)?|фото)\s*:\s*"
    r"(?:[^.!?\s]|\.(?=\S))(?:[^.!?]|\.(?=\S)){0,80}"
    r"|\((?:photo[^)]*|image\s*:[^)]*|на\s+фото[^)]*|[a-z]+/[a-z][\w .-]*)\)|\(photo\s+courtesy\s+of"
    r"|\[[a-z][\w .'-]{0,40}/[a-z][\w .-]*\]|©[^.!?]{1,80})\s*$"
)
#: A credit in the agencies' and papers' shapes ("… /Xinhua Photo", "… (AP Photo)", "… — Reuters",
#: "… — Radio Pakistan/File", "… [Getty]", "… Picture: CFP"): case matters, so that "a group photo" and
#: "The big picture: …" stay sentences.
_AGENCY_CREDIT = re.compile(
    r"(?:(?:/\s*|\(|\b)[A-Z][\w-]*\s+Photo\)?"
    r"|\s[—–]\s*(?:Reuters|AFP|AP|APP|PTI|ANI|Xinhua|[A-Z][\w ]{0,30}/File|File)"
    r"|\[[A-Z][a-z]{2,20}\]|\b(?:Picture|Image(?:\s+[Cc]redit)?|IMAGE)\s*:\s*[A-Z@][\w@/.' -]{0,40})\s*$"
)


#: Where a caption places the person it names ("Premier Li (front) presides …", "President Hu (7th L) and …"), or
#: a caption closed by its agency in capitals ("… trains farmers in April. XINHUA"): 7 such lines on the labelled
#: pages and in the corpus, all captions.
_CAPTION_MARK = re.compile(
    r"[A-Z][\w’'-]+\s+\((?:\d+(?:st|nd|rd|th)\s+)?(?:(?i:right|left|center|centre|front|middle)|[LRC])\)"
    r"|[.!]\s+(?:XINHUA|CHINA\s+DAILY|CGTN|TASS|REUTERS|AFP|IRNA|PTI|ANI)\s*$"
)


def debris_reason(line: str, title: str | None) -> str | None:
    """Why a paragraph is page debris rather than content, or ``None``."""
    stripped = line.strip()
    words = stripped.split()
    if not any(ch.isalpha() for ch in stripped):
        return "no letters"
    if _DATE_ONLY.match(stripped) or _NAVIGATION.match(stripped) or _LANGUAGE_SWITCH.match(stripped):
        return "navigation or date"
    if _stamp_line(stripped, words):
        return "time stamp and source"
    if len(words) <= PROMOTION_MAX_WORDS and _PROMOTION.match(stripped):
        return "promotion"
    if len(words) <= NOTICE_MAX_WORDS and _SITE_NOTICE.search(stripped):
        return "site notice"
    if (len(words) <= LINK_MAX_WORDS and _MORE_LINK.search(stripped)) or _RATE.match(stripped):
        return "navigation or date"
    if len(words) <= TOOLS_LINE_MAX_WORDS and _PAGE_TOOLS_END.search(stripped):
        return "page tools"
    if len(words) <= CONTACT_MAX_WORDS and _CONTACT.match(stripped):
        return "contact line"
    ends_open = not stripped.endswith(TERMINAL)
    stamp = _STAMP_AT_END.search(stripped) if len(words) <= 25 and _may_end_in_stamp(stripped) else None
    if (
        stamp
        and not stripped[: stamp.start()].rstrip().endswith(TERMINAL)
        and not _DATED.search(stripped[: stamp.start()])
        and not holds_sentence(stripped[: stamp.start()])
    ):
        return "headline with a time stamp"  # "… Материалы 30 марта 2017 16:00 (UTC +04:00)"
    if ends_open and len(words) <= 12 and _BREADCRUMB.match(stripped):
        return "breadcrumb"
    if len(words) <= 12 and _BYLINE.match(stripped):
        return "byline"
    if len(words) <= CAPTION_MAX_WORDS and (_RUSSIAN_CAPTION.match(stripped) or _CAPTION_MARK.search(stripped)):
        return "photo caption"  # "На фото главы правительств Казахстана и России …", "Premier Li (front) …"
    if _AUTHOR_NOTE.match(stripped) or _SCHOLAR_NOTE.match(stripped):
        return "author's note"
    if title is not None and stripped.casefold().startswith(title.casefold()) and (ends_open or _only(title, stripped)):
        return "repeated title"
    if ends_open and _menu(stripped, words):
        return "navigation menu"
    if (":" in stripped or "©" in stripped or stripped[-1:] in ")]") and _PHOTO_CREDIT.search(stripped):
        return "photo caption"
    if (stripped[-1:].isalpha() or stripped[-1:] in ")]") and _AGENCY_CREDIT.search(stripped[-80:]):
        return "photo caption"
    return None


def _only(title: str, line: str) -> bool:
    """Whether ``line`` is nothing but ``title``, once or run together several times ("SCO Health Officials Discuss
    Coop.SCO Health Officials Discuss Coop.")."""
    folded = title.strip().casefold()
    return bool(folded) and not line.casefold().replace(folded, "").strip()


def _may_end_in_stamp(line: str) -> bool:
    """Whether ``line`` may end in a date, a time or a time zone (:data:`_STAMP_AT_END`, searched only then):
    whether its last character is a digit, ")" or "m", or it ends in "г." or "m." ("a.m.")."""
    end = line[-2:].lower()
    return end[-1:].isdigit() or end[-1:] in ")m" or end in ("г.", "m.")


def _menu(line: str, words: list[str]) -> bool:
    """A site's menu run together on one line ("Home Meetings & Statements Events & Activities … Home > News"):
    capitalised items without a comma, with a menu's separators or at length."""
    if len(words) < 8 or "," in line:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    separators = any(mark in words for mark in ("|", ">", "»", "&"))
    return capitalised >= 0.7 * len(words) and separators or len(words) >= 12 and capitalised >= 0.8 * len(words)


def holds_sentence(text: str) -> bool:
    """Whether ``text`` opens with a whole sentence of six words or more and goes on after it."""
    end = SENTENCE_INSIDE.search(text)
    return end is not None and len(text[: end.end()].split()) >= 6
