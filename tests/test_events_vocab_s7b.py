"""Session 7, second pass of vocabulary: expelled diplomats are expelled individuals (174), deportations
by the thousand mass expulsions (201), accusations rejected "as baseless" denials (016), crowds of
residents burning or storming buildings riots (145), warnings of a disaster pessimistic comments
(012), walkouts from a legislature dissent (140), any head of mission summoned a complaint (114),
forces contributed to a multinational mission peacekeeping (074), air strikes
aerial attacks (195), loans approved economic aid (071), calls rejected coded by what they call for, and
a bare "call" an appeal (020). Every sentence is written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.language import Language

from _events_fake import trigger_codes as _triggers
from triadic.actors import ActorResolver
from triadic.config import Settings
from triadic.events import EventCoder
from triadic.pipeline import Coder


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # 174: diplomats and correspondents expelled are individuals expelled (codebook 174)
        ("Ottawa expelled two Chinese diplomats on Thursday.", "expelled", "174"),
        ("Lima expelled the Venezuelan ambassador after the vote.", "expelled", "174"),
        ("The junta expelled a French correspondent from the capital.", "expelled", "174"),
        # 201: people deported or expelled by the hundred or thousand
        ("The authorities deported thousands of migrants across the desert border.", "deported", "201"),
        ("The regime expelled hundreds of families from the border villages.", "expelled", "201"),
        # 016: an accusation rejected or dismissed "as" false, brushed aside or rebuffed
        ("Hanoi rejected as groundless the allegation that its boats had rammed a patrol ship.", "rejected",
         "016"),
        ("The ministry dismissed as false the charges published by the newspaper.", "dismissed", "016"),
        ("The general brushed aside accusations of torture at the base.", "brushed", "016"),
        # 145: residents, villagers and locals burning or storming buildings riot like protesters
        ("Angry residents set fire to the town hall after the shooting.", "set", "145"),
        ("Villagers stormed the police post on Sunday night.", "stormed", "145"),
        # 012: a warning of a disaster, with no threatened party
        ("The agency warned of famine in the northern provinces.", "warned", "012"),
        ("Economists warned of a recession next year.", "warned", "012"),
        # 140: walking or storming out of a legislature, a session or a speech
        ("Opposition deputies walked out of parliament in protest at the budget.", "walked", "140"),
        ("Several delegations walked out of the session during the envoy's speech.", "walked", "140"),
        ("The senators stormed out of the chamber before the vote.", "stormed", "140"),
        # 114: any head of mission summoned, including a Commonwealth high commissioner
        ("Nairobi summoned the British high commissioner over the remarks.", "summoned", "114"),
        ("The ministry summoned the papal nuncio on Friday.", "summoned", "114"),
        # 074: forces contributed to a multinational mission or force
        ("Bangladesh will contribute two police units to the mission.", "contribute", "074"),
        # 195: a strike or a force named as an air one is an aerial attack
        ("An air strike hit a fuel depot near the port.", "hit", "195"),
        ("The air force struck rebel positions in the hills.", "struck", "195"),
        # 071: a lender approving a loan or grant gives economic aid
        ("The lender approved a 200 million dollar loan to Zambia.", "approved", "071"),
        # a call or demand rejected: its content names what is refused (+for:)
        ("The junta rejected Nigeria's calls for talks.", "rejected", "125"),
        ("The rebels rejected the bishop's call for a truce.", "rejected", "1246"),
        ("Tehran rejected the bloc's demand for the release of the sailors.", "rejected", "1243"),
        # a bare "call" is an appeal; a conversation is named as one
        ("The agency renewed its call for restraint on Monday.", "call", "020"),
        ("The two leaders discussed trade in a phone call on Monday.", "call", "041"),
    ],
)
def test_session7b_vocabulary_reaches_its_code(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # leaving talks stays a halt to negotiations (164), not a protest walkout
        ("The unions walked out of the wage talks on Monday.", "walked", "164"),
        # a warning to a named party against an act stays a threat
        ("Washington warned Tehran against any attack on shipping.", "warned", "130"),
        # one's own staff withdrawn stays a withdrawal (166), not an expulsion
        ("The embassy evacuated its staff from the capital.", "evacuated", "166"),
        # a single person deported stays 174
        ("The court ordered that the activist be deported.", "deported", "174"),
        # a plain denial keeps 016
        ("The army denied the allegations.", "denied", "016"),
        # troops sent to a border stay a build-up (154)
        ("Moscow sent troops to the border.", "sent", "154"),
        # calls for a leader to go rejected stay 1231
        ("The president rejected calls for his resignation.", "rejected", "1231"),
    ],
)
def test_session7b_senses_kept(nlp: Language, coder: EventCoder, text: str, word: str, code: str) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a labour strike that "hit" a city is no air strike
        ("A general strike hit the capital on Monday.", "hit", "195"),
        # a budget approved is no loan
        ("Parliament approved the budget on Friday.", "approved", "071"),
    ],
)
def test_session7b_senses_not_taken(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) != code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the accusation's owner is the denial's target
        ("Hanoi rejected as groundless Beijing's allegation that its fishermen had rammed a patrol boat.",
         "016"),
        # expelling another state's envoy is 174 against that state
        ("Canada expelled the Russian ambassador on Monday.", "174"),
    ],
)
def test_session7b_full_pipeline_code(
    nlp: Language, coder: EventCoder, resolver: ActorResolver, text: str, code: str
) -> None:
    full = Coder(Settings(), nlp=nlp, resolver=resolver, event_coder=coder)
    coded = full.code_text(text, datetime(2026, 3, 2))
    assert any(e.cameo == code and e.target is not None for e in coded.events), coded.events
