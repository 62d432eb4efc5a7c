"""Speaker cases met on real pages of the field (written anew here, never copied), one test each."""

from __future__ import annotations

import pytest

import scotopics
from scotopics.models.attribution import SpeakerDocument, attribute, speaker_type, strip_answer_prefix, title_speaker
from scotopics.models.attribution.candidates import candidates
from scotopics.models.attribution.document import canonical, office_holder
from scotopics.models.attribution.group_mentions import group_mentions
from scotopics.models.attribution.names import person_mentions, person_names
from scotopics.models.attribution.openers import subject
from scotopics.models.attribution.subjects import find_verb

from .test_attribution import resolve


def default_resolver():
    """The bundled default model's speaker resolver."""
    return scotopics.load().summarizer.speaker_resolver


def resolve_with_default_model(title: str, paragraphs: list[list[str]], where: tuple[int, int]):
    """What the default model's resolver says of the sentence at ``where`` of a small document."""
    return resolve(default_resolver(), title, paragraphs, where)


def test_a_deputy_of_a_head_is_one_office_holder_not_the_heads():
    """ "Заместитель главы Минсельхоза" is the deputy minister the lead names, and never the group "heads"."""
    document = SpeakerDocument(
        "Аграрии ШОС обсудили поставки",
        (
            ("Заместитель министра сельского хозяйства Олег Травин принял участие в совещании министров ШОС.",),
            ("Заместитель главы Минсельхоза России отметил рост взаимных поставок зерна.",),
        ),
    )
    assert canonical(document, "Заместитель главы Минсельхоза России") == "Олег Травин"
    assert not any("главы" in group for group in group_mentions("Заместитель главы Минсельхоза России отметил рост."))


def test_the_head_of_a_foreign_ministry_is_the_foreign_minister_the_lead_names():
    document = SpeakerDocument(
        "Итоги встречи министров",
        (
            ("Министр иностранных дел России Игорь Белов провёл пресс-конференцию в Душанбе.",),
            ("Глава МИД РФ заявил, что стороны договорились о новых консультациях.",),
        ),
    )
    assert office_holder(document, "Глава МИД РФ") == "Игорь Белов"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("• Белов подчеркнул, что диалог будет продолжен.", "Белов"),
        ("• The minister stressed that the talks would go on.", "the minister"),
    ],
)
def test_a_bulleted_list_item_keeps_its_speaker(sentence, speaker):
    assert attribute(sentence, []).speaker == speaker
    assert not strip_answer_prefix(sentence).startswith("•")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("В ходе встречи в Бишкеке министры обсудили повестку.", "министры"),  # a place before the subject
        ("Особое внимание стороны уделили карантину растений.", None),  # a fronted object is no subject
    ],
)
def test_a_russian_subject_loses_a_place_or_an_object_before_it(sentence, found):
    assert subject(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The leaders of the SCO states in the first days expressed their solidarity.", "expressed"),
        ("Moral support was rendered to the victims of the floods.", None),
    ],
)
def test_states_and_support_after_their_nouns_are_no_reporting_verbs(sentence, verb):
    found = find_verb(sentence)
    assert (found.text if found else None) == verb


def test_he_does_not_refer_to_a_group_or_a_body_named_as_a_subject_before():
    context = [
        "Foreign Minister Amir Sadykov spoke at the opening session.",
        "The organization was the first to set up a confidence-building mechanism on the borders.",
        "The member states were also the first to sign a treaty on good-neighbourliness.",
    ]
    found = attribute('"We must keep this path," he added.', context)
    assert found.speaker == "Amir Sadykov"


def test_eam_is_the_external_affairs_minister_the_lead_names():
    document = SpeakerDocument(
        "India at the SCO heads of government meeting",
        (
            ("The meeting was attended by India's External Affairs Minister Dr. S. Rao Varma.",),
            ("In his address, EAM underlined India's commitment to food security.",),
        ),
    )
    assert canonical(document, "EAM") == "S. Rao Varma"


def test_a_high_commission_is_a_body_and_its_statement_ends_before_where_it_spoke():
    found = attribute(
        '"Our envoy represented Pakistan at the meeting on sports," said the Pakistan High Commission '
        "in New Delhi in a statement on Twitter.",
        [],
    )
    assert found.speaker == "the Pakistan High Commission"
    assert speaker_type("Pakistan High Commission") == "office_or_body"


def test_a_body_named_after_its_verb_is_the_speaker_not_the_sentences_subject(resolver):
    found = resolve(
        resolver,
        "Minister to attend SCO meeting",
        [["Defence Minister Amir Khan will attend the SCO meeting virtually, said the Foreign Office in a statement."]],
        (0, 0),
    )
    assert found.speaker == "the Foreign Office"


def test_a_declarations_first_person_belongs_to_the_authors_its_opening_names(resolver):
    found = resolve(
        resolver,
        "Astana Declaration of the Heads of State",
        [
            [
                "We, the Heads of State of the Republic of Kazakhstan, the Kyrgyz Republic and others, meeting in Astana,"
            ],
            ["We support the central role of the United Nations in world affairs."],
        ],
        (1, 0),
    )
    assert found.speaker == "the Heads of State"


