"""Paragraph and sentence segmentation, debris detection."""

from __future__ import annotations

import pytest

from scotopics.text.debris import debris_reason
from scotopics.text.segment import MAX_SENTENCES_PER_PARAGRAPH, segment, split_sentences


def kinds(text):
    return [(s.kind, s.text) for s in segment(text)]


def test_blank_line_and_single_line_breaks_give_the_same_paragraphs():
    paragraphs = [
        "The ministers discussed trade and investment in the region.",
        "They agreed to meet again in Bishkek next year.",
    ]
    blank = segment("\n\n".join(paragraphs))
    single = segment("\n".join(paragraphs))
    assert [s.text for s in blank] == paragraphs
    assert [s.text for s in single] == paragraphs
    assert all(s.kind == "text" for s in single)


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    text = (
        "The Secretary-General noted that the volume of trade between the member\n"
        "states had grown by twelve per cent over the year and called for new\n"
        "investment in logistics.\n\nA second paragraph follows here."
    )
    texts = [s.text for s in segment(text)]
    assert len(texts) == 2
    assert texts[0].startswith("The Secretary-General noted") and texts[0].endswith("logistics.")


def test_text_wrapped_with_a_blank_line_after_every_line_is_joined_into_sentences():
    """Some pages and PDF copies wrap every line and put a blank line after each one."""
    text = (
        "BEIJING, April 24 (XINHUA): The foreign ministers of the member states of the Shanghai Cooperation\n\n"
        "Organisation met on Tuesday to prepare the summit in Qingdao.\n\n"
        "The ministers agreed to coordinate closely and to speak with one voice on\n\n"
        "major international and regional issues.\n\n"
        "They also agreed that the member states would link the Belt and\n\n"
        "Road Initiative with the development plans of each country.\n\n"
        "- Trade and investment\n\n"
        "- Transport corridors\n"
    )
    paragraphs = [s.text for s in segment(text)]
    assert paragraphs[:3] == [
        "BEIJING, April 24 (XINHUA): The foreign ministers of the member states of the Shanghai Cooperation "
        "Organisation met on Tuesday to prepare the summit in Qingdao.",
        "The ministers agreed to coordinate closely and to speak with one voice on major international and "
        "regional issues.",
        "They also agreed that the member states would link the Belt and Road Initiative with the development "
        "plans of each country.",
    ]
    assert paragraphs[3:] == ["- Trade and investment", "- Transport corridors"]


def test_a_long_first_line_without_closing_punctuation_is_the_title():
    text = (
        "Speech by SCO Secretary-General Zhang Ming at the meeting of the SCO Council of Foreign Ministers in Astana\n\n"
        "It is a great honour for me to attend this meeting of the Council of Foreign Ministers today."
    )
    kinds = [s.kind for s in segment(text)]
    assert kinds == ["heading", "text"]
    long_later_line = "A second line of sixteen words without a full stop at its end is read as text here"
    assert segment(f"Title\n\nThe lead.\n\n{long_later_line}")[2].kind == "text"
    assert segment(f"Title\n\n{long_later_line}")[1].kind == "text"  # the document's only content


def test_sub_headlines_and_a_run_together_menu_before_the_lead_are_no_content():
    text = (
        "Wang Hai Attends the Meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organization (SCO)\n\n"
        "Home Meetings & Statements Events & Activities Documents About Us Home > News\n\n"
        "India committed to the SCO agenda: the Minister during his meeting with the SCO Secretary General\n\n"
        "On 5 May the ministers met in Astana and agreed on a new plan."
    )
    assert [s.kind for s in segment(text)] == ["heading", "debris", "heading", "text"]


