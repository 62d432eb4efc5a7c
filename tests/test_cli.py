"""The command line: outputs and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from scotopics.cli import main


def test_analyze_example_prints_themes_and_key_statements(capsys):
    assert main(["analyze", "--example"]) == 0
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
    assert main(["summarize", "-", "-n", "1"]) == 0
    assert "Terrorist threats" in capsys.readouterr().out
    assert main(["themes"]) == 0
    assert "security\tRegional security and stability" in capsys.readouterr().out
