"""Who said what, read on the 1,123 development pages of the forty-fourth release: a reader carries a speaker on into
the next paragraph when a sentence names nobody of its own ("Tashiev said … ¶ The first priority is …"); a sentence
with a name of its own, one that opens with a country, a group, a document or an event ("Kazakhstan is convinced …",
"The summit granted …"), an impersonal one ("It was noted …") or an act with no maker ("The plan was approved.") is
not his; a Global Times byline names its author before the outlet ("By X Source:Global Times"); a surname the page
misspells ("Mrizoyev said") is the person the lead names ("Ruslan Mirzoyev")."""

from __future__ import annotations

import pytest

from scotopics.models.attribution.bylines import byline_author
from scotopics.models.attribution.candidates import Candidate
from scotopics.models.attribution.canonical import one_slip_apart
from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.floor_speech import continued_floor
from scotopics.models.attribution.kinds import statement_kind

_LEAD = (
    "Speaking at the closing session in Cholpon-Ata, President Almaz Tashiev said the chairmanship would rest on "
    "three pillars and outlined its priorities.",
)


def _speech(*paragraphs: tuple[str, ...]) -> SpeakerDocument:
    return SpeakerDocument("Kyrgyzstan sets out its chairmanship priorities", (_LEAD, *paragraphs))


def test_a_sentence_that_names_nobody_continues_the_speaker_of_the_paragraph_before(default_resolver):
    document = SpeakerDocument(
        "Kyrgyzstan sets out its chairmanship priorities",
        (
            (
                "BISHKEK, June 3. Kyrgyzstan intends to give the organisation's growth a new push during its coming "
                "chairmanship, local media report.",
            ),
            (
                "Tashiev said the chairmanship would work under the motto of a shared and safe home and outlined its "
                "priorities.",
            ),
            ("The first priority is a stable and secure neighbourhood.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Tashiev"


def test_a_sentence_with_a_name_of_its_own_is_not_carried_on():
    sentence = "At the Astana summit last year, President Xi Jinping reached a broad consensus on deeper trade ties."
    document = _speech((sentence,))
    own_name = Candidate("Xi Jinping", {"mention"}, distance=0)
    kind = statement_kind(sentence)
    assert continued_floor(document, 1, sentence, kind, [own_name]) is None
    assert continued_floor(document, 1, sentence, kind, []) == "Almaz Tashiev"


@pytest.mark.parametrize(
    "sentence",
    [
        "It was noted that trade between the member states had grown by a fifth.",
        "The road map for the coming two years was approved.",
        "Председательство в объединении на следующий год перешло к Таджикистану.",
        "Подписан меморандум о сотрудничестве между информационными агентствами.",
        "Большое внимание было уделено искусственному интеллекту.",
        "Staff exchanges and joint seminars are to be arranged on a regular basis.",
        "Kazakhstan is convinced that the organisation must stay open to new partners.",
        "The summit granted Laos the status of a partner.",
        "Документ закрепляет право государств самостоятельно определять политику в своём информационном пространстве.",
    ],
)
def test_an_impersonal_sentence_an_act_with_no_maker_or_a_subject_of_its_own_is_not_carried_on(sentence):
    document = _speech((sentence,))
    assert continued_floor(document, 1, sentence, statement_kind(sentence), []) is None


def test_a_global_times_byline_names_its_author_before_the_outlet():
    assert byline_author(["By Lin Haoran Source:Global Times Published: 2019/6/12 20:14:05"]) == "Lin Haoran"


@pytest.mark.parametrize("written", ["Karimzdoa", "Karimzooda"])
def test_a_surname_with_a_slip_of_the_pen_is_the_person_the_lead_names(default_resolver, written):
    document = SpeakerDocument(
        "Border chiefs meet in Dushanbe",
        (
            ("Director of the regional border agency Dilshod Karimzoda opened the meeting in Dushanbe on Monday.",),
            (f"“The number of crossings has doubled in a year,” {written} said.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Dilshod Karimzoda"


@pytest.mark.parametrize(
    ("written", "surname", "slip"),
    [
        ("Mrizoyev", "Mirzoyev", True),
        ("Smironov", "Smirnov", True),
        ("Smirnow", "Smirnov", True),
        ("Ермеркбаев", "Ермекбаев", True),
        ("Ivanova", "Ivanov", False),
        ("Иванова", "Иванов", False),
        ("Zhong", "Zhang", False),
        ("Sidorov", "Smirnov", False),
    ],
)
def test_one_slip_apart(written, surname, slip):
    assert one_slip_apart(written, surname) is slip
