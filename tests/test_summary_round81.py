"""Sentences a summary leaves out, read on the 962 real pages of the forty-third release: talks told in more words
("had an open and friendly exchange of views on …", "The discussion focused on …", "Special attention was paid
to …"), a reminder of who the members are ("At present, the SCO has 10 full member states …") or of the founding
("Founded in Shanghai in 2001, the SCO has …", "… came into existence in 2001"), and "Taking part were …"."""

from __future__ import annotations

import pytest

from scotopics.models.background import is_background, lists_members, recalls_founding
from scotopics.models.discussions import only_discusses
from scotopics.models.scenes import only_sets_the_scene
from scotopics.models.summarizer import may_state


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heads of Defence Agencies had an open and friendly exchange of views on matters of international and "
        "regional security.",
        "In particular, there was an open and constructive exchange of views on economic cooperation and security.",
        "The discussion focused on working out joint measures to counter the threats of epidemics.",
        "They also focused on issues of international information security.",
        "The meeting participants exchanged constructive opinions on the narcotics situation in the SCO member states.",
        "The SCO Ministers of Culture shared their opinions regarding national cultural traditions and youth problems.",
        "The meeting addressed a wide range of issues on further development of regional economic cooperation.",
        "Special attention was given to trade and economic cooperation and the development of the digital economy.",
        "The CIS Plenipotentiaries Council also took stock of the progress made in the implementation of activities.",
        "Mr Alimov spoke at length about the practical aspects of developing cooperation within the SCO framework.",
        "По информации МИД, в ходе мероприятия был продолжен обмен мнениями относительно нового учреждения ШОС.",
        "The participants also considered the plan of joint actions of the competent authorities of the member states.",
        "The experts considered issues pertaining to the creation of a protected telecommunications system.",
        "The CSC is also considering the Organization's budget for 2021.",
    ],
)
def test_talks_told_in_more_words_only_discuss(sentence):
    assert only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the first person, a consensus reached, a plan: statements
        "We have had an in-depth exchange of views on major international and regional issues, and reached broad "
        "consensus.",
        "Также состоялся обмен мнениями по документам, которые планируется вынести на подписание.",
        # what they considered true, and attention paid to a step (a position on the real pages)
        "The ministers considered that the SCO must keep growing.",
        "The participants paid special attention to stepping up multilateral cooperation in information security.",
    ],
)
def test_talks_beside_a_statement_are_kept(sentence):
    assert not only_discusses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "At present, the SCO has 10 full member states, 2 observer states, and 14 dialogue partners.",
        "The Shanghai Cooperation Organization (SCO) currently has eight full members.",
        "Its permanent members are eight countries, namely Russia, India and China.",
        "The SCO member-states are China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan.",
    ],
)
def test_a_list_of_the_members_is_background(sentence):
    assert lists_members(sentence) and is_background(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The SCO member states are committed to environmental protection.",
        "SCO members are jointly strengthening their cooperation to bring more practical benefits to peoples.",
        "The SCO member states are concentrated in the eastern end of the Eurasian continent.",
    ],
)
def test_what_the_members_do_is_no_list_of_them(sentence):
    assert not lists_members(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Founded in Shanghai in 2001, the SCO has eight member states: China, India and Kazakhstan.",
        "Established in 2001, the SCO is a Eurasian political, economic and security organization.",
        "The Shanghai Cooperation Organization came into existence in 2001, in Shanghai by six countries.",
        "The Shanghai Cooperation Organization was established in Shanghai on June 15, 2001.",
    ],
)
def test_a_founding_told_in_more_ways_is_background(sentence):
    assert recalls_founding(sentence)


def test_a_founding_with_what_the_body_has_become_is_an_assessment():
    assert not recalls_founding("Founded in 2001, the SCO has become a key platform for regional security.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Taking part were all SCO member states as well as observer states and dialogue partners.",
        "Attending the event were delegations of the Republic of India, the Islamic Republic of Iran and Kazakhstan.",
    ],
)
def test_those_taking_part_named_after_the_verb_set_the_scene(sentence):
    assert only_sets_the_scene(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In addition, Iran, Belarus, and Mongolia have been invited as Observer States.",
        "As per SCO tradition, Turkmenistan has also been invited as the guest of the Chair.",
        "Heads of the two SCO bodies – the Secretariat and the SCO RATS – will also be present.",
        "Further, heads of six international organisations have also been invited, namely the UN and the CIS.",
    ],
)
def test_who_is_invited_or_will_be_present_sets_the_scene(sentence):
    assert only_sets_the_scene(sentence)


def test_an_invitation_to_join_is_no_scene():
    assert not only_sets_the_scene("Iran has been invited to join the SCO as a full member.")


@pytest.mark.parametrize(
    "dateline", ["4 июля, Астана /БЕЛТА - КАЗИНФОРМ/.", "МОСКВА, 5 февраля. /ТАСС/.", "BEIJING, Jan. 5 (Xinhua) --"]
)
def test_a_datelines_sentence_is_no_statement(dateline):
    assert not may_state(dateline)


def test_a_sentence_with_a_bracket_is_a_statement():
    assert may_state("The SCO (Shanghai Cooperation Organisation) will hold its summit in Astana in July.")
