"""A user's first hour (issue 14): the command line, reports, notebooks and the API do what they say.

Each test is named after the numbered item of the issue it covers.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

import scotopics
from scotopics.cli import main
from scotopics.overview import theme_overview
from scotopics.report import THEME_COLOURS, corpus_report, document_report
from scotopics.results import DocumentAnalysis, KeyStatement, ParagraphResult

ROOT = Path(__file__).resolve().parents[1]
SMALL_DATA = Path(__file__).parent / "data" / "small_three_classes.csv"

PAGE = """Home > News > Press releases
SCO Secretary-General meets heads of health agencies
The Secretary-General met the heads of the health agencies of the member states in Dushanbe. They discussed vaccines and a joint response to epidemics.
Vladimir Norov stressed that the pandemic had shown the need for a joint mechanism to exchange data on outbreaks within 24 hours.
Share | Print | ©
Поделиться
"""

RUSSIAN = (
    "Генеральный секретарь ШОС Владимир Норов принял участие в совещании министров здравоохранения "
    "государств-членов. Стороны обсудили вопросы вакцинации и совместного реагирования на эпидемии."
)
ENGLISH = "The ministers agreed to expand trade, investment and customs cooperation between the member states."


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scotopics", *args], capture_output=True, text=True, input=stdin, cwd=ROOT, timeout=300
    )


def _one_clean_line(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr


# -- 1. tracebacks and exit codes ---------------------------------------------------


def test_item_1_negative_n_is_a_one_line_usage_error(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(ENGLISH, encoding="utf-8")
    result = _cli("analyze", str(doc), "-n", "-3")
    assert result.returncode == 2
    _one_clean_line(result.stderr)
    assert "-n" in result.stderr and "zero or more" in result.stderr


def test_item_1_one_fold_is_a_usage_error_not_a_traceback():
    result = _cli("evaluate", str(SMALL_DATA), "--label-column", "topic", "--folds", "1")
    assert result.returncode == 2
    _one_clean_line(result.stderr)
    assert "--folds" in result.stderr


def test_item_1_texts_without_words_to_learn_give_one_line(tmp_path):
    data = tmp_path / "stop.csv"
    data.write_text("text,label\n" + "".join(f"the and of it,{'ab'[i % 2]}\n" for i in range(12)), encoding="utf-8")
    result = _cli("train", str(data), "--out", str(tmp_path / "m.npz"))
    assert result.returncode == 1
    _one_clean_line(result.stderr)
    assert "no words are left" in result.stderr
    with pytest.raises(scotopics.EmptyInputError, match="no words are left"):
        scotopics.train(["the and of it"] * 6, ["a", "b"] * 3)


def test_item_1_words_in_every_text_still_train(tmp_path):
    """Few texts that share most words: scikit-learn used to say "After pruning, no terms remain"."""
    words = ("grain", "border", "oil", "rail", "wheat", "patrol")
    texts = [f"trade security cooperation {word}" for word in words]  # each word in every text, or in one
    model = scotopics.train(texts, ["economy", "security"] * 3)
    assert len(model.classify(["trade security cooperation grain"])) == 1


def test_item_1_an_empty_label_cell_is_an_error_naming_the_text(tmp_path):
    data = tmp_path / "labels.csv"
    rows = [f"Trade grew by {i} per cent this year.,economy" for i in range(6)]
    rows += [f"Health ministers discussed vaccine number {i}.,health" for i in range(5)]
    rows.append("A text nobody labelled.,")
    data.write_text("text,label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = _cli("train", str(data), "--out", str(tmp_path / "m.npz"))
    assert result.returncode == 1
    _one_clean_line(result.stderr)
    assert "text 11" in result.stderr and "empty" in result.stderr
    with pytest.raises(scotopics.EmptyInputError, match="text 2"):
        scotopics.evaluate(["a b", "c d", "e f"], ["x", "y", ""], cv=2)


# -- 2. languages -------------------------------------------------------------------


def test_item_2_table_does_not_call_russian_unread(tmp_path, capsys):
    doc = tmp_path / "ru.txt"
    doc.write_text(RUSSIAN, encoding="utf-8")
    assert main(["analyze", str(doc), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "not read" not in out
    assert "health" in out


def test_item_2_mixed_document_decides_language_per_paragraph():
    model = scotopics.load()
    analysis = model.analyze(f"{RUSSIAN}\n\n{ENGLISH}\n\n{RUSSIAN}")
    languages = [p.language for p in analysis.paragraphs if p.kind == "text"]
    assert languages == ["ru", "en", "ru"]
    assert "economy" in analysis.paragraphs[1].themes
    # a Russian name in an English document does not switch the paragraph
    single = model.analyze(f"{ENGLISH} Владимир Норов said so.\n\n{ENGLISH}")
    assert {p.language for p in single.paragraphs} == {"en"}


# -- 3. several files, undated documents, bad dates ----------------------------------


def test_item_3_several_files_give_a_section_per_document(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Trade talks in Tashkent\n{ENGLISH}", encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="document">') == 2
    assert "SCO Secretary-General meets heads of health agencies" in page and "Trade talks in Tashkent" in page


def test_item_3_corpus_of_undated_files_reports_them(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b.txt").write_text("Health ministers discussed vaccines.", encoding="utf-8")
    out = tmp_path / "corpus.html"
    assert main(["report", str(folder), "--corpus", "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<td>undated</td><td>2</td>" in page and "0 rows" not in page
    assert main(["corpus", str(folder), "--by", "month"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["month"], r["documents"]) for r in rows] == [("undated", "2")]


def test_item_3_a_bad_date_is_an_error_on_that_record(tmp_path, capsys):
    data = tmp_path / "news.jsonl"
    lines = [
        {"id": "a", "text": ENGLISH, "date": "yesterday"},
        {"id": "b", "text": ENGLISH, "date": "2021-03-02"},
    ]
    data.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert main(["corpus", str(data), "--by", "month"]) == 1
    captured = capsys.readouterr()
    assert "yesterday" in captured.err and "line 1" in captured.err
    assert "yesterd" not in captured.out and "2021-03" in captured.out


# -- 4. the title --------------------------------------------------------------------


def test_item_4_title_is_the_headline_not_the_breadcrumb():
    analysis = scotopics.analyze(PAGE)
    assert analysis.title == "SCO Secretary-General meets heads of health agencies"
    assert "<title>SCO Secretary-General meets heads of health agencies</title>" in document_report(analysis)
    stamped = scotopics.analyze(scotopics.example_text())
    assert stamped.title == "SCO Secretary-General meets heads of health and emergency agencies"


# -- 5. shares -----------------------------------------------------------------------


def test_item_5_shares_sum_to_one_are_named_so_and_the_bar_does_not_rescale():
    analysis = scotopics.analyze(scotopics.example_text())
    assert sum(analysis.themes.values()) == pytest.approx(1.0, abs=1e-3)
    assert "share of tagged content" in document_report(analysis)
    assert "share" in DocumentAnalysis.__doc__ and "tagged content" in DocumentAnalysis.__doc__
    # a bar is drawn as the numbers say: half the shares fill half the bar
    half = DocumentAnalysis(analysis.paragraphs, {t: w / 2 for t, w in analysis.themes.items()})
    widths = [float(w) for w in re.findall(r'<span style="width:([\d.]+)%', document_report(half))]
    assert sum(widths) == pytest.approx(50, abs=0.5)


# -- 6 and 7. explanations -----------------------------------------------------------


def test_item_6_explain_shows_the_words_of_the_text():
    model = scotopics.load()
    text = (
        "The delegation thanked the hosts for their warm hospitality. "
        "Both sides reaffirmed the central role of the United Nations."
    )
    terms = [term for theme in model.themes for term, _ in model.explain(text, theme, k=30)]
    written = set(re.findall(r"\w+", text))
    assert all(set(term.split()) <= written for term in terms), terms  # every word as written in the text
    assert "warm hospitals" not in terms and "united national" not in " ".join(terms).lower()
    assert any(term in ("warm hospitality", "hospitality") for term in terms)
    assert any("United Nations" in term or term == "Nations" for term in terms)


def test_item_7_explain_a_theme_the_paragraph_did_not_get():
    paragraph = scotopics.load().classify([ENGLISH], explain=True)[0]
    assert "health" not in paragraph.themes
    terms = paragraph.explain("health")
    assert terms and any(weight < 0 for _, weight in terms)
    with pytest.raises(scotopics.UnknownThemeError):
        paragraph.explain("weather")


# -- 8. inputs -----------------------------------------------------------------------


def test_item_8_encoding_option_reads_windows_1251(tmp_path, capsys):
    doc = tmp_path / "ru.txt"
    doc.write_bytes(RUSSIAN.encode("cp1251"))
    assert main(["classify", str(doc)]) == 1  # not UTF-8
    assert "UTF-8" in capsys.readouterr().err
    assert main(["classify", str(doc), "--encoding", "cp1251"]) == 0
    assert "health" in json.loads(capsys.readouterr().out)["themes"]
    assert _cli("classify", str(doc), "--encoding", "klingon").returncode == 2


def test_item_8_folders_include_html_and_an_empty_folder_fails(tmp_path, capsys):
    (tmp_path / "page.html").write_text(f"<html><body><h1>News</h1><p>{ENGLISH}</p><p>More.</p></body></html>")
    (tmp_path / "page.htm").write_text(f"<html><body><p>{ENGLISH}</p><div>x</div><br></body></html>")
    assert main(["classify", str(tmp_path)]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert [i.rsplit("/", 1)[-1] for i in ids] == ["page.htm", "page.html"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["classify", str(empty)]) == 1
    assert "holds no files" in capsys.readouterr().err


def test_item_8_markdown_is_read_as_its_text(tmp_path, capsys):
    doc = tmp_path / "note.md"
    doc.write_text(
        "# Health ministers meet\n\nVladimir Norov *stressed* that the [pandemic](https://example.org/covid) "
        "had shown the need for a **joint mechanism** to exchange data on outbreaks.\n",
        encoding="utf-8",
    )
    assert main(["summarize", str(doc), "-n", "1"]) == 0
    statement = json.loads(capsys.readouterr().out)["key_statements"][0]["text"]
    assert statement.startswith("Vladimir Norov stressed that the pandemic had shown the need for a joint mechanism")
    assert "*" not in statement and "](" not in statement


def test_item_8_a_jsonl_line_that_is_not_json_says_so(tmp_path, capsys):
    data = tmp_path / "in.jsonl"
    data.write_text('{"text": "Trade grew."}\n{"text": "oops\n', encoding="utf-8")
    assert main(["classify", str(data)]) == 1
    assert "line 2 is not JSON" in capsys.readouterr().err


# -- 9. summarize on the command line ----------------------------------------------------


def test_item_9_summarize_shows_speaker_verb_and_kind(capsys):
    assert main(["summarize", "--example", "--format", "table"]) == 0
    assert "[call; Vladimir Norov, stressed]" in capsys.readouterr().out
    assert main(["summarize", "--example", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {"speaker", "verb", "kind"} <= set(rows[0])
    assert ("Vladimir Norov", "stressed", "call") in {(r["speaker"], r["verb"], r["kind"]) for r in rows}


def test_item_9_summarize_themes_words_and_by_theme(capsys):
    model = scotopics.load()
    text = scotopics.example_text()
    assert main(["summarize", "--example", "--themes", "environment", "-n", "1"]) == 0
    got = json.loads(capsys.readouterr().out)["key_statements"]
    assert [k["text"] for k in got] == [k.text for k in model.summarize(text, 1, themes=["environment"])]
    assert main(["summarize", "--example", "--words", "40"]) == 0
    got = json.loads(capsys.readouterr().out)["key_statements"]
    assert [k["text"] for k in got] == [k.text for k in model.summarize(text, None, words=40)]
    assert main(["summarize", "--example", "--by-theme"]) == 0
    by_theme = json.loads(capsys.readouterr().out)["by_theme"]
    assert list(by_theme) == list(model.summarize_by_theme(text))
    assert _cli("summarize", "--example", "--themes", "weather").returncode == 2


# -- 10. the Quick start ---------------------------------------------------------------


def test_item_10_the_quick_start_runs_as_pasted():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1]
    code = re.search(r"```python\n(.*?)```", quick_start, re.DOTALL).group(1)
    assert "example_text()" in code
    exec(compile(code, "README Quick start", "exec"), {})


# -- 11. reports ------------------------------------------------------------------------


def test_item_11_reports_use_theme_names_and_one_colour_per_theme(tmp_path):
    pytest.importorskip("matplotlib")
    from matplotlib.image import imread

    model = scotopics.load()
    analysis = model.analyze(scotopics.example_text())
    page = document_report(analysis)
    health = THEME_COLOURS["health"]
    assert f'background:{health}" title="health">Public health' in page
    records = [("a", analysis, "2021-01-05"), ("b", analysis, "2021-03-05")]
    table = theme_overview(records, model.themes, by="month")
    plot = table.plot(tmp_path / "plot.png", names={t.id: t.name for t in model.taxonomy})
    corpus = corpus_report(table, plot=plot, names={t.id: t.name for t in model.taxonomy})
    assert f'<i class="swatch" style="background:{health}"></i>Public health' in corpus
    pixels = imread(plot)[..., :3].reshape(-1, 3)
    wanted = [int(health[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    assert (abs(pixels - wanted).max(axis=1) < 0.02).sum() > 100  # the health bars have the report's colour


def test_item_11_months_without_documents_stay_and_the_table_fits(tmp_path):
    model = scotopics.load()
    analysis = model.analyze(ENGLISH)
    table = theme_overview([("a", analysis, "2021-01-05"), ("b", analysis, "2021-03-05")], model.themes, by="month")
    assert [(r["month"], r["documents"]) for r in table.rows] == [("2021-01", 1), ("2021-02", 0), ("2021-03", 1)]
    assert '<div class="wide"><table>' in corpus_report(table)


def test_item_11_share_print_and_trailing_lines_are_debris_not_headings():
    page = document_report(scotopics.analyze(PAGE))
    assert '<div class="debris">Share | Print | ©</div>' in page
    assert '<div class="debris">Поделиться</div>' in page
    assert '<div class="heading">' not in page.split("<h2>Document</h2>", 1)[-1].split("Vladimir Norov stressed")[-1]


# -- 12. small data ----------------------------------------------------------------------


def _small_data() -> tuple[list[str], list[str]]:
    with SMALL_DATA.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r["topic"] for r in rows]


def test_item_12_small_data_scores_as_well_as_plain_tfidf_svm():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    texts, labels = _small_data()
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    plain = cross_val_score(make_pipeline(TfidfVectorizer(), LinearSVC()), texts, labels, cv=folds).mean()
    report = scotopics.evaluate(texts, labels, cv=5)
    assert report.exact_match >= plain - 0.01
    assert report.settings["min_df"] == 1


def test_item_12_the_output_says_when_data_are_too_few(tmp_path):
    result = _cli("evaluate", str(SMALL_DATA), "--label-column", "topic")
    assert result.returncode == 0
    assert "too few to trust" in result.stdout
    trained = _cli("train", str(SMALL_DATA), "--label-column", "topic", "--out", str(tmp_path / "m.npz"))
    assert trained.returncode == 0 and "too few to trust" in trained.stderr


# -- 13. notebook and REPL display --------------------------------------------------------


def test_item_13_short_repr_readable_str_and_html():
    analysis = scotopics.analyze(scotopics.example_text())
    text = repr(analysis)
    assert len(text) < 300 and "\n" not in text
    assert "paragraphs=" in text and "key_statements=3" in text and "health" in text
    assert len(repr(analysis.paragraphs[4])) < 200 and len(repr(analysis.key_statements[0])) < 200
    lines = str(analysis).splitlines()
    assert lines[0] == analysis.title and any(line.startswith("key statements") for line in lines)
    assert str(analysis.key_statements[0]).endswith("[call; Vladimir Norov, stressed]")
    html = analysis._repr_html_()
    assert 'class="chip"' in html and "<mark" in html and "Vladimir Norov" in html and "Public health" in html


def test_item_13_the_notebook_display_renders_in_a_browser(tmp_path, browser_dom):
    html = scotopics.analyze(scotopics.example_text())._repr_html_()
    page = tmp_path / "cell.html"
    page.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{html}</body></html>')
    dom = browser_dom(page)
    assert "Key statements" in dom and "Vladimir Norov" in dom and "Public health" in dom


# -- 14. API gaps --------------------------------------------------------------------------


def test_item_14_to_dataframe_title_and_id():
    pytest.importorskip("pandas")
    model = scotopics.load()
    analysis = model.analyze(PAGE, id="press-1")
    frame = analysis.to_dataframe()
    assert len(frame) == len(analysis.paragraphs)
    assert list(frame["paragraph"]) == [p.index for p in analysis.paragraphs]
    assert set(model.themes) <= set(frame.columns) and (frame["id"] == "press-1").all()
    assert math.isnan(frame.loc[0, "health"])  # the breadcrumb has no scores
    assert analysis.id == "press-1" and analysis.to_dict()["title"] == analysis.title


def test_item_14_failure_is_exported():
    assert scotopics.Failure in [type(r) for r in scotopics.load().analyze_many([None])]
    assert "Failure" in scotopics.__all__


def test_item_14_thresholds_by_theme_name_and_min_score(tmp_path):
    model = scotopics.load(scotopics.default_model_path())  # a private copy: thresholds are changed below
    text = "Vaccines were delivered to the member states."
    before = model.classify([text])[0]
    assert "health" in before.themes and 0 < model.thresholds["health"] < 1
    model.thresholds["health"] = 1.0
    assert "health" not in model.classify([text])[0].themes
    model.thresholds = {"health": 0.3}
    assert model.thresholds["health"] == 0.3
    loaded = scotopics.load(model.save(tmp_path / "m.npz"))
    assert loaded.thresholds["health"] == 0.3
    with pytest.raises(scotopics.UnknownThemeError):
        model.thresholds["weather"] = 0.5
    with pytest.raises(scotopics.ParameterError):
        model.thresholds["health"] = 1.5
    strict = model.classify([text], min_score=0.99)[0]
    assert all(strict.scores[t] >= 0.99 for t in strict.themes)
    # one theme's own bar lowered to its score: it joins, the others keep theirs (the runner-up, so that the
    # check does not hang on one model's score for one theme)
    runner_up = max((t for t in before.scores if t not in before.themes), key=before.scores.__getitem__)
    assert 0 < before.scores[runner_up] < 0.5
    loose = model.classify([text], min_score={runner_up: before.scores[runner_up]})[0]
    assert set(loose.themes) == {*before.themes, runner_up}


def test_item_14_classify_dataframe_leaves_failed_rows_empty():
    pandas = pytest.importorskip("pandas")
    from scotopics.frames import classify_dataframe

    frame = pandas.DataFrame({"text": ["Vaccines arrived.", None]})
    out = classify_dataframe(frame, "text")
    assert out.loc[0, "score_health"] > 0.5
    assert math.isnan(out.loc[1, "score_health"]) and out.loc[1, "error"]


def test_item_13_repr_of_the_result_types_without_a_model():
    statement = KeyStatement("It was decided.", 0, 0, 0.5, kind="decision")
    paragraph = ParagraphResult(0, "x " * 500, (), {})
    assert repr(statement).startswith("KeyStatement(paragraph=0") and len(repr(paragraph)) < 150
