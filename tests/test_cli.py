"""The command line: outputs and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from scotopics.cli import main


def test_analyze_example_prints_themes_and_key_statements(capsys):
    assert main(["analyze", "--example", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "themes:" in out and "key statements:" in out and "health" in out


def test_json_output_is_one_object_per_document(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The ministers agreed to expand trade and investment.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Health ministers discussed vaccines.", encoding="utf-8")
    assert main(["analyze", str(tmp_path), "--format", "json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"].rsplit("/", 1)[-1] for line in lines] == ["a.txt", "b.md"]


def test_a_failing_file_is_reported_and_the_rest_still_run(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Trade grew between the member states.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa broken")
    assert main(["classify", str(bad), str(good), str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert "good.txt" in captured.out
    assert "bad.txt" in captured.err and "UTF-8" in captured.err and "missing.txt" in captured.err


def test_usage_error_exits_2():
    result = subprocess.run([sys.executable, "-m", "scotopics", "analyze"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "give files" in result.stderr


def test_stdin_and_themes(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Terrorist threats were discussed.")))
    assert main(["summarize", "-", "-n", "1", "--format", "table"]) == 0
    assert "Terrorist threats" in capsys.readouterr().out
    assert main(["themes"]) == 0
    assert "security\tRegional security and stability" in capsys.readouterr().out


def test_jsonl_input_passes_ids_through_and_reports_bad_records(tmp_path, capsys):
    data = tmp_path / "in.jsonl"
    data.write_text(
        '{"doc": "d1", "body": "Trade grew."}\n{"doc": "d2"}\nnot json\n{"doc": "d4", "body": "Vaccines arrived."}\n',
        encoding="utf-8",
    )
    code = main(["classify", str(data), "--text-field", "body", "--id-field", "doc"])
    captured = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["d1", "d4"]
    assert "line 2" in captured.err and "line 3" in captured.err


def test_csv_output_and_parallel_jobs(tmp_path, capsys):
    for name, text in (("a.txt", "Trade grew.\nTerrorists were arrested."), ("b.txt", "Vaccines arrived.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["analyze", str(tmp_path), "--format", "csv", "--n-jobs", "2"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["id"].rsplit("/", 1)[-1], r["paragraph"]) for r in rows] == [
        ("a.txt", "0"),
        ("a.txt", "1"),
        ("b.txt", "0"),
    ]
    assert "economy" in rows[0]["themes"]


def test_stdin_jsonl_and_progress(capsys, monkeypatch):
    import io as _io

    monkeypatch.setattr(sys, "stdin", _io.TextIOWrapper(_io.BytesIO(b'{"id": "s1", "text": "Trade grew."}\n')))
    assert main(["summarize", "-", "--jsonl", "--progress"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["id"] == "s1"
    assert "1/" in captured.err or "doc" in captured.err
