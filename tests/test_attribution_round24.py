"""Speaker cases met on the labelled real pages of rounds 22 and 23, written anew: offices named by an epithet,
a given name with its patronymic, interviews set out as "Name, office:" turns or announced by "We spoke with …",
a surname after a fronted Russian circumstance, a gerund's clause after the subject, bulleted items of several
sentences, a post's year between the post and its holder; and in Russian: bodies speaking in the present tense,
a body that passes on another's words, relative clauses, bracketed lists, first-person verbs without their
pronoun, oblique cases of names and offices, interviewees, and a bilateral headline's countries."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import SpeakerDocument, attribute, person_names, turn_prefix
from scotopics.models.attribution.cases import word_nominative
from scotopics.models.attribution.document import canonical
from scotopics.models.attribution.groups import headline_countries
from scotopics.models.attribution.lists import list_introduction
from scotopics.models.attribution.names import nominative
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.transcripts import addressed_interviewee, named_interviewee


@pytest.mark.parametrize(
    ("office", "lead", "holder"),
    [
        ("the Head of the SCO", "SCO Secretary-General Bakhtiyor Saidov opened the forum.", "Bakhtiyor Saidov"),
        ("the SCO chief", "SCO Secretary-General Bakhtiyor Saidov opened the forum.", "Bakhtiyor Saidov"),
        (
            "the head of the Cabinet",
            "Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliev spoke at the session.",
            "Adylbek Kasymaliev",
        ),
        (
            "the Head of Government",
            "The Prime Minister of Kyrgyzstan Adylbek Kasymaliev welcomed the delegations.",
            "Adylbek Kasymaliev",
        ),
    ],
)
def test_an_office_named_by_an_epithet_is_held_by_the_person_the_lead_names(office, lead, holder):
    known = {holder.split()[-1].lower(): holder}
    assert find_office_holder(office, [lead], known) == holder


def test_the_epithets_resolve_in_a_document():
    document = SpeakerDocument(
        "Heads of government meet",
        (
            ("The Prime Minister of Kyrgyzstan Adylbek Kasymaliev welcomed the delegations in Bishkek.",),
            ("The Head of Government believes that the union has become a mature integration association.",),
        ),
    )
    assert canonical(document, "the Head of Government") == "Adylbek Kasymaliev"


def test_a_given_name_and_patronymic_stand_for_the_person_the_document_names():
    document = SpeakerDocument(
        "",
        (
            ("Президент Казахстана Касым-Жомарт Токаев выступил на пленарном заседании.",),
            ("Касым-Жомарт Кемелевич подчеркнул, что Астана поддерживает реформу ШОС.",),
        ),
    )
    assert canonical(document, "Касым-Жомарт Кемелевич") == "Касым-Жомарт Токаев"


def test_a_given_name_shared_by_two_people_stays_as_written():
    document = SpeakerDocument(
        "",
        (("Сергей Лавров и Сергей Шойгу прибыли в Бишкек.",), ("Сергей Викторович подчеркнул важность встречи.",)),
    )
    assert canonical(document, "Сергей Викторович") == "Сергей Викторович"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Bakhtiyor Saidov, SCO Secretary-General: The organization keeps growing.", "Bakhtiyor Saidov"),
        ("Dilnoza Karimova, Kun.uz: What do you expect from the summit?", "Dilnoza Karimova"),
    ],
)
def test_a_name_and_its_office_before_a_colon_give_the_floor(line, speaker):
    assert turn_prefix(line)[0] == speaker


def test_a_name_in_apposition_before_a_list_is_no_turn():
    line = "Zhang Ming, the SCO Secretary-General, listed three priorities: trade, transport and tourism."
    assert turn_prefix(line) is None


def test_we_spoke_with_announces_an_interview_whose_answers_are_the_interviewees():
    document = SpeakerDocument(
        "CICA after the chairmanship",
        (
            ("The chairmanship has ended.", "We spoke with CICA Secretary General Ambassador Marat Suleimenov."),
            ("- How has the Conference changed? What comes next?",),
            ("- The Conference has grown into a real organization.", "Its membership keeps growing."),
        ),
    )
    assert document.dialogue


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("На встрече министров Мишустин отметил, что торговля в союзе растет.", "Мишустин"),
        ("В ходе заседания секретарей советов безопасности стран ШОС Лавров заявил, что угрозы растут.", "Лавров"),
    ],
)
def test_a_surname_after_a_fronted_russian_circumstance_speaks(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_gerund_clause_after_the_subject_makes_no_trailing_source():
    sentence = "Генсекретарь ОДКБ Имангали Тасмагамбетов, открывая форум, отметил рост интереса к организации."
    assert attribute(sentence).speaker == "Имангали Тасмагамбетов"


def test_a_participle_after_the_subject_leaves_the_trailing_source():
    sentence = "Союз, созданный для общего рынка, не может стать военным блоком, считает Лукин."
    assert attribute(sentence).speaker == "Лукин"


def test_the_later_sentences_of_a_bulleted_item_belong_to_the_list():
    document = SpeakerDocument(
        "Prime minister at the council",
        (
            ("The Prime Minister of Kyrgyzstan Adylbek Kasymaliev raised several issues:",),
            ("• Trade between the members keeps growing.", "It is important to remove the remaining barriers."),
            ("• A common payment system should be built.",),
        ),
    )
    index = document.position[(1, 1)]
    assert list_introduction(document, index) is not None
    assert list_introduction(document, document.position[(2, 0)])[1].endswith("Adylbek Kasymaliev")


def test_a_numbered_items_later_sentence_keeps_its_own_subject():
    document = SpeakerDocument(
        "Declaration",
        (
            ("The heads of state declare the following:",),
            ("4. The member states support a multipolar world.", "They reject interference in internal affairs."),
        ),
    )
    assert list_introduction(document, document.position[(1, 1)]) is None


def test_it_seems_that_reports_nobody():
    assert attribute("It seems that Minsk has concluded that the bloc shares its values.").speaker is None


def test_the_year_of_a_post_may_stand_between_the_post_and_its_holder():
    lead = (
        "The participants recalled the words of the President, Chairman of the Council of Heads of State of the "
        "SCO Member States in 2021 Emomali Rahmon, about the forum."
    )
    assert find_office_holder("President", [lead], {"rahmon": "Emomali Rahmon"}) == "Emomali Rahmon"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("ОДКБ решительно осуждает теракт в Кабуле.", "ОДКБ"),
        ("Секретариат СНГ выражает глубокие соболезнования семьям погибших.", "Секретариат СНГ"),
        ("Стороны приветствуют начало переговоров.", "Стороны"),
    ],
)
def test_a_body_speaks_in_the_russian_present_tense(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_body_that_passes_on_a_named_subjects_words_does_not_speak():
    sentence = "Как сообщили в МИД, Абдылдаев в своем выступлении отметил, что союз вступает в новый этап."
    assert attribute(sentence).speaker == "Абдылдаев"
    assert attribute("Как сообщили в МИД, переговоры прошли успешно.").speaker == "МИД"


def test_a_verb_inside_a_russian_relative_clause_has_no_speaker_before_it():
    sentence = "Визит Президента Касым-Жомарта Токаева сопровождался жестами, которые подчеркивают особое отношение."
    assert attribute(sentence).speaker is None
    assert attribute("Сергей Лавров, который выступил первым, подчеркнул важность ШОС.").speaker == "Сергей Лавров"


def test_a_bracketed_list_inside_a_subject_is_not_its_head():
    sentence = "На саммите лидеры стран, входящих в союз (Армения, Беларусь, Казахстан и Россия), приняли декларацию."
    assert attribute(sentence).speaker == "лидеры стран"


def test_a_first_person_russian_verb_without_its_pronoun_is_the_speechs():
    title = "Выступление Министра иностранных дел С.В.Лаврова"
    assert attribute("В очередной раз подчеркиваем важность диалога.", title=title).speaker == "С.В.Лавров"
    assert attribute("Таким образом, работа продолжается.", title=title).speaker is None


@pytest.mark.parametrize(
    ("phrase", "nominative_form"),
    [("Николаем Патрушевым", "Николай Патрушев"), ("Игоря Моргулова", "Игорь Моргулов")],
)
def test_given_names_in_oblique_cases_go_back_to_the_nominative(phrase, nominative_form):
    assert nominative(phrase) == nominative_form


@pytest.mark.parametrize(("word", "form"), [("Посла", "Посол"), ("министерством", "министерство")])
def test_a_vowel_that_drops_and_a_neuter_body_go_back_to_the_nominative(word, form):
    assert word_nominative(word) == form


def test_an_office_in_the_instrumental_is_no_part_of_a_name():
    text = "Вопросы были обсуждены в Душанбе Президентом РТ Эмомали Рахмоновым."
    assert person_names(text) == ["Эмомали Рахмоновым"]


def test_an_interviewee_is_named_by_the_lead_or_addressed_by_name_and_patronymic():
    lead = "Какова значимость саммита – в интервью рассказал политолог Руслан Изимов."
    assert named_interviewee(lead) == "Руслан Изимов"
    paragraphs = (("Вступление.",), ("— Алексей Валерьевич, как вы оцениваете саммит?",))
    assert addressed_interviewee(paragraphs) == "Алексей Валерьевич"


def test_the_countries_of_a_bilateral_headline_are_counted_once_and_not_from_a_long_lead():
    assert (
        headline_countries("Казахстан и Китай: визит Токаева в Китай укрепил связи Казахстана") == "Казахстан и Китай"
    )
    lead = " ".join(["Визит Токаева в Китай и встреча с лидерами Казахстана и Китая прошли успешно."] * 4)
    assert headline_countries(lead) is None