def test_ordinary_paragraphs_between_blank_lines_are_not_joined():
    text = "SCO Secretary-General visits Tashkent\n\nThe visit lasted two days.\n\nTalks covered trade and transport."
    assert [s.text for s in segment(text)] == [
        "SCO Secretary-General visits Tashkent",
        "The visit lasted two days.",
        "Talks covered trade and transport.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "« Back",
        "Back",
        "Home > News > Events",
        "03.05.2022",
        "12 March 2021",
        "March 12, 2021 10:25",
        "Share",
        "Related news",
        "SCO ministers of culture meet in Dushanbe 03.05.2022 11:40",
        "Press Service of the SCO Secretariat",
        "***",
    ],
)
def test_debris_lines_are_not_content(line):
    text = f"The ministers stressed that cooperation on culture must grow.\n{line}\nThey agreed on a plan."
    found = {t: k for k, t in kinds(text)}
    assert found[line] == "debris"
    assert found["The ministers stressed that cooperation on culture must grow."] == "text"


def test_title_repeated_with_time_stamp_is_debris_and_plain_title_is_heading():
    text = (
        "Energy ministers meet in Tashkent\n"
        "Energy ministers meet in Tashkent 14.06.2019 10:25\n"
        "The ministers agreed to build two new power lines by 2025."
    )
    assert [k for k, _ in kinds(text)] == ["heading", "debris", "text"]


def test_list_items_are_content():
    text = "The agenda included:\n- cooperation in combating drug trafficking;\n- trade and investment"
    assert [k for k, _ in kinds(text)] == ["text", "text", "text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Norov met Dr. Li in St. Petersburg. They discussed trade.", 2),
        ("The U.S. and the U.N. were not present. Gen. Petrov spoke.", 2),
        ("Resolution No. 5 was adopted on 5 Sept. 2021 in Dushanbe. It enters into force soon.", 2),
        ("Prof. A. K. Singh of Delhi and J. R. Smith attended. The session closed.", 2),
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(text, expected):
    assert len(split_sentences(text)) == expected


def test_a_sentence_ending_on_the_name_zhang_ming_ends_there():
    """ "Мин." was read as the abbreviation of minutes, so the Secretary-General's name glued two sentences."""
    sentences = split_sentences("Об этом заявил генсек ШОС Чжан Мин. «Решение будет принято на саммите», - добавил он.")
    assert sentences == ["Об этом заявил генсек ШОС Чжан Мин.", "«Решение будет принято на саммите», - добавил он."]


def test_a_short_abbreviation_before_a_word_in_lower_case_ends_no_sentence():
    sentences = split_sentences("Встреча длилась 40 мин. и завершилась подписанием протокола. Стороны довольны.")
    assert sentences == ["Встреча длилась 40 мин. и завершилась подписанием протокола.", "Стороны довольны."]


def test_a_multi_sentence_quotation_keeps_its_quote_marks_with_its_sentences():
    sentences = split_sentences("He said: “We are ready. The SCO will act.” The meeting then closed.")
    assert sentences == ["He said: “We are ready.", "The SCO will act.”", "The meeting then closed."]


def test_no_sentence_is_only_punctuation():
    for sentence in split_sentences('“Yes.” ” . The plan was approved. "'):
        assert any(ch.isalpha() for ch in sentence)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", " \t \n "])
def test_empty_and_whitespace_only_text_gives_no_paragraphs(text):
    assert segment(text) == []
    assert split_sentences(text) == []


def test_one_long_block_is_cut_into_pieces():
    block = " ".join(f"The member states agreed on point number {i} of the plan." for i in range(30))
    pieces = segment(block)
    assert len(pieces) > 1
    assert all(len(p.sentences) <= MAX_SENTENCES_PER_PARAGRAPH for p in pieces)
    assert sum(len(p.sentences) for p in pieces) == 30
    assert [p.index for p in pieces] == list(range(len(pieces)))


def test_sentence_splitter_agrees_with_the_corpus_splits(training_documents, test_documents):
    """The corpus' hand-split sentences are the splitter's test data."""
    paragraphs = [p for d in training_documents + test_documents for p in d.paragraphs if len(p.sentences) > 1]
    agree = sum(split_sentences(p.text) == list(p.sentences) for p in paragraphs)
    assert agree / len(paragraphs) >= 0.95, f"{agree} of {len(paragraphs)} paragraphs split as in the corpus"


