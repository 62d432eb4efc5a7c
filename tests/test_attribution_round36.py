"""Who said what, round 36: cases of a labelled round of real pages once read (a Russian subject before its first
verb, "Как отмечает X:" before a quotation, an unquoted sentence "говорится в сообщении" of a body, a post after a
name closing a quotation, "X called these rules …", a joint statement's items without a subject, an adverb that is
no subject, a group after a fronted circumstance, a chain of "He …" sentences, "сказал спикер", an op-ed's author
in brackets before the outlet, a declaration's authors as written)."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bylines import byline_author
from scotopics.models.attribution.declarations import declarer
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.verbs import find_verb
from scotopics.models.cues import REPORTING_VERBS


def test_a_russian_subject_ends_before_its_first_verb_in_the_singular():
    found = attribute("Министр поблагодарил партнёров за помощь, высоко оценил работу секретариата.")
    assert found.speaker == "Министр"
    assert attribute("Генерал выступил на форуме в Бишкеке.").speaker != "Генерал выступил"


def test_as_x_notes_before_a_colon_names_x():
    found = attribute("Как отмечает Айгуль Сейтказиева: «Региональная торговля растёт быстрее мировой».")
    assert (found.speaker, found.verb) == ("Айгуль Сейтказиева", "отмечает")


def test_an_unquoted_sentence_that_a_body_s_message_reports_is_the_body_s():
    assert attribute("Новый формат ускорит работу комиссии, говорится в сообщении МИД.").speaker == "МИД"
    # a publication whose publisher is not named there names nobody
    assert attribute("Статус партнёра откроет новые рынки, говорится в сообщении агентства.").speaker is None


def test_a_post_after_the_name_that_closes_a_quotation_leaves_the_name():
    sentence = '"The bloc will not become an alliance," Anton Belov, Editor-in-Chief of the Eurasia Review, told TASS.'
    assert attribute(sentence).speaker == "Anton Belov"


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ('Medvedev called these rules "a sound basis for enlargement".', "Medvedev", "assessment"),
        ("Lavrov called it a turning point for the organisation.", "Lavrov", "assessment"),
        ("Tokayev called on the members to act together.", "Tokayev", "call"),
    ],
)
def test_called_before_its_object_reports_a_judgement(sentence, speaker, kind):
    found = attribute(sentence)
    assert (found.speaker, found.kind) == (speaker, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "A new forum called the Energy Club was set up in 2013.",
        "The president called a meeting of the security council.",
        "The talks were called the most useful in years.",
    ],
)
def test_called_that_names_or_convenes_is_no_verb_of_saying(sentence):
    assert find_verb(sentence) is None


def test_called_is_no_reporting_cue_of_a_key_statement():
    assert "called" not in REPORTING_VERBS


@pytest.mark.parametrize("sentence", ["Regretfully stated that no progress was made.", "Firmly supported the plan."])
def test_an_adverb_of_manner_that_opens_the_sentence_is_no_subject(sentence):
    assert attribute(sentence).speaker is None


def test_a_russian_adverb_that_opens_the_sentence_is_no_subject():
    assert attribute("2. Подробно обсудили положение на границе и договорились о мерах доверия.").speaker is None
    assert attribute("Агентство сообщило о встрече министров.").speaker == "Агентство"


def test_a_joint_statement_s_items_without_a_subject_are_the_group_s_named_before(default_resolver):
    document = SpeakerDocument(
        "Joint statement of the consultations on Afghanistan",
        (
            ("The parties noted with concern the growth of drug production in the region.",),
            ("Called on the Afghan authorities to step up the fight against drug trafficking.",),
            ("Noted the reports on a smaller area under poppy.",),
            ("Призвали к скорейшему созданию инклюзивного правительства.",),
        ),
    )
    for paragraph in (1, 2, 3):
        assert default_resolver.resolve(document, paragraph, 0).speaker.lower() == "the parties"


def test_a_fronted_participle_is_no_subjectless_item(default_resolver):
    document = SpeakerDocument(
        "Summit ends in Astana",
        (
            ("The leaders of the member states met in Astana.",),
            ("Signed at the summit, the agreement on road transport opens new routes.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker != "The leaders of the member states"


def test_a_group_after_a_fronted_circumstance_speaks_for_itself(default_resolver):
    document = SpeakerDocument(
        "Address by SCO Secretary-General Mirzo Karimov at a youth forum",
        (
            ("Dear friends!",),
            ("After the summit in Astana, the heads of state noted that the region needs young entrepreneurs.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "the heads of state"


def test_in_my_view_before_a_group_keeps_the_author_s_voice():
    from scotopics.models.attribution.explicit import explicit

    sentence = "In my view, the members should agree to keep bilateral disputes out of the meetings."
    assert not explicit(attribute(sentence), sentence)


def test_a_chain_of_he_sentences_goes_on_about_the_person_who_opened_it():
    context = [
        "Colonel Amir Qadri, Director of the Centre for Regional Studies, presented a paper on the summit.",
        "He appreciated the organisers' work.",
        "He highlighted the main results of the summit.",
        "He mentioned the initiative of President Bakyt Osmonov on a regional water council.",
    ]
    found = attribute("He concluded by saying that Pakistan supports multilateralism.", context)
    assert found.speaker == "Amir Qadri"


def test_spiker_is_the_person_quoted_before():
    context = ["Об этом заявил генеральный секретарь организации Бахтияр Рахимов."]
    found = attribute("«Проект соглашения уже согласован», – сказал спикер.", context)
    assert found.speaker == "Бахтияр Рахимов"


def test_a_post_and_name_in_brackets_before_the_outlet_is_a_byline():
    assert byline_author(["Partners of a new kind (Ambassador Volkov, for Eurasia Today)"]) == "Volkov"
    assert byline_author(["Talks in Beijing (Ambassador of India, for the record)"]) is None


def test_a_declaration_s_authors_are_named_as_written():
    opening = "We, the leaders of the member states of the Shanghai Cooperation Organisation, declare the following:"
    assert declarer(opening) == "the leaders of the member states of the Shanghai Cooperation Organisation"
