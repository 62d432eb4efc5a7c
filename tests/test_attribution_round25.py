"""Russian speaker cases met on the labelled real pages of round 25, written anew: a woman's name in an oblique
case, a patronymic in an oblique case, a place's adjective that is no name, the foreign minister named by the
epithet of his ministry and his country, an office whose holder the text does not name, the relay of a quotation
in brackets, where a source spoke after its pronoun, relative clauses, a participle before the subject, and an adjective before the subject noun ("российский лидер")."""

from __future__ import annotations

import pytest

from scotopics.models.attribution import SpeakerDocument, attribute, person_names
from scotopics.models.attribution.document import canonical
from scotopics.models.attribution.lists import list_introduction
from scotopics.models.attribution.names import nominative, person_mentions
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.quotations import quotation_source


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("По словам Марии Захаровой, встреча пройдёт в Минске.", "Мария Захарова"),
        ("По мнению Анны Кузнецовой, форум стал площадкой для диалога.", "Анна Кузнецова"),
        ("По словам Натальи Ивановны Смирновой, выставка открыта до мая.", "Наталья Ивановна Смирнова"),
        ("По словам Сергея Викторовича Лаврова, повестка согласована.", "Сергей Викторович Лавров"),
    ],
)
def test_a_name_in_an_oblique_case_is_found_whole_and_put_in_the_nominative(sentence, name):
    assert person_mentions(sentence) == (name,)


def test_a_womans_name_alone_is_put_in_the_nominative():
    assert nominative("Марии Захаровой") == "Мария Захарова"
    assert nominative("официального представителя МИД Марии Захаровой").endswith("Мария Захарова")


@pytest.mark.parametrize(
    "text",
    [
        "2. Утверждены Типовой меморандум об обязательствах государства-заявителя.",
        "Стороны обсудили положение на Южном Кавказе и на Ближнем Востоке.",
        "Выставка открылась в Государственном Эрмитаже.",
        "Делегации приняли участие в Российской Федерации и Всемирной Торговой организации.",
    ],
)
def test_a_participle_or_a_places_adjective_is_no_persons_name(text):
    assert person_names(text) == []


def test_a_given_name_in_the_instrumental_still_starts_a_name():
    assert person_names("Он встретился с Русланом Казакбаевым.") == ["Русланом Казакбаевым"]


_TWO_MINISTERS = [
    "Товарооборот двух стран вырос. Об этом заявил глава МИД Казахстана Ерлан Саиров на встрече с российским "
    "коллегой Сергеем Лавровым в Москве.",
    "В ходе переговоров с Ерланом Саировым Сергей Лавров отметил перспективы сотрудничества.",
]
_BOTH_KNOWN = {"саиров": "Ерлан Саиров", "лавров": "Сергей Лавров"}


@pytest.mark.parametrize(
    ("office", "holder"),
    [
        ("глава МИД России", "Сергей Лавров"),
        ("главы МИД России", "Сергей Лавров"),
        ("глава российского дипведомства", "Сергей Лавров"),
        ("глава МИД Казахстана", "Ерлан Саиров"),
    ],
)
def test_a_foreign_minister_named_by_his_ministry_is_the_one_of_that_country(office, holder):
    assert find_office_holder(office, _TWO_MINISTERS, _BOTH_KNOWN) == holder


def test_the_epithet_of_the_ministry_finds_its_head_named_by_the_same_epithet():
    texts = ["Об этом заявил журналистам глава МИД РФ Сергей Лавров после заседания в Душанбе."]
    assert find_office_holder("глава МИД России", texts, {"лавров": "Сергей Лавров"}) == "Сергей Лавров"


def test_an_office_is_not_held_by_the_one_person_named_with_another_office():
    texts = ["Министр инновационного развития Ибрагим Каримов предложил создать сеть технопарков."]
    assert find_office_holder("Представитель Секретариата ШОС", texts, {"каримов": "Ибрагим Каримов"}) is None


def test_the_relay_of_a_quotation_in_brackets_is_not_part_of_its_source():
    sentence = "«Видим большой потенциал в энергетике», — сказал глава российского дипведомства (цитата по ТАСС)."
    assert quotation_source(sentence) == ("глава российского дипведомства", "сказал")


def test_where_a_source_spoke_after_its_pronoun_is_not_part_of_it():
    sentence = "«Назрела необходимость сотрудничества», — заявил он в опубликованном во вторник интервью агентству."
    assert quotation_source(sentence) == ("он", "заявил")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Рахмон, который в этом году председательствует в ШОС, также назвал задачи организации.", "Рахмон"),
        ("Министр, который впервые посетил Ташкент, отметил рост торговли.", "Министр"),
        ("Эксперты изучили ряд моментов, которые подчеркивают важность энергетики.", None),
        ("Ранее в своем выступлении российский лидер также отметил, что важна энергетика.", "российский лидер"),
        ("Кроме того, белорусская сторона выступила за создание реестра проектов.", "белорусская сторона"),
        (
            "Председательствовавший на совещании министр сельского хозяйства Узбекистана Бахтиёр Хамидов отметил "
            "рост урожая.",
            "Бахтиёр Хамидов",
        ),
    ],
)
def test_a_subject_before_a_relative_clause_or_after_a_participle_speaks(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_the_foreign_minister_by_his_ministrys_epithet_is_the_person_the_document_names():
    document = SpeakerDocument(
        "Лавров: Запад пытается ослабить союзников",
        (
            ("Об этом заявил журналистам глава МИД РФ Сергей Лавров после заседания СМИД СНГ в Душанбе.",),
            ("Также глава МИД России подчеркнул, что участники высказались за укрепление Содружества.",),
        ),
    )
    assert canonical(document, "глава МИД России") == "Сергей Лавров"


def test_items_of_a_nested_list_speak_for_whoever_introduced_the_outer_list():
    document = SpeakerDocument(
        "Итоги саммита",
        (
            ("По итогам саммита главы государств подписали и приняли следующие документы:",),
            ("1. Астанинскую декларацию Совета глав государств.",),
            ("2. Решение Совета глав государств об утверждении документов:",),
            ("— Стратегию развития организации до 2035 года;",),
            ("— Программу сотрудничества в борьбе с наркотиками на 2026-2030 годы;",),
            ("— План мероприятий по реализации Стратегии.",),
            ("3. Решение Совета глав государств о предоставлении Лаосу статуса партнера по диалогу.",),
        ),
    )
    speakers = {list_introduction(document, index)[1] for index in range(1, 7)}
    assert speakers == {"главы государств"}
