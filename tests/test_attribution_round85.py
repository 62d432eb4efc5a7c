"""Who said what, read on the eighty-second and eighty-fifth rounds of real pages (kept blind by the release before):
a transcript whose title is its first turn is a dialogue, not one person's speech; a headline "X adopts a statement
on …" names X without the verb; a short Russian surname on a soft stem ("Зась", the lead's genitive "Зася") is one
person in the nominative; a post written after a name without a comma ("S.K. Varshney Adviser and Head …") is no
part of the name; an event's name ("the Young Scientist Conclave") is no person; transliterated initials of two
letters ("Sh. Mirziyoyev", "Дж. Оторбаев") end no sentence; a group after a circumstance fronted without a comma
("At a recent meeting of … the sides reaffirmed") or "both X and Y" after a conjunction is the subject; a promise
commits its maker; a state's formal name ("Республика Беларусь", "the Islamic Republic of Iran") is a country; "ряд
экспертов" is a group; and "придаёт … значение" reports over five words."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.canonical import fuller_form
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names, surname_key
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.speaker_types import speaker_type
from scotopics.models.attribution.titles import title_speaker
from scotopics.text.sentences import split_sentences


def test_a_transcript_whose_title_is_its_first_turn_gives_each_turn_to_its_speaker(default_resolver):
    first = (
        "President of Kazakhstan Askar Beisenov: Mr Omarov, how is the preparation of the ministerial council going?"
    )
    document = SpeakerDocument(
        first,
        (
            (first,),
            (
                "Secretary General of the Collective Security Treaty Organisation Daniyar Omarov: The working bodies "
                "have met three times since spring.",
            ),
            ("Of course, the main item will be the agreement on a joint air defence network.",),
        ),
    )
    assert document.speaker is None
    assert default_resolver.resolve(document, 2, 0).speaker == "Daniyar Omarov"


def test_a_title_that_is_the_only_speech_keeps_its_speaker():
    title = "President of Kazakhstan Askar Beisenov: the council will meet in Turkistan in the autumn"
    document = SpeakerDocument(
        title, ((title,), ("The head of state said the council would discuss transit and water use.",))
    )
    assert document.speaker == "Askar Beisenov"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("UN General Assembly adopts resolution on cooperation with the SCO", "the UN General Assembly"),
        ("Heads of CSTO Defence Ministries Adopt Statement on Air Defence", "the Heads of CSTO Defence Ministries"),
        ("Remarks by Foreign Minister Ivan Petrov at the Council of Foreign Ministers", "Ivan Petrov"),
    ],
)
def test_a_headline_that_adopts_a_document_names_who_adopted_it_without_the_verb(title, speaker):
    assert title_speaker(title) == speaker


@pytest.mark.parametrize(("one", "other"), [("Рысь", "Рыся"), ("Рысь", "Рысем"), ("Шмыгаль", "Шмыгаля")])
def test_a_surname_on_a_soft_stem_shares_its_key_with_its_oblique_cases(one, other):
    assert surname_key(one) == surname_key(other)


def test_the_nominative_of_a_soft_stem_is_the_better_written_form():
    assert fuller_form("Олег Рысь", "Олег Рыся")
    assert not fuller_form("Олег Рыся", "Олег Рысь")


def test_a_person_the_lead_names_in_the_genitive_of_a_soft_stem_speaks_in_the_nominative(default_resolver):
    document = SpeakerDocument(
        "Рысь: обстановка на границе остаётся спокойной",
        (
            (
                "В комментарии генерального секретаря ОДКБ Олега Рыся, поступившем в редакцию, говорится, что "
                "обстановка на границе полностью контролируется.",
            ),
            ("Олег Рысь отметил, что организация готова к любому развитию событий.",),
            ("«Мы внимательно следим за ситуацией на границе», - заявил генеральный секретарь.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Олег Рысь"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Shri A.K. Mehta Adviser and Head International Cooperation Division, who led the Indian side, spoke.",
            ["A.K. Mehta"],
        ),
        ("Vikram Rao Secretary of the Department of Biotechnology opened the session.", ["Vikram Rao"]),
        ('"The Young Researcher Conclave gave the region a voice," he said.', []),
    ],
)
def test_a_post_after_a_name_or_an_event_is_no_part_of_a_person_name(sentence, names):
    assert person_names(sentence) == names


@pytest.mark.parametrize(
    "sentences",
    [
        ["The session was chaired by Prime Minister Sh. Rakhimov of Uzbekistan.", "Then Kh. Nazarov spoke."],
        ["Министр Дж. Турсунов выступил.", "Затем слово взял Ш. Рахимов."],
        ["Sh.M. Rakhimov spoke first.", "He stressed water use."],
    ],
)
def test_initials_of_two_letters_end_no_sentence(sentences):
    assert split_sentences(" ".join(sentences)) == sentences


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        (
            "At the last meeting of the Council of Heads of Government of the member states the sides reaffirmed the "
            "need for a joint fund.",
            "the sides",
            "assessment",
        ),
        ("During the talks in Minsk the parties agreed to open a second rail link.", "the parties", "decision"),
        (
            "But both Astana and Tashkent expressed hope that the corridor would open next year.",
            "both Astana and Tashkent",
            "assessment",
        ),
        (
            "The organisation promised to take part in clearing mines along the border.",
            "the organisation",
            "commitment",
        ),
    ],
)
def test_a_subject_after_an_unmarked_circumstance_or_a_conjunction_and_a_promise(sentence, speaker, kind):
    found = attribute(sentence)
    assert (found.speaker, found.kind) == (speaker, kind)


def test_the_official_representative_of_a_foreign_ministry_is_its_spokeswoman_the_lead_names(default_resolver):
    document = SpeakerDocument(
        "Kazakh minister to attend CICA meeting in Baku",
        (
            (
                "Foreign Minister Askar Temirbayev will take part in the meeting of the CICA ministerial council in Baku "
                "on 12 October, spokeswoman for the Foreign Ministry of Kazakhstan Aigerim Sadykova said at a briefing.",
            ),
            ("The ministers are expected to discuss the transformation of the conference into an organisation.",),
            (
                '"It is expected that the ministers will approve a plan of confidence-building measures," the official '
                "representative of the Kazakh Foreign Ministry added.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Aigerim Sadykova"


@pytest.mark.parametrize(
    "name",
    [
        "Республика Беларусь",
        "Кыргызская Республика",
        "the Republic of Kazakhstan",
        "the Islamic Republic of Iran",
        "the Russian Federation",
    ],
)
def test_a_state_formal_name_is_a_country(name):
    assert speaker_type(name) == "country"


def test_a_council_of_the_republic_stays_a_body():
    assert speaker_type("the Council of the Republic") == "office_or_body"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Республика Беларусь, которая участвует в работе ШОС как партнёр, выразила желание стать наблюдателем.",
            "Республика Беларусь",
        ),
        ("Ранее ряд экспертов высказывали мнение, что фонд развития следует создать раньше банка.", "ряд экспертов"),
        ("Россия придаёт этой встрече очень большое значение.", "Россия"),
    ],
)
def test_russian_subjects_a_state_a_number_of_experts_and_a_country_attaching_importance(sentence, speaker):
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (
            "Relations had reached “their best period” built on “trust and mutual benefit”, Tokayev told Mirziyoyev "
            "during Monday’s talks as he praised the growing role of the organisation.",
            "Tokayev",
            "told",
        ),
        (
            "Anna Petrova, a lecturer in the international relations department of Oxford Brookes College, said that "
            "the bloc had grown faster than expected.",
            "Anna Petrova",
            "said",
        ),
        (
            "Speaking at the ministers' meeting in Bishkek, Kyrgyzstan, Sharma declared, “No safe haven for terrorists "
            "can be tolerated.”",
            "Sharma",
            "declared",
        ),
    ],
)
def test_the_source_after_a_quotation_an_apposition_with_a_college_and_a_place_before_a_surname(
    sentence, speaker, verb
):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)
