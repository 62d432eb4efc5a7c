"""Decision rule 8: the sectors named in a list of areas of cooperation each take their theme."""

import numpy as np
import pytest

import scotopics
from scotopics.models.sector_lists import listed_themes, with_listed_sectors

LISTS_OF_AREAS = [
    (
        "Participants will review the organization's work and discuss strengthening cooperation in security, "
        "economy, and culture.",
        {"security", "economy", "humanitarian"},
    ),
    (
        "The CHG meeting will discuss ongoing cooperation in the fields of economy, trade, environment, "
        "socio-cultural linkages and review the performance of the Organization.",
        {"economy", "environment", "humanitarian"},
    ),
    (
        "The heads of state will consider priorities as we seek to enhance trade, economic, cultural and "
        "humanitarian cooperation.",
        {"economy", "humanitarian"},
    ),
    (
        "Стороны обсудили сотрудничество в торговле, инвестициях, энергетике, транспорте, а также в сферах культуры "
        "и образования.",
        {"economy", "connectivity_energy", "humanitarian"},
    ),
    # Rule 7: energy security is energy and food security the economy; the digital economy is technology.
    (
        "The ministers agreed to widen cooperation in energy security, food security and the digital economy.",
        {"connectivity_energy", "economy", "science_technology"},
    ),
]
NO_LIST_OF_AREAS = [
    # one theme only: no list of areas
    "The sides stressed that peace, stability and security in the region remained their priority.",
    # who attended, with no word of cooperation near the list
    "It was attended by over 200 women leaders from politics, business, science and culture.",
    # two items are not a list of three
    "The ministers discussed cooperation in trade and culture.",
    "The meeting was held in Tashkent on 15 May.",
    # politics among the items: the organisation's whole scope, background (rule 11)
    "We stand ready to deepen political, security, trade, connectivity and cultural cooperation with all parties.",
    "В повестке дня - вопросы развития взаимодействия в политической, экономической и культурной сферах.",
]


@pytest.mark.parametrize(("text", "themes"), LISTS_OF_AREAS)
def test_a_list_of_areas_gives_each_area_its_theme(text, themes):
    assert listed_themes(text) == themes


@pytest.mark.parametrize("text", NO_LIST_OF_AREAS)
def test_other_lists_give_no_theme(text):
    assert listed_themes(text) == set()


def test_themes_outside_the_taxonomy_are_not_added():
    text = LISTS_OF_AREAS[0][0]
    flags = np.zeros((1, 2), dtype=bool)
    added = with_listed_sectors(flags, [text], ["security", "sports"])
    assert added.tolist() == [[True, False]]
    assert with_listed_sectors(flags, [text], ["red", "blue"]).tolist() == [[False, False]]
    assert not flags.any()  # the decisions passed in are left as they were


def test_the_default_model_tags_every_listed_area():
    model = scotopics.load()
    text = "The leaders agreed to deepen cooperation in security, trade, transport and culture."
    [result] = model.classify([text])
    assert {"security", "economy", "connectivity_energy", "humanitarian"} <= set(result.themes)


def test_long_lines_give_a_well_defined_answer():
    # a 2 MB list on one line, and 2 MB of words with no comma: both give a well-defined answer
    assert listed_themes("cooperation in trade, energy and culture, " * 50_000) == {
        "economy",
        "connectivity_energy",
        "humanitarian",
    }
    assert listed_themes("trade energy culture security words " * 50_000) == set()
