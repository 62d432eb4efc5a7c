"""A golden copy of ``scotopics analyze --example``: any change to what users see must be deliberate.

After a deliberate change (a rebuilt default model, a new output field), regenerate it with

    scotopics analyze --example --format json > tests/golden/example_analysis.json

and review the diff like any other change.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from scotopics.cli import main

GOLDEN = Path(__file__).parent / "golden" / "example_analysis.json"


def _same(found, expected, where="") -> list[str]:
    """Differences between two JSON values; floats may differ by 1e-6 (float rounding across machines)."""
    if isinstance(expected, float) and isinstance(found, (int, float)):
        return [] if math.isclose(found, expected, abs_tol=1e-6) else [f"{where}: {found} != {expected}"]
    if isinstance(expected, dict) and isinstance(found, dict):
        if set(found) != set(expected):
            return [f"{where}: keys {sorted(set(found) ^ set(expected))} differ"]
        return [d for key in expected for d in _same(found[key], expected[key], f"{where}.{key}")]
    if isinstance(expected, list) and isinstance(found, list):
        if len(found) != len(expected):
            return [f"{where}: {len(found)} items != {len(expected)}"]
        return [d for i, (f, e) in enumerate(zip(found, expected)) for d in _same(f, e, f"{where}[{i}]")]
    return [] if found == expected else [f"{where}: {found!r} != {expected!r}"]


def test_analyze_example_matches_the_golden_copy(capsys):
    assert main(["analyze", "--example", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    differences = _same(found, json.loads(GOLDEN.read_text(encoding="utf-8")))
    assert differences == [], "\n".join(differences[:20])


def test_the_comparison_notices_a_changed_score():
    assert _same({"a": [0.5]}, {"a": [0.5000004]}) == []
    assert _same({"a": [0.6]}, {"a": [0.5]}) != []
    assert _same({"a": "x"}, {"a": "y", "b": 1}) != []
