"""Who said what, round 41: cases of a labelled round of real pages once read (a chain of "he" back to a surname
written alone; "X thanked …, saying …"; a lead that lost its full stop still names people; an apposition in two parts
before the verb; "Генеральный прокурор"; a subjectless "Подчеркнул, что …"; "-сказал" glued to its dash; points
announced as "from three aspects" or "eight major outcomes"; a quotation opened after its source goes on in later
sentences; "X before his departure: «…»"; an unsigned editorial's own view)."""

from __future__ import annotations

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.trailing import trailing_source
from scotopics.models.attribution.verbs import find_verb


def test_a_chain_of_he_reaches_back_to_a_surname_written_alone(default_resolver):
    document = SpeakerDocument(
        "Tehran sees a multipolar world taking shape",
        (
            ('President Rostami said that "the region is changing fast."',),
            ('"We must act on the frameworks signed at this summit," Rostami further asserted.',),
            ('"Justice must guide us," he later said.',),
            ('"Our biggest rival is pressure.', 'It cannot last," he added.'),
        ),
    )
    assert default_resolver.resolve(document, 3, 0).speaker == "Rostami"
    assert default_resolver.resolve(document, 3, 1).speaker == "Rostami"


def test_someone_who_thanked_or_met_saying_speaks():
    found = attribute('The SCO secretary general thanked Tehran for the visit, saying "I fully approve of your view.')
    assert (found.speaker, found.verb) == ("the SCO secretary general", "saying")
    assert attribute("Liu Fang met the minister on Monday, noting that trade had doubled.").speaker == "Liu Fang"
    assert attribute("The minister met the delegation in the capital.").speaker is None


def test_a_lead_without_its_full_stop_still_names_the_office_holder(default_resolver):
    document = SpeakerDocument(
        "Iran one of the most influential countries: SCO head",
        (
            ("In the meeting, Reza Karimi described the organisation as a platform of independent countries.",),
            ('The SCO secretary general thanked Tehran for the visit, saying "I fully approve of your view.',),
        ),
        header=(
            "Wei Lan, secretary-general of the Shanghai Cooperation Organisation (SCO), held a meeting with the deputy"
            " foreign minister Reza Karimi in Tehran on Monday afternoon",
        ),
    )
    assert "Wei Lan" in document.names.values()
    assert default_resolver.resolve(document, 1, 0).speaker == "Wei Lan"


def test_a_byline_line_before_the_text_names_nobody_the_text_speaks_of():
    document = SpeakerDocument(
        "Start-ups can be our new Silk Road",
        (("Anita Rao, a joint secretary, spoke about the forum.",),),
        header=("By Vikram Joshi | New Delhi | January 9, 2023",),
    )
    assert list(document.names.values()) == ["Anita Rao"]


def test_an_apposition_in_two_parts_before_the_verb_leaves_the_person_speaking():
    sentence = (
        "''We have decided to deepen the ties,'' Arman Seitov, Chairman, the Development Bank of Kazakhstan told"
        " reporters."
    )
    assert attribute(sentence).speaker == "Arman Seitov"


