"""Decision rule 12: a courtesy line never takes `procedural` for its courtesy alone."""

import numpy as np
import pytest

import scotopics
from scotopics.models.courtesy import courtesy_line, courtesy_words
from scotopics.models.event_label import event_label_decisions

COURTESY_LINES = [
    "I am delighted to welcome all of you to Moscow for the regular meeting of the SCO Council of Foreign Ministers.",
    "It is a pleasure to join all of you today in the historic and beautiful city of Bishkek.",
    "Today, I am honored to represent Pakistan in this important meeting of the SCO Council of Foreign Ministers.",
    "I would like to extend my warm felicitations for the meeting of the Council of SCO Heads of Government in Sochi.",
    "Thank you, Mr Chairman, for the excellent organisation of our meeting.",
    "Рад приветствовать вас в Москве на очередном заседании Совета глав государств СНГ.",
    "Признательны Президенту Республики Узбекистан за высокий уровень организации сегодняшнего заседания.",
    "He thanked his counterparts who took part in the forum and sent their delegations to the conference.",
    "Владимир Путин поздравил Киргизию с успешным председательством в ШОС.",
]
#: Reports of a welcome speech and plain event lines are the event (procedural stays possible).
EVENT_LINES = [
    "Deputy Secretary-General Sohail Khan addressed the forum participants with greetings.",
    "С приветственным словом к участникам совещания обратился заместитель Генерального секретаря Е.С.Ашимов.",
    "The meeting of the SCO Council of Foreign Ministers was held in Moscow on 10 September.",
    "The welcoming ceremony was followed by talks in a restricted format. I thank the hosts.",
]


@pytest.mark.parametrize("text", COURTESY_LINES)
def test_courtesy_lines_are_recognised(text):
    assert courtesy_line(text)


@pytest.mark.parametrize("text", EVENT_LINES)
def test_event_lines_are_not_courtesy_lines(text):
    assert not courtesy_line(text)


def test_courtesy_words_look_only_at_the_first_sentence():
    assert courtesy_words("We are grateful to the hosts. The talks covered trade.")
    assert not courtesy_words("The talks covered trade. We are grateful to the hosts.")


def test_only_the_procedural_column_of_courtesy_rows_is_cleared():
    texts = [COURTESY_LINES[0], EVENT_LINES[2], COURTESY_LINES[1]]
    flags = np.array([[1, 1], [1, 0], [0, 1]], dtype=bool)  # columns: procedural, economy
    cleared = event_label_decisions(flags, texts, column=0, in_document=False)
    assert cleared.tolist() == [[False, True], [True, False], [False, True]]
    assert flags[0, 0]  # the caller's array is left as it was


def test_the_default_model_gives_a_courtesy_line_no_procedural():
    welcome_text = (
        "I am delighted to welcome all of you to Moscow for the regular meeting of the SCO Council of Foreign "
        "Ministers, which Russia is hosting as chair."
    )
    welcome, event = scotopics.load().classify([welcome_text, EVENT_LINES[2]])
    assert "procedural" not in welcome.themes
    assert welcome.scores["procedural"] > 0.5  # the score stays as calibrated; only the decision follows rule 12
    assert "procedural" in event.themes