def test_he_after_a_quotation_does_not_take_the_group_subject_before_as_the_previous_speaker():
    document = SpeakerDocument(
        "Leader calls for solid steps at the summit",
        (
            ("President Li Wenhua of the host country addressed the summit on Monday.",),
            ('"Our influence is growing day by day," Li said.',),
            ("The member states were also the first to sign a treaty on good-neighbourliness.",),
            ('"We should build a fair and orderly world," he added.',),
        ),
    )
    previous = [c.speaker for c in candidates(document, 3, 0) if "previous" in c.sources]
    assert "The member states" not in previous


def test_a_name_in_quotation_marks_is_a_project_not_a_person_or_a_group():
    sentence = 'Among them are the project "Spiritual Relics of the SCO States" and the festival «Silk Way Voices».'
    assert person_names(sentence) == []
    assert group_mentions(sentence) == ()
    # A quoted statement that opens with a name still names that person.
    assert person_names('"Vladimir Norov was right, and we agree," the minister said.') == ["Vladimir Norov"]


def test_a_participle_after_an_article_is_no_reporting_verb():
    assert find_verb("Astana has become a recognized centre of international politics.") is None
    assert find_verb("The ministers welcomed the agreed text.").text == "welcomed"
    assert find_verb("Copies of the agreed text lie on the table.") is None
    assert find_verb("They build a common understanding of internationally recognised procedures.") is None


def test_a_list_item_takes_the_speaker_of_the_sentence_that_introduces_the_list():
    document = SpeakerDocument(
        "Leader puts forward initiatives",
        (
            ("President Amir Karimov spoke at the summit in Bishkek.",),
            ("The President proposed new initiatives, including:",),
            ("✅ Establishing a regional centre for critical minerals;",),
            ("✅ Creating an energy consortium of the member states;",),
        ),
    )
    previous = {c.speaker: c.distance for c in candidates(document, 3, 0) if "previous" in c.sources}
    assert previous.get("Amir Karimov") == 2
    assert strip_answer_prefix("✅ Creating an energy consortium").startswith("Creating")


def test_a_russian_gerund_clause_is_no_speaker_and_a_name_after_a_chairing_phrase_is_nominative():
    found = attribute("Намечая ориентиры на перспективу, считаем необходимым учитывать процессы в экономике.", [])
    assert found.speaker is None
    assert person_mentions("Под председательством Владимира Путина состоялось заседание.") == ("Владимир Путин",)
    assert person_mentions("Стенограмма выступления В.В.Путина:") == ("В.В.Путин",)


def test_a_transcript_turn_holds_the_floor_until_the_next_turn():
    document = SpeakerDocument(
        "",
        (
            ("В.ПУТИН: Уважаемые коллеги!",),
            ("Считаем необходимым учитывать процессы в мировой экономике.",),
            ("С.ЛАВРОВ: Добавлю несколько слов.", "Предлагаем продолжить консультации."),
        ),
    )
    assert document.turn_at(1) == (1, "В.Путин")
    assert document.turn_at(3) == (1, "С.Лавров")
    found = {c.speaker for c in candidates(document, 1, 0) if "title" in c.sources}
    assert "В.Путин" in found


def test_a_possessive_ends_a_name_and_a_named_turn_holds_the_floor():
    title = "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on October 14, 2024"
    assert person_names(title) == ["Mao Ning"]
    assert person_names("China's President Xi Jinping said so.") == ["Xi Jinping"]
    document = SpeakerDocument(
        title,
        (
            ("CCTV: What does China expect of the meeting?",),
            ("Mao Ning: The member states have upheld the Shanghai Spirit.", "The premier will attend the meeting."),
        ),
    )
    assert document.turn_at(2) == (1, "Mao Ning")


@pytest.mark.parametrize(
    ("lead", "office", "holder"),
    [
        ("Президент России Владимир Путин выступил на заседании в Астане.", "Российский лидер", "Владимир Путин"),
        ("Президент России Владимир Путин выступил на заседании в Астане.", "глава государства", "Владимир Путин"),
        ("President Kassym-Jomart Tokayev addressed the summit.", "the Kazakh leader", "Kassym-Jomart Tokayev"),
    ],
)
def test_a_countrys_leader_and_the_head_of_state_are_the_president_the_lead_names(lead, office, holder):
    document = SpeakerDocument("Leaders meet in Astana", ((lead,),))
    assert office_holder(document, office) == holder


def test_she_after_a_quotation_closed_by_her_name_is_that_person():
    context = [
        "ISLAMABAD: The Foreign Office confirmed that the Prime Minister Amir Shah will attend the meeting.",
        '"We have received the invitation," said FO spokesperson Mumtaz Zahra Baloch in the weekly briefing.',
    ]
    assert attribute("She added that the FO would announce the delegation soon.", context).speaker == (
        "Mumtaz Zahra Baloch"
    )


def test_the_short_russian_title_genseck_is_the_secretary_general_the_lead_names():
    document = SpeakerDocument(
        "Генсек ШОС назвал РФ локомотивом сотрудничества",
        (("Об этом заявил генеральный секретарь ШОС Нурлан Ермекбаев на встрече в Москве.",),),
    )
    assert canonical(document, "генсек ШОС") == "Нурлан Ермекбаев"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a ministry's portfolio is no part of the minister's name
        (
            "Uzbekistan's Minister of Energy and Water Resources Bakhtiyor Saidov said the grid is ready.",
            "Bakhtiyor Saidov",
        ),
        # another verb after the subject ends it
        (
            "At the session, held online, the ministers exchanged views on prices, and supported a new fund.",
            "the ministers",
        ),
        # an adverb between a Russian subject and its verb is not part of the subject
        ("В ходе совещания стороны единогласно одобрили программу.", "стороны"),
        # a ministry speaks in the neuter
        ("Министерство энергетики сообщило, что план одобрен.", "Министерство энергетики"),
    ],
)
def test_the_subject_stops_at_a_portfolio_another_verb_or_an_adverb(sentence, speaker):
    assert attribute(sentence, []).speaker == speaker