def test_share_print_and_russian_navigation_lines_are_debris():
    text = (
        "SCO ministers meet in Astana\n\n"
        "The ministers agreed to expand trade and to build new railways across the region by 2030.\n\n"
        "Share | Print | ©\n\nПоделиться\n\n« Назад\n\nВерсия для печати"
    )
    kinds = [(s.text, s.kind) for s in segment(text)]
    assert kinds[1][1] == "text"
    assert [kind for _, kind in kinds[2:]] == ["debris"] * 4


def test_a_title_ending_in_a_place_and_date_is_the_title():
    text = (
        "Statement by External Affairs Minister at the 16th Meeting of Council of SCO Heads of Governments, "
        "Sochi (December 01, 2017)\n\nI thank the hosts for the warm welcome extended to my delegation."
    )
    assert [s.kind for s in segment(text)] == ["heading", "text"]


def test_an_office_cut_from_its_holder_by_a_line_break_is_no_heading():
    """Posts cut into short lines: "Президент" / "России Владимир Путин" / "заявил, что …" is one sentence."""
    text = (
        "Президент\nРоссии Владимир Путин\nзаявил, что многополярный мир стал реальностью.\n"
        "«Беларусь приступает к работе в организации», -\nзаявил президент\nБеларуси Александр Лукашенко."
    )
    segments = segment(text)
    assert [s.kind for s in segments] == ["text", "text"]
    assert segments[0].text.startswith("Президент России Владимир Путин заявил")
    assert segments[1].text.endswith("заявил президент Беларуси Александр Лукашенко.")
    # A title that ends with a capitalised office stays a line of its own.
    titled = segment("Kazakh FM meets SCO Foreign Minister\nOn 5 May the minister met his counterpart in Astana.")
    assert [s.kind for s in titled] == ["heading", "text"]


def test_a_russian_time_stamp_line_is_debris_and_a_quoted_name_ends_a_title():
    text = (
        "В Киргизии пройдут учения «Евразия – Антитеррор – 2023»\n\n"
        "Узбекистан Материалы 30 марта 2017 16:00 (UTC +04:00)\n\n"
        "Совет РАТС ШОС принял решение о проведении совместных учений."
    )
    assert [s.kind for s in segment(text)] == ["heading", "debris", "text"]
    # An agenda item that ends with a quoted name is not a title.
    assert segment("10:00 – Круглый стол «Агропромышленный комплекс и продовольственная безопасность»")[0].kind != (
        "heading"
    )


def test_a_long_speech_title_naming_its_occasion_is_the_title():
    text = (
        "Выступление и ответы на вопросы СМИ Министра иностранных дел Республики Казахстан Е.А.Кошанова в ходе "
        "совместной пресс-конференции по итогам заседания Совета министров иностранных дел государств-членов "
        "Шанхайской организации сотрудничества, Астана, 12 апреля 2023 года\n\n"
        "Мы завершили заседание, которое прошло весьма плодотворно."
    )
    assert [s.kind for s in segment(text)] == ["heading", "text"]
    # A long first line that is a sentence of its own stays text, however it opens.
    statement = "Statement on the results of the meeting was adopted by the ministers of all member states today."
    assert [s.kind for s in segment(statement + "\n\nThe ministers met in Astana.")] == ["text", "text"]


def test_a_date_written_year_first_in_parentheses_is_debris():
    text = "We note the successful presidency.\n\n(2023, July 4)\n\nIn 2023, July 4 was the day the summit opened."
    assert [s.kind for s in segment(text)] == ["text", "debris", "text"]


def test_a_title_that_names_its_own_date_is_the_title_not_a_stamped_headline():
    text = "Spokesperson's Regular Press Conference on October 14, 2024\n\nQ: What do you expect of the meeting?"
    assert [s.kind for s in segment(text)][0] == "heading"


def test_a_staff_byline_is_debris():
    text = "Staff Report\nISLAMABAD: The Foreign Office confirmed the Prime Minister will attend the meeting."
    assert [s.kind for s in segment(text)] == ["debris", "text"]


def test_read_the_full_article_links_are_debris():
    for line in ("Читать всю статью", "Read the full story"):
        assert [s.kind for s in segment(f"The ministers met in Astana.\n\n{line}")] == ["text", "debris"]


