"""One office a reader resolves to the one person who holds it: "the minister", "the Kazakh Foreign Minister",
"the secretary general of the Shanghai Cooperation Organization", "глава МИД", "китайский лидер".

:data:`SINGLE_OFFICE` tells such an office from a body, a group or a person's name, so that the caller looks up its
holder in the text (:func:`~.offices.find_office_holder`).
"""

from __future__ import annotations

import re

from .epithets import KREMLIN_SPOKESMAN, ORGANISATION_HEAD
from .offices import COUNTRY_LEADER, HEAD_OF_STATE_TITLES

__all__ = ["SINGLE_OFFICE"]

#: One office written without its holder's name ("the minister", "the Kazakh Foreign Minister", "глава МИД").
SINGLE_OFFICE = re.compile(
    # "the minister", "the Kazakh Foreign Minister", "FO Spokesperson" (an office after its ministry's initials),
    # "the deputy security secretary", "the Russian deputy security chief"
    r"(?i)^(?:the\s+(?:[\w’'-]+\s+){0,4}?|(?-i:[A-Z]{2,5})\s+|shanghai\s+co-?operation\s+organi[sz]ation\s+"
    r"|(?-i:[A-Z][a-z]+)(?:[’']s|(?<=s)[’'])\s+(?:[a-z-]+\s+){0,3}?"  # "China's vice minister", "Belarus’ Prime …"
    r"|(?-i:[A-Z][a-z]+\s+){1,2}(?-i:(?!deputy|vice)[a-z]{4,}\s+)?)?(?:minister|(?-i:FM|PM|EAM|SG|NSA)|secretary[-\s]general|chairman|head(?=\s+of\s+(?:the\s+(?-i:[A-Z]{2,6})|(?:the\s+)?(?:government|cabinet|foreign\s+ministry))\b)|(?<=SCO\s)chief|(?<=RATS\s)(?:chief|head)|(?:(?<=deputy\s)|(?<=security\s))chief|secretary|president|ambassador|director|envoy|official(?:\s+representative)?|(?:additional|joint|foreign)\s+secretary|"
    rf"spokes(?:man|woman|person)|advis[eo]r|governor|premier|defen[cs]e\s+chief|{HEAD_OF_STATE_TITLES}|expert|analyst|political\s+scientist)(?:\s+of\s+the\s+(?:council|committee|consortium|forum))?"
    # "the Minister of State for Culture", "the minister of foreign affairs"
    r"(?:\s+of\s+state|\s+of\s+foreign\s+affairs|\s+of\s+(?-i:[a-z]+)(?:\s+(?:and|&)\s+(?-i:[a-z]+))?)?(?:\s+for\s+[a-z&]+(?:\s+[a-z]+){0,2}(?:\s+(?:and|&)\s+[a-z]+)?)?"
    # "the President of Russia", "the secretary general of the Shanghai Cooperation Organization", "the Chairman of
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}(?:\s+of\s+(?-i:[A-Z][a-z]+))?"  # Iran-
    r"|\s+of\s+the\s+country)?"  # China Joint Chamber of Commerce"
    r"(?:\s+(?-i:[A-Z]{3,6}))?$"  # the body's initials after the post ("Chairman JCSC")
    # India's External Affairs Minister written like a name ("EAM underlined …"), and its Defence Minister
    rf"|^EAM$|^Minister$|^(?:the\s+)?Raksha\s+Mantri$|{COUNTRY_LEADER}"  # and "the Kazakh leader"
    r"|^(?:the\s+)?head\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?delegation$"  # "the head of the Uzbek delegation"
    r"|^(?:the\s+)?head\s+of\s+the\s+foreign\s+ministry$|^the\s+(?:[a-z]+\s+)?general$"  # (in lower case too)
    r"|^(?:[а-яё]+(?:ий|ый)\s+)?лидер(?:\s+[а-яё]+){0,2}$"
    # "the top Iranian diplomat", "Russia’s top diplomat": the foreign minister (or the ambassador)
    r"|^(?:the\s+|[a-z]+[’']s\s+)?(?:[a-z’']+\s+){0,2}diplomat$|^(?:[а-яё]+(?:ий|ый)\s+)?дипломат$"
    r"|^заместител[ьяюе]\w*(?:\s+[а-яё-]+){1,4}$"  # "Заместитель главы Минсельхоза России"
    r"|^глав(?:а|ы|е|у|ой)\s+(?:МИД\w*|Мин(?!ист)[а-яё]+)(?:\s+[А-ЯЁ][а-яё]+)?$"  # "главы Минсельхоза России"
    r"|^главы\s+государства$"  # "по словам главы государства": the head of state, in the genitive
    rf"|^{ORGANISATION_HEAD}$"  # "глава ОДКБ": its Secretary-General
    r"|^(?:[а-яё]+(?:ий|ый)\s+)?(?:эксперт|политолог|аналитик|журналист|политик|чиновник|специалист|востоковед)$|^собеседник\w*(?:\s+\S+){0,2}$"
    rf"|^(?:{KREMLIN_SPOKESMAN})(?:\s+(?:России|РФ))?$"  # the Kremlin's spokesman ("… президента России")
    r"|^(?:[а-яё]+(?:ий|ый)\s+)?(?:экс-)?(?:генсек\w*|зам(?:министр|генсек|директор)\w*|(?:генеральн\w+\s+|государственн\w+\s+)?секретар[ьяюе]\w*|госсекретар[ьяюе]\w*|премьер\b|(?:премьер-)?министр\w*|вице-премьер\w*|пресс-секретар\w*|гендиректор\w*|пос(?:о)?л\w*|(?:ген)?прокурор\w*|председател\w*|"
    r"президент\w*|директор\w*|(?:официальн\w+\s+)?представител[ьяюе]\w*|руководител[ьяюе]\w*|глав(?:а|е|у|ой)|сенатор\w*)"
    r"(?:\s+[а-яё]+){0,3}(?:\s+(?:России|РФ|МИД\w*))?$"
)