def test_a_prosecutor_general_is_an_office_and_its_holder_speaks(default_resolver):
    found = attribute("Генеральный прокурор Казахстана в своем выступлении отметил рост сотрудничества.")
    assert found.speaker == "Генеральный прокурор Казахстана"
    document = SpeakerDocument(
        "Прокуроры ШОС собрались в Сиане",
        (
            ("Сегодня Генеральный прокурор Казахстана Ерлан Нуров принял участие в заседании в Сиане.",),
            ("Генеральный прокурор Казахстана в своем выступлении отметил рост сотрудничества.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Ерлан Нуров"


def test_a_subjectless_podcherknul_goes_to_the_person_before(default_resolver):
    document = SpeakerDocument(
        "Токаев принял участие в саммите",
        (
            ("Касым-Жомарт Токаев выступил на заседании Совета глав государств.",),
            ("Подчеркнул, что организация оценивается в мире как эффективная структура.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Касым-Жомарт Токаев"


def test_a_verb_glued_to_its_dash_and_a_long_setting_after_the_office():
    sentence = (
        "Сегодня авторитет ШОС высок, -сказал Президент Таджикистана, в своём выступлении на расширенном заседании"
        " глав государств-членов Шанхайской Организации Сотрудничества (ШОС) 12 сентября в Душанбе."
    )
    assert trailing_source(sentence) == ("Президент Таджикистана", "сказал")
    assert trailing_source("Рост очевиден, отметили настрой на сотрудничество, подчеркнули участники.") is None


def test_points_announced_by_their_number_are_the_announcer_s(default_resolver):
    document = SpeakerDocument(
        "China to work with all members: spokesperson",
        (
            ("Foreign ministry spokesperson Gao Lin said China had made solid progress as the chair.",),
            ("He summarized the outcomes from three aspects.",),
            (
                "First, cooperation in all sectors has been deepened.",
                "These events helped the members trust each other.",
            ),
            ("Second, the mechanisms of the organization have been improved.",),
        ),
    )
    for paragraph, sentence in ((2, 0), (2, 1), (3, 0)):
        assert default_resolver.resolve(document, paragraph, sentence).speaker == "Gao Lin"
    summit = SpeakerDocument(
        "Press conference after the summit",
        (
            ("Foreign Minister Zhou Hong met the press after the summit.",),
            ("Zhou Hong introduced eight major outcomes of this summit.",),
            ("First, a development strategy for the next ten years was formulated.",),
            ("Second, the summit sent a just voice on the history of the war.",),
        ),
    )
    assert default_resolver.resolve(summit, 3, 0).speaker == "Zhou Hong"


def test_numbered_items_of_a_declaration_keep_their_own_subjects(default_resolver):
    document = SpeakerDocument(
        "Декларация глав государств",
        (
            ("По итогам заседания его участники заявляют следующее.",),
            ("1. Государства-члены поддерживают многосторонность.", "Они выступают против односторонних санкций."),
            ("2. Главы государств поручили подготовить проект конвенции.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 1).speaker == "Государства-члены"
    assert default_resolver.resolve(document, 2, 0).speaker == "Главы государств"


def test_proposals_put_forward_are_no_speaker():
    assert find_verb("Many proposals put forward at the organization's platform have been upheld.") is None
    assert find_verb("Kazakhstan put forward a proposal to hold a forum.") is not None


def test_a_quotation_opened_after_its_source_goes_on_in_later_sentences(default_resolver):
    document = SpeakerDocument(
        "Belarus becomes a member of the organization",
        (
            ("President Daniyar Omarov chaired the summit and congratulated the new member.",),
            (
                "The day before, Pavel Sidorov noted that he had spoken about the organization's potential from its"
                " first days: “We immediately became interested in its initiatives.",
                "We joined it as a partner and were granted observer status in 2015.",
                "Many Belarusian proposals put forward at the organization's platform have been upheld.”",
            ),
        ),
    )
    assert default_resolver.resolve(document, 1, 2).speaker == "Pavel Sidorov"


def test_a_name_and_when_he_spoke_before_a_colon_and_a_quotation(default_resolver):
    assert attribute('Farahani before his departure: "The summit is a timely opportunity."').speaker == "Farahani"
    assert attribute('China before the summit: "A headline."').speaker is None
    document = SpeakerDocument(
        "Iranian president leaves for the summit",
        (
            ("Iran's President Ali Farahani left for China to attend the summit.",),
            ('Farahani before his departure: "The summit is a timely opportunity to strengthen cooperation."',),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Ali Farahani"


def test_an_unsigned_editorial_s_own_view_is_the_writer_s(default_resolver):
    document = SpeakerDocument(
        "The organisation shows its unique value: Daily Herald editorial",
        (
            ("The summit of the organisation was held in Dushanbe on Friday.",),
            ("The organisation is a banner of real multilateralism.",),
            ("The organisation will launch procedures to admit three new dialogue partners.",),
            ('"We will keep our doors open," Secretary-General Omar Farid said.',),
        ),
        header=("The organisation shows its unique value: Daily Herald editorial",),
    )
    assert default_resolver.resolve(document, 1, 0).speaker is None
    assert default_resolver.resolve(document, 3, 0).speaker == "Omar Farid"