def test_a_speech_title_with_its_place_and_date_in_brackets_is_the_title():
    text = (
        "Remarks by President of Russia Vladimir Putin at the SCO Heads of State Council Meeting (Tianjin, September 1)"
        "\n\nNational currencies are used more and more widely in mutual settlements."
    )
    assert [s.kind for s in segment(text)] == ["heading", "text"]
    assert segment("The talks went well (Tianjin, September 1)\n\nMore text here.")[0].kind == "text"


def test_an_agenda_line_opening_with_its_time_is_content_and_a_dated_subtitle_is_kept():
    text = (
        "Forum programme\n\n14:00-15:30 First plenary meeting: Women and Innovative Development\n\n"
        "The bank assumed the presidency of the consortium from October 26, 2022\n\nThe meeting discussed projects."
    )
    kinds = [s.kind for s in segment(text)]
    assert kinds[1] == "text"
    assert kinds[2] != "debris"


@pytest.mark.parametrize(
    "caption",
    [
        "The jury of the SCO film festival. Photo credit: example.com",
        "The adviser delivers the opening remarks at the meeting in New Delhi on 3 March. | Photo Credit: ANI",
        "A delegate speaks at the opening ceremony in Xi'an, April 2, 2025. (Xinhua/Li Wei)",
        "Министры на встрече в Астане. Фото: пресс-служба",
        "Генеральный секретарь ШОС. © Иван Петров / РИА Новости",
        "Delegates arrive at the congress hall in Bishkek, May 14, 2024. /Xinhua Photo",
        "Defence ministers pose before the talks in Minsk in 2019. (AP Photo)",
        "The foreign minister speaks at a briefing in Islamabad on March 2. — APP",
        "The minister at the summit in Astana. — Radio Pakistan/File",
        "The organisation's flag at the entrance of the Secretariat [Getty]",
        "A street of Samarkand on the eve of the summit. Picture: CFP",
        "The adviser with the Secretary-General in Beijing (Image: X@ExampleMinistry)",
        "Министр встретился с генеральным секретарём ШОС (на фото — слева)",
    ],
)
def test_a_photo_caption_with_its_credit_is_debris(caption):
    text = f"Ministers meet in Astana\n\n{caption}\n\nThe ministers approved the plan of joint exercises for 2026."
    assert [s.kind for s in segment(text)] == ["heading", "debris", "text"]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the talks the leaders posed for a group photo",
        "The big picture: the organisation grows",
        "The ministers signed the Photo",
    ],
)
def test_a_sentence_about_a_photo_is_no_caption(sentence):
    assert debris_reason(sentence, None) is None


@pytest.mark.parametrize(
    "line",
    [
        '• New page "Open Government" Detail>>>',
        "Helplines of ministries and agencies Подробнее >>",
        "3.78 BYN",
        "USD 92.5",
        "WHAT ARE YOU LOOKING FOR ?",
        "Tap to bring up your browser menu and select 'Add to homescreen' to pin the web app",
        "The site is not responsible for any mistakes in the translated text. Sorry for the inconvenience.",
        "Read: Chancellor insists that the alliance will not intervene",
    ],
)
def test_links_rates_and_site_widgets_are_debris(line):
    text = f"Ministers meet in Astana\n\n{line}\n\nThe ministers approved the plan of joint exercises for 2026."
    assert [s.kind for s in segment(text)] == ["heading", "debris", "text"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget of the fund reached 3.78 billion BYN.",
        "Read the full statement: the ministers agreed to meet again in May.",
        "The members discussed more details of the plan.",
    ],
)
def test_sentences_with_rates_or_links_words_stay_text(sentence):
    assert debris_reason(sentence, None) is None


