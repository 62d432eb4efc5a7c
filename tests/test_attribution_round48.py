"""Who said what, rounds 48 to 50: cases of three labelled rounds of real pages once read (a wire's weekday is no
speaker; a dateline with a hyphen; a long post before a name and "has said"; "the Indian official" and "Russian
envoy" of an item; a possessive country and a possessive speaker; a body "в Исполкоме …"; an emoji before a name; an
inverted Russian subject for "по его словам"; the expert of an analysis named in its byline; "как вчера заявил «Ъ»
X"; "не исключил"; a quotation closed by a name with a lower-case post or by "- said X"; a post before its body's
initials; a numbered release's title; "According to him" without a comma; "heads of member states"; "придает
импульс"; "Глава государства"; dashed speech closed by its source; "со своей стороны"; a minister who relays on X
what the president said; "Макея" and "Макей"; "Brunei Darussalam")."""

from __future__ import annotations

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names, surname_key
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.titles import title_speaker
from scotopics.models.attribution.trailing import trailing_source


def test_a_wire_s_weekday_is_no_speaker():
    found = attribute(
        "Trade will top the agenda, Wu Peilin, head of the planning department of the ministry, said Friday."
    )
    assert found.speaker == "Wu Peilin"
    found = attribute("Dushanbe - The SCO Council of Foreign Ministers, Thursday, unanimously adopted the plan.")
    assert found.speaker == "the SCO Council of Foreign Ministers"


def test_a_long_post_before_a_name_and_an_auxiliary():
    found = attribute(
        "Tehran, IRNA – Iran’s Deputy Foreign Minister for Legal and International Affairs Reza Kamali has said that "
        "the bloc is growing."
    )
    assert (found.speaker, found.verb) == ("Reza Kamali", "said")


