"""Who said what, round 58: cases of the rounds of real pages read in this release (the fifty-sixth and
fifty-seventh) and of the development pages before them: a press epithet before a surname and a relative clause
before the verb; a trailing post with the name in apposition; "the Indian Prime Minister" named without his country;
Russian "ранее объяснил", "Причем", "Со стороны", "выступают против", "сообщало", "внесла предложение", "поделился
ожиданиями", "Как сообщало ИА REGNUM, …", groups after "По словам" and after a plural verb at the end; a headline's
"May Compete"; a thing of a group, a question word, an opening participle or an abstract noun as a subject; a weekday
between the subject and its verb; "issued a call", "articulated", "responded", "On another note"; a passive's agent
after "its"; "he" after a surname that spoke; declarers before another verb; the head of state as the leader the text
names; op-ed bylines with diacritics, after "Guest contributor" or with an initial; candidates cut out of a clause; a
spokesperson the story names later; initials in brackets in a long group."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bylines import byline_author, name_line
from scotopics.models.attribution.candidates import candidates
from scotopics.models.attribution.canonical import office_holder
from scotopics.models.attribution.cases import group_nominative
from scotopics.models.attribution.declarations import declarer
from scotopics.models.attribution.described import described_person
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.group_mentions import group_mentions
from scotopics.models.attribution.introductions import introduced_person
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.openers import subject
from scotopics.models.attribution.other_verbs import before_other_verb
from scotopics.models.attribution.rules import attribute


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Russian leader Orlov, who thanked the hosts for a warm welcome, said that the plan would be approved.",
            "Russian leader Orlov",
        ),
        ("The Kazakh premier Sadykov, who arrived on Monday, said that trade had grown.", "the Kazakh premier Sadykov"),
    ],
)
def test_a_press_epithet_before_a_surname_speaks_across_a_relative_clause(sentence, speaker):
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The battalions showed a high level of training at the drills, the chief of Kyrgyzstan's General Staff, "
        "Timur Sadykov, said at the closing ceremony.",
        "The battalions showed a high level of training, the Kyrgyz Defence Minister, Timur Sadykov, said.",
    ],
)
def test_a_trailing_post_with_the_name_in_apposition_gives_the_person(sentence):
    assert attribute(sentence).speaker == "Timur Sadykov"


def test_a_trailing_name_with_a_post_in_apposition_still_gives_the_person():
    sentence = "The battalions showed a high level of training, Timur Sadykov, the Kyrgyz Defence Minister, said."
    assert attribute(sentence).speaker == "Timur Sadykov"


def test_a_nationality_the_text_never_gives_its_holder_does_not_hide_him():
    document = SpeakerDocument(
        "Minister reads the Prime Minister's address at the summit",
        (
            (
                "External Affairs Minister Arun Mehta delivered Prime Minister Ravi Shankar Rao's remarks at the "
                "summit on Thursday.",
            ),
            ("The Indian Prime Minister welcomed the new members and said the bloc matters to India.",),
        ),
    )
    assert office_holder(document, "the Indian Prime Minister") == "Ravi Shankar Rao"


def test_a_nationality_the_text_gives_another_holder_still_rules_him_out():
    document = SpeakerDocument(
        "Interior ministers meet in Dushanbe",
        (
            ("Iranian Interior Minister Ali Rezaei arrived in Dushanbe on Monday.",),
            ("The Tajik interior minister said the border would be reinforced.",),
        ),
    )
    assert office_holder(document, "the Tajik interior minister") is None


def test_a_russian_trailing_report_with_an_adverb_before_its_verb():
    sentence = "Эти документы открывают путь к членству, ранее объяснил глава МИД Казахстана Ерлан Сапаров."
    assert attribute(sentence).speaker == "Ерлан Сапаров"


def test_a_russian_connective_before_the_subject_is_no_part_of_it():
    assert attribute("Причем стороны договорились продолжить консультации.").speaker == "стороны"
    assert attribute("Причем организация придерживается позиции, что споры решаются миром.").speaker is None


def test_the_sides_after_a_preposition_are_no_group():
    assert group_mentions("Со стороны министра была дана высокая оценка сотрудничеству.") == ()
    assert group_mentions("Стороны дали высокую оценку сотрудничеству.") == ("Стороны",)


def test_a_headline_modal_verb_is_no_given_name():
    assert person_names("The New Regional Bank May Compete With Old Lenders: Finance Minister") == []
    assert person_names("In May Timur Sadykov said the bank would open.") == ["Timur Sadykov"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the summit in Minsk, the status of observers changed, with the number of partners reaching 15.",
        "What remit a regional bank would carry out therefore needs to be different.",
    ],
)
def test_a_thing_of_a_group_or_a_question_word_opens_no_speaker(sentence):
    assert subject(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders of the member states agreed to meet again in spring.",
        "The meeting of ministers approved the plan of joint exercises.",
        "Most of the participants supported the idea of a joint fund.",
    ],
)
def test_a_group_or_its_meeting_still_opens_a_speaker(sentence):
    assert subject(sentence) is not None


def test_a_weekday_between_the_subject_and_its_verb_is_no_part_of_the_subject():
    sentence = "The Eurasian Development Council on Friday ratified a resolution on new members."
    assert subject(sentence) == "The Eurasian Development Council"


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        (
            "The SCO issued a collective call to the authorities in Kabul to form an inclusive government.",
            "the SCO",
            None,
        ),
        (
            "Persistent concerns have been articulated by the member states regarding drug trafficking.",
            None,
            "articulated",
        ),
    ],
)
def test_a_call_issued_and_concerns_articulated_are_reported(sentence, speaker, verb):
    found = attribute(sentence)
    assert found.verb is not None
    assert speaker is None or found.speaker == speaker
    assert verb is None or found.verb == verb


def test_he_is_the_surname_that_spoke_in_the_sentence_right_before():
    document = SpeakerDocument(
        "A new member joins the bloc",
        (
            ("The online summit was joined by the leaders, including Iranian President Ali Rezaei.",),
            (
                "During the meeting, Mehta expressed happiness about the new member.",
                '"I am happy that the country joins the family," he said.',
            ),
        ),
    )
    assert document.rule(document.position[(1, 1)]).speaker == "Mehta"


def test_a_quoted_theme_then_a_phrasal_verb_has_no_source_after_the_verb():
    sentence = "The forum, themed “Dialogue for a Common Future,” called for an open dialogue and new partnerships."
    assert attribute(sentence).speaker is None


def test_an_opening_participle_is_no_speaker():
    sentence = "Established in 2001 in Shanghai, the bloc was a choice by its founders to promote shared development."
    assert attribute(sentence).speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("«Государства-члены убеждены, что наращивание систем ПРО вредит безопасности.", "Государства-члены"),
        ("7. Главы государств высоко оценивают итоги совещаний министров.", "Главы государств"),
        ("С помощью защищённых каналов связи стороны намерены ускорить обмен данными.", "стороны"),
        ("В военной сфере российская сторона предлагает провести учения.", "российская сторона"),
        ("By decision of the Council, the director was appointed for three years.", "the Council"),
    ],
)
def test_the_subject_leaves_out_its_predicate_a_list_number_and_a_circumstance(sentence, speaker):
    assert subject(sentence) == speaker


def test_a_thing_of_a_group_at_the_start_opens_no_speaker():
    assert subject("Inclusion of more members can not only raise the bloc's influence but also steel it.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "С российской стороны была высоко оценена работа секретариата.",
        "По данным источника в российской делегации, статус партнёров получили две страны.",
    ],
)
def test_a_preposition_s_object_or_a_source_phrase_is_no_group_alone(sentence):
    assert subject(sentence) not in ("стороны", "делегации")


def test_shared_before_what_members_share_is_no_reporting_verb():
    assert attribute("The bloc was created to promote shared development and security.").verb is None
    assert attribute("The leaders shared concerns about the situation in the region.").verb == "shared"


def test_the_declarers_stop_before_another_verb():
    opening = "The member states exchanged views on major international issues and state the following:"
    assert declarer(opening) == "The member states"


def test_the_head_of_state_is_the_leader_the_text_names_for_that_country():
    document = SpeakerDocument(
        "The ministry sees the bloc as a constructive force, spokesman says",
        (
            (
                "The bloc is a constructive force, Foreign Ministry Spokesman Liu Qiang said on Monday, following "
                "the recent remarks by Chinese leader Xi Jinping on cooperation.",
            ),
            ("According to the Chinese head of state, Beijing and Moscow supported the bloc from the start.",),
        ),
    )
    assert office_holder(document, "the Chinese head of state") == "Xi Jinping"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Some influential voices in Washington even urged the country to quit the bloc.",
            "Some influential voices in Washington",
        ),
        (
            "On the sidelines of the summit, Iran and Tajikistan, which had long been at odds, agreed to restore ties.",
            "Iran and Tajikistan",
        ),
        ("Sadykov, who chaired the meeting of transport ministers, told reporters the list was ready.", "Sadykov"),
    ],
)
def test_even_before_the_verb_and_a_relative_clause_after_countries(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_byline_name_with_diacritics():
    assert byline_author(["By Janko Šćepanović, Ph.D."]) == "Janko Šćepanović"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["Guest contributor", "Harry Myo Lin", "The summit is shaping up to be a large gathering."],
            "Myanmar and the bloc",
        ),
        (["M. Ashraf Haidari", "March 1, 2019"], "M. Ashraf Haidari"),
    ],
)
def test_a_name_line_after_a_contributor_label_or_with_an_initial(lines, title):
    assert name_line(lines, title) == lines[1 if lines[0] == "Guest contributor" else 0]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Государства-члены выступают категорически против милитаризации сферы ИКТ.", "Государства-члены"),
        ("Нью-Дели и Пекин в понедельник объявили об отводе сил от границы.", "Нью-Дели и Пекин"),
        (
            "3. Государства-члены исходят из неделимости безопасности и выступают против силовых действий.",
            "Государства-члены",
        ),
    ],
)
def test_russian_stances_against_and_subjects_before_a_weekday_or_a_present_verb(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_passive_in_a_clause_before_and_leaves_the_subject_its_verb():
    sentence = (
        "Ozturk has praised the path that the bloc has taken since it was established and assured that the role "
        "of Asia is evident."
    )
    assert attribute(sentence).speaker == "Ozturk"
    assert attribute("The documents were discussed and signed by the ministers.").speaker is None


def test_an_unnamed_spokesperson_is_the_spokesperson_the_story_names_later():
    lead = "The visit shows the importance of the bloc, a foreign ministry spokesperson said on Tuesday."
    rest = 'The summit is the key event of the year," spokesperson Li Ning said at a regular news briefing.'
    known = {"li": "Li Ning"}
    assert introduced_person(lead, rest, "a foreign ministry spokesperson", known) == "Li Ning"


def test_before_another_verb_stops_at_a_reflexive_or_present_russian_verb():
    assert before_other_verb("Министры обменялись оценками урожая и".split()) == ["Министры"]
    assert before_other_verb("Государства-члены исходят из неделимости безопасности".split()) == ["Государства-члены"]


def test_a_phrase_cut_out_of_a_clause_is_no_candidate():
    document = SpeakerDocument(
        "Film week opens in Minsk",
        (
            (
                "Over 20 films will compete for the Silver Poplar Awards, with winners announced at the closing "
                "ceremony.",
                "The week coincides with the anniversary of national cinema, positioning itself as a bridge for "
                "dialogue.",
            ),
        ),
    )
    speakers = {candidate.speaker for candidate in candidates(document, 0, 1)}
    assert not any(speaker and speaker.startswith("with ") for speaker in speakers)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("По сообщению агентства Синьхуа от 20.04.2022 г., комитет ратифицировал соглашение.", "агентство Синьхуа"),
        ("More than a decade's participation in the bloc highlights the country's wish to play a larger role.", None),
        ("The Ministry of Cooperation noted the progress of the joint projects.", "the Ministry of Cooperation"),
    ],
)
def test_a_dated_source_an_abstract_subject_and_a_body_named_by_one(sentence, speaker):
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("On another note, Rahimova announced that the country had applied to join the group.", "Rahimova"),
        ("When asked if he meant joining the bloc, Ozturk responded affirmatively.", "Ozturk"),
        (
            "The country's membership was approved by its Council of Heads of State at its summit.",
            "the Council of Heads of State",
        ),
        ("In the past year the member states have actively responded to the spirit of the summit.", None),
    ],
)
def test_another_note_responded_and_an_agent_introduced_by_its(sentence, speaker):
    assert attribute(sentence).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Радио Восток сообщало, что закон о присоединении к договорам принят.", "Радио Восток"),
        ("Делегация Казахстана также внесла предложение принять совместное заявление.", "Делегация Казахстана"),
        ("Президент Ерлан Сапаров в своем интервью поделился ожиданиями от саммита.", "Ерлан Сапаров"),
        ("Как сообщало ИА REGNUM, ранее Индия предложила создать специальную группу.", "Индия"),
    ],
)
def test_russian_reports_of_a_relayed_proposal_and_shared_expectations(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_russian_groups_after_po_slovam_in_the_nominative():
    assert group_nominative("организаторов") == "организаторы"
    assert group_nominative("опрошенных ТАСС экспертов") == "эксперты"


def test_the_special_representative_is_the_one_person_named_so_far():
    document = SpeakerDocument(
        "Организация готовит меморандум",
        (
            ("Об этом сообщил на брифинге спецпредставитель президента по делам организации Тимур Садыков.",),
            ("Спецпредставитель также указал, что готовится ряд других документов.",),
        ),
    )
    assert described_person(document, 1, "Спецпредставитель") == "Тимур Садыков"


def test_initials_in_brackets_do_not_make_a_group_too_long_to_speak():
    sentence = "Law and justice ministers of Eurasian Development Council (EDC) member countries pledged to cooperate."
    assert (
        attribute(sentence).speaker
        == "Law and justice ministers of Eurasian Development Council (EDC) member countries"
    )


def test_a_russian_group_after_a_plural_verb_at_the_end_speaks():
    assert attribute("О поддержке инициативы заявили другие участники форума.").speaker == "другие участники форума"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Данное предложение было поддержано всеми сторонами.", "все стороны"),
        ("Деятельность совета была поддержана главами правительств стран-членов.", "главы правительств стран-членов"),
        ("Документ был подписан вчера в Астане.", None),
        ("При этом талибы выразили несогласие с этими утверждениями.", "талибы"),
    ],
)
def test_a_russian_passive_s_group_agent_and_the_taliban_speak(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_attendance_from_member_states_is_no_speaker():
    sentence = "The high-level attendance from member states indicated that they were undeterred by the attack."
    assert attribute(sentence).speaker is None
