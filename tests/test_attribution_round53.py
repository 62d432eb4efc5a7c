"""Who said what, round 53: cases of a labelled round of real pages once read (a speech's office not held by the
organisation's official its salutation greets; interviews whose questions run over three sentences, or whose title
says "X's joint written interview"; "Asked if …, X explained"; "According to them,"; "reviewed and approved" against
a plan "finalised and approved at …"; a post with "of the" after the verb; "X quoted Y as saying" and "Y was quoted
as saying"; "припомнил", "призывал"; a declaration's "(далее – ШОС)"; an office with the body's initials in
brackets; "X delivered an address …, calling on …"; a quotation a page breaks over two lines; "Об этом …" with a long
circumstance; an envoy "for … affairs")."""

from __future__ import annotations

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.national_holders import country_person
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.single_office import SINGLE_OFFICE
from scotopics.models.attribution.titles import title_speaker
from scotopics.models.attribution.transcripts import asks


def test_a_speech_s_office_is_not_held_by_the_official_its_salutation_greets(default_resolver):
    document = SpeakerDocument(
        "Statement of the Prime Minister of Nepal at the SCO Heads of Government Meeting",
        (
            ("Honourable Premier Wang Lei,",),
            ("SCO Secretary General Arman Kasymov,",),
            ("It is an honour to address this Council.",),
            ("Our region has changed a great deal.", "Trade across our borders has doubled in ten years."),
        ),
    )
    assert default_resolver.resolve(document, 3, 1).speaker == "the Prime Minister of Nepal"
    text = "Honourable Premier Wang Lei, SCO Secretary General Arman Kasymov, ladies and gentlemen."
    assert country_person(["Wang Lei", "Arman Kasymov"], "the Prime Minister of Nepal", text) is None
    text = "Premier Wang Lei welcomed Kyrgyz President Asan Bekov and Tajik President Davron Saidov."
    assert country_person(["Wang Lei", "Asan Bekov", "Davron Saidov"], "the Tajik leader", text) == "Davron Saidov"


_WRITTEN_INTERVIEW = (
    (
        "The summit of the organisation will open in Dushanbe next week. What do you expect of it? What will you propose?",
    ),
    ("The organisation has grown steadily since its founding.", "Its members trust one another more than before."),
    ("How do you see trade within the organisation?",),
    ("Trade keeps growing.", "We want to open new routes to the sea."),
)


def test_interview_questions_of_one_statement_and_two_questions(default_resolver):
    assert asks(_WRITTEN_INTERVIEW[0])
    assert not asks(("The forum closed.", "Many questions stayed open.", "Who will pay?", "Nobody knows."))
    lead = (
        "Before the summit, Chinese President Li Wei accepted a joint written interview with media of the member "
        "states. The full text follows:",
    )
    document = SpeakerDocument("Li Wei on the organisation's future", (lead, *_WRITTEN_INTERVIEW))
    assert default_resolver.resolve(document, 2, 1).speaker == "Li Wei"
    document = SpeakerDocument("Full text: President Li's joint written interview with media", _WRITTEN_INTERVIEW)
    assert default_resolver.resolve(document, 1, 0).speaker == "President Li"
    assert default_resolver.resolve(document, 3, 1).speaker == "President Li"


def test_asked_if_opens_a_clause_whose_subject_follows():
    found = attribute("Asked if the summit would admit new members, Khalilov explained that no request was ready.")
    assert (found.speaker, found.verb) == ("Khalilov", "explained")
    found = attribute("Asked whether the bank would open soon, the minister said that talks went on.")
    assert found.speaker == "the minister"