def test_a_body_that_closes_a_quotation_is_its_source_not_the_group_quoted(resolver):
    found = resolve(
        resolver,
        "Energy ministers back a joint plan",
        [
            ["Energy ministers of the member states approved a plan, the Kazakh Energy Ministry said on Monday."],
            ['"The ministers also backed a joint grid study," the ministry said on its Telegram channel.'],
        ],
        (1, 0),
    )
    assert found.speaker == "the ministry"


def test_the_minister_is_not_the_prime_minister_named_in_passing():
    known = ["Dr Anil Mehta said that India under Prime Minister Narendra Modi is ready to work with the members."]
    assert attribute("The Minister mentioned that the region faces water scarcity.", known).speaker != "Narendra Modi"


def test_a_line_naming_the_next_speaker_gives_the_floor_to_that_person(resolver):
    found = resolve(
        resolver,
        "Министры иностранных дел ШОС встретятся в Бишкеке",
        [
            ["Министры иностранных дел государств ШОС встретятся в Бишкеке 12 июня."],
            ["Нурлан Жумабеков, официальный представитель МИД:"],
            ["- Главы делегаций обменяются мнениями по региональной безопасности и подпишут ряд решений."],
        ],
        (2, 0),
    )
    assert found.speaker == "Нурлан Жумабеков"
    assert group_mentions("- Главы делегаций обменяются мнениями.") == ("Главы делегаций",)


@pytest.mark.parametrize(
    ("speaker", "kind"), [("Lavrov", "person"), ("Моргулов", "person"), ("Kremlin", "office_or_body")]
)
def test_a_surname_alone_is_a_person(speaker, kind):
    assert speaker_type(speaker) == kind


def test_an_office_after_its_ministrys_initials_is_the_person_the_lead_names():
    document = SpeakerDocument(
        "Pakistan backs regional dialogue",
        (
            ("Foreign Office Spokesperson Tahir Andrabi on Friday said Pakistan supports the SCO.",),
            ("FO Spokesperson said the prime minister also called for dialogue.",),
        ),
    )
    assert canonical(document, "FO Spokesperson") == "Tahir Andrabi"


def test_a_russian_source_after_the_statement_is_the_speaker_not_the_journalist():
    lead = (
        "Встреча прошла в деловой атмосфере, заявил министр иностранных дел Казахстана Ерлан Ахметов "
        "в беседе с журналистом агентства Иваном Петровым."
    )
    assert attribute(lead, []).speaker == "Ерлан Ахметов"
    assert attribute("По его словам, стороны сблизили позиции.", [lead]).speaker == "Ерлан Ахметов"
    assert attribute("Диалог был очень откровенным, — сказал Ахметов.", [lead]).speaker == "Ерлан Ахметов"


def test_a_quotation_from_the_publication_belongs_to_the_body_that_published_it_earlier(resolver):
    found = resolve(
        resolver,
        "Генсек ШОС встретился с послом",
        [
            ['"Генеральный секретарь встретился с послом Казахстана", - говорится в заявлении секретариата ШОС.'],
            ['"Стороны обсудили подготовку к саммиту в Бишкеке", - подчеркивается в публикации.'],
        ],
        (1, 0),
    )
    assert found.speaker == "секретариат ШОС"


def test_a_title_with_a_channel_and_a_programme_before_colons_names_the_speaker_after_them():
    title = "CGTN: Silk Roads Today: SCO Secretary-General on the role of the organisation in Afghanistan"
    assert title_speaker(title) == "the SCO Secretary-General"
    assert title_speaker("Bolat Nurgaliyev: The crisis is a test") == "Bolat Nurgaliyev"


def test_a_chinese_given_name_alone_and_an_unhyphenated_secretary_general_are_the_person_the_lead_names():
    document = SpeakerDocument(
        "Iran president meets SCO chief",
        (
            (
                "The president met Secretary General of the Shanghai Cooperation Organization (SCO) Zhang Ming in Tehran.",
            ),
            (
                "Iran will join as a member, Ming underlined.",
                "Iran is an effective country, the SCO secretary general noted.",
            ),
        ),
    )
    assert canonical(document, "Ming") == "Zhang Ming"
    assert canonical(document, "the SCO secretary general") == "Zhang Ming"


def test_a_group_starts_after_a_comma_and_a_group_after_in_is_no_speaker(resolver):
    """ "They noted …" after "During the talks, the heads of delegation reviewed … in the SCO member states" is the
    heads of delegation: not "the talks, the heads …", and not the states the situation was reviewed in."""
    sentence = "During the talks, the heads of delegation reviewed the grain harvest in the SCO member states."
    assert group_mentions(sentence) == ("the heads of delegation",)
    found = resolve(
        resolver,
        "Agriculture ministers of the SCO met in Dushanbe",
        [[sentence, "They noted the need for joint seed banks to cope with drought years."]],
        (0, 1),
    )
    assert found.speaker == "the heads of delegation"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Особое внимание стороны уделили обмену данными о вредителях.", "стороны"),
        ("Участники обсудили план работы, утвердили регламент и решили вопросы бюджета.", "Участники"),
    ],
)
def test_a_fronted_russian_object_and_a_second_verb_are_not_part_of_the_subject(sentence, speaker):
    assert attribute(sentence, []).speaker == speaker


