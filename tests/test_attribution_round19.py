"""Speaker cases met on the development pages in the nineteenth round (written anew here, never copied)."""

from __future__ import annotations

import scotopics
from scotopics.models.attribution import SpeakerDocument, attribute
from scotopics.models.attribution.next_sources import source_named_next
from scotopics.models.attribution.trailing import trailing_source
from scotopics.models.attribution.transcripts import strip_answer_prefix

from .test_attribution_pages import resolve_with_default_model


def test_a_name_before_its_office_between_commas_is_the_speaker():
    """ "Name, Office, noted": the person speaks, not the apposition after the name."""
    found = attribute("Li Wenhai, Minister of Transport of China, noted that freight along the corridor had doubled.")
    assert (found.speaker, found.verb) == ("Li Wenhai", "noted")


def test_an_office_before_the_name_between_commas_still_gives_the_name():
    found = attribute("The Minister of Transport of China, Li Wenhai, proposed a joint digital platform for freight.")
    assert found.speaker == "Li Wenhai"


def test_an_outlet_that_says_what_others_said_only_carries_it():
    """ "Kazinform says the delegates agreed …": the delegates speak; the agency carries their words."""
    found = attribute("Kazinform says the delegates agreed that the new railway line should open by 2027.")
    assert found.speaker == "the delegates"
    assert attribute("Kazinform says the railway line will open by 2027.").speaker == "Kazinform"


def test_a_lead_standing_alone_is_named_by_the_next_paragraph():
    """A wire's one-sentence lead, then a paragraph that opens "Как сообщает …, об этом сказал X": X said it."""
    paragraphs = (
        ("БИШКЕК /Kabar/ - Город Ош станет молодежной столицей ШОС на период председательства Кыргызстана.",),
        (
            "Как сообщает во вторник собственный корреспондент агентства Kabar, об этом сказал министр культуры "
            "Кыргызстана Алтынбек Максутов на заседании в Бишкеке.",
            "По его словам, в Оше пройдут фестиваль и форум молодых ученых.",
        ),
    )
    document = SpeakerDocument("Ош станет молодежной столицей ШОС", paragraphs)
    named = source_named_next(document, 0)
    assert named is not None and named.speaker == "Алтынбек Максутов"
    found = resolve_with_default_model("Ош станет молодежной столицей ШОС", [list(p) for p in paragraphs], (0, 0))
    assert found.speaker == "Алтынбек Максутов"


def test_a_sentence_inside_a_paragraph_is_not_named_by_the_next_paragraph():
    paragraphs = (
        ("Город Ош станет молодежной столицей ШОС.", "В городе пройдут фестиваль и форум."),
        ("Об этом сказал министр культуры Кыргызстана Алтынбек Максутов.",),
    )
    assert source_named_next(SpeakerDocument("", paragraphs), 0) is None


def test_an_answer_prefix_with_a_stop_and_a_colon_is_removed():
    assert strip_answer_prefix("A.: The Council brings together banks of all member states.") == (
        "The Council brings together banks of all member states."
    )


def test_the_writers_reminder_of_the_background_is_no_key_statement():
    """ "Напомним, что …" / "It should be noted that …" recall background: never a statement, even as filler."""
    text = (
        "Министры транспорта стран ШОС договорились создать рабочую группу по цифровым перевозкам.\n\n"
        "Министр транспорта Казахстана подчеркнул, что коридор Китай – Европа должен работать без задержек.\n\n"
        "Напомним, что председательство в ШОС в этом году перешло к Казахстану и продлится до лета."
    )
    texts = [k.text for k in scotopics.summarize(text, n=3)]
    assert len(texts) == 2 and not any(t.startswith("Напомним") for t in texts)


def test_a_russian_name_with_its_office_in_commas_speaks_and_the_object_never_does():
    """ "Name, Office, подчеркнул важность …": the person speaks; "важность транзита" is what was stressed."""
    found = attribute("Алия Сапарова, министр транспорта Казахстана, подчеркнула важность нового коридора.")
    assert (found.speaker, found.verb) == ("Алия Сапарова", "подчеркнула")
    assert attribute("Коридор откроется в мае, подчеркнул глава министерства.").speaker == "глава министерства"
    assert trailing_source("Торговля выросла, отметил необходимость новых маршрутов.") is None


def test_asking_for_three_statements_gives_three_even_when_picks_share_a_quotation():
    """Several picks inside one quotation make one statement; more are picked until there are three."""
    text = (
        "The SCO energy ministers approved a joint plan in Bishkek on Tuesday.\n\n"
        '"We will build the new power lines together. We must connect our grids by 2030. We will open the market '
        'for clean energy. We shall finance joint hydropower projects," Minister of Energy of Kyrgyzstan '
        "Taalaibek Ibraev said.\n\n"
        "The meeting was held at the Ala-Archa residence.\n\n"
        "Electricity demand in the region grows by five per cent a year."
    )
    statements = scotopics.summarize(text, n=3)
    assert len(statements) == 3
    assert statements[1].text.startswith('"We will build') and statements[1].speaker == "Taalaibek Ibraev"
    auto = scotopics.analyze(text).key_statements  # the document's own count is not filled up
    assert len(auto) < 3
