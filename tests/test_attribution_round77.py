"""Who said what, read on the 560 real pages of the forty-first release: "they" does not refer back to bodies named
after "of" ("the secretariats of the two organizations"), the items of a list that an unnamed "We" introduces
are no one's ("We believe that it is necessary:" in a speech whose speaker the text never names), and a
declaration's preamble clause opened by "resolved", "committed" or a Russian gerund ("высоко оценивая", "обобщая")
is the declarers'; a Russian sentence's opening preposition is no given name ("На Ассамблее были созданы …"); a
stance relayed by a plain verb of saying is its holder's ("X said Prime Minister Modi has stressed …": Modi)."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.rules import attribute


def test_they_is_the_parties_not_the_organizations_they_belong_to(default_resolver):
    document = SpeakerDocument(
        "The SCO Secretary-General visits the CICA Secretariat",
        (
            ("The Secretary-General of the SCO visited the Secretariat of CICA in Astana.",),
            (
                "He held a meeting with the CICA Secretary-General. The parties discussed current issues of cooperation "
                "between the secretariats of the two organizations.",
            ),
            (
                "During the conversation, they emphasized that practical interaction between the two executive bodies "
                "serves the interests of the member states.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "the parties"


def test_the_items_of_a_list_an_unnamed_we_introduces_have_no_speaker(default_resolver):
    document = SpeakerDocument(
        "Dear colleagues!",
        (
            ("Today, all of us witness growing tensions in the world and the region.",),
            ("We believe that for these purposes it is necessary:",),
            ("- to preserve the openness of the SCO and its non-alignment against third parties;",),
            ("- to build up regional economic cooperation;",),
        ),
    )
    for paragraph in (2, 3):
        assert default_resolver.resolve(document, paragraph, 0).speaker is None


def test_a_preambles_resolved_and_respecting_clauses_are_the_declarers(default_resolver):
    document = SpeakerDocument(
        "Dushanbe Declaration",
        (
            ("On the occasion of the 20th anniversary of the Organisation, the SCO Member States,",),
            ("guided by the Shanghai Spirit, which reflects our mutual trust;",),
            ("resolved to strengthen relations among the Member States so that friendship is passed down;",),
            ("respecting the principle of openness to the world;",),
            ("based on the results of the meeting held in Dushanbe, hereby state the following:",),
        ),
    )
    for paragraph in (2, 3):
        assert default_resolver.resolve(document, paragraph, 0).speaker == "the SCO Member States"


@pytest.mark.parametrize(
    "sentence",
    [
        "Генсек ШОС: На Ассамблее были созданы все условия для того, чтобы молодежь открыто говорила о своих проблемах",
        "Между Электроэнергетическим советом СНГ и Евразийской экономической комиссией подписан план мероприятий.",
    ],
)
def test_a_russian_opening_preposition_is_no_name(sentence):
    assert not person_names(sentence)
    assert person_names("На встрече Сергей Лавров заявил о поддержке") == ["Сергей Лавров"]
    assert person_names("В. Норов подчеркнул важность встречи.") == ["В. Норов"]  # an initial is no preposition


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The External Affairs Secretary said Prime Minister Narendra Modi has stressed the need to eliminate terrorism.",
            "Narendra Modi",
        ),
        (
            "Mr. Kwatra said, all the leaders welcomed the completion of the procedure for Iran to join.",
            "all the leaders",
        ),
        (
            "FO Spokesperson said the prime minister also voiced firm condemnation of the offensive.",
            "the prime minister",
        ),
        # a decision relayed stays with the one who relays it; a place or a document takes no stance
        ("Wang said the SCO has also approved the admission of Laos as a new partner.", "Wang"),
        (
            "Officials in Astana said the summit documents also welcomed cooperation on clean energy.",
            "Officials in Astana",
        ),
        ("The vice minister said Astana welcomed the enlargement of the community.", "the vice minister"),
    ],
)
def test_a_stance_relayed_by_a_plain_verb_of_saying_is_its_holders(sentence, speaker):
    assert attribute(sentence, []).speaker == speaker