def test_a_group_does_not_reach_back_over_a_full_stop():
    assert group_mentions("Встреча прошла в Бишкеке при поддержке ШОС. Участники обсудили план.") == ("Участники",)


def test_a_quotation_according_to_the_communique_belongs_to_its_authors(resolver):
    found = resolve(
        resolver,
        "Border chiefs of the SCO issue communique",
        [
            ["The heads of the border services agreed to share radar data along the common frontier."],
            ['"Joint patrols must become the rule on the mountain passes," according to the communique.'],
        ],
        (1, 0),
    )
    assert found.speaker == "the heads of the border services"


def test_who_took_part_where_names_no_speaker():
    """ "приняли участие" is attendance, not an adoption, and "На открытии форума" is a place, not a speaker."""
    found = attribute("На открытии форума приняли участие министр образования Айдар Сейтов и ректоры вузов.", [])
    assert (found.speaker, found.verb) == (None, None)
    assert attribute("Министры приняли совместное коммюнике.", []).speaker == "Министры"


def test_a_passive_after_a_quoted_name_has_no_source():
    found = attribute('The scenario of the border exercise "Solidarity-2019" was approved by consensus.', [])
    assert (found.speaker, found.verb) == (None, "approved")


def test_he_after_a_chinese_surname_alone_is_that_person_not_the_last_name_mentioned(resolver):
    found = resolve(
        resolver,
        "Outgoing SCO chief looks back",
        [
            ["Wang Lei, the outgoing secretary-general, will hand over to former minister Aidar Seitkaliyev."],
            ["The number of dialogue partners has doubled in three years, Wang said."],
            ['"Our doors stay open to every neighbour," he said.'],
        ],
        (2, 0),
    )
    assert found.speaker == "Wang Lei"


def test_an_opening_quote_mark_does_not_close_a_quotation():
    found = attribute('Li said he expects that "the new corridor will double freight".', [])
    assert found.speaker == "Li"


def test_an_initial_without_a_dot_an_honorific_and_a_double_surname_name_the_person():
    """Indian papers write "Dr S Jaishankar"; "Mr Zardari" is the Bilawal Bhutto-Zardari named before."""
    assert person_names("External Affairs Minister Dr S Jaishankar spoke first.") == ["S Jaishankar"]
    assert person_names("A Kazakh delegation arrived.") == []
    assert person_names("Q What did the summit decide?") == []
    assert speaker_type("Mr Jaishankar") == "person"
    document = SpeakerDocument(
        "Ministers meet in Goa",
        (("Foreign Minister Bilawal Bhutto-Zardari arrived in Goa.", "Mr Zardari urged unity against terrorism."),),
    )
    assert canonical(document, "Mr Zardari") == "Bilawal Bhutto-Zardari"


def test_a_sentence_adverb_and_a_things_relative_clause_name_no_speaker():
    assert attribute("Further, Highlighted that trade must grow.", []).speaker is None
    found = attribute("Dr S Jaishankar attended the meeting which has just concluded and said it was useful.", [])
    assert found.verb == "said"


def test_a_quotation_in_single_marks_over_two_sentences_is_one_statement_with_its_source():
    from scotopics.models.attribution import opens_quotation

    assert opens_quotation("'Young people must lead the green agenda.")
    assert not opens_quotation("The members' rights are equal and it can't change.")
    found = attribute("'Young people must lead. We back every youth forum,' Kairatov told Khabar TV.", [])
    assert (found.speaker, found.verb) == ("Kairatov", "told")


@pytest.mark.parametrize(
    ("epithet", "lead", "holder"),
    [
        ("The top Uzbek diplomat", "Uzbek Foreign Minister Bakhtiyor Saidov arrived in Beijing.", "Bakhtiyor Saidov"),
        ("Chinese leader", "Chinese President Xi Jinping opened the session.", "Xi Jinping"),
        ("Дипломат", "Об этом заявил глава МИД РФ Сергей Лавров.", "Сергей Лавров"),
    ],
)
def test_a_diplomat_or_a_leader_is_the_person_the_lead_names(epithet, lead, holder):
    document = SpeakerDocument("Talks", ((lead, f"{epithet} voiced confidence in the talks."),))
    assert canonical(document, epithet) == holder


