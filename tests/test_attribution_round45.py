"""Who said what, round 45: cases of a labelled round of real pages once read (an office named alone after its
holder, with a rank before the name; a point's number is no subject; the points of a proposal inside one
paragraph; a ministry that reports what its minister said; "he further added"; a speech's listener is no
speaker; "Full text of Zhao's address"; an office's "remarks at"; a site's path before the title; Russian
"напоминал", "цитирует X его пресс-служба" and a man's name given in full only in the genitive)."""

from __future__ import annotations

from scotopics.models.announcements import announces
from scotopics.models.attribution.cases import man_in_nominative
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.person_fallbacks import said_by_one
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.titles import site_path, title_speaker


def test_an_office_named_alone_is_its_holder_named_before(default_resolver):
    document = SpeakerDocument(
        "Beijing welcomes Nepal's interest in the SCO",
        (
            ('"Nepal is a valued dialogue partner," spokeswoman Hua Lanying told reporters on Tuesday.',),
            ("China will study the request together with the other members, the spokeswoman added.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Hua Lanying"


def test_a_rank_before_the_name_and_the_adviser_alone(default_resolver):
    document = SpeakerDocument(
        "Adviser calls for joint action against terror financing",
        (
            ("National Security Adviser Lt. Gen. (Retd) Tariq Mahmood Awan said that terror financing had to stop.",),
            ("He spoke at the meeting of the security council secretaries in Astana.",),
            ("In his formal statement, the adviser said the region needed a common database of couriers.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Tariq Mahmood Awan"


def test_a_point_s_number_is_no_subject():
    assert attribute("Third, advocate openness and promote connected development.").speaker is None
    assert attribute("Fourth, support each other in hard times.").speaker is None


def test_the_points_of_a_proposal_inside_one_paragraph(default_resolver):
    document = SpeakerDocument(
        "Foreign ministers meet in Bishkek",
        (
            ("On 12 May, Foreign Minister Zhao Lei attended the meeting of the Council of Foreign Ministers.",),
            ("Zhao Lei said that the region faced new risks.",),
            (
                "Zhao Lei made a four-point proposal.",
                "First, strengthen trust.",
                "All parties should firmly support each other's core interests.",
                "Second, deepen trade.",
            ),
        ),
    )
    for sentence in (1, 2, 3):
        assert default_resolver.resolve(document, 2, sentence).speaker == "Zhao Lei"
    assert announces("Zhao Lei made a four-point proposal.")
    assert announces("The country has the following proposals:")
    assert not announces("Zhao Lei made a four-point proposal for the work of the secretariat next year.")


def test_a_ministry_reports_what_its_minister_said():
    found = attribute("According to the Tajik Ministry, Rahimov highlighted the hydropower potential of the country.")
    assert (found.speaker, found.verb) == ("Rahimov", "highlighted")
    found = attribute("According to the ministry, the countries agreed to expand trade.")
    assert found.speaker == "the ministry"  # no person named after it: the ministry is the source


def test_he_further_added_is_one_person_s_source():
    assert said_by_one('This makes the SCO a trans-regional organisation," he further added.')
    assert said_by_one('It keeps growing," he said.')
    assert not said_by_one("The member states adopted the plan.")


def test_a_speech_s_listener_is_no_speaker(default_resolver):
    document = SpeakerDocument(
        "SPEECH AT THE MEETING OF THE COUNCIL OF HEADS OF STATE",
        (
            ("Dear Ivan Ivanovich,",),
            ("I would like to thank the President of the host country, Mr. Ivan Ivanovich Sokolov, for his work.",),
            ("The pandemic is a global threat.", "We must act together against it."),
        ),
    )
    for sentence in (0, 1):
        assert default_resolver.resolve(document, 2, sentence).speaker != "Ivan Ivanovich Sokolov"


def test_a_congratulated_person_holds_no_office_of_the_title(default_resolver):
    document = SpeakerDocument(
        "UNODC Executive Director remarks at SCO side event",
        (
            ("Allow me to begin by congratulating Mr. Zhao Lei on being appointed Secretary-General.",),
            ("I am pleased to join the SCO again to reaffirm our commitment to address the drug problem.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "the UNODC Executive Director"
    assert title_speaker("UNODC Executive Director remarks at SCO side event") == "the UNODC Executive Director"
    assert title_speaker("Russian Prime Minister's remarks to the Council") == "the Russian Prime Minister"


def test_a_surname_s_address_in_the_title(default_resolver):
    document = SpeakerDocument(
        "Full text of Zhao's address at SCO summit",
        (
            ("Chinese President Zhao Lei delivered a speech at the summit on Tuesday.",),
            ("At the forefront of this trend is the SCO, upholding the Shanghai Spirit.",),
        ),
    )
    assert document.speaker == "Zhao Lei"
    assert default_resolver.resolve(document, 1, 0).speaker == "Zhao Lei"


def test_a_site_s_path_is_no_title():
    assert site_path("HOME > News")
    assert site_path("Главная > Новости")
    assert not site_path("Home // Visits // Statement by the Minister at the SCO meeting in Astana")
    assert not site_path("Spokesperson's Remarks")


def test_russian_reminded_and_cited_by_his_service():
    found = attribute("Ранее в своем выступлении глава кабмина Марат Оспанов напоминал о желании создать фонд.")
    assert (found.speaker, found.verb) == ("Марат Оспанов", "напоминал")
    found = attribute("«Такой формат нужен для прямого общения», – цитирует Сомова его пресс-служба.")
    assert found.speaker == "Сомов"


def test_a_man_s_name_in_the_genitive_is_written_in_the_nominative(default_resolver):
    assert man_in_nominative("Виктора Сомова", "… – сказал Сомов.") == "Виктор Сомов"
    assert man_in_nominative("Аида Балаева", "– сказала Балаева.") == "Аида Балаева"  # a woman, as written
    assert man_in_nominative("Виктора Сомова", "ни слова о нём") == "Виктора Сомова"  # no nominative seen
    document = SpeakerDocument(
        "О заявлениях Виктора Сомова на форуме",
        (
            ("Форум регионов прошёл в Омске.",),
            ("«Торговля растёт. Инвестиции тоже растут», – сказал Сомов.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Виктор Сомов"
