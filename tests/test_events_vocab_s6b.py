"""Session 6, second vocabulary pass: hunger strikes and labour strikes launched, talks that collapse,
fights with sticks and stones, live-fire drills, rejections named by what was offered, and the
market and tourism senses of "weigh" and "visit". Every sentence is written for this file."""

from __future__ import annotations

import pytest
from spacy.language import Language

from _events_fake import sentence_code as _code
from _events_fake import trigger_codes as _triggers
from triadic.events import EventCoder


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # 142: a hunger strike begun with any light verb is no air strike
        ("Jailed activists launched a hunger strike on Monday.", "142"),
        ("The detained mayor started a hunger strike in his cell.", "142"),
        # 143: a strike launched by workers is a labour strike
        ("Nurses launched a strike over unpaid wages.", "143"),
        # 164: negotiations that collapse or break down
        ("Talks between the miners and the company collapsed after a week.", "164"),
        ("Negotiations between the two parties broke down in the capital.", "164"),
        # 182: a clash fought with sticks, stones or fists
        ("Rival border patrols clashed with clubs and rocks on the ridge.", "182"),
        # 1223 / 125 / 126: what a rejected offer or proposal offered
        ("The regime rejected an offer of food aid from its neighbour.", "1223"),
        ("The militia dismissed a proposal for ceasefire talks.", "125"),
        ("Quito turned down an offer of mediation from the Vatican.", "126"),
        # 162x: help cut off, named by its kind ("development aid", "military assistance")
        ("Norway froze development aid to the ruling council.", "1621"),
        ("Washington suspended military assistance to the junta.", "1622"),
        ("Donors halted humanitarian aid to the rebel-held province.", "1623"),
        ("The donors suspended aid to the ministry.", "162"),
        # 023x / 033x: help asked for or pledged, named by its kind
        ("The governor appealed for humanitarian aid after the floods.", "0233"),
        ("Manila asked for more military aid from its ally.", "0232"),
        ("Canberra pledged humanitarian assistance to the islands.", "0333"),
        ("Ottawa promised military aid to the coastal state.", "0332"),
        # 0874: armed men pulling out of a place withdraw; a government pulling out of a deal does not
        ("Government soldiers pulled out of the hill town overnight.", "0874"),
        # 061: a trade link opened between two states
        ("Kazakhstan and China opened a second railway link.", "061"),
        # 124 / 127 / 139: a warrant rejected, the terms of a plan rejected, a deadline in hours
        ("The general rejected the arrest warrant from the tribunal.", "124"),
        ("The militia rejected the terms of the truce proposal.", "127"),
        ("The council gave the foreign contractors 48 hours to leave.", "139"),
        # 1661: a peacekeeping mission ordered out
        ("Bamako ordered the UN peacekeeping mission to leave the north.", "1661"),
        # 074: troops sent on a peacekeeping mission
        ("Ghana deployed 300 troops to Lebanon on a peacekeeping mission.", "074"),
        # 1663: aid workers forced out are an agency expelled, not a population
        ("The regime forced foreign aid workers out of the north.", "1663"),
    ],
)
def test_session6b_vocabulary_reaches_its_code(
    nlp: Language, coder: EventCoder, text: str, code: str
) -> None:
    assert _code(nlp, coder, text) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a drone strike launched stays an air strike; an armed clash stays force
        ("The air force launched a drone strike on a convoy.", "launched", "195"),
        ("Insurgents clashed with army units near the dam.", "clashed", "190"),
        # troops sent to a border stay a force posture (154); villagers forced out stay 201
        ("Minsk sent troops to the border.", "sent", "154"),
        ("Militiamen forced villagers out of their homes.", "forced", "201"),
        # military cooperation named by the force that cooperates (062)
        ("The two states agreed to expand naval cooperation.", "cooperation", "062"),
        # drills with live fire are a show of force (150)
        ("Two frigates held live-fire drills near the islands.", "drills", "150"),
        # an offer rejected without saying what it offered stays a plain rejection
        ("The council rejected the offer.", "rejected", "120"),
    ],
)
def test_session6b_trigger_senses(nlp: Language, coder: EventCoder, text: str, word: str, code: str) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # markets and tourists are no political actors
        ("Traders weighed the latest inflation figures.", "weighed"),
        ("Investors weighed the risk of a default.", "weighed"),
        ("Tourists visited Morocco in record numbers last year.", "visited"),
    ],
)
def test_session6b_no_event_senses(nlp: Language, coder: EventCoder, text: str, word: str) -> None:
    assert word not in _triggers(nlp, coder, text)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # the political senses of the same verbs still code
        ("The cabinet weighed new sanctions against the junta.", "weighed", "014"),
        ("The foreign minister visited Morocco last week.", "visited", "042"),
    ],
)
def test_session6b_political_senses_kept(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


def test_session6b_a_deal_left_is_no_troop_withdrawal(nlp: Language, coder: EventCoder) -> None:
    # only armed men pulling out withdraw (0874); a cabinet leaving an accord rejects it (12x)
    code = _triggers(nlp, coder, "The cabinet pulled out of the fishing accord.").get("pulled")
    assert code is not None and code.startswith("12")


# A gerund after the pattern's preposition names the act as a noun would ("accused X of hacking").
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kyiv accused Moscow of shelling Kharkiv.", "1123"),
        ("Seoul accused Pyongyang of hacking its banks.", "1125"),
        ("The opposition accused the government of rigging the election.", "1121"),
    ],
)
def test_gerund_objects_of_a_pattern_preposition(
    nlp: Language, coder: EventCoder, text: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get("accused") == code