def test_the_holder_of_an_office_is_not_named_after_its_plural():
    """ "министров принял президент …" names no minister; the head of the foreign ministry is one."""
    document = SpeakerDocument(
        "Кулубаев в Астане",
        (
            ("Глава МИД Кыргызстана Жээнбек Кулубаев принял участие в заседании.",),
            ("Министр подчеркнул важность дорожной карты.",),
            ("Кроме того, министров принял президент Касым-Жомарт Токаев.",),
        ),
    )
    assert office_holder(document, "Министр") == "Жээнбек Кулубаев"
    plural_only = SpeakerDocument(
        "Заседание",
        (("Министров принял президент Касым-Жомарт Токаев.", "Встречу открыл председатель Мурат Нуртлеу."),),
    )
    assert office_holder(plural_only, "Министр") is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("По словам генсека организации Нурлана Ермекбаева, все лидеры приедут в Китай.", "Нурлан Ермекбаев"),
        ('"Встреча пройдёт в мае", - уточнили в пресс-службе.', "пресс-служба"),
        ("По этой причине кыргызская сторона придает значение стратегии.", "кыргызская сторона"),
        ("India on April 26 appealed to the members to cooperate.", "India"),
        ("Tajik president Emomali Rahmon yesterday stressed the need for unity.", "Emomali Rahmon"),
        ("It should be noted that Dushanbe was named a cultural capital.", None),
        ("15 June 2024 Kazakhstan proposed a new transit plan.", "Kazakhstan"),
        ("В своем выступлении он обозначил задачи, призвал к единству.", "Sirojiddin Muhriddin"),
        ("Из коммюнике следует, что главы делегаций выступили за новые авиарейсы.", "главы делегаций"),
    ],
)
def test_speaker_phrases_from_real_pages(sentence, speaker):
    assert attribute(sentence, ["Foreign Minister Sirojiddin Muhriddin spoke to the press."]).speaker == speaker


def test_a_document_that_states_is_no_group_and_a_portfolio_is_no_name():
    assert subject("The Initiative states that traditional medicine protects health.") != "The Initiative states"
    assert person_names("Union Minister of Ayush Sarbananda Sonowal opened the expo.") == ["Sarbananda Sonowal"]


def test_a_subject_ends_before_when_and_in_which_capacity():
    assert subject("Chinese President Xi Jinping put forward five proposals.") == "Chinese President Xi Jinping"
    assert subject("Foreign Minister Hossein Amirabdollahian for his part thanked the hosts.") == (
        "Foreign Minister Hossein Amirabdollahian"
    )


def test_an_organisations_name_is_no_person():
    assert person_names("Managing Director of the Infrastructure Finance Company Limited (IIFCL) Raja Iyer said") == [
        "Raja Iyer"
    ]


def test_a_hyphen_list_item_takes_the_speaker_who_announced_the_list():
    found = resolve_with_default_model(
        "Kyrgyzstan sets out its priorities",
        [
            ["Foreign Minister Jeenbek Kulubaev announced the priorities of the chairmanship:"],
            ["- Economic cooperation and new financial mechanisms."],
        ],
        (1, 0),
    )
    assert found.speaker == "Jeenbek Kulubaev"


def test_member_countries_that_agree_are_the_speakers_not_the_person_named_before():
    found = resolve_with_default_model(
        "Итоги саммита ШОС",
        [
            ["Генеральный секретарь ШОС Нурлан Ермекбаев заявил, что организация вступает в новый этап."],
            ["В понедельник страны-участницы ШОС договорились создать банк развития."],
        ],
        (1, 0),
    )
    assert found.speaker == "страны-участницы ШОС"
    assert speaker_type(found.speaker) == "group"


def test_a_body_that_adopts_a_decision_despite_an_adverbial_in_between_is_its_speaker():
    """ "Совет РАТС ШОС принял в четверг решение …": the words between the verb and "решение" keep the subject."""
    assert find_verb("Совет РАТС ШОС принял в четверг решение о проведении учений.").text == "принял в четверг решение"
    assert attribute("Совет РАТС ШОС принял в четверг решение о проведении учений.").speaker == "Совет РАТС ШОС"
    assert find_verb("Делегация приняла участие в заседании совета.") is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        # A subject never runs on into its verb phrase or an adverb.
        (
            "The Secretary-General went on to say that the youth council will meet in May.",
            "the Secretary-General",
            "went on to say",
        ),
        (
            "The SCO Secretary-General highly appreciated the work of the host country.",
            "the SCO Secretary-General",
            "highly appreciated",
        ),
        ("Uzbekistan does not welcome any bloc thinking in the organisation.", "Uzbekistan", "welcome"),
        # A source named after the statement, then when it spoke ("… said as he met …", "… said following …").
        (
            "Minsk hopes to join the bloc soon, Belarusian Foreign Minister Pavel Orlov said as he met reporters.",
            "Pavel Orlov",
            "said",
        ),
        (
            "The ministers have agreed to revive the contact group, Russian Foreign Minister Igor Petrov said "
            "following the meeting on Friday.",
            "Igor Petrov",
            "said",
        ),
        # A news site's dateline and a hyphen written with spaces are no part of the speaker.
        ("INTERFAX.RU - Государства - члены ШОС договорились создать фонд.", "Государства-члены ШОС", "договорились"),
    ],
)
def test_the_speaker_phrase_is_the_subject_alone(sentence, speaker, verb):
    found = attribute(sentence)
    assert (found.speaker, found.verb) == (speaker, verb)


def test_a_plural_noun_after_a_quoted_name_is_no_source_of_the_quotation():
    found = attribute('They stressed the "Green Belt" programme among the SCO member states.')
    assert (found.speaker, found.verb) == ("They", "stressed")


def test_a_quoted_sentence_does_not_make_its_own_subject_a_speaker():
    document = SpeakerDocument(
        "SCO Secretary-General meets students",
        (
            ("SCO Secretary-General Ivan Orlov met students in Beijing.",),
            ('"The leaders of the member states see young people as a foundation.',),
        ),
    )
    found = candidates(document, 1, 0)
    assert not any(c.speaker == "The leaders of the member states" and "subject" in c.sources for c in found)


