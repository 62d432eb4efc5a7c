"""Who said what, read on the ninetieth and ninety-first rounds of real pages (kept blind by the releases before):
"the Tajik president" is the person the text writes "of Tajikistan" after, and "the Russian leader" no foreign
minister; "he" after "According to Putin, …" is Putin; an editor's line "Following is the text of X's video message"
makes the text X's speech; "…, said Valdai Club expert, Name, …" names its source; "a Russian business leader has
said" is the person the story introduces next, without the "has"; a line "Name, post:" hands the paragraphs below to
that person; "he concurred" and "has committed to" report; a quotation opened by a curly mark may close with a
straight one; a declaration quoted ("сказано в документе", "the document reads") speaks for the group its words name;
a plan's second infinitive, a communiqué named with its occasion and an agency citing another name no speaker of
their own; the author of proposals named as the subject speaks; "it" after an official release is the release; an
agency quoting a person named first is no speaker; a dashed list of countries is no subject; and "на Смоленской
площади" is the Russian foreign ministry."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.marks import opens_quotation
from scotopics.models.attribution.national_holders import country_person, placed_holder
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.speech_headings import heading_speaker, introduces_speech
from scotopics.models.attribution.trailing import trailing_source
from scotopics.models.attribution.transcripts import speaker_label

from .test_attribution_pages import resolve_with_default_model


def test_a_leader_named_with_his_country_after_the_name_holds_its_post():
    text = (
        "Talks between the presidents, Rustam Nazarov of Tajikistan and Pavel Orlov of Russia, were held in Dushanbe. "
        "The Tajik president said contacts at the top level were essential."
    )
    people = ["Rustam Nazarov", "Pavel Orlov"]
    assert country_person(people, "the Tajik president", text) == "Rustam Nazarov"
    assert country_person(people, "the Russian president", text) == "Pavel Orlov"


def test_a_foreign_minister_is_not_the_leader_of_his_country():
    text = (
        "Turkish President Kemal Arslan backed Pavel Orlov's proposal, Kremlin Spokesman Ivan Belov said. "
        "As Russian Foreign Minister Oleg Sokolov told reporters, Moscow is open to proposals. "
        "A new hub would help, the Russian leader noted."
    )
    people = ["Kemal Arslan", "Pavel Orlov", "Ivan Belov", "Oleg Sokolov"]
    assert country_person(people, "the Russian leader", text) == "Pavel Orlov"
    assert country_person(people, "the Russian foreign minister", text) == "Oleg Sokolov"


def test_the_post_written_with_its_country_before_a_name_picks_that_holder():
    text = (
        "Prime Minister Imran Qadir met representatives of the member states. "
        "The premier first met Tajikistan Prime Minister Farrukh Saidov at his office."
    )
    people = ["Imran Qadir", "Farrukh Saidov"]
    assert placed_holder(people, "the Tajik Prime Minister", text) == "Farrukh Saidov"
    assert placed_holder(people, "the Tajik Foreign Minister", text) is None


def test_a_nationality_in_a_portfolio_is_not_the_holder_s_country():
    text = "Remarks by Special Envoy of the Chinese Government on Afghan Affairs Wei Lian at the ceremony."
    assert country_person(["Wei Lian"], "the Afghan envoy", text) is None


def test_he_after_according_to_a_person_is_that_person():
    title = "Gas talks at the summit"
    paragraphs = [
        ["However, as Russian Foreign Minister Oleg Sokolov told reporters, Moscow is open to proposals."],
        [
            "According to Pavel Orlov, the southern route has proved the most reliable one for supplies.",
            "The attempts to damage the pipeline failed, he noted.",
        ],
    ]
    assert resolve_with_default_model(title, paragraphs, (1, 1)).speaker == "Pavel Orlov"


def test_a_source_cited_by_a_relay_does_not_replace_the_sentence_s_own_subject():
    title = "Саммит СНГ в Минске"
    paragraphs = [
        [
            "Президент России Павел Орлов, по информации пресс-службы белорусского лидера, отметил важность "
            "режима прекращения огня.",
            "Он высказался за скорейший отвод тяжёлых вооружений.",
        ]
    ]
    assert resolve_with_default_model(title, paragraphs, (0, 1)).speaker == "Павел Орлов"


@pytest.mark.parametrize(
    "line",
    [
        "Following is the text of UN Secretary-General Arturo Mendes’ video message at the meeting of the Council:",
        "Following is the text of Secretary-General Arturo Mendes's message to the forum, delivered by his envoy:",
    ],
)
def test_an_editor_s_line_with_a_possessive_names_the_speech_s_speaker(line):
    assert introduces_speech([line])
    assert heading_speaker("Secretary-General calls for stronger ties", [line]) == "Arturo Mendes"


def test_a_possessive_without_a_speech_introduces_none():
    line = "Following is the text of the ministers’ joint communique adopted today:"
    assert not introduces_speech([line])


@pytest.mark.parametrize(
    "sentence",
    [
        "Joining the organisation is good for both sides, said Valdai Club expert, Ravi Menon, Senior Fellow at the "
        "Foundation.",
        "Joining the organisation is good for both sides, said Valdai Club expert Ravi Menon.",
    ],
)
def test_a_body_s_expert_before_his_name_after_said_is_the_source(sentence):
    assert attribute(sentence).speaker == "Ravi Menon"


def test_has_before_said_is_not_part_of_the_source():
    sentence = "Trade among the members has huge potential, a Russian business leader has said."
    assert trailing_source(sentence) == ("a Russian business leader", "said")


def test_an_unnamed_business_leader_is_the_person_introduced_next():
    title = "Economic cooperation has a bright future"
    paragraphs = [
        ["MOSCOW -- Economic cooperation among the members has huge potential, a Russian business leader has said."],
        [
            "The organisation has grown into a platform for business, Anton Volkov, vice president of the Chamber "
            "of Commerce, told Xinhua in an interview."
        ],
    ]
    assert resolve_with_default_model(title, paragraphs, (0, 0)).speaker == "Anton Volkov"


@pytest.mark.parametrize(
    ("line", "person"),
    [
        (
            "Pavel Ivanov, First Prorector of the Academy of Public Administration under the aegis of the President "
            "of the Republic of Belarus:",
            "Pavel Ivanov",
        ),
        ("Mr. Sergei Petrov, Minister of Foreign Affairs of Belarus:", "Sergei Petrov"),
        ("The ministers adopted the following documents:", None),
    ],
)
def test_a_line_naming_the_next_speaker_and_his_post(line, person):
    assert speaker_label(line) == person


def test_the_paragraph_after_a_speaker_line_is_his():
    title = "Belarus President at the CSTO session"
    paragraphs = [
        ["The CSTO Collective Security Council met on September 15 to discuss regional security."],
        [
            "Pavel Ivanov, First Prorector of the Academy of Public Administration under the aegis of the President "
            "of the Republic of Belarus:"
        ],
        [
            "The situation around Afghanistan is changing and the militants are active.",
            "In this situation the region itself becomes the main target for destructive forces.",
        ],
    ]
    assert resolve_with_default_model(title, paragraphs, (2, 0)).speaker == "Pavel Ivanov"


def test_concurred_is_a_reporting_verb():
    found = attribute(
        "While conveying the best wishes of the President, he concurred that there was great potential for trade."
    )
    assert (found.speaker, found.verb) == ("he", "concurred")


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("“We are excited to be a part of this grouping.", True),
        ('“We are excited to be a part of this grouping. We look forward to it" said Mr Anil Mehta.', False),
        ('He said "yes', True),
        ('«Компания "Нефтегаз"» растёт', False),
        ('«Компания "Нефтегаз" растёт', True),
    ],
)
def test_a_straight_mark_closes_a_curly_quotation(text, open_):
    assert opens_quotation(text) is open_


def test_a_quotation_opened_curly_and_closed_straight_is_its_source_s():
    title = "Chamber will represent industry at the Business Council"
    paragraphs = [
        [
            "The Chamber has been designated to represent industry at the Business Council.",
            "“We are excited to be a part of this grouping and contribute to its economic agenda.",
            "Business ties would be an important aspect of full membership.",
            'We look forward to working with member countries for progress" said Mr Anil Mehta, President of the '
            "Chamber.",
        ]
    ]
    assert resolve_with_default_model(title, paragraphs, (0, 1)).speaker == "Anil Mehta"


@pytest.mark.parametrize(
    "sentence",
    [
        '"Государства-члены приняли решение об объединении статусов "наблюдатель" и "партнер" в единый статус", - '
        "сказано в тексте документа.",
        '"Государства-члены подчеркнули, что Год культуры продемонстрировал пример уважения к традициям", - уточняется '
        "в документе.",
        '"В целях поддержки индустрии туризма на пространстве организации государства-члены договорились объявить 2027 '
        'год Годом туризма", - указывается в тексте декларации.',
    ],
)
def test_a_declaration_quoted_speaks_for_the_group_its_words_name(sentence):
    title = "Итоги саммита"
    found = resolve_with_default_model(title, [[sentence]], (0, 0)).speaker
    assert found is not None and found.lower() == "государства-члены"


def test_a_communique_named_with_its_occasion_names_no_body():
    found = attribute("Об этом говорится в коммюнике по итогам совещания министров в Душанбе.")
    assert found.speaker is None
    assert (
        attribute("Об этом говорится в сообщении пресс-службы МИД Казахстана.").speaker == "пресс-служба МИД Казахстана"
    )


def test_the_second_infinitive_of_a_plan_has_no_speaker():
    found = attribute("Leaders are expected to sign the Declaration and approve a ten-year strategy.")
    assert found.speaker is None


def test_an_agency_citing_another_is_a_carrier_without_the_citation():
    assert attribute("Об этом сообщает НИАТ «Ховар» со ссылкой на «Синьхуа».").speaker == "НИАТ «Ховар»"
    assert attribute('Об этом сообщает газета "Вести" со ссылкой на источники.').speaker == 'газета "Вести"'
    title = "Страны ШОС укрепляют аграрное сотрудничество"
    paragraphs = [
        [
            "Страны ШОС активно расширяют сотрудничество в области сельского хозяйства.",
            "Об этом сообщает НИАТ «Ховар» со ссылкой на «Синьхуа».",
        ]
    ]
    assert resolve_with_default_model(title, paragraphs, (0, 0)).speaker != "НИАТ «Ховар»"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Among the proposals announced by Yerlanov was to unite the efforts to promote tourism.", "Yerlanov"),
        ("The initiatives put forward by President Saparov include a new water forum.", "President Saparov"),
        ("The proposals made by the experts are under study.", None),
    ],
)
def test_the_author_of_proposals_named_as_the_subject_speaks(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_it_after_an_official_release_is_the_release():
    title = "Peace Mission exercise ends"
    paragraphs = [
        ['"The senior officials expressed great satisfaction with the exercise," an official release said.'],
        ['"The exercise will contribute to mutual understanding among the member nations," it added.'],
    ]
    assert resolve_with_default_model(title, paragraphs, (1, 0)).speaker == "the official release"


def test_an_agency_quoting_a_person_named_first_is_no_speaker():
    sentence = '"Принята декларация, которая отражает все аспекты безопасности", — цитирует Назарбаева РИА Новости.'
    assert attribute(sentence).speaker == "Назарбаев"


def test_a_dashed_list_of_countries_is_not_the_subject():
    found = attribute("Страны - Беларусь, Россия и Казахстан - совместно приняли документы.")
    assert found.speaker == "Страны"
    lead = (
        "САМАРКАНД, 16 сен – РИА Новости. Президент России Павел Орлов, выступая на заседании Совета глав государств – "
        "членов ШОС в узком составе, заявил, что всё больше стран хотят вступить."
    )
    assert attribute(lead).speaker == "Павел Орлов"


def test_the_square_of_the_russian_foreign_ministry_is_the_ministry():
    title = "Министры ОДКБ встретились в Нью-Йорке"
    paragraphs = [['"Подчеркнута важность взаимодействия между ОДКБ и ООН", - указали на Смоленской площади.']]
    assert resolve_with_default_model(title, paragraphs, (0, 0)).speaker == "МИД России"


def test_the_document_is_a_document_and_its_quoted_group_speaks():
    from scotopics.models.attribution.speaker_types import speaker_type

    assert speaker_type("the document") == "document"
    title = "Declaration on Afghanistan"
    paragraphs = [
        [
            '"The Member States believe that the early settlement in Afghanistan is among the most important factors of '
            "stability in the region.",
            'They advocate building Afghanistan as an independent and peaceful state," the document reads.',
        ]
    ]
    assert resolve_with_default_model(title, paragraphs, (0, 0)).speaker == "the Member States"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("China has committed to providing scholarships for 20,000 students.", "China"),
        ("The ministers have committed to doubling trade by 2030.", "the ministers"),
    ],
)
def test_has_committed_to_reports_a_commitment(sentence, speaker):
    found = attribute(sentence)
    assert (found.speaker, found.kind) == (speaker, "commitment")
