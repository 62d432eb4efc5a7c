"""Who said what, why this theme, focused summaries, Russian sentences, and the HTML report."""

from __future__ import annotations

import html

import pytest

import scotopics
from scotopics.cli import main
from scotopics.models.attribution import attribute, person_names
from scotopics.report import corpus_report, document_report

NEWS = """SCO Secretary-General meets the Ambassador of India 12.03.2021 10:20
On 12 March 2021, SCO Secretary-General Vladimir Norov received the Ambassador of India to China.
The Secretary-General stressed that the member states must step up joint work against terrorism and drug trafficking.
He proposed to hold a joint exercise of the competent authorities in 2022.
The Indian side informed that trade between India and Central Asia had grown by 20 per cent.
“Health cooperation saved lives during the pandemic. We will keep sharing vaccines,” Mr. Norov said."""


@pytest.mark.parametrize(
    ("sentence", "context", "speaker", "verb"),
    [
        ("Vladimir Norov stressed that the member states must act together.", [], "Vladimir Norov", "stressed"),
        ("He proposed a new mechanism.", ["On 3 May, Zhang Ming met the press."], "Zhang Ming", "proposed"),
        (
            "The Secretary-General noted that trade grew.",
            ["SCO Secretary-General Vladimir Norov opened the forum."],
            "Vladimir Norov",
            "noted",
        ),
        ("According to the Indian side, the talks were useful.", [], "the Indian side", "according to"),
        ("“We are ready,” Mr. Norov said.", ["Vladimir Norov arrived in Dushanbe."], "Vladimir Norov", "said"),
        ("It is planned to approve the programme next year.", [], None, None),
        ("The participants agreed to meet again in 2024.", [], "the participants", "agreed"),
        (
            "They called for closer ties between universities.",
            ["The ministers met in Bishkek."],
            "the ministers",
            "called for",
        ),
    ],
)
def test_attribution_finds_the_speaker_and_verb(sentence, context, speaker, verb):
    found = attribute(sentence, context)
    assert found.speaker == speaker
    assert found.verb == verb


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Heads of State approved the Development Strategy until 2035.", "decision"),
        ("The minister called on partners to open their markets.", "call"),
        ("China will host the next forum and plans to invite 300 experts.", "commitment"),
        ("The Secretary-General noted that the situation remained difficult.", "assessment"),
        ("Trade reached 40 billion dollars in 2019, the agency reported.", "fact"),
        ("Мы высоко оцениваем итоги председательства Киргизии.", "assessment"),
        ("Государства-члены продолжат развивать связи в области образования.", "commitment"),
        ("India highly appreciates the work of the Secretariat.", "assessment"),
        ("В ходе заседания одобрены проекты программы сотрудничества.", "decision"),
        ("Совет принял в четверг на своем заседании решение о проведении учений.", "decision"),
        ("Главы делегаций выступили за развитие гражданской авиации.", "call"),
        ("Министр назвал главным итогом готовность стран к диалогу.", "assessment"),
        ("The minister voiced confidence that the accession will bring new capacity.", "assessment"),
        ("He strongly condemned terrorism in all its forms.", "assessment"),
        ("The Prime Minister reaffirmed Pakistan's commitment to the SCO Charter.", "commitment"),
    ],
)
def test_kind_of_statement(sentence, kind):
    assert attribute(sentence).kind == kind


def test_person_names_leave_out_organisations_and_places():
    names = person_names("Vladimir Norov met the United Nations envoy in the Tian Shan and Zhang Ming spoke.")
    assert names == ["Vladimir Norov", "Zhang Ming"]


def test_key_statements_carry_speaker_verb_and_kind():
    statements = scotopics.analyze(NEWS, n=4).key_statements
    by_start = {k.text[:20]: k for k in statements}
    stressed = by_start["The Secretary-Genera"]
    assert (stressed.speaker, stressed.verb) == ("Vladimir Norov", "stressed")
    assert stressed.kind in {"assessment", "commitment", "call"}
    assert all(k.to_dict()["kind"] in {"decision", "call", "commitment", "assessment", "fact"} for k in statements)