@pytest.mark.parametrize(
    ("lead", "office", "holder"),
    [
        (
            "Президент Узбекистана Бахтияр Каримов заявил, что страна поддерживает работу группы.",
            "глава Узбекистана",
            "Бахтияр Каримов",
        ),
        (
            "Официальный представитель МИД КНР Ли Пин сегодня объявил, что новый генсек вступил в должность.",
            "официальный представитель МИД КНР",
            "Ли Пин",
        ),
        ("Россия обеспечит участие, сообщил посол РФ в Бишкеке Олег Ветров.", "дипломат", "Олег Ветров"),
        (
            "The Minister of State for Culture, Dr Anil Verma led the Indian delegation to the meeting.",
            "the Culture Minister",
            "Anil Verma",
        ),
    ],
)
def test_an_office_is_the_person_the_lead_introduces_with_it(lead, office, holder):
    document = SpeakerDocument("Meeting of the SCO", ((lead,), ("Это важно.",)))
    assert canonical(document, office) == holder


def test_a_place_before_a_name_and_page_debris_are_no_part_of_a_person():
    assert person_names("сообщил посол РФ в Бишкеке Олег Ветров.") == ["Олег Ветров"]
    assert person_names("He marked the year as ‘Azadi ka Amrit Mahotsav’ with his counterparts.") == []
    assert person_names("Official Website Belarus Events Calendar Belarus’ Top Tourist Sites") == []


def test_sources_named_after_the_statement_with_an_apposition_a_participle_or_a_short_pronoun():
    found = attribute(
        "Tajikistan proposes a new water forum, Emomali Saidov, President of the Council, said, Trend reports."
    )
    assert (found.speaker, found.verb) == ("Emomali Saidov", "said")
    found = attribute("“Connectivity remains a priority,” said Mr Varma welcoming the delegates to the meeting.")
    assert found.speaker == "Mr Varma"
    context = ["Секретарь Совбеза Олег Радов заявил, что обстановка стабильна."]
    assert attribute("Страны региона расширяют работу с Кабулом, отметил он.", context).speaker == "Олег Радов"


def test_initials_written_with_two_letters_and_a_province_are_read_right():
    assert person_names("President Ts.Elbegdorj highlighted the corridor.") == ["Ts.Elbegdorj"]
    assert person_names("in Xi'an, northwest China's Shaanxi Province.") == []
    from scotopics.models.attribution.speaker_types import same_speaker

    assert same_speaker("Ts Elbegdorj", "Ts.Elbegdorj")


def test_a_headlines_verb_is_no_part_of_its_speaker():
    assert (
        title_speaker("Chinese vice premier calls on SCO members to enhance cooperation") == "the Chinese vice premier"
    )


@pytest.mark.parametrize(
    ("lead", "office", "holder"),
    [
        (
            "Russian Foreign Minister Pavel Orlov said the group would meet soon.",
            "the Russian top diplomat",
            "Pavel Orlov",
        ),
        ("Владимир Орлов поздравил Киргизию с успешным председательством в ШОС.", "российский лидер", "Владимир Орлов"),
    ],
)
def test_a_countrys_diplomat_or_leader_is_the_one_person_the_lead_names(lead, office, holder):
    document = SpeakerDocument("SCO news", ((lead,), ("It matters.",)))
    assert canonical(document, office) == holder


def test_russian_reporting_forms_met_on_real_pages():
    assert (
        attribute("Представитель МИД Ли Пин сегодня объявил, что новый генсек вступил в должность.").verb == "объявил"
    )
    found = attribute("Особое внимание уделили подготовке документов к Совету глав государств.")
    assert (found.speaker, found.verb) == (None, "уделили")  # "we" of a speech: the author, not "Особое внимание"
    title = "Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Петрова в ходе пресс-конференции"
    assert title_speaker(title) == "С.В.Петров"


def test_a_long_circumstance_after_the_source_keeps_the_source():
    sentence = (
        "MINSK, 5 May (BelTA) – Belarus hopes to join the bloc soon, Belarusian President Pavel Orlov said as he met "
        "with the Russian Foreign Minister in Minsk on 5 May and thanked Russia for the support, BelTA has learned"
    )
    assert attribute(sentence).speaker == "Pavel Orlov"


def test_a_group_opening_its_sentence_with_a_reporting_verb_is_the_speaker_even_in_a_speech():
    found = resolve_with_default_model(
        "Press briefing by the SCO Secretary-General on the results of the summit",
        [
            ["I would like to tell you about the results of the summit."],
            ["The Heads of State spoke in favour of deeper cooperation with the observer states."],
        ],
        (1, 0),
    )
    assert found.speaker == "the Heads of State"


def test_answers_of_an_interview_without_q_and_a_marks_belong_to_the_interviewee():
    document = SpeakerDocument(
        "Iran adds to the capacity of the organisation",
        (
            ("TEHRAN - SCO Secretary-General Ivan Orlov arrived in Tehran on Friday for talks.",),
            ("During his stay, the Tehran Times conducted an interview with him.",),
            ("What does Iran gain from joining the organisation?",),
            ("Over two decades the organisation has become a key actor of international life.",),
        ),
    )
    assert document.dialogue
    assert default_resolver().resolve(document, 3, 0).speaker == "Ivan Orlov"


