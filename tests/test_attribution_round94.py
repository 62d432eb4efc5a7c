"""Who said what, read on the ninety-fourth and ninety-fifth rounds of real pages (kept blind by the releases before):
a post in lower case after a name ("Wu Weishan, director of the … Museum of China, said") is the person's, not the
country's; a relative clause closed before the verb ("X, who served as President Y's adviser, said") leaves the
speaker X; a headline with a verb and its object ("UN chief congratulates India, Pak on …") names no speaker; a
foreign phrase in quotation marks ("“Vasudhaiva Kutumbakam,”") is no person; present-tense verbs ("The Declaration
affirms …") report; a quotation of a dozen sentences is followed to the source that closes it; a photo credit without
a colon ("фото Аманкула Дюсенбаева") names no one; "Глава государства" is one office holder, not the states; and "его"
after "- сообщил источник …" is that source."""

from __future__ import annotations

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.speaker_types import speaker_type
from scotopics.models.attribution.titles import title_speaker

from .test_attribution_pages import resolve_with_default_model


def test_a_post_in_lower_case_after_a_name_is_the_person_s_not_the_country_s():
    sentence = (
        "Addressing the function, Wu Weishan, director of the National Art Museum of China, said that the most "
        "important thing about the exhibition was cultural inclusion."
    )
    assert attribute(sentence).speaker == "Wu Weishan"


def test_a_relative_clause_closed_before_the_verb_leaves_its_antecedent_the_speaker():
    sentence = (
        "The political scientist Zbigniew Brzezinski, who served as U.S. President Jimmy Carter’s National Security "
        "Advisor, said that Eurasia is home to most of the world’s assertive states."
    )
    assert attribute(sentence).speaker == "Zbigniew Brzezinski"
    russian = "Рахмон, который прибыл в Москву по приглашению Путина, заявил, что сотрудничество растет."
    assert attribute(russian).speaker == "Рахмон"


def test_a_headline_with_a_verb_and_its_object_names_no_speaker():
    assert title_speaker("UN chief congratulates India, Pak on full SCO membership") is None
    assert title_speaker("SCO Secretary-General on Afghanistan") == "the SCO Secretary-General"


def test_a_foreign_phrase_in_quotation_marks_is_no_person():
    document = SpeakerDocument(
        "As the Chair of the SCO, India has made continuous efforts.",
        (("We have based these efforts on two principles.", "Firstly, “Vasudhaiva Kutumbakam,” which means one family."),),
    )
    assert document.names == {}


def test_a_declaration_in_the_present_tense_reports():
    found = attribute("The Tianjin Declaration affirms member states’ commitment to strengthening e-commerce.")
    assert (found.speaker, found.verb) == ("the Tianjin Declaration", "affirms")


def test_a_long_quotation_is_followed_to_the_source_that_closes_it():
    title = "Day of Culture held at the Secretariat"
    paragraphs = [
        ["The Secretariat was presented a work by sculptor Zhen Zhen “A Warrior and a Poet”."],
        [
            "“I am grateful to you for this generous gift.",
            "It reflects “the spirit of Shanghai”– we never threaten anybody.",
            "But we are strong with our spirit.",
            "We are always open for cooperation with the world.",
            "We are strong with our solidarity.",
            "We are strong with our good-neighbourly relations.",
            "We are strong with our common history.",
            "Our double force is in our common future.",
            "I hope very much that we could open a window to Chinese culture,” said Secretary General Rashid Alimov.",
        ],
    ]
    assert resolve_with_default_model(title, paragraphs, (1, 0)).speaker == "Rashid Alimov"


def test_a_photo_credit_without_a_colon_names_no_one():
    document = SpeakerDocument(
        "Саммит СНГ",
        (
            ("фото Аманкула Дюсенбаева, Еркебулана Укибаева",),
            ("Глава государства выразил благодарность таджикской стороне.",),
        ),
    )
    assert "Аманкул Дюсенбаев" not in document.names.values()
    assert "Аманкула Дюсенбаева" not in document.names.values()


def test_the_head_of_state_in_russian_is_one_office_holder():
    assert speaker_type("Глава государства") == "office_or_body"
    assert speaker_type("главы государств") == "group"
    context = [
        "Приветствуя участников, Глава государства выразил благодарность лично Президенту Эмомали Рахмону.",
        "– Успешное председательство Таджикистана внесло весомый вклад в укрепление организации.",
    ]
    found = attribute("Этот саммит придаст сильный импульс работе СНГ, – отметил он.", context)
    assert found.speaker == "Глава государства"


def test_his_words_after_a_source_closing_a_quotation_are_the_source_s():
    context = [
        '"Могу сказать, что этим представителем будет Дмитрий Мезенцев", - сообщил источник в секретариате ШОС.',
    ]
    found = attribute("По его словам, Мезенцев является единственной кандидатурой.", context)
    assert found.speaker == "источник в секретариате ШОС"