def test_an_official_named_by_nationality_only(default_resolver):
    document = SpeakerDocument(
        "SCO security talks open in Astana",
        (
            ("Prime Minister Narendra Modi sent greetings to the meeting.",),
            ("The Russian deputy chief of mission Oleg Dubov spoke to reporters after the session.",),
            ("Russian envoy told the reporters that Moscow favours a common position.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Oleg Dubov"
    document = SpeakerDocument(
        "India urges SCO partners to shun double standards",
        (
            ("National Security Advisor Vikram Sood addressed the meeting in Astana.",),
            ("The Indian official stressed the need to stop terror financing.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Vikram Sood"


def test_a_possessive_country_and_a_possessive_speaker(default_resolver):
    document = SpeakerDocument(
        "Belarus eyes SCO projects",
        (
            ("Belarus aims to work within the SCO, Prime Minister Pavel Lyutko said in a television interview.",),
            ("Speaking about the BRICS, Belarus’ Prime Minister noted that new associations are emerging.",),
            ("President Omarov’s proposal for a water centre drew support.", '"Rivers know no borders," he stated.'),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Pavel Lyutko"
    assert default_resolver.resolve(document, 2, 1).speaker != "President Omarov’s"


def test_a_body_in_the_prepositional_and_an_emoji():
    found = attribute(
        "Такая система нужна всем странам, считают в Исполкоме Региональной антитеррористической структуры."
    )
    assert found.speaker == "Исполком Региональной антитеррористической структуры"
    assert attribute("❗️Также Рахимзода отметил, что диалог важен.").speaker == "Рахимзода"


def test_an_inverted_subject_is_the_one_his_words_are(default_resolver):
    document = SpeakerDocument(
        "Эксперты о вступлении Беларуси в ШОС",
        (
            ("Российский политолог Олег Карпов высказался о вступлении Беларуси в ШОС.",),
            (
                "Ранее своё мнение высказал и казахстанский политолог Ерлан Сатов.",
                "По его словам, вступление Беларуси в ШОС – закономерный процесс.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 1, 1).speaker == "Ерлан Сатов"


def test_the_expert_of_an_analysis_named_under_its_title(default_resolver):
    document = SpeakerDocument(
        "ШОС и кризис: взгляд аналитика",
        (
            ("Мировой кризис ударил по странам региона.",),
            ("Основным итогом эксперт назвал рост торговли в национальных валютах.",),
        ),
        header=("Аналитика", "12.05.2010 Павел Орлов, старший научный сотрудник института"),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Павел Орлов"
    assert person_names("Политолог Орлов назвал итоги саммита") == []  # "Политолог" is no given name
    assert person_names("объявит на саммите в Екатеринбурге Пекин") == []  # a city after a place in the locative


def test_an_aside_with_its_day_and_outlet_and_not_ruling_out():
    found = attribute('При этом, как вчера заявил "Ъ" помощник президента РФ Игорь Осипов, Москва за расширение.')
    assert (found.speaker, found.verb) == ("Игорь Осипов", "заявил")
    found = attribute("Хакимов не исключил, что решение примут в следующем году.")
    assert (found.speaker, found.verb) == ("Хакимов", "не исключил")


def test_a_quotation_closed_by_a_name_with_its_post_or_a_dash():
    found = trailing_source(
        'Media build the image of a country," Asad Ali, president of the Press Club, told the Daily Star.'
    )
    assert found == ("Asad Ali", "told")
    assert trailing_source('It opens a dialogue with the organization, "- said Mammadov.') == ("Mammadov", "said")
    assert trailing_source('Our commitment is firm," Jaiswal posted on X.') == ("Jaiswal", "posted")
    found = attribute("Nepal wants to join, the country's top diplomat stated.")
    assert (found.speaker, found.verb) == ("the country's top diplomat", "stated")


def test_a_post_before_its_body_s_initials(default_resolver):
    document = SpeakerDocument(
        "Chairman JCSC visits Peace Mission exercise",
        (
            ("Chairman Joint Chiefs of Staff Committee (JCSC) General Tariq Mir visited the exercise.",),
            ("Chairman JCSC also highlighted the sacrifices of the armed forces in the war against terrorism.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Tariq Mir"


def test_a_numbered_release_s_title_and_according_to_him(default_resolver):
    title = (
        "QA-7, 9 March 2014, Statement of the Spokesman of the Ministry of Foreign Affairs in Response to a Question"
    )
    assert title_speaker(title) == "the Spokesman of the Ministry of Foreign Affairs"
    found = attribute("According to him this is in line with the country’s foreign policy.")
    assert (found.speaker, found.verb) == ("he", "according to")  # "him": the person before, as below
    document = SpeakerDocument(
        "Kuwait joins SCO as dialogue partner",
        (("Ambassador Fahad Al-Ajmi welcomed the decision.", "According to him this is in line with its policy."),),
    )
    assert default_resolver.resolve(document, 0, 1).speaker == "Fahad Al-Ajmi"
    assert attribute("It may be mentioned here that both states back a political solution.").speaker is None


def test_heads_of_member_states_are_no_group_that_speaks(default_resolver):
    document = SpeakerDocument(
        "SCO defence cooperation deepens",
        (
            (
                "Under the guidance of the heads of member states, the defence ministries have deepened their ties.",
                "The SCO has become a major constructive force in regional affairs.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 1).speaker != "states"


def test_what_gives_an_impulse_says_nothing_and_the_head_of_state_is_no_group(default_resolver):
    assert attribute("Расширение Организации открывает новые возможности и придает импульс ее развитию.").verb is None
    assert attribute("Казахстан придает большое значение этой встрече.").speaker == "Казахстан"
    document = SpeakerDocument(
        "Отдельно Глава государства остановился на реформе ШОС",
        (
            (
                "– Перед нами стоит задача совершенствования деятельности ШОС.",
                "Расширение Организации придает импульс ее развитию.",
                "Мы выступаем за усиление роли Секретариата, – подчеркнул Президент.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Президент"  # the source closing the dashed speech
    assert default_resolver.resolve(document, 0, 1).speaker == "Президент"


def test_for_his_part_in_russian_and_a_relay_on_x():
    assert attribute("Лавров со своей стороны подчеркнул, что Россия поддержит председательство.").speaker == "Лавров"
    found = attribute(
        "President Rustam Karimov emphasized at the summit that the SCO embodies mutual respect, Foreign Minister "
        "Alisher Nazarov wrote on X."
    )
    assert found.speaker == "Rustam Karimov"  # the minister passes on what the president said


def test_a_surname_in_ey_and_its_cases_share_a_key():
    assert surname_key("В.Макея") == surname_key("Владимир Макей") == surname_key("Макеем")
    assert person_names("Ambassador of Brunei Darussalam to China") == []