def test_explanations_name_the_terms_behind_each_theme():
    analysis = scotopics.analyze(NEWS, explain=True)
    paragraph = next(p for p in analysis.paragraphs if "terrorism_extremism" in p.themes)
    terms = [term for term, weight in paragraph.explain("terrorism_extremism")]
    assert any(t.startswith(("terror", "drug")) for t in terms)
    weights = [weight for _, weight in paragraph.explain("terrorism_extremism")]
    assert weights[0] > 0  # terms for the theme come first, strongest first, then those against it
    assert weights == sorted(w for w in weights if w > 0)[::-1] + sorted(w for w in weights if w < 0)
    with pytest.raises(scotopics.ParameterError, match="explain=True"):
        scotopics.analyze(NEWS).paragraphs[2].explain("security")
    assert "evidence" in paragraph.to_dict()


def test_top_terms_and_explain_a_text():
    model = scotopics.load()
    health = [term for term, _ in model.top_terms("health", 10)]
    assert "health" in health and len(health) == 10
    terms = dict(model.explain("Vaccines and hospitals for the epidemic.", "health"))
    assert any(t.startswith(("vaccin", "hospital", "epidem")) for t in terms)
    with pytest.raises(ValueError, match="unknown theme"):
        model.top_terms("sports")


def test_focused_summaries_keep_to_the_requested_themes():
    model = scotopics.load()
    about_economy = model.summarize(NEWS, n=2, themes=["economy"])
    assert about_economy and all("trade" in k.text.lower() for k in about_economy)
    by_theme = model.summarize_by_theme(NEWS)
    assert "procedural" not in by_theme
    assert "terrorism_extremism" in by_theme and "terrorism" in by_theme["terrorism_extremism"][0].text
    with pytest.raises(ValueError, match="unknown themes"):
        model.summarize(NEWS, themes=["sports"])


def test_a_word_budget_limits_the_summary():
    model = scotopics.load()
    statements = model.summarize(NEWS, n=None, words=30)
    assert len(statements) >= 1
    assert sum(len(k.text.split()) for k in statements) <= 30 or len(statements) == 1
    with pytest.raises(ValueError):
        model.summarize(NEWS, n=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В.В. Путин отметил это в 2020 г. на саммите. Встреча завершилась.", 2),
        ("Объём торговли вырос на 12 млн долл. в 2021 г. Стороны договорились продолжить работу.", 2),
        ("Он сказал: «Мы готовы. ШОС будет действовать». Встреча завершилась.", 3),
    ],
)
def test_russian_sentences(text, expected):
    assert len(scotopics.split_sentences(text)) == expected


def test_document_report_is_self_contained_and_escapes_text():
    analysis = scotopics.analyze(NEWS + "\nThe ministers discussed <script>alert(1)</script> trade.")
    page = document_report(analysis)
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    assert "<script>" not in page and html.escape("<script>") in page
    assert "http://" not in page and "https://" not in page
    assert "<mark" in page and "Vladimir Norov" in page
    assert "<title>SCO Secretary-General meets the Ambassador of India</title>" in page


def test_corpus_report_embeds_the_plot(tmp_path):
    pytest.importorskip("matplotlib")
    from scotopics.overview import theme_overview

    model = scotopics.load()
    records = [(str(i), model.analyze(NEWS), f"2021-0{i}-01") for i in range(1, 4)]
    table = theme_overview(records, model.themes, by="month")
    page = corpus_report(table, plot=table.plot(tmp_path / "plot.png"))
    assert "data:image/png;base64," in page and "2021-02" in page


def test_cli_report(tmp_path):
    out = tmp_path / "report.html"
    assert main(["report", "--example", "--html", str(out)]) == 0
    assert "key statements" in out.read_text(encoding="utf-8").lower()


def test_report_renders_in_a_real_browser(tmp_path, browser_dom):
    page = tmp_path / "report.html"
    page.write_text(document_report(scotopics.analyze(NEWS)), encoding="utf-8")
    dom = browser_dom(page)
    assert "Key statements" in dom and "Vladimir Norov" in dom
