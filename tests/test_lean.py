"""Start-up that imports nothing heavy, and the lazy scores mapping of results."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

import numpy as np

import scotopics
from scotopics.results import ParagraphResult, ThemeScores


def _modules_after(code: str) -> set[str]:
    """The modules loaded by a fresh interpreter after running ``code``."""
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_importing_the_package_loads_no_numpy_sklearn_or_nltk():
    loaded = _modules_after("import scotopics")
    assert not {"numpy", "sklearn", "nltk", "scipy"} & loaded


def test_version_help_and_themes_load_no_sklearn_or_nltk():
    for argv in (["--version"], ["--help"], ["themes"]):
        code = f"from scotopics.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass"
        loaded = _modules_after(code)
        assert not {"sklearn", "nltk", "scipy"} & loaded, argv


def test_themes_lists_the_taxonomy_of_the_model(capsys):
    from scotopics.cli import main

    assert main(["themes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{t.id}\t{t.name}" for t in scotopics.load().taxonomy]


def test_the_lazy_package_exposes_every_public_name():
    assert set(scotopics.__all__) <= set(dir(scotopics))
    for name in scotopics.__all__:
        assert getattr(scotopics, name) is not None
    assert scotopics.analyze is scotopics.api.analyze


def test_theme_scores_behave_like_a_read_only_dict():
    scores = ThemeScores(("health", "security"), np.array([0.25, 0.75]))
    expected = {"health": 0.25, "security": 0.75}
    assert scores == expected and expected.__eq__(scores) is NotImplemented  # so Python asks ThemeScores
    assert dict(scores) == {"health": 0.25, "security": 0.75}
    assert list(scores) == ["health", "security"] and len(scores) == 2 and "health" in scores
    assert scores.get("economy", 0.0) == 0.0 and type(scores["health"]) is float
    assert pickle.loads(pickle.dumps(scores)) == scores
    assert not hasattr(scores, "__setitem__")


def test_classified_results_round_trip_and_compare():
    (result,) = scotopics.classify(["The ministers agreed to fight terrorism and drug trafficking together."])
    assert isinstance(result.scores, ThemeScores)
    assert set(result.scores) == set(scotopics.load().themes)
    assert json.loads(json.dumps(result.to_dict()))["scores"] == dict(result.scores)
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result
    plain = ParagraphResult(result.index, result.text, result.themes, dict(result.scores), language=result.language)
    assert plain == result
    assert result.themes == tuple(sorted(result.themes, key=lambda t: -result.scores[t]))
