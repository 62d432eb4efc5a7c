"""Bad and odd input across the public API, large input, threads and processes."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import scotopics
from scotopics.text.inputs import MAX_TEXT_CHARS

NEWS = (
    "On 5 May 2021, the SCO health ministers met via videoconference.\n"
    "The ministers agreed to set up a joint centre for epidemic response and to exchange data on vaccines.\n"
    "Trade between the member states grew by 12 per cent, the Secretary-General noted."
)


def test_html_is_read_as_its_visible_text():
    page = (
        "<html><head><title>News</title><style>p {color: red}</style><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a></nav><p>The ministers agreed to set up a joint centre for epidemic response "
        "and to exchange data on vaccines.</p><div>Trade between the member states grew by 12 per cent.</div>"
        "</body></html>"
    )
    analysis = scotopics.analyze(page)
    texts = [p.text for p in analysis.paragraphs]
    assert not any("<" in t or "color" in t or "var x" in t for t in texts)
    health = [p for p in analysis.paragraphs if "epidemic" in p.text]
    assert health and "health" in health[0].themes
    (result,) = scotopics.classify([page])
    assert "<p>" not in result.text


def test_prose_mentioning_a_tag_is_not_treated_as_html():
    text = "The ministers discussed the <p> element of the draft. Trade grew."
    assert scotopics.classify([text])[0].text == text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("上海合作组织成员国领导人讨论了地区安全与经济合作问题。", "zh"),
        ("وناقش الوزراء التعاون الاقتصادي", "ar"),
        # Cyrillic, but not Russian: an SCO member's own outlet in Kazakh, Uzbek or Kyrgyz, and Ukrainian
        ("Министрлер ШЫҰ елдері арасындағы сауда мен көлік байланыстарын дамыту туралы келісті.", "kk"),
        ("Вазирлар ШҲТ мамлакатлари ўртасидаги савдо ва транспорт алоқаларини ривожлантиришга келишиб олдилар.", "uz"),
        ("Министрлер ШКУ өлкөлөрүнүн ортосундагы соода байланыштарын өнүктүрүү боюнча макулдашты.", "ky"),
        ("Міністри домовилися розвивати торговельні та транспортні зв'язки між країнами ШОС.", "uk"),
    ],
)
def test_unsupported_languages_get_a_documented_result(text, language):
    analysis = scotopics.analyze(text)
    assert analysis.language == language
    assert all(p.themes == () and p.language == language for p in analysis.paragraphs)
    assert analysis.key_statements == () and analysis.themes == {}
    (result,) = scotopics.classify([text])
    assert result.language == language and result.themes == ()
    assert set(result.scores.values()) == {0.0}


def test_a_kazakh_name_in_a_russian_text_keeps_it_russian():
    text = "Президент Казахстана Қасым-Жомарт Тоқаев заявил, что государства ШОС должны расширять торговлю."
    assert scotopics.analyze(text).language == "ru"


#: A paragraph in Tajik (its letters ӣ, ҳ, ҷ mark it), as Central Asian ministries' English pages quote their
#: president before the English text.
TAJIK = (
    "Мо дар соҳаи кишоварзӣ имкониятҳои зиёд дорем ва ҳамкориро бо кишварҳои ҳамсоя "
    "барои таъмини амнияти озуқаворӣ густариш медиҳем."
)
KAZAKH = "Министрлер ШЫҰ елдері арасындағы сауда мен көлік байланыстарын дамыту туралы келісті."


def test_a_passage_in_another_cyrillic_language_gets_its_language_and_no_themes():
    english = "Agriculture ministers agreed to expand trade in grain and to build new storage for food security."
    analysis = scotopics.analyze(f"{TAJIK}\n\n{english}")
    tajik, rest = analysis.paragraphs[0], analysis.paragraphs[1]
    assert (tajik.language, tajik.themes) == ("tg", ())
    assert rest.language == "en" and rest.themes
    assert all("кишоварзӣ" not in k.text for k in analysis.key_statements)


def test_russian_paragraphs_of_a_kazakh_page_are_read():
    russian = "Министры здравоохранения государств ШОС договорились создать общий механизм реагирования на эпидемии."
    analysis = scotopics.analyze(f"{KAZAKH} {KAZAKH}\n\n{russian}\n\n{KAZAKH}")
    assert analysis.language == "kk"
    assert [p.language for p in analysis.paragraphs] == ["kk", "ru", "kk"]
    assert "health" in analysis.paragraphs[1].themes
    assert analysis.paragraphs[0].themes == () and analysis.paragraphs[2].themes == ()


def test_russian_documents_are_read_by_the_default_model():
    text = (
        "Совещание министров здравоохранения государств – членов ШОС состоялось в режиме видеоконференции.\n"
        "Министр здравоохранения Казахстана подчеркнул, что государства должны создать общий механизм "
        "реагирования на эпидемии и обмениваться данными о вакцинах.\n"
        "Стороны договорились усилить борьбу с терроризмом, экстремизмом и незаконным оборотом наркотиков."
    )
    analysis = scotopics.analyze(text)
    assert analysis.language == "ru"
    themes = [p.themes for p in analysis.paragraphs]
    assert "procedural" in themes[0]
    assert "health" in themes[1]
    assert "terrorism_extremism" in themes[2]
    assert any("подчеркнул" in k.text for k in scotopics.summarize(text, n=2))


def test_an_english_document_quoting_a_foreign_name_stays_english():
    text = "The Secretary-General met students of 北京大学 and stressed that education exchanges must grow."
    analysis = scotopics.analyze(text)
    assert analysis.language == "en"
    assert "humanitarian" in analysis.paragraphs[0].themes


def test_control_characters_are_removed():
    (result,) = scotopics.classify(["Terrorist\x00 threats\x07 and drug\x1b trafficking were discussed."])
    assert "\x00" not in result.text and "terrorism_extremism" in result.themes


def test_text_of_digits_or_punctuation_only_gets_no_theme():
    for text in ("2021 2022 2023", "!!! ... ???", "— • —"):
        (result,) = scotopics.classify([text])
        assert result.themes == () and result.language == "und"
        assert scotopics.analyze(text).key_statements == ()


def test_a_one_megabyte_paragraph_is_classified():
    paragraph = " ".join(["The ministers agreed to expand trade and investment between the member states."] * 13_000)
    paragraph = paragraph[:1_000_000]
    (result,) = scotopics.classify([paragraph])
    assert "economy" in result.themes
    assert len(scotopics.summarize(paragraph, n=3)) == 3


def test_a_large_document_is_analysed_with_a_bounded_number_of_statements():
    document = "\n\n".join([NEWS] * 2000)  # about 0.5 MB, 6,000 paragraphs
    analysis = scotopics.analyze(document)
    assert len(analysis.paragraphs) == 6000
    assert 3 <= len(analysis.key_statements) <= 12


def test_text_over_the_limit_is_refused_with_a_clear_error(monkeypatch):
    monkeypatch.setattr("scotopics.text.inputs.MAX_TEXT_CHARS", 1000)
    with pytest.raises(scotopics.InputTooLargeError, match="limit is 1,000"):
        scotopics.analyze("x" * 1001)
    assert MAX_TEXT_CHARS == 64 * 1024 * 1024


def test_classify_from_eight_threads_equals_serial():
    texts = NEWS.splitlines() * 30
    serial = scotopics.classify(texts)
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda chunk: scotopics.classify(chunk), [texts[i::8] for i in range(8)]))
    for i in range(8):
        assert [r.scores for r in parallel[i]] == [r.scores for r in serial[i::8]]


def test_results_are_the_same_in_another_process():
    script = (
        "import json, scotopics, sys; print(json.dumps(scotopics.analyze(sys.stdin.read()).to_dict(), sort_keys=True))"
    )
    other = subprocess.run([sys.executable, "-c", script], input=NEWS, capture_output=True, text=True, check=True)
    assert json.loads(other.stdout) == json.loads(json.dumps(scotopics.analyze(NEWS).to_dict(), sort_keys=True))


ANYTHING = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=80),
    st.binary(max_size=40),
    st.lists(st.integers(), max_size=3),
    st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(ANYTHING, max_size=6))
def test_classify_raises_only_our_errors_on_any_input(items):
    try:
        results = scotopics.classify(items)
    except scotopics.ScotopicsError:
        return
    assert len(results) == len(items)
    assert all(0.0 <= s <= 1.0 for r in results for s in r.scores.values())


@settings(max_examples=60, deadline=None)
@given(ANYTHING)
def test_analyze_raises_only_our_errors_on_any_input(item):
    with contextlib.suppress(scotopics.ScotopicsError):
        scotopics.analyze(item)