def test_related_headlines_with_glued_time_stamps_do_not_make_the_page_one_wrapped_paragraph():
    """Related-news links ("вчераУчастникам …") open in lower case but continue nothing: the header stays
    apart from the lead, and the author and source lines are debris."""
    lines = [
        "Белоруссию примут в ШОС на саммите в Астане",
        "Все о пенсиях в России",
        "вчераУчастникам форума рассказали о новых пенсионных правилах",
        "вчераРоссиянам напомнили о повышении пенсий с 1 января",
        "05.06.2024 15:04",
        "Автор: Анна Смирнова",
        "Источник: Интерфакс",
        "Решение о вступлении Белоруссии в ШОС примут на саммите в Астане, сообщил генсек организации.",
        "Саммит запланирован на 3-4 июля.",
    ]
    found = segment("\n\n".join(lines))
    assert [s.text for s in found] == lines
    assert [s.kind for s in found][4:] == ["debris", "debris", "debris", "text", "text"]
    assert segment("Источник в МИД сообщил, что визит состоится в мае.")[0].kind == "text"


def test_wrapped_paragraphs_between_blank_lines_are_joined_even_after_a_full_stop():
    """Plain-text archives wrap lines at a width and separate paragraphs by blank lines: a line break inside a
    block is a wrap."""
    text = (
        "The Shanghai Cooperation Organization (SCO)\n"
        "of six nations will hold joint exercises in Russia next year, a news\n"
        "agency reported on Wednesday.\n\n"
        "The SCO was founded in 2001 from a regional group set up in 1996. It\n"
        "groups Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, China and Russia.\n"
        "Mongolia, Pakistan, India and Iran are observers at its meetings.\n"
    )
    paragraphs = [s.text for s in segment(text)]
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The Shanghai Cooperation Organization (SCO) of six nations")
    assert paragraphs[1].endswith("observers at its meetings.")


def test_a_line_opening_with_a_comma_continues_the_line_before():
    text = "Наблюдатели отметили\n, что подготовка к саммиту идёт по плану.\nОтдельно обсудили транспорт."
    assert [s.text for s in segment(text)][0] == "Наблюдатели отметили , что подготовка к саммиту идёт по плану."


def test_a_lead_closed_by_its_source_and_date_is_content_not_a_stamped_headline():
    lead = (
        "Секретарь Совета безопасности предложил создать контактную группу для сотрудничества с Кабулом. "
        "РИА Новости, 29.08.2025"
    )
    found = segment(f"Создать контактную группу предложили в Москве\n\n{lead}\n\nГруппа соберётся осенью.")
    assert [s.kind for s in found] == ["heading", "text", "text"]
    assert debris_reason("Министры культуры ШОС встретились в Душанбе 03.05.2022 11:40", None) is not None


@pytest.mark.parametrize(
    "line",
    [
        "09:04 30.04.2011, ЦентрАзия",  # a time stamp and the outlet
        "12 March 2019, 09:40 | Politics",  # and the section
        "17.09.2021, 13:05 (обновлено: 14:22)",  # and the update time
        "2022-06-23 13:46:12 admin source: share:",  # and the page's tools
        "Date: 13:00, 14-09-2016.",  # a labelled stamp
        "• en-GB1 ru-RU1",  # the site's language switch
        "Follow us on Telegram",  # a call to follow the outlet
        "Подписывайтесь на наш канал в Telegram",
        "Views: 1,245",  # a page's counters and widgets
        "Просмотров: 356",
        "Loading...",
        "- Advertisement -",
        "По материалам БелТА.",  # the agency the item was taken from
        "/Будет дополнено/.-0-",  # a wire's "more to follow"
        "На сайте используются cookies. Продолжая использовать сайт, вы принимаете условия",  # the site's notice
        "We use cookies. By continuing to browse the site you agree to our use of cookies.",
        "734025, ш. Душанбе, пр. Рудаки 42,",  # a contact line at the page's foot
        "Address: 12 Peace Avenue, Ulaanbaatar",
        "Tel: +996 312 66 00 00",
    ],
)
def test_stamps_language_switches_and_calls_to_subscribe_are_debris(line):
    text = f"Ministers meet in Astana\n\n{line}\n\nThe ministers approved the plan of joint exercises for 2026."
    assert [s.kind for s in segment(text)] == ["heading", "debris", "text"]


