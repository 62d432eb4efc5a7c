"""Other names news give an office, and the post a lead names its holder by.

"глава МИД РФ" is the foreign minister, "the premier" the prime minister, "the Russian defense chief" the
defence minister, "Iran's top security official" the secretary of its Supreme National Security Council:
:func:`~.offices.find_office_holder` looks for the holder under the post.
"""

from __future__ import annotations

import re

__all__ = ["EPITHETS", "KREMLIN_SPOKESMAN", "ORGANISATION_HEAD"]

#: The Kremlin's spokesman as Russian news call him ("представитель Кремля", "пресс-секретарь президента").
KREMLIN_SPOKESMAN = r"представител\w*\s+кремля|пресс-секретар\w*\s+(?:президента|кремля)"
#: The head of an organisation as Russian news call him ("глава ОДКБ", "руководитель СНГ"): its Secretary-General.
ORGANISATION_HEAD = r"(?:[Гг]лав\w*|[Рр]уководител\w*)\s+(?:ОДКБ|ШОС|СНГ|СВМДА)"
#: The posts of a head of government.
_HEAD_OF_GOVERNMENT = r"(?:prime\s+minister|premier|chairman\s+of\s+the\s+cabinet|head\s+of\s+(?:the\s+)?government)"
#: Epithets news give an office, and the post the lead names its holder by: the head of a foreign ministry
#: ("глава МИД РФ") is the foreign minister, "the premier" the prime minister, "the Russian defense chief" the
#: defence minister, "глава Совбеза" the secretary of the Security Council.
EPITHETS = (
    (  # "глава российского дипведомства" too; the lead may name him by the epithet itself ("глава МИД РФ X")
        re.compile(
            r"(?i)\b(?:глав|руководител)\w*\s+(?:(?:[а-яё]+\s+)?МИД|(?:[а-яё]+\s+)?внешнеполитическ|(?:[а-яё]+\s+)?дипведомств)"
        ),
        r"(?:министр\w*\s+иностранных\s+дел|глав(?:а|е|у|ой|ы)\s+(?:МИД|Министерства\s+иностранных\s+дел))",
    ),
    (  # "the head of the Foreign Ministry", "the Foreign Ministry chief": the foreign minister the lead names
        re.compile(
            r"(?i)\bhead\s+of\s+(?:the\s+)?(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs)|\bforeign\s+ministry\s+(?:head|chief)\b"
        ),
        r"(?:foreign\s+minister|minister\s+of\s+foreign\s+affairs)",
    ),
    (re.compile(r"(?i)\bpremier\b|\bPM\b"), r"(?:prime\s+minister|premier|PM)"),  # ("the PM")
    (re.compile(r"\bSG\b"), r"(?:secretary[\s-]+general|SG)"),  # "CSTO SG"
    (re.compile(r"(?i)\benvoy\b"), r"(?:ambassador|envoy)"),  # "the Chinese envoy": the ambassador the lead names
    (re.compile(r"\bFM\b"), r"(?:foreign\s+minister|minister\s+of\s+foreign\s+affairs|FM)"),  # "the Kazakh FM"
    (re.compile(r"\bNSA\b"), r"(?:national\s+security\s+advis[eo]r|NSA)"),  # "the deputy NSA": the adviser named
    (re.compile(r"(?i)\bглав\w*\s+мин(?!ист)[а-яё]+"), r"министр\w*"),  # "глава Минсельхоза": its minister
    (re.compile(r"(?i)\bглав\w*\s+(?:ведомства|министерства)$"), r"министр\w*"),  # "глава ведомства": the minister
    # "глава правительства": the prime minister (or the chairman of the government) the lead names
    (re.compile(r"(?i)\bглав\w*\s+правительства"), r"(?:премьер-министр\w*|председател\w*\s+правительства)"),
    (re.compile(rf"(?i){KREMLIN_SPOKESMAN}"), r"пресс-секретар\w*"),
    (re.compile(r"(?i)\bdefen[cs]e\s+chief\b"), r"(?:defen[cs]e\s+minister|minister\s+of\s+defen[cs]e)"),
    # "Iran's top security official": the secretary of its (Supreme) National Security Council the lead names
    (re.compile(r"(?i)\btop\s+security\s+official\b"), r"secretary\s+of\s+[\w’'\s]{0,30}?security\s+council"),
    (  # "the Head of the SCO", "the SCO chief": its Secretary-General
        re.compile(
            r"(?i)\bhead\s+of\s+the\s+(?:SCO|Shanghai\s+Cooperation\s+Organi[sz]ation)\b|\bSCO\s+(?:chief|head)\b"
        ),
        r"secretary[\s-]+general",
    ),
    (  # "the RATS head", "the head of RATS", "глава РАТС": the Director of its Executive Committee the lead names
        re.compile(
            r"(?i)\b(?:RATS|РАТС)\s+(?:head|chief)\b|\b(?:head|chief)\s+of\s+(?:the\s+)?(?:SCO\s+)?RATS\b|\bглав\w*\s+РАТС"
        ),
        r"(?:director|директор\w*)",
    ),
    (  # "руководитель Секретариата", "the head of the Secretariat": its Secretary-General
        re.compile(
            r"(?i)\b(?:глав\w*|руководител\w*|head\s+of\s+the)\s+секретариат\w*|\bhead\s+of\s+the\s+secretariat\b"
        ),
        r"(?:secretary[\s-]+general|генеральн\w+\s+секретар\w*|генсек\w*)",
    ),
    (  # "глава ОДКБ", "руководитель СНГ": the organisation's Secretary-General (or the acting one) the lead names
        re.compile(rf"\b{ORGANISATION_HEAD}\b"),
        r"(?:генеральн\w+\s+секретар\w*|генсек\w*)",
    ),
    (re.compile(r"(?i)\bhead\s+of\s+(?:the\s+)?(?:government|cabinet)\b"), _HEAD_OF_GOVERNMENT),  # "the Cabinet's"
    (  # "the official representative of the Russian Foreign Ministry": its spokeswoman the lead names
        re.compile(r"(?i)\bofficial\s+representative\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:foreign\s+ministry|mfa)\b"),
        r"(?:spokes(?:man|woman|person)|official\s+representative|press\s+secretary)",
    ),
    (
        re.compile(r"(?i)\bглав\w*\s+(?:совбеза|совета\s+безопасности)"),
        r"секретар\w*\s+(?:совета\s+безопасности|совбеза)",
    ),
)
