"""Who said what, round 31: cases of the thirteenth labelled round once read (quotations over several sentences,
offices by their initials, headlines, names with diacritics, "according to him")."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bylines import columnist
from scotopics.models.attribution.document import SpeakerDocument, canonical
from scotopics.models.attribution.marks import quotation_close
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.rules import attribute


def test_a_quotation_closes_in_the_sentence_that_ends_it():
    sentences = ["“We will never forget why we met.", "The threats have grown,” he said.", "The talks went on."]
    assert quotation_close(sentences, 0) == 1
    assert quotation_close(sentences, 1) is None  # it opens none
    assert quotation_close(["“We will never forget why we met.", "The threats have grown."], 0) is None  # left open


def test_each_sentence_of_a_quotation_closed_by_a_pronoun_is_the_persons_the_lead_names(default_resolver):
    document = SpeakerDocument(
        "Foreign minister at the SCO meeting",
        (
            ("Foreign Minister Arjun Mehta on Tuesday addressed the SCO Council of Foreign Ministers in Minsk.",),
            ("Belarus joined the organisation as its tenth member last year.",),
            (
                "“We must remember that the organisation was founded to fight terrorism.",
                "That threat has only grown since then,” he said.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Arjun Mehta"  # not Belarus, named just before
    assert default_resolver.resolve(document, 2, 1).speaker == "Arjun Mehta"


def test_a_declaration_quoted_over_several_sentences_speaks_for_the_states_it_opens_with(default_resolver):
    document = SpeakerDocument(
        "Summit adopts declaration",
        (
            ("The heads of state adopted a declaration in Astana on Thursday.",),
            (
                '"The Member States reaffirm that security cannot be built at the expense of others.',
                'They oppose unilateral sanctions," the declaration read.',
            ),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "the Member States"


def test_an_aside_inside_a_quotation_names_its_speaker_for_the_whole_quotation(default_resolver):
    document = SpeakerDocument(
        "Эксперты о Содружестве",
        (
            ("«ЕАЭС дает странам возможность развиваться», – подчеркнула Динара Ахметова, эксперт.",),
            (
                "«Содружество остается площадкой для диалога, – заметил Арман Сейтказиев, политолог.",
                "– Мы не Евросоюз.",
                "Это объединение работает постепенно».",
            ),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Арман Сейтказиев"


@pytest.mark.parametrize(
    ("title", "lead", "office", "holder"),
    [
        (
            "SCO summit: PM Verma calls for food security",
            "Prime Minister Rohan Verma addressed the summit on Friday.",
            "the PM",
            "Rohan Verma",
        ),
        (
            "CSTO Secretary General on the exercises",
            "CSTO Secretary General Igor Belov held a press conference in Moscow.",
            "CSTO SG",
            "Igor Belov",
        ),
        (
            "Zero tolerance for terrorism",
            "External Affairs Minister S Raghavan spoke at the meeting in Moscow.",
            "the EAM",
            "S Raghavan",
        ),
        (
            "Iran ready for a bigger role in the SCO: Rezaei-Nasab",
            "Iran wants a bigger role in the SCO, said the Iranian Foreign Minister. Hamid Rezaei-Nasab made the "
            "remarks on Monday. Rezaei-Nasab met the Secretary-General.",
            "the Iranian Foreign Minister",
            "Hamid Rezaei-Nasab",
        ),
        (
            "Moscow on the CSTO mission",
            "The official representative of the Russian Foreign Ministry, Irina Sokolova, answered questions.",
            "the Russian diplomat",
            "Irina Sokolova",
        ),
        (
            "Белоруссия ждет от саммита ОДКБ решений",
            "Министр иностранных дел Беларуси Павел Ковалев рассказал о повестке саммита.",
            "Глава внешнеполитического ведомства",
            "Павел Ковалев",
        ),
        (
            "Secretary-General meets the UN Envoy on Youth",
            "Secretary-General Ivan Petrov met UN Secretary General's Envoy on Youth Anna Lindqvist.",
            "the UN Secretary General's Envoy",
            "Anna Lindqvist",
        ),
        (
            "Drills begin in Kazakhstan",
            "Chief of the CSTO Joint Staff Colonel-General Oleg Rudenko opened the drills.",
            "the general",
            "Oleg Rudenko",
        ),
        (
            "Belarus on new threats",
            "Belarusian Minister of Foreign Affairs Pavel Kovalev spoke after the meeting.",
            "The Belarusian minister of foreign affairs",
            "Pavel Kovalev",
        ),
        (
            "Белоруссия во главе Содружества",
            "Министр иностранных дел Беларуси Павел Ковалев рассказал о планах.",
            "Руководитель белорусского МИД",
            "Павел Ковалев",
        ),
        (
            "Планы Секретариата",
            "Генеральный секретарь ШОС Иван Петров выступил на брифинге.",
            "руководитель Секретариата",
            "Иван Петров",
        ),
        (
            "Андрей Соколов призвал не затягивать с общим рынком газа",
            "Позицию страны озвучил премьер-министр Беларуси.",
            "глава правительства",
            "Андрей Соколов",
        ),
        (
            "Выступая в Минске, Дмитрий Орлов подчеркнул роль Содружества.",
            "Товарооборот вырос на четверть, – подчеркнул российский премьер.",
            "российский премьер",
            "Дмитрий Орлов",
        ),
    ],
)
def test_an_office_written_short_or_by_an_epithet_is_the_person_the_text_names(title, lead, office, holder):
    document = SpeakerDocument(title, tuple((sentence,) for sentence in lead.split(". ")))
    assert canonical(document, office) == holder


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkish President Recep Tayyip Erdoğan spoke at the summit.", "Recep Tayyip Erdoğan"),
        ("Azerbaijani minister Əli Əsgərov arrived in Astana.", "Əli Əsgərov"),
        ("Ambassador Emre Yalçın met the Secretary-General.", "Emre Yalçın"),
    ],
)
def test_a_name_keeps_its_latin_letters_with_diacritics(text, name):
    assert person_names(text)[-1] == name


def test_words_of_regions_and_peoples_make_no_name():
    assert person_names("Proud Westerners believe the bloc will not last.") == []
    assert person_names("A bridge between Europe and Pacific Rim economies.") == []


def test_according_to_him_and_po_ego_slovam_are_the_person_before(default_resolver):
    english = SpeakerDocument(
        "CICA Secretary General on the region",
        (
            ("CICA Secretary General Daniyar Seitov spoke to reporters in Baku.",),
            ("According to him, the member states share the same interests.",),
        ),
    )
    assert default_resolver.resolve(english, 1, 0).speaker == "Daniyar Seitov"
    assert attribute("По его словам, ШОС укрепляет позиции.").speaker == "он"  # resolved by the caller


def test_according_to_a_persons_information_in_russian_is_that_persons():
    found = attribute("Согласно информации президента Таджикистана Ахмада Каримова, саммит пройдет в мае.")
    assert found.speaker == "Ахмад Каримов" and found.verb == "according to"


def test_a_time_word_after_the_verb_is_no_part_of_the_source():
    sentence = "Об этом заявил сегодня Президент Беларуси на встрече с журналистами."
    assert attribute(sentence).speaker == "Президент Беларуси"


def test_pointed_to_reports_a_position():
    found = attribute("Tajik President Emomali Rahmon pointed to the need to fight poverty together.")
    assert (found.speaker, found.verb) == ("Emomali Rahmon", "pointed to")


def test_a_byline_that_opens_the_text_before_a_note_on_the_author_names_the_columnist():
    document = SpeakerDocument(
        "The SCO at a turning point",
        (
            (
                "- By LIU MING The author is director of the Center for Eurasian Studies.",
                "The author wrote this article for a weekly.",
            ),
            ("As the crisis deepens, the organisation's influence in regional affairs is growing.",),
            ("The region is entering a period of restructuring.",),
            ("The member states want a bigger say in the group's policies.",),
            ("Its openness and consensus are what make it attractive.",),
        ),
    )
    assert columnist(document) == "Liu Ming"


def test_a_wire_sentence_that_says_who_made_the_remarks_names_the_source_of_the_lead(default_resolver):
    document = SpeakerDocument(
        "Seven exercises planned",
        (
            ("MOSCOW. There are plans to hold seven joint exercises this year.",),
            ("CSTO Secretary General Pavel Orlov made the statement after a session in Dushanbe.",),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Pavel Orlov"
    assert attribute("He made the remarks during a meeting.", ["Xi Jinping met the ministers."]).speaker == (
        "Xi Jinping"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Addressing global conflicts, President Tamer Aydın criticized the violence in Gaza.",
        "In an interview with a newspaper, Mehdi Karimi partly blames Iran for the slow accession.",
    ],
)
def test_criticising_and_blaming_report_a_position(sentence):
    assert attribute(sentence).verb in {"criticized", "blames"}


def test_a_single_quotation_inside_a_double_one_leaves_nothing_open():
    sentences = [
        '"The year brought more risks.',
        'Our forces must be ready for wars fought ‘under a false flag and with someone else’s hands," the '
        "general said.",
    ]
    assert quotation_close(sentences, 0) == 1


def test_he_after_a_sentence_whose_subject_is_a_repeated_surname_is_that_person(default_resolver):
    document = SpeakerDocument(
        "Aydın seeks closer ties with the SCO",
        (
            ("Turkish President Tamer Aydın on Monday said he hopes to strengthen ties with the SCO.",),
            ("Earlier, Aydın met his Russian counterpart Vladimir Putin on the sidelines of the summit.",),
            (
                "Addressing global conflicts, Aydın criticized the violence in Gaza.",
                '"There is no excuse for failing to stop the suffering of civilians," he said.',
            ),
        ),
    )
    assert default_resolver.resolve(document, 2, 1).speaker == "Tamer Aydın"


def test_a_given_name_alone_is_the_full_name_the_text_gives():
    document = SpeakerDocument(
        "Defence ministers meet",
        (("Defence Minister Rohan Singh addressed the meeting.",), ("Rohan also proposed an annual seminar.",)),
    )
    assert canonical(document, "Rohan") == "Rohan Singh"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Uzbekistan has obtained observer status and expressed its interest in new markets, Uzbek president's "
            "press service said on December 11.",
            "Uzbek president's press service",
        ),
        (
            "Within the chairmanship, the previously announced priorities are being promoted, the President’s press "
            "service reported.",
            "the President’s press service",
        ),
        ("Об этом генсек ОДКБ Иван Сидоренко заявил в понедельник в ходе брифинга.", "Иван Сидоренко"),
        ("Об этом на встрече с Сергеем Лавровым заявил в понедельник министр.", "министр"),
        ("Я надеюсь, вы утвердите эту кандидатуру», – обратился к участникам встречи Рахметов.", "Рахметов"),
        (
            "Учения были знаковыми, заявил журналистам начальник Генштаба Вооруженных сил Белоруссии, первый "
            "заместитель министра обороны Олег Белов.",
            "Олег Белов",
        ),
    ],
)
def test_sources_of_round_sixteen(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_headlines_and_regions_of_the_world_are_no_names():
    assert person_names("Xinhua Headlines: The people are rallied behind the party.") == []
    assert person_names("Маршрут сократит путь грузов на Ближний Восток.") == []


def test_round_seventeen_names_and_subjects():
    assert attribute("PM Verma, in his address, highlighted the need for reformed multilateralism.").speaker == (
        "PM Verma"
    )
    document = SpeakerDocument("SCO summit", (("Prime Minister Rohan Verma addressed the summit.",),))
    assert canonical(document, "PM Verma") == "Rohan Verma"
    text = "– отметила научный сотрудник Института стран Азии и Африки МГУ имени М. В. Ломоносова Дарья Смирновская."
    assert person_names(text) == ["Дарья Смирновская"]  # not the university's namesake; a woman's "-ская"
    assert person_names("students of the Diplomatic Academy named after Kazy Dikambaev") == []