@pytest.mark.parametrize(
    "line",
    [
        "03.07.2006 Moscow to host sectoral meetings",  # a dated headline
        "10:00 – Opening of the forum",  # an agenda item's time
        "Follow-up measures were agreed by the parties.",  # "follow" in a sentence
        "По материалам проверки возбуждено дело.",  # "по материалам" in a sentence
        "Views differ on the trade agenda, the minister said.",
        "The ministers agreed to accept a common policy on the cross-border use of digital signatures.",
        "Address by the President of Kazakhstan at the summit",  # an address that is a speech
        "10000, more or less, took part in the marathon.",  # a number before a comma, no postcode
    ],
)
def test_dated_headlines_agenda_times_and_sentences_are_not_debris(line):
    text = f"Ministers meet in Astana\n\n{line}\n\nThe ministers approved the plan of joint exercises for 2026."
    assert segment(text)[1].kind != "debris"


def test_headlines_that_real_pages_end_or_open_unlike_sentences_are_headings():
    # Our own wording of the forms: a title-case headline with an abbreviated last word, repeated run together.
    title = "SCO Transport Officials Review Corridor Coop."
    text = f"{title}\n\n{title}{title}\n\nThe transport officials met in Tashkent on Monday."
    assert [s.kind for s in segment(text)] == ["heading", "debris", "text"]
    # An abbreviation inside it ends no sentence either.
    assert segment("U.S. Envoy Reviews SCO Ties With Kazakh Officials.\n\nThe envoy met the officials.")[0].kind == (
        "heading"
    )
    # A sentence in ordinary case that ends with an abbreviation stays text.
    assert segment("The sides discussed coop.\n\nThey met in Astana.")[0].kind == "text"
    # A heading closed by a two-word abbreviation in brackets.
    assert segment("Deepening ties\n\nThe meeting of the SCO Business Council (SCO BC)\n\nThe council met.")[
        1
    ].kind == ("heading")
    # An interview's title with a full stop after the agency's quoted name.
    interview = "Интервью Генерального секретаря ШОС информационному агентству «Кабар».\n\nВопрос: Как прошёл год?"
    assert [s.kind for s in segment(interview)] == ["heading", "text"]


def test_a_name_and_colon_before_a_headline_is_a_heading_but_a_turn_that_addresses_the_hall_is_text():
    headline = "Интервью\n\nЛи Вэнь: торговля между странами ШОС удвоится за пять лет\n\nПЕКИН, 3 мая. Ли Вэнь ответил."
    assert [s.kind for s in segment(headline)] == ["heading", "heading", "text"]
    turn = "Opening of the session\n\nPresident Arman Serikov: Dear colleagues\n\nLet me open the meeting."
    assert [s.kind for s in segment(turn)][1] == "text"


def test_links_to_other_stories_inside_the_text_are_debris():
    text = (
        "Москва, 4 июля. Генеральный секретарь ШОС заявил, что реформа организации будет завершена к саммиту.\n\n"
        "- Министры обсудили новые маршруты: коридор пройдет через три страны\n"
        "- Глава МИД: партнерство с соседями станет приоритетом председательства\n\n"
        "«Работа ведется на уровне всех механизмов организации», — сказал он.\n"
    )
    kinds = [s.kind for s in segment(text)]
    assert kinds == ["text", "debris", "debris", "text"]


def test_list_items_the_text_introduces_or_that_close_it_stay_content():
    introduced = (
        "The ministers adopted a plan of action for the coming year.\n\n"
        "It covers the following areas:\n\n"
        "- Joint exercises of the rescue services in mountain regions\n\n"
        "- Early warning of floods and mudflows along shared rivers\n\n"
        "The plan will be reviewed next year."
    )
    assert [s.kind for s in segment(introduced)] == ["text"] * 5
    closing = "The agenda of the forum was approved.\n- Digital trade and e-commerce in the region\n- Green energy"
    assert [s.kind for s in segment(closing)] == ["text", "text", "text"]
    signed = "“We are ready to work together,” the statement reads.\n– Nurlan Yermekbayev\nThe talks went on."
    assert [s.kind for s in segment(signed)][1] == "text"


