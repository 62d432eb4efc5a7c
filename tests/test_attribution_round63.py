"""Who said what, rounds 63 to 67: cases of the development pages read in this release: "об этом X заявил" with the
source before its verb; "сообщил он" after a relative clause; an agency told before the source ("сообщил РИА Новости
ректор …"); a site's name with a point in where the source spoke ("в беседе с NEWS.ru"); a list in brackets before an
apposition; a message or an address sent "noting that …"; a group in the instrumental before a short passive
("всеми лидерами было отмечено"); a standfirst's post whose holder the text names later; an interview whose lead
says its interviewee "speaks with" a newspaper; "the statement" as the body that issued it; "According to the
Ministry, …" at a sentence's start; a speech's title under its headline."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.canonical import canonical
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.rules import attribute


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Беларусь заинтересована в развитии торговли со странами ШОС, об этом белорусская сторона заявила на "
            "совещании министров.",
            "белорусская сторона",
        ),
        ("Торговля растёт, об этом министр Сергей Лавров заявил журналистам.", "Сергей Лавров"),
        ("Торговля растёт, об этом он сказал на встрече.", "он"),
        (
            "Возникают новые угрозы для стран ШОС, которые подрывают региональную безопасность, нарушают связи между "
            "государствами, сообщил он.",
            "он",
        ),
        (
            "Сетевой университет ШОС, включающий в себя 53 вуза, может быть расширен до уровня АТЭС, сообщил РИА "
            "Новости ректор Российского университета дружбы народов Владимир Филиппов.",
            "Владимир Филиппов",
        ),
        (
            "Значимость саммита определяется участием премьер-министра Индии Нарендры Моди, заявил программный "
            "директор клуба «Валдай» Тимофей Бордачев в беседе с NEWS.ru.",
            "Тимофей Бордачев",
        ),
    ],
)
def test_russian_trailing_sources_read_this_release(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_about_this_with_a_time_first_names_no_source_of_its_own():
    assert attribute("Торговля растёт, об этом в понедельник заявил министр Сергей Лавров.").speaker == "Сергей Лавров"
    assert attribute("Торговля растёт, об этом в понедельник сообщили.").speaker is None


def test_an_agency_after_the_source_is_where_it_spoke():
    sentence = "«Мы убеждены в этом», - сказал Галузин в интервью РИА Новости."
    assert attribute(sentence).speaker == "Галузин"


def test_a_list_in_brackets_before_the_source_is_no_apposition():
    sentence = (
        "Moscow will host about 240 events during its chairmanship of the SCO and the BRICS group (Brazil, Russia, "
        "India, China and South Africa), Russian Ambassador to China Andrei Denisov said."
    )
    assert attribute(sentence).speaker == "Andrei Denisov"
    with_brackets = (
        '"We will act," Sarmad Ali, president of the Shanghai Cooperation Organisation (SCO) Business Council, said.'
    )
    assert attribute(with_brackets).speaker == "Sarmad Ali"


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Wang Yi sent a video address to the participants at the SCO Day event noting that, guided by "
        "the Shanghai Spirit, the SCO endures international turbulence.",
        "Foreign Minister Wang Yi spoke at the meeting, noting that the SCO endures international turbulence.",
        "Foreign Minister Wang Yi addressed the participants, stressing that the SCO endures international turbulence.",
    ],
)
def test_who_spoke_or_sent_an_address_noting_that_speaks(sentence):
    assert attribute(sentence).speaker == "Wang Yi"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("В ходе встречи всеми лидерами было отмечено, что ситуация в Афганистане остаётся вызовом.", "все лидеры"),
        ("В ходе встречи большинством участников было констатировано, что мир невозможен.", "большинство участников"),
        ("Сторонами было подчеркнуто, что мир невозможен.", "стороны"),
        ("Между странами было заключено соглашение.", None),
        ("С партнерами было подписано соглашение.", None),
    ],
)
def test_a_group_in_the_instrumental_before_a_short_passive_said_it(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_standfirsts_post_is_the_person_the_text_names_beside_it_later():
    document = SpeakerDocument(
        "Russia's top drugs official says Afghanistan should join",
        (
            ('"We should offer Afghanistan help," the chief of Russia’s federal drug control service FSKN said',),
            (
                '"We should offer Afghanistan help," the chief of Russia’s federal drug control service FSKN, Viktor '
                "Ivanov, said at a meeting.",
            ),
        ),
    )
    assert canonical(document, "the chief of Russia’s federal drug control service FSKN") == "Viktor Ivanov"


def test_whom_a_lead_says_speaks_with_a_newspaper_answers_its_questions(default_resolver):
    document = SpeakerDocument(
        "Tashkent supports initiatives under India’s presidency, says ambassador",
        (
            (
                "The Ambassador of Uzbekistan to India Dilshod Akhatov speaks with the Financial Express on the eve of "
                "the virtual summit.",
            ),
            ("How significant is the SCO summit for the region?",),
            ("This is of historical significance for both India and the SCO.",),
        ),
    )
    assert document.dialogue
    assert document.interviewee == "Dilshod Akhatov"
    assert default_resolver.resolve(document, 2, 0).speaker == "Dilshod Akhatov"


def test_a_statement_named_alone_is_the_body_that_issued_it():
    document = SpeakerDocument(
        "SCO border chiefs meet in New Delhi",
        (
            (
                '"The participants exchanged information on the state borders," said a statement issued by the Border '
                "Security Force (BSF).",
            ),
            ("The results of the joint operation were discussed and highly appreciated, it said.",),
        ),
    )
    assert canonical(document, "the statement") == "the Border Security Force"
    unnamed = SpeakerDocument("Ministers meet", (("The statement said the ministers agreed on a plan.",),))
    assert canonical(unnamed, "the statement") == "the statement"


def test_according_to_a_body_at_the_start_of_a_sentence_is_the_bodys(default_resolver):
    document = SpeakerDocument(
        "Kazakhstan prepares to chair the SCO",
        (
            ("ASTANA – Kazakhstan is preparing to take over the chairmanship, Ambassador-at-Large Yerlik Ali said.",),
            ("According to the Ministry of Foreign Affairs, the chairmanship will last until July 2024.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "the Ministry of Foreign Affairs"


def test_a_speech_titled_under_its_headline_is_its_speakers_not_whom_its_salutation_greets(default_resolver):
    title = "Terrorism is the most serious threat to international peace and security: RM"
    speech_title = (
        "Text of Hon’ble Raksha Mantri’s speech in the SCO Defence Ministers’ meeting in Dushanbe, 28 July 2021"
    )
    document = SpeakerDocument(
        title,
        (
            (
                "Excellency Colonel-General Sherali Mirzo, Minister of Defence of the Republic of Tajikistan, "
                "Excellency Ministers, Distinguished Delegates, Ladies and Gentlemen.",
            ),
            (
                "I am overwhelmed by the famous Tajik hospitality during my first-ever visit to this country.",
                "I thank Tajikistan for hosting the Meeting of Defence Ministers.",
                "I deeply appreciate your timely decision to organize the conference.",
            ),
            ("Such recognition is all the more important, as violent extremism threatens us all over again.",),
        ),
        header=(title, speech_title),
    )
    assert document.speaker == "the Raksha Mantri"
    assert default_resolver.resolve(document, 2, 0).speaker == "the Raksha Mantri"