def test_according_to_them_is_the_group_named_before(default_resolver):
    assert attribute("According to them, the programme will train a thousand specialists.").speaker is None
    document = SpeakerDocument(
        "Secretary-General meets company executives",
        (
            ("The Secretary-General met representatives of the Silk Trade Group.",),
            ("According to them, the company will train a thousand specialists for the region.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker != "them"


def test_verbs_coordinated_before_the_verb_and_a_participle_s_thing():
    found = attribute("The heads of state reviewed and approved the development strategy.")
    assert (found.speaker, found.verb) == ("the heads of state", "approved")
    found = attribute("The action plan finalised and approved at the conference aims to promote tourism.")
    assert found.speaker is None


def test_a_post_with_of_the_after_the_verb():
    found = attribute(
        "The member states do much to fight drug trafficking, noted Secretary of the Security Council of the "
        "Republic of Belarus Pavel Volkov."
    )
    assert (found.speaker, found.verb) == ("Pavel Volkov", "noted")


def test_quoted_as_saying():
    found = attribute('The agency quoted the special envoy for Eurasian affairs as saying: "The status is agreed."')
    assert (found.speaker, found.verb) == ("the special envoy for Eurasian affairs", "said")
    assert attribute("Xinhua quoted Nurlan Abenov as saying that the bank would open.").speaker == "Nurlan Abenov"
    assert attribute("Foreign Minister Nurlan Abenov was quoted as saying the bank would open.").speaker == (
        "Nurlan Abenov"
    )
    assert SINGLE_OFFICE.match("the special envoy for Eurasian affairs")


def test_an_envoy_for_affairs_is_the_one_the_text_names(default_resolver):
    document = SpeakerDocument(
        "Three states to become dialogue partners",
        (
            ("The Presidential Envoy for the organisation Timur Sadykov said the decision was agreed.",),
            ('The agency quoted the presidential envoy for Eurasian affairs as saying: "It will be signed."',),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Timur Sadykov"


def test_russian_verbs_of_recalling_and_calling():
    found = attribute("Как припомнил министр в своей статье, организация была создана двадцать лет назад.")
    assert (found.speaker, found.verb) == ("министр", "припомнил")
    found = attribute("Премьер призывал развивать торговлю в национальных валютах.")
    assert (found.speaker, found.verb) == ("Премьер", "призывал")


def test_a_declaration_s_authors_without_its_definition_bracket(default_resolver):
    assert title_speaker("Заявление о сотрудничестве в области энергетики") is None  # (what about, not who)
    document = SpeakerDocument(
        "Заявление о сотрудничестве в области энергетики",
        (
            (
                "Мы, главы государств-членов Шанхайской организации сотрудничества (далее – ШОС), признаем важность "
                "энергетики.",
                "Подтверждаем нашу решимость развивать сотрудничество.",
            ),
        ),
    )
    found = default_resolver.resolve(document, 0, 1).speaker
    assert found == "главы государств-членов Шанхайской организации сотрудничества"


def test_an_office_with_the_body_s_initials_in_brackets(default_resolver):
    document = SpeakerDocument(
        "Iran to become a full member, Secretary-General says",
        (
            ("The secretary general of the Shanghai Cooperation Organization (SCO) says the decision is ready.",),
            ("Secretary-General Wang Hong made the remarks in Tehran on Tuesday.",),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Wang Hong"


def test_an_address_then_calling_on():
    found = attribute("Karimi delivered a strong address at the meeting, calling on the members to act together.")
    assert (found.speaker, found.verb) == ("Karimi", "calling")


def test_a_quotation_a_page_breaks_over_two_lines(default_resolver):
    document = SpeakerDocument(
        "Рахимов призвал помочь соседям",
        (
            ("Президент Эмиль Рахимов призвал мировое сообщество помочь соседней стране.",),
            ("«Наша страна призывала и призывает оказать помощь соседям и поддерживает усилия по процессу",),
            ("национального примирения», – сказал глава государства.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Эмиль Рахимов"


def test_this_was_stated_after_a_long_circumstance(default_resolver):
    document = SpeakerDocument(
        "ШОС вносит вклад в безопасность — Орлов",
        (
            (
                "Организация вносит заметный вклад в безопасность региона.",
                "Об этом на проходящей в четверг в Бишкеке встрече секретарей советов безопасности государств-членов "
                "ШОС заявил секретарь Совбеза Игорь Орлов.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Игорь Орлов"


def test_a_country_s_stance_inside_a_person_s_speech(default_resolver):
    document = SpeakerDocument(
        "Premier attends the council of heads of government",
        (
            (
                "In his speech, Premier Zhao Lin said that the summit had reached important understandings.",
                "China is ready to work with all other parties to carry them out.",
            ),
            (
                "Zhao Lin stressed that the Secretariat's role should grow.",
                "China has consistently supported the work of the Secretariat.",
            ),
            (
                "President Ilham Karimov of Uzbekistan said trade had grown.",
                "Uzbekistan called for a plan to remove trade barriers.",
            ),
            ("The parties have agreed to meet again next year.",),
        ),
    )
    assert default_resolver.resolve(document, 0, 1).speaker == "Zhao Lin"
    assert default_resolver.resolve(document, 1, 1).speaker == "Zhao Lin"
    assert default_resolver.resolve(document, 2, 1).speaker == "Uzbekistan"  # its own act, reported
    assert default_resolver.resolve(document, 3, 0).speaker == "the parties"


def test_a_title_s_office_and_surname_name_a_person():
    assert title_speaker("President Bekov's interview with Kabar") == "President Bekov"
    assert title_speaker("Remarks by Foreign Minister Sato at the SCO Plus meeting") == "Foreign Minister Sato"
    assert title_speaker("Interview of the Foreign Minister of Belarus") == "the Foreign Minister of Belarus"
    assert title_speaker("Speech of the Kazakh President at the summit") == "the Kazakh President"
