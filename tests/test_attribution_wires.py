"""Speaker cases of wire stories and ministry items met on a fifth round of real pages (written anew here,
never copied), one test each."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import SpeakerDocument, attribute
from scotopics.models.attribution.candidates import candidates
from scotopics.models.attribution.names import nominative

from .test_attribution_pages import resolve_with_default_model


def test_the_last_sentence_of_a_quotation_begun_earlier_closes_it_with_its_source():
    """A lone quotation mark after a comma closes a quotation opened sentences before; it opens nothing."""
    found = attribute('It was a year of real results for the whole region," Lin Feng told reporters.')
    assert (found.speaker, found.verb) == ("Lin Feng", "told")


def test_a_quotation_mark_after_a_space_still_opens_a_quotation():
    found = attribute('She believes that the bank matters, "its role will keep growing" in the years ahead.')
    assert found.speaker == "She"


@pytest.mark.parametrize(
    ("sentence", "context", "speaker"),
    [
        (
            "Sadykov, for his part, noted the good results of the Kyrgyz chairmanship.",
            ["Azamat Sadykov met the delegation of Tajikistan."],
            "Azamat Sadykov",
        ),
        (
            "Орлов, в частности, отметил рост торговли.",
            ["Глава делегации Павел Орлов прибыл в Душанбе."],
            "Павел Орлов",
        ),
    ],
)
def test_an_aside_between_commas_does_not_hide_the_subject(sentence, context, speaker):
    assert attribute(sentence, context).speaker == speaker


def test_an_aside_does_not_make_the_object_of_a_russian_verb_its_speaker():
    """ "Орлов, в частности, отметил важность …": the comma after the aside is no "…, отметил X" clause."""
    assert attribute("Орлов, в частности, отметил важность.", ["Павел Орлов прибыл."]).speaker == "Павел Орлов"


def test_a_report_that_carries_a_named_speakers_words_gives_way_to_that_speaker():
    found = attribute(
        "At the talks, Mamatov underlined the need for a common payment system, the report said.",
        ["Foreign Minister Nurlan Mamatov received the SCO delegation."],
    )
    assert (found.speaker, found.verb) == ("Nurlan Mamatov", "underlined")
    assert attribute("Freight volumes doubled in a year, the report said.").speaker == "the report"


def test_according_to_a_journalist_the_speaker_is_the_one_the_journalist_quotes():
    found = attribute("According to the correspondent, Defence Minister Omid Karimi said that the drills will go on.")
    assert found.speaker == "Omid Karimi"
    assert attribute("According to the correspondent, the drills will go on.").speaker == "the correspondent"


@pytest.mark.parametrize(
    ("sentence", "context", "speaker", "verb"),
    [
        (
            "President Sharipov congratulated his Belarusian counterpart, Ivan Kuzmich, on the anniversary and "
            "welcomed the new trade agreement.",
            ["Tajik President Davron Sharipov spoke at the summit."],
            "Davron Sharipov",
            "welcomed",
        ),
        (  # a group that opens the sentence
            "The participants focused on the effects of the pandemic on trade, transport and tourism and stated the "
            "importance of joint recovery plans.",
            ["Foreign Minister Ivan Petrov chaired the meeting."],
            "the participants",
            "stated",
        ),
    ],
)
def test_a_second_verb_belongs_to_the_subject_that_opens_the_sentence(sentence, context, speaker, verb):
    """Not to a name in an apposition between them, nor to the chair named before."""
    found = attribute(sentence, context)
    assert (found.speaker, found.verb) == (speaker, verb)


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("При этом Волков уточнил, что поставки начнутся весной.", "Андрей Волков", "уточнил"),
        ("Министр Андрей Волков порекомендовал партнерам создать общий фонд.", "Андрей Волков", "порекомендовал"),
    ],
)
def test_russian_verbs_of_precision_and_advice_report_and_a_linking_phrase_keeps_the_surname(sentence, speaker, verb):
    found = attribute(sentence, ["Министр экономики Андрей Волков прибыл в Бишкек."])
    assert (found.speaker, found.verb) == (speaker, verb)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("С инициативой о создании общего фонда выступил премьер-министр Казахстана Ерлан Садыков.", "Ерлан Садыков"),
        (
            "Как сообщало агентство, ранее с призывом сохранить торговые связи выступил глава ЕЭК Марат Абенов.",
            "Марат Абенов",
        ),
    ],
)
def test_a_proposal_put_forward_names_its_source_after_the_verb(sentence, speaker):
    """ "С предложением … выступил X": the source stands last; an agency that carried it is not the speaker."""
    assert attribute(sentence).speaker == speaker


def test_the_head_of_a_ministry_stays_in_the_nominative():
    assert nominative("глава МИД") == "глава МИД"
    assert nominative("главы МИД") == "глава МИД"


@pytest.mark.parametrize(
    "sentence",
    [
        "Particularly stressed was the need for joint action against drug trafficking.",
        "Minutes after he welcomed his Iranian colleague, the minister opened the session.",
    ],
)
def test_an_inverted_passive_or_a_subordinate_clause_names_no_speaker_for_its_verb(sentence):
    assert attribute(sentence).speaker is None


def test_a_trailing_source_with_an_office_of_an_organisation_who_told_a_presser():
    found = attribute(
        "The leaders valued the work of the chairmanship, the Secretary-General of the Organization Li Wei told "
        "a presser after the summit."
    )
    assert (found.speaker, found.verb) == ("Li Wei", "told")


def test_the_source_named_two_sentences_later_covers_both_statements_before_it():
    """ "A. B (that reports nobody). Об этом заявил X.": X is a candidate for A as well."""
    document = SpeakerDocument(
        "Премьер выступил на встрече глав правительств",
        (
            (
                "Программы сотрудничества требуют обновления.",
                "И Казахстан намерен вести работу в этом направлении.",
                "Об этом заявил Ерлан Садыков на встрече в Бишкеке.",
            ),
        ),
    )
    assert any(c.speaker == "Ерлан Садыков" and "quote" in c.sources for c in candidates(document, 0, 0))
    found = resolve_with_default_model(document.title, [list(p) for p in document.paragraphs], (0, 0))
    assert found.speaker == "Ерлан Садыков"


# -- a sixth round: titles, turns and subjects that stand apart from their verb ----------------------------------


def test_a_speech_title_that_says_where_it_was_given_names_no_speaker():
    from scotopics.models.attribution import title_speaker

    assert title_speaker("Speech at the plenary session of the SCO Business Forum") is None
    assert title_speaker("Address by SCO Secretary-General Lin Feng at the youth forum") == "Lin Feng"


def test_a_turn_may_name_the_office_before_the_speakers_name():
    from scotopics.models.attribution.transcripts import turn_prefix

    assert turn_prefix("Prime Minister of Kyrgyzstan Adylbek Kasymaliev: Dear colleagues") == (
        "Adylbek Kasymaliev",
        len("Prime Minister of Kyrgyzstan Adylbek Kasymaliev: "),
    )
    assert turn_prefix("Chapter of the Charter: Members shall") is None


def test_a_trailing_source_may_open_with_lower_case_words_after_the():
    found = attribute(
        "The bank is open to new members, the newly elected Council Chairman Ruslan Abenov said on Friday."
    )
    assert found.speaker == "Ruslan Abenov"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The meeting of the contact group took place in Dushanbe, during which Pakistan stressed the need for aid.",
            "Pakistan",
        ),
        ("During the consultations Uzbekistan proposed a joint transport fund.", "Uzbekistan"),
    ],
)
def test_the_subject_after_a_fronted_phrase_or_during_which_is_the_speaker(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_the_subject_of_a_first_verb_also_says_a_second_one_after_an_adverb():
    found = attribute(
        "Abenov also presented the plans of the chairmanship for the coming year and stressed the value of the forum.",
        ["Chairman Ruslan Abenov opened the forum."],
    )
    assert (found.speaker, found.verb) == ("Ruslan Abenov", "stressed")


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Министр Андрей Волков ранее заявлял, что поставки вырастут.", "заявлял"),
        ("Andrei Volkov spoke highly of the work of the Kyrgyz chairmanship.", "spoke highly of"),
    ],
)
def test_past_habitual_and_praise_verbs_report(sentence, verb):
    found = attribute(sentence)
    assert found.verb == verb and found.speaker in ("Андрей Волков", "Andrei Volkov")


# -- a seventh round: names after a Russian verb, and heads of state by their honorifics --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Также о готовности помочь Душанбе провести форум заявил глава Казахстана Ерлан Садыков.",
        "Ранее решение о создании фонда поприветствовал казахстанский премьер Ерлан Садыков.",
    ],
)
def test_a_russian_sentence_may_name_its_speaker_after_the_verb(sentence):
    assert attribute(sentence).speaker == "Ерлан Садыков"


def test_a_lone_surname_before_an_aside_is_the_speaker_and_an_opening_adverb_is_not():
    context = ["Deputy Prime Minister Nadir Aliyev spoke to the press."]
    assert attribute("Aliyev, to another question, said the talks would go on.", context).speaker == "Nadir Aliyev"
    assert attribute("Therefore, to sum up, said the paper, the plan is ready.").speaker != "Therefore"


# -- offices a reader resolves to their holder (rounds 6 to 8) ----------------------------------------------------

TAJIK_LEAD = "President of the Republic of Tajikistan Davron Sharipov took part in the summit."
QADRI_LEAD = "Prime Minister Tahir Qadri addressed the SCO summit in Astana."


@pytest.mark.parametrize(
    ("lead", "office", "holder"),
    [
        ("President of Kyrgyzstan Sadyr Japarov opened the summit.", "the leader of our country", "Sadyr Japarov"),
        ("Президент Кыргызстана Садыр Жапаров открыл саммит.", "глава киргизского государства", "Садыр Жапаров"),
        ("Секретарь Совета безопасности Киргизии Марат Иманкулов прибыл в Москву.", "Глава Совбеза", "Марат Иманкулов"),
        (TAJIK_LEAD, "the Head of our state", "Davron Sharipov"),
        (TAJIK_LEAD, "the Leader of the Nation", "Davron Sharipov"),
        (QADRI_LEAD, "the premier", "Tahir Qadri"),
        (QADRI_LEAD, "PM Tahir", "Tahir Qadri"),  # a given name after the post's initials
        ("Defence Minister Oleg Sidorov met his SCO colleagues.", "the Russian defence chief", "Oleg Sidorov"),
        ("Встречу подтвердил пресс-секретарь президента России Олег Носов.", "Представитель Кремля", "Олег Носов"),
        ("Об этом написал казахский журналист Ержан Омаров.", "Журналист", "Ержан Омаров"),
    ],
)
def test_a_periphrasis_honorific_or_epithet_of_an_office_is_the_holder_the_lead_names(lead, office, holder):
    from scotopics.models.attribution.document import canonical

    document = SpeakerDocument("At the summit", ((lead,), (f"{office} said more.",)))
    assert canonical(document, office) == holder


def test_a_trailing_russian_source_after_a_place_is_the_speaker_not_the_place():
    """ "…госпереворота в Киеве, указал Путин.": "указал" closes the statement, "Киеве" is where, not who."""
    found = attribute("Кризис начался после событий в Бишкеке, указал Садыков.", ["Премьер Ерлан Садыков прибыл."])
    assert (found.speaker, found.verb) == ("Ерлан Садыков", "указал")


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        # the subject's own verb before the reporting verb of a clause about something else
        (
            "Kyrgyzstan pursues an open foreign policy and supports the SCO's role in the region.",
            "Kyrgyzstan",
            "supports",
        ),
        (
            "The head of state listed the fields that Belarus will highlight as a member.",
            "the head of state",
            "highlight",
        ),
        (
            "The delegates reportedly made careful preparations and put forward ten proposals.",
            "the delegates",
            "put forward",
        ),
        ("The prime minister also addressed poverty and noted that trade grows.", "the prime minister", "noted"),
        # a weekday or a month after the subject, as news agencies write it, and "This is why" before it
        (
            "A senior energy official from Iran Tuesday called for a common grid.",
            "A senior energy official from Iran",
            "called for",
        ),
        ("This is why the RATS Council in March approved new measures.", "the RATS Council", "approved"),
    ],
)
def test_a_speaker_phrase_ends_where_its_own_verb_or_a_date_begins(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_we_in_a_relative_clause_is_the_speaker_of_the_speech_and_not_the_phrase_before_it():
    context = ["Address by Foreign Minister Anvar Nazarov at the SCO Council of Foreign Ministers"]
    found = attribute("The risks that we considered in 2015 are still with us.", context[1:], title=context[0])
    assert found.speaker == "Anvar Nazarov"


def test_a_participle_after_a_preposition_is_no_reporting_verb():
    found = attribute("The minister also opened an exhibition on shared heritage of the region.")
    assert (found.speaker, found.verb) == (None, None)


def test_the_initials_of_the_meetings_body_after_a_russian_circumstance_are_no_part_of_the_subject():
    document = SpeakerDocument("", (("В ходе заседания СМИД ШОС стороны обсудят подготовку саммита.",),))
    speakers = {c.speaker for c in candidates(document, 0, 0)}
    assert "стороны" in speakers and not any(s and "СМИД" in s for s in speakers)
