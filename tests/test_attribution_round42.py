"""Who said what, round 42: cases of a labelled round of real pages once read (a quotation that opens its own
sentence names its own subjects; "the expert" is the one person named without a post; "a Turkish expert said"
introduces the person named next; "Latin America" is no person; English quotations set off by dashes; "stressed the
Kazakh leader" after the statement; "представитель" heads a speaker phrase and is no single person's office;
"Россия на заседании …"; a video's caption in capitals before a quotation)."""

from __future__ import annotations

from scotopics.models.attribution.document import SpeakerDocument
from scotopics.models.attribution.names import person_names
from scotopics.models.attribution.rules import attribute


def test_a_quotation_that_opens_its_sentence_is_no_source_for_the_sentences_after(default_resolver):
    document = SpeakerDocument(
        "Interior ministers met in the capital",
        (
            (
                "Interior Minister Askar Bekov opened the meeting.",
                "“Our ministry proposes to discuss a number of issues.",
                "Kazakhstan proposes to address organized crime and drug trafficking,” he said.",
            ),
        ),
    )
    assert default_resolver.resolve(document, 0, 2).speaker == "Askar Bekov"


def test_the_expert_is_the_one_person_named_without_a_post(default_resolver):
    document = SpeakerDocument(
        "Expert discusses the chairmanship's priorities",
        (
            (
                "The country is interested in wide cooperation, Daniyar Omarov, head of the Asian Studies Department"
                " at the Institute for Strategic Studies, said in an interview.",
            ),
            ("President Arman Seitov has set trade as the first priority.",),
            ("The expert also noted that neutrality will remain the country's main priority.",),
        ),
    )
    assert default_resolver.resolve(document, 2, 0).speaker == "Daniyar Omarov"


def test_an_unnamed_expert_is_the_person_the_story_introduces_next(default_resolver):
    document = SpeakerDocument(
        "Summit to deliver important messages, says expert",
        (
            ("The summit is expected to deliver important messages on regional development, said a Turkish expert.",),
            (
                '"We will hear messages about the future of the organisation," Kemal Arslan, head of the Istanbul-based'
                " Strategic Research Foundation, told reporters.",
            ),
            ("Arslan applauded the opportunities of the new transport routes in Latin America and Asia.",),
        ),
    )
    assert default_resolver.resolve(document, 0, 0).speaker == "Kemal Arslan"


def test_a_continent_is_no_person():
    assert person_names("the opportunities in Latin America and Africa") == []


def test_english_quotations_set_off_by_dashes_and_a_leader_closing_the_statement():
    assert (
        attribute("– The whole world is on the verge of transformations, – said Mr. Karimov.").speaker == "Mr. Karimov"
    )
    found = attribute("We advocate strengthening the spirit of the organisation, stressed the Kazakh leader.")
    assert (found.speaker, found.verb) == ("the Kazakh leader", "stressed")


def test_a_representative_heads_a_russian_speaker_phrase():
    assert attribute("Ранее представитель Кремля заявил, что санкции не повлияют на отношения.").speaker == (
        "представитель Кремля"
    )
    found = attribute(
        "Представитель временных властей Афганистана, присутствовавший на церемонии, заверил, что всё готово."
    )
    assert found.speaker == "Представитель временных властей Афганистана"


def test_a_body_s_representative_is_not_the_one_person_the_item_names(default_resolver):
    document = SpeakerDocument(
        "Межбанковскому объединению – 20 лет",
        (
            ("Генеральный секретарь организации Нурлан Бекетов принял участие в торжественном мероприятии.",),
            ("Представитель Банка развития Китая сообщил, что банки согласовали общие подходы.",),
        ),
    )
    assert default_resolver.resolve(document, 1, 0).speaker == "Представитель Банка развития Китая"


def test_a_country_before_where_it_spoke_is_the_subject():
    sentence = "Россия на заседании Совета министров иностранных дел в Душанбе призвала другие страны одобрить заявку."
    assert attribute(sentence).speaker == "Россия"


def test_a_caption_in_capitals_before_a_quotation_names_its_speaker(default_resolver):
    sentence = "LIN WEI, VICE CHAIRMAN OF THE TRADE COUNCIL “I suggest the member countries push forward the links."
    assert attribute(sentence).speaker == "Lin Wei"
    assert attribute("SUMMIT NEWS, DAY TWO “We met.").speaker is None
    document = SpeakerDocument(
        "Business forum opens in Beijing",
        ((sentence, "And to make full use of each country's advantages in resources.”"),),
    )
    assert default_resolver.resolve(document, 0, 1).speaker == "Lin Wei"
