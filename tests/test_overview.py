"""Corpus view: dates, tables per document and per month, the plot, and the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest

import scotopics
from scotopics.cli import main
from scotopics.overview import find_date, theme_overview


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On 14 October 2021, the ministers met.", "2021-10-14"),
        ("Meeting of ministers 03.05.2022 11:40", "2022-05-03"),
        ("BEIJING, June 5, 2019 (Xinhua) - The summit opened.", "2019-06-05"),
        ("Published 2020-02-29 by the Secretariat.", "2020-02-29"),
        ("The ministers met on 5 June and agreed on a plan.", None),
    ],
)
def test_find_date(text, date):
    assert find_date(text) == date


def test_theme_overview_per_document_and_per_month():
    model = scotopics.load()
    docs = [
        ("a", "Trade grew by 10 per cent.", "2021-03-02"),
        ("b", "Health ministers discussed vaccines.", "2021-03-20"),
        ("c", "Terrorist cells were neutralised.", "2021-04-01"),
        ("d", "Trade and investment grew.", None),
    ]
    records = [(i, model.analyze(t), d) for i, t, d in docs]
    per_document = theme_overview(records, model.themes)
    assert [r["id"] for r in per_document.rows] == ["a", "b", "c", "d"]
    assert per_document.rows[0]["economy"] > 0.5
    per_month = theme_overview(records, model.themes, by="month")
    # the undated document is reported in a row of its own, not dropped
    assert [(r["month"], r["documents"]) for r in per_month.rows] == [("2021-03", 2), ("2021-04", 1), ("undated", 1)]
    assert per_month.rows[0]["economy"] == pytest.approx(
        (per_document.rows[0]["economy"] + per_document.rows[1]["economy"]) / 2, abs=1e-3
    )
    rows = list(csv.DictReader(io.StringIO(per_month.to_csv())))
    assert rows[1]["terrorism_extremism"] != "0.0"


def test_plot_writes_a_png(tmp_path):
    pytest.importorskip("matplotlib")
    model = scotopics.load()
    text = (
        "The ministers agreed to expand trade and investment between the member states and to cut customs "
        "barriers.\n\nThe health ministers approved a joint plan to produce vaccines against new epidemics."
    )
    records = [(str(i), model.analyze(text), f"2021-0{i}-01") for i in range(1, 4)]
    assert any(share for _, analysis, _ in records for share in analysis.themes.values())
    path = theme_overview(records, model.themes, by="month").plot(tmp_path / "shares.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_of_documents_without_themes_is_an_empty_chart(tmp_path):
    pytest.importorskip("matplotlib")
    model = scotopics.load()
    records = [(str(i), model.analyze("Hello."), f"2021-0{i}-01") for i in range(1, 3)]
    path = theme_overview(records, model.themes, by="month").plot(tmp_path / "empty.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_corpus_by_month_from_jsonl_with_plot(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    data = tmp_path / "docs.jsonl"
    lines = [
        {"id": "x1", "text": "Trade grew by 10 per cent.", "date": "2022-01-05"},
        {"id": "x2", "text": "Health ministers discussed vaccines.", "date": "2022-02-07"},
        {"id": "x3", "body": "no text field here"},
    ]
    data.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    png = tmp_path / "plot.png"
    assert main(["corpus", str(data), "--by", "month", "--plot", str(png)]) == 1
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert [r["month"] for r in rows] == ["2022-01", "2022-02"]
    assert "line 3" in captured.err
    assert png.exists()