def test_a_message_speaks_for_its_author_and_a_long_ministry_title_for_its_holder():
    document = SpeakerDocument(
        "Shri Ravi Kumar participates in the SCO culture ministers' meeting",
        (
            ("Minister of State for Culture, Shri Ravi Kumar participated in the meeting on 18 August.",),
            ("SCO Secretary-General Ivan Orlov sent a message to the forum.",),
        ),
    )
    assert canonical(document, "The Minister of State for Culture").endswith("Kumar")
    assert canonical(document, "the Secretary-General's message") == "Ivan Orlov"
    assert attribute("It is a binding force for peace, the Minister explained.").verb == "explained"
    quoted = attribute('"Projects are topical. Cooperation matters," the Secretary-General\'s message reads, in part.')
    assert quoted.verb == "reads"


def test_first_person_leads_and_russian_bodies_and_offices_from_held_out_pages():
    assert attribute("Let me note that your initiative will be supported.").speaker == "I"
    assert attribute("Как сообщили в администрации президента, встреча прошла в Астане.").speaker == (
        "администрация президента"
    )
    document = SpeakerDocument(
        "Встреча секретарей советов безопасности",
        (
            (
                "Секретарь Совета безопасности Кыргызстана Эдиль Бекеев принял участие во встрече.",
                "Премьер-министр Казахстана Арман Серик выступил на заседании.",
            ),
            ("Это важно.",),
        ),
    )
    assert canonical(document, "Секретарь Совбеза") == "Эдиль Бекеев"
    assert canonical(document, "Премьер-министр") == "Арман Серик"
    release = SpeakerDocument(
        "Raksha Mantri to lead the Indian delegation",
        (("Raksha Mantri Shri Ravi Sharma will lead the delegation. Prime Minister Ali Khan attended the summit.",),),
    )
    assert canonical(release, "Raksha Mantri") == "Ravi Sharma"
    assert canonical(release, "the Prime Minister’s statement at the Summit") == "Ali Khan"


def test_an_office_in_the_genitive_after_po_slovam_is_its_holder():
    found = attribute("По словам российского президента, дорожная карта нацелена на развитие.")
    assert found.speaker == "российский президент"
    document = SpeakerDocument(
        "Итоги саммита",
        (
            (
                "Президент России Олег Петров выступил на заседании. Премьер-министр Казахстана Арман Серик тоже выступил.",
            ),
        ),
    )
    assert canonical(document, "российский президент") == "Олег Петров"
    assert canonical(document, found.speaker) == "Олег Петров"
    assert canonical(document, attribute("По словам премьера, роль ШОС растёт.").speaker) == "Арман Серик"


def test_the_middle_sentences_of_a_quotation_belong_to_the_source_named_where_it_closes():
    """'"We see the SCO as … . First, … . Second, … ," said Ryzhenkov.': the sentences between the quotation's
    opening and its closing source are his too."""
    paragraphs = [
        ["Foreign Minister Maksim Ryzhenkov spoke to reporters in Minsk ahead of the summit."],
        [
            '"We see the organisation as a platform that brings together like-minded partners.',
            "First and foremost, it is about ensuring stability and security in the region.",
            "Second, it is about building a fair model of economic and financial cooperation.",
            'And of course, it is about relations in the cultural sphere," said Ryzhenkov.',
        ],
    ]
    for where in ((1, 1), (1, 2)):
        found = resolve_with_default_model("Belarus on the SCO", paragraphs, where)
        assert found.speaker == "Maksim Ryzhenkov"


def test_the_expert_a_commentary_quotes_is_the_expert_its_lead_names():
    """ "… – as noted by political expert Aleksei Dzermant in his talk with …" names the lead's source, and
    "According to the expert" later on is the same person."""
    paragraphs = [
        [
            "The summit will become a new milestone in the region's development – as noted by political expert "
            "Aleksei Dzermant in his talk with the national radio."
        ],
        ["According to the expert, people are used to a view of the world centred on the West."],
    ]
    assert resolve_with_default_model("Opinion: a summit to remember", paragraphs, (0, 0)).speaker == "Aleksei Dzermant"
    assert resolve_with_default_model("Opinion: a summit to remember", paragraphs, (1, 0)).speaker == "Aleksei Dzermant"
    russian = [
        ["Саммит станет важной вехой, считает политолог Алексей Дзермант."],
        ["По словам эксперта, мир становится многополярным."],
    ]
    assert resolve_with_default_model("Мнение", russian, (1, 0)).speaker == "Алексей Дзермант"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("On October 26, 2005, the Secretary General said that projects come first.", []),
        ("On Monday Wang Yi said that the talks went well.", ["Wang Yi"]),
        ("Last August Putin said so.", []),
        ("Theresa May said so.", ["Theresa May"]),  # a month closing a name is the name's
    ],
)
def test_words_of_a_date_before_a_name_are_not_part_of_it(text, names):
    assert person_names(text) == names


def test_the_secretary_general_is_not_the_deputy_secretary_general_named_first():
    """ "Deputy SCO Secretary-General Aizada Subakozhoeva read out a message from SCO Secretary-General Vladimir
    Norov": the Secretary-General is Norov, the deputy is another office."""
    lead = (
        "Deputy SCO Secretary-General Aizada Subakozhoeva read out a message from SCO Secretary-General "
        "Vladimir Norov at the forum."
    )
    document = SpeakerDocument("Business forum", ((lead,),))
    assert office_holder(document, "the SCO Secretary-General") == "Vladimir Norov"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'The drill, attended by China, Kazakhstan, Russia, Tajikistan and Uzbekistan, "is not aimed at any third '
            'party," said Liang Guanglie, Chief of the General Staff of the army, at a press conference.',
            "Liang Guanglie",
        ),
        (
            "«Доступ к длинным деньгам имеет большое значение», — сказал председатель Совета МБО, председатель "
            "правления банка Алмазбек Оморкулов.",
            "Алмазбек Оморкулов",
        ),
    ],
)
def test_the_source_closing_a_quotation_keeps_its_post_after_a_comma(sentence, speaker):
    assert attribute(sentence).speaker == speaker


