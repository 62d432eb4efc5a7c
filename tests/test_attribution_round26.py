"""Speaker cases met on the labelled real pages of round 26, written anew: a nationality is a title only before
one, a headline's lone surname holds the post the text gives him, a woman's given name in the nominative stays
as written, a name far after its office in the genitive, the one person Russian news quote as "политик" or
"собеседник", where a source spoke on air, quotations listed with semicolons under dashes, the subject after
"о чем сказал", and a dam that is no person."""

from __future__ import annotations

from scotopics.models.attribution import SpeakerDocument, attribute, person_names
from scotopics.models.attribution.document import canonical
from scotopics.models.attribution.lists import list_introduction
from scotopics.models.attribution.names import nominative, person_mentions
from scotopics.models.attribution.offices import find_office_holder
from scotopics.models.attribution.quotations import quotation_source


def test_a_nationality_before_a_place_is_no_title_of_the_person_after_it():
    texts = [
        "On the eve of the summit in the Russian Urals city of Yekaterinburg, Bolat Omarov told reporters "
        "that the leaders would sign a declaration."
    ]
    assert find_office_holder("the SCO secretary-general", texts, {"omarov": "Bolat Omarov"}) == "Bolat Omarov"


def test_a_headlines_lone_surname_holds_the_post_the_text_gives_him():
    document = SpeakerDocument(
        "Rajan calls for firm action against terrorism at SCO meet",
        (
            ("Rajan said the SCO must stay true to its founding objectives.",),
            ("Rajan also met his Chinese counterpart on the sidelines.",),
            ("The External Affairs Minister then highlighted the growing weight of the SCO.",),
        ),
    )
    assert canonical(document, "The External Affairs Minister") == "Rajan"


def test_a_womans_given_name_in_the_nominative_stays_as_written():
    assert nominative("Мария Захарова") == "Мария Захарова"
    assert person_mentions("В интервью Ольга Смирнова рассказала о форуме.") == ("Ольга Смирнова",)
    assert nominative("Сергея Лаврова") == "Сергей Лавров"


def test_a_name_several_words_after_its_office_in_the_genitive_is_put_in_the_nominative():
    text = "Слова национального координатора Российской Федерации в этой организации Бахтиера Каримова о том, что"
    assert person_mentions(text) == ("Бахтиер Каримов",)


def test_the_one_person_russian_news_quote_as_politician_or_interlocutor_is_the_person_named():
    document = SpeakerDocument(
        "Генсек опроверг предположения о кризисе Содружества",
        (
            ("Генеральный секретарь СНГ Сергей Власов заявил, что Содружество сохранит единство.",),
            ("Их не скрывают, а наоборот, открыто обсуждают, заключил политик.",),
        ),
    )
    assert canonical(document, "политик") == "Сергей Власов"
    assert canonical(document, "собеседник агентства") == "Сергей Власов"


def test_where_a_source_spoke_on_air_is_no_part_of_the_source():
    assert quotation_source("«Конечно же, нет», — сказал Зась в эфире СТВ.") == ("Зась", "сказал")


def test_quotations_listed_with_semicolons_under_dashes_speak_for_the_introducer():
    document = SpeakerDocument(
        "Главное о встрече",
        (
            ("Прошла неформальная встреча лидеров.", "Главное, о чем сказал Президент РФ В.Путин:"),
            ("-",),
            ("«Сотрудничество стран Содружества идёт успешно»;",),
            ("-",),
            ("«Русский язык является объединяющей силой»;",),
        ),
    )
    assert attribute("Главное, о чем сказал Президент РФ В.Путин:").speaker == "В.Путин"
    assert list_introduction(document, 5)[1] == "В.Путин"


def test_a_dam_or_a_hall_is_no_person():
    assert person_names("India built the parliament building and the Salma Dam.") == []
    assert person_names("Leaders met in the Great Hall of the People.") == []
