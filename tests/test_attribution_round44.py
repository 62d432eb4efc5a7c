"""Who said what, round 44: cases of a labelled round of real pages once read (Arabic names with "bin", "al-" and
"el-"; "His Excellency" as the person before and "HE the Prime Minister …"; a page's "Text Size" widget is no person;
"Кроме того, в МИД … отметили"; an aside whose office has initials, before a dash)."""

from __future__ import annotations

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.rules import attribute


def test_arabic_names_keep_their_particles():
    assert person_names("Nourhan el-Sheikh, a professor at Cairo University, said") == ["Nourhan el-Sheikh"]
    assert person_names("Ali al-Hefny said the move was natural.") == ["Ali al-Hefny"]
    assert person_names("Crown Prince Mohammed bin Salman Al Saud noted the role") == ["Mohammed bin Salman Al Saud"]
    assert person_names("the minister of the economy Ali Khan") == ["Ali Khan"]


def test_his_excellency_is_the_person_before(default_resolver):
    document = SpeakerDocument(
        "Qatar's Prime Minister addresses the heads of government",
        (
            ("Prime Minister and Minister of Foreign Affairs Khalid bin Hamad Al Marri attended the meeting.",),
            ("His Excellency affirmed that Qatar's vision aligns with the principles of the Charter.",),
            ("In this context, HE the Prime Minister and Minister of Foreign Affairs stated that trade would grow.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Khalid bin Hamad Al Marri"
    assert default_resolver.resolve(document, 2, 0).speaker == "Khalid bin Hamad Al Marri"


def test_a_page_widget_is_no_person():
    assert person_names("Text Size") == []


def test_a_body_reports_after_a_linking_word():
    found = attribute("Кроме того, в МИД Афганистана отметили необходимость продолжения помощи.")
    assert (found.speaker, found.verb) == ("МИД Афганистана", "отметили")
    assert attribute("Кроме того, в Бишкеке заявили, что всё готово.").speaker is None


def test_an_aside_with_an_office_s_initials_before_a_dash():
    found = attribute("Уфимская, подчеркнул Президент ТПП РФ, – одна из важнейших площадок.")
    assert (found.speaker, found.verb) == ("Президент ТПП РФ", "подчеркнул")
