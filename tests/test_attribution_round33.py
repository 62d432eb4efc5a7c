"""Who said what, round 33: cases of the twentieth labelled round once read (an office after a country's
possessive, a post and a surname, a quotation that goes on in the first person, the writer's other name for a
quoted person, "X quoted Y as saying", long titles before a name, a speech's author under its title, "say")."""

from __future__ import annotations

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.rules import attribute
from scotopics.models.attribution.single_office import SINGLE_OFFICE
from scotopics.models.attribution.sources import names_the_source_before
from scotopics.models.attribution.speaker_types import titled_surname
from scotopics.models.attribution.trailing import trailing_source


def test_an_office_after_a_countrys_possessive_is_its_holder_named_later(default_resolver):
    assert SINGLE_OFFICE.match("China's vice minister of commerce")
    document = SpeakerDocument(
        "SCO trade ministers asked to keep markets open",
        (
            (
                "QINGDAO, May 12 (Xinhua) -- China's vice minister of commerce on Monday urged SCO members to cut "
                "non-tariff barriers.",
            ),
            ("Wang Lihua, who also serves as a trade negotiator, made the remarks at a business forum.",),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Wang Lihua"


def test_a_top_security_official_is_the_security_council_secretary_named_next(default_resolver):
    document = SpeakerDocument(
        "Official expects quick progress on membership",
        (
            ("TEHRAN -- Iran's top security official says the country will complete its accession next year.",),
            (
                "Reza Karimi, secretary of Iran's Supreme National Security Council, said in a post that talks went "
                "well.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Reza Karimi"


def test_a_post_and_a_surname_hold_the_floor_through_a_quotation_in_the_first_person(default_resolver):
    assert titled_surname("Prime Minister Sharma") and titled_surname("President Karimov")
    assert not titled_surname("President Russia") and not titled_surname("Sharma")
    document = SpeakerDocument(
        "Leaders condemn the attack",
        (
            ("The heads of state condemned the bombing in the border town.",),
            (
                "Earlier, Prime Minister Sharma said his country had suffered from terrorism for decades.",
                "\u201cLast month we lost forty people in one attack.",
                "This was not an attack on one nation only, but on every nation that values peace.",
                "Can support for terrorists by some states be tolerated?\u201d",
            ),
            ("Prime Minister Sharma, President Karimov and Premier Li met later in the day.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 2).speaker.endswith("Sharma")  # no first person in the sentence itself
    assert default_resolver.resolve(document, 1, 3).speaker.endswith("Sharma")  # the sentence that closes the quotation


def test_the_prime_minister_is_the_surname_his_post_names_not_the_next_full_name(default_resolver):
    document = SpeakerDocument(
        "Summit ends with a declaration",
        (
            ("Earlier, Prime Minister Sharma said terrorism is the main threat to the region.",),
            ("The Prime Minister said stability is needed for every country's growth.",),
            ("Prime Minister Sharma, Russian President Pavel Orlov and Chinese Premier Li Ming were seen together.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Sharma"


def test_the_writers_other_name_for_a_quoted_person_is_that_person(default_resolver):
    document = SpeakerDocument(
        "Ministers to discuss a plan for Afghanistan",
        (
            (
                "The foreign ministers meet in Dushanbe on Tuesday.",
                "External Affairs Minister Rakesh Verma will attend.",
            ),
            (
                "\u201cWe plan to discuss a new initiative on reconstruction,\u201d Ivanov told TASS.",
                "\u201cWe believe such a document should be approved at the level of heads of government.",
                "It is crucial to draft a solid document,\u201d said the Russian Foreign Ministry\u2019s "
                "Ambassador at Large.",
            ),
            ("Special Presidential Envoy for SCO Affairs Pyotr Ivanov will attend the meeting.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 2).speaker == "Pyotr Ivanov"
    assert default_resolver.resolve(document, 1, 1).speaker == "Pyotr Ivanov"
    # "we" in a quotation that goes on after its source is that source, not the first person named
    before = ["Special Envoy Pyotr Ivanov will attend.", document.paragraphs[1][0]]
    assert attribute(document.paragraphs[1][1], before).speaker == "Pyotr Ivanov"


def test_a_long_post_before_a_name_and_a_source_after_said():
    assert person_names("Russian First Deputy Foreign Minister Andrei Petrov said") == ["Andrei Petrov"]
    sentence = (
        "The ministers will also consider a draft plan of joint action, said Russia\u2019s Special Presidential "
        "Envoy for SCO Affairs Oleg Smirnov."
    )
    assert trailing_source(sentence) == ("Oleg Smirnov", "said")


def test_an_outlet_that_quoted_a_person_as_saying_gives_the_person():
    sentence = (
        "The alliance does not object to its members' ties with other blocs, RIA Novosti quoted the CSTO "
        "Secretary General Ivan Popov as saying Friday, August 12."
    )
    found = attribute(sentence, [])
    assert (found.speaker, found.verb) == ("Ivan Popov", "said")


def test_a_speechs_author_is_the_name_alone_under_its_title(default_resolver):
    document = SpeakerDocument(
        "Speech at the Seventh Meeting of Culture Ministers of SCO Member States",
        (("Our meeting is a platform for all of us working in culture ministries.",),),
        ("chinadaily 2014-05-02", "(Dushanbe, May 2nd 2014)", "Liu Qing"),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Liu Qing"


def test_say_and_its_progressive_report_and_observers_speak():
    assert attribute("Observers say the bloc has become a pillar of regional order.", []).speaker == "Observers"
    found = attribute("Various observers are suggesting the world could learn from the bloc.", [])
    assert (found.speaker, found.verb) == ("Various observers", "are suggesting")
    assert attribute("The smaller members want to have a say in the matter.", []).speaker is None
    # a transcript's turn: "I" is the person given the floor
    turn = "Secretary General Marat Saidov: I can say that Azerbaijan is an active partner."
    assert attribute(turn, ["President Ilham Aliyev: I am glad to see you."]).speaker == "Marat Saidov"


def test_a_carrier_of_news_is_not_the_group_they_refers_to(default_resolver):
    document = SpeakerDocument(
        "Ministers back joint vaccine research",
        (
            ("The foreign ministers of SCO members held a video conference on Tuesday.",),
            ("Media reports say that the ministers recognised the role of the organisation in the pandemic.",),
            ("They reportedly voiced readiness to work together on vaccines.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker != "Media reports"


def test_russian_sources_after_an_aside_and_a_second_verb():
    earlier = ["Посол Олег Лунин рассказал о работе союза."]
    said = attribute("«Давление продолжается», — добавил он и признал, что ситуация улучшилась.", earlier)
    assert said.speaker == "Олег Лунин"
    assert names_the_source_before("Об этом, как сообщает Trend, сказал в среду посол России Михаил Орлов.")


def test_a_lead_whose_source_the_next_paragraph_names_after_an_aside(default_resolver):
    document = SpeakerDocument(
        "Россия поддерживает вступление Азербайджана в ШОС - посол",
        (
            ("БАКУ /Trend/ - Россия поддерживает вступление Азербайджана в ШОС в статусе наблюдателя.",),
            ("Об этом, как сообщает Trend, сказал в среду на пресс-конференции посол России Михаил Орлов.",),
        ),
    )
    found = default_resolver.resolve(document, 0, 0)
    assert (found.speaker, found.verb) == ("Михаил Орлов", "сказал")


def test_a_definition_of_an_alliance_is_background_but_a_reported_one_is_not():
    from scotopics.models.background import defines

    assert defines("The CSTO is a Moscow-led political, military and security alliance that unites six states.")
    assert defines("The Treaty Organization is an intergovernmental military alliance that was signed in 1992.")
    assert not defines("He said that the SCO is an organization of a new type.")
    assert not defines("The SCO is an effective and respected organization.")


def test_in_this_is_convinced_names_the_source_of_the_sentence_before(default_resolver):
    assert names_the_source_before("В этом убежден Александр Лукин.")
    assert not names_the_source_before("В этом году саммит пройдёт в Астане.")
    document = SpeakerDocument(
        "Лукин: ШОС становится глобальным игроком",
        (
            (
                "Шанхайская организация сотрудничества становится игроком мирового уровня.",
                "В этом убежден Александр Лукин.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Александр Лукин"


def test_a_possessive_list_introduction_gives_the_items_to_its_owner(default_resolver):
    document = SpeakerDocument(
        "Uzbek President proposes new CIS initiatives",
        (
            ("At the summit in Dushanbe, President Shavkat Karimov proposed several initiatives.",),
            ("Karimov's proposals include:",),
            ("• Hosting a CIS conference on transport cooperation;",),
            ("• Launching a youth innovation lab.",),
        ),
    )
    assert default_resolver.resolve(document, 3, 0).speaker == "Shavkat Karimov"


def test_a_surname_alone_cited_as_saying_is_a_person(default_resolver):
    from scotopics.models.attribution.surnames import surname_alone

    assert surname_alone("Wardak") and not surname_alone("Armenia") and not surname_alone("Today")
    assert trailing_source("We need quality, not quantity, Wardak was cited as saying by RIA Novosti.") == (
        "Wardak",
        "was cited as saying",
    )
    document = SpeakerDocument(
        "CSTO chief on enlargement",
        (
            (
                "\u201cThe issue is not being discussed now.",
                "We need to work not for quantity, but for quality, Wardak was cited as saying by RIA Novosti.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 1).speaker == "Wardak"


def test_russian_sources_named_as_a_view_or_in_an_opening_aside():
    found = attribute("Россия сможет продвинуться в этом вопросе, такое мнение выразил генсек Организации Петров.", [])
    assert found.speaker == "генсек Организации Петров"
    found = attribute("При этом, признал генсек ОДКБ, председательство переходит в сложный период.", [])
    assert (found.speaker, found.verb) == ("генсек ОДКБ", "признал")
    # a post with commas in it after the verb is the trailing source, not an aside
    sentence = "Фестиваль станет площадкой для гостей, заявил министр культуры, информации и туризма Олег Карпов."
    assert attribute(sentence, []).speaker == "Олег Карпов"


def test_a_title_where_a_named_person_addresses_a_meeting_makes_a_speech(default_resolver):
    from scotopics.models.attribution.titles import title_speaker

    title = "Azerbaijan’s Foreign Minister Ramil Aliyev addresses 7th CICA Ministerial Council meeting"
    assert title_speaker(title) == "Ramil Aliyev"
    assert title_speaker("New plan addresses the needs of youth") is None
    document = SpeakerDocument(title, (("Asia must respond to new challenges with unity and shared responsibility.",),))
    assert default_resolver.resolve(document, 0, 0).speaker == "Ramil Aliyev"


def test_a_head_of_state_named_without_a_country_holds_the_countrys_presidency(default_resolver):
    document = SpeakerDocument(
        "Uzbekistan at the SCO summit",
        (
            ("Head of State Shavkat Karimov took part in the SCO summit in Astana.",),
            ("In his speech, the President of Uzbekistan noted that the organisation is being transformed.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Shavkat Karimov"


def test_armenia_and_azerbaijan_are_countries_in_russian():
    from scotopics.models.attribution.speaker_types import speaker_type

    assert speaker_type("Армения") == "country" and speaker_type("Азербайджан") == "country"


def test_an_office_written_with_its_holders_name_is_that_holder_not_an_unnamed_head(default_resolver):
    document = SpeakerDocument(
        "The SCO summit opens in Astana",
        (
            ("President Kairat Omarov welcomed the heads of state to the summit.",),
            ("President of Russia Pavel Orlov prioritized the security of the member countries.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Pavel Orlov"


def test_an_unnamed_diplomat_of_the_lead_is_who_made_the_statement_next(default_resolver):
    lead = (
        "Tehran has strong relations with the SCO members and \u201cis determined to increase its cooperation\u201d, an "
        "Iranian diplomat said."
    )
    document = SpeakerDocument(
        lead,
        (
            (lead,),
            (
                "Iran's Ambassador to China Reza Tavakoli made the statement in a meeting with Secretary-General Ivan Petrov.",
            ),
            ("He looked forward to closer collaboration between Iran and the organization.",),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Reza Tavakoli"