def test_headlines_with_a_colon_or_closed_by_a_quotation_mark_are_headings_not_turns():
    text = (
        "SCO summit report\n\n"
        "ZHENGZHOU, July 26 (Xinhua) -- The Shanghai Spirit has gained wider recognition, experts said.\n\n"
        "SHANGHAI SPIRIT: MORE RELEVANT THAN EVER\n\n"
        "At the heart of the SCO lies the Shanghai Spirit, participants said at the forum.\n\n"
        "‘Must respect Afghanistan’s sovereignty’\n\n"
        "The minister also called for an inclusive government in Kabul."
    )
    assert [s.kind for s in segment(text)] == ["heading", "text", "heading", "text", "heading", "text"]
    headline = "SCO Summit: Putin Calls for Common Line on Afghanistan in Wake of US 'Flight'"
    assert [s.kind for s in segment(f"{headline}\n\n{headline}\n\nThe leaders met in Dushanbe on Friday.")] == [
        "heading",
        "debris",
        "text",
    ]
    turn = "Press conference\n\nSergey Lavrov: Thank you for the question, colleagues.\n\nThe talks went on."
    assert [s.kind for s in segment(turn)][1] == "text"


def test_a_topics_label_is_debris_and_a_standfirst_closed_by_its_source_is_text():
    page = (
        "Chinese\n\nTopics:\n\nXi Jinping Attends the 24th Meeting of the Council of Heads of State of the Shanghai "
        "Cooperation Organization\n\nOn the morning of July 4, President Xi Jinping attended the meeting in Astana."
    )
    assert [s.kind for s in segment(page)] == ["heading", "debris", "heading", "text"]
    standfirst = (
        "Russia's top drugs official says Afghanistan should become ‘full-fledged SCO member’\n\n"
        '"We should offer Afghanistan as much help as possible," the chief of the drug control service said\n\n'
        "MOSCOW, April 21. /TASS/. Afghanistan should become a member, Russia's top official said on Monday."
    )
    assert [s.kind for s in segment(standfirst)] == ["heading", "text", "text"]


@pytest.mark.parametrize(
    "note",
    [
        "- By DENG HAO The author is secretary-general of the China Center for Shanghai Cooperation Organization "
        "Studies and a research fellow at the China Institute of International Studies.",
        "(The writer is a senior fellow at the Observer Research Foundation.)",
        "Janko Šćepanović, Ph.D., is a Postdoctoral Researcher at East China Normal University in Shanghai. He holds a "
        "Ph.D. degree in International Politics from Fudan University.",
    ],
)
def test_an_op_eds_note_on_its_author_is_debris(note):
    assert debris_reason(note, None) == "author's note"


@pytest.mark.parametrize(
    "sentence",
    [
        "The author is right that the SCO will keep growing.",
        "Ivan Petrov is a professor at MGIMO. He believes that the SCO will grow.",
    ],
)
def test_a_sentence_about_an_author_or_a_scholar_is_content(sentence):
    assert debris_reason(sentence, None) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("На фото главы правительств Казахстана и России Аксар Мамин и Михаил Мишустин.", "photo caption"),
        ("Кадры с заседания межправсовета в расширенном формате смотрите в фотоленте Sputnik Кыргызстан.", "promotion"),
    ],
)
def test_a_russian_caption_or_a_pointer_to_the_photos_is_debris(line, reason):
    assert debris_reason(line, None) == reason


def test_a_sentence_about_photographs_is_content():
    assert debris_reason("На фотографиях видно, что лидеры договорились о многом.", None) is None


def test_a_dash_before_a_line_that_goes_on_stays_a_dash_and_a_hyphenated_word_is_joined():
    text = '"Кризис возник из-за политики санкций", -\nотметил Сергей Иванов.\nСотрудничество в сфере транс-\nпорта растёт.'
    assert [p.text for p in segment(text)] == [
        '"Кризис возник из-за политики санкций", - отметил Сергей Иванов.',
        "Сотрудничество в сфере транспорта растёт.",
    ]