def test_a_passive_after_a_quoted_name_and_a_plural_possessive_close_no_quotation():
    passive = 'The leaders approved an initiative on "world unity for a just peace" proposed by the Kazakh chair.'
    possessive = "The declaration reaffirmed the member states' support for a central role of the United Nations."
    assert attribute(passive).speaker == "the leaders"  # not "by the Kazakh chair"
    assert attribute(possessive).speaker == "the declaration"  # not "for a central role"


def test_a_message_read_out_speaks_for_its_sender():
    """ "… read out a message from SCO Secretary-General Vladimir Norov noting …" and a later "…, the message
    underscored" are the sender's, not the deputy's who read it."""
    paragraphs = [
        [
            "Deputy SCO Secretary-General Aizada Subakozhoeva read out a message from SCO Secretary-General "
            "Vladimir Norov noting the Business Council's important role in the region.",
            "Close cooperation with the Council in carrying out the development strategy is a priority, the "
            "message underscored.",
        ]
    ]
    assert attribute(paragraphs[0][0]).speaker == "Vladimir Norov"
    assert resolve_with_default_model("Business Council meets", paragraphs, (0, 0)).speaker == "Vladimir Norov"
    assert resolve_with_default_model("Business Council meets", paragraphs, (0, 1)).speaker == "Vladimir Norov"


def test_an_office_of_one_organisation_is_not_the_same_office_of_another():
    """ "The SCO Secretary General" is not the "UN Secretary-General Antonio Guterres" the lead names."""
    lead = "The SCO Secretary-General met UN Secretary-General Antonio Guterres in New York."
    document = SpeakerDocument("SCO, UN Secretaries-General meet", ((lead,),))
    assert office_holder(document, "The SCO Secretary General") is None
    assert office_holder(document, "the UN Secretary-General") == "Antonio Guterres"


def test_a_nationality_before_an_office_names_that_countrys_minister():
    lead = "Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Murat Nurtleu welcomed the participants."
    document = SpeakerDocument("Foreign ministers meet", ((lead,),))
    assert office_holder(document, "The Kazakh Minister") == "Murat Nurtleu"


def test_the_expert_of_a_commentary_that_quotes_one_person_is_that_person():
    paragraphs = [
        ["According to Hassan Beheshtipour, joining the organisation is an excellent opportunity for Tehran."],
        ['"For Tehran, this is an excellent opportunity to deepen its ties," he added.'],
        ["At the same time, the expert noted that the organisation had little impact so far."],
    ]
    title = "Joining the SCO raises Iran's clout, Iranian expert thinks"
    assert resolve_with_default_model(title, paragraphs, (1, 0)).speaker == "Hassan Beheshtipour"
    assert resolve_with_default_model(title, paragraphs, (2, 0)).speaker == "Hassan Beheshtipour"
    assert person_names('"For Tehran, this is good," he added.') == []


@pytest.mark.parametrize(
    ("sentence", "context", "speaker"),
    [
        ('"Ожидается, что министры обменяются мнениями", - отметили в ДИП МИД РФ.', [], "ДИП МИД РФ"),
        (
            "«Рассматриваем взаимодействие как важное», — сказал он в связи с церемонией подписания.",
            ["Генсек ШОС Нурлан Ермекбаев выступил в Пекине."],
            "Нурлан Ермекбаев",
        ),
        ("The organisation has shown its vitality, said the report on its development.", [], "the report"),
        (
            "The spirit should be upheld by the members, a new report released by a think tank said.",
            [],
            "a new report released by a think tank",
        ),
    ],
)
def test_bodies_and_reports_that_close_a_statement_are_its_source(sentence, context, speaker):
    assert attribute(sentence, context).speaker == speaker


def test_list_items_in_lower_case_take_the_speaker_who_introduced_them():
    found = resolve_with_default_model(
        "Путин выступил на саммите ШОС",
        [
            ["Президент России Владимир Путин выступил на заседании Совета глав государств ШОС."],
            ["Другие заявления Владимира Путина:"],
            ["темпы развития сотрудничества в рамках организации впечатляют;"],
            ["принципы ООН верны и незыблемы и сегодня;"],
        ],
        (3, 0),
    )
    assert found.speaker == "Владимир Путин"


def test_a_dialogue_whose_turns_open_with_a_dash_gives_the_answers_to_the_named_speaker():
    """ "– Aibek Dzhumabaev: We are concerned." names who holds the floor; his later "– …" answers are his,
    not the office the title names."""
    paragraphs = [
        ["– Mr Minister, how do you assess the situation on the border?"],
        ["– Aibek Dzhumabaev: We are concerned.", "The border must stay open for trade and closed to smugglers."],
        ["– What about the railway?"],
        ["– The railway will be finished by 2027, and we have asked our partners to fund the last section."],
    ]
    title = "Kyrgyz Transport Minister on the new railway"
    for where in ((1, 1), (3, 0)):
        assert resolve_with_default_model(title, paragraphs, where).speaker == "Aibek Dzhumabaev"
