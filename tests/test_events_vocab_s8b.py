"""Session 8 (round 2) vocabulary, written root by root from the CAMEO codebook: feelings voiced
(012), talks by or over the telephone (041), readiness for talks (036), a ceasefire accepted (0356),
borders opened to refugees (075), requirements relaxed (081), airdrops (073), forces withdrawing from
a place (0874), timetables and roadmaps rejected (127), media platforms banned (1721), checkpoints
closed or blocked by police (191), patrols stepped up (150), a lender's programme frozen (1621),
crowds rallying against someone (141), seized equipment returned (0842), access granted for aid
(0863), people investigated for a financial crime (091) and truces broken (1123). Every sentence is
written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from _events_fake import trigger_codes as _triggers
from triadic.events import EventCoder
from triadic.model import Event


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # 012: the feelings one can express can be voiced too
        ("Tokyo voiced alarm over the rocket tests.", "voiced", "012"),
        ("Canberra voiced unease about the new security pact.", "voiced", "012"),
        # 041: a conversation held by or over the telephone
        ("Scholz discussed the grain deal with Erdogan by telephone.", "discussed", "041"),
        ("The Kenyan president spoke by telephone with his Somali counterpart.", "spoke", "041"),
        # 0356: a ceasefire accepted is an intent to cease fire, as one agreed to
        ("Khartoum accepted the truce proposed by the regional bloc.", "accepted", "0356"),
        # 075: a border or door opened to refugees
        ("Moldova opened its border to refugees fleeing the fighting.", "opened", "075"),
        # 081: requirements relaxed or eased are eased restrictions
        ("Cairo relaxed the visa requirements for Chinese visitors.", "relaxed", "081"),
        # 073: food dropped from the air
        ("Amman airdropped medicine and flour over the besieged town.", "airdropped", "073"),
        # 0874: forces withdrawing from a place named by its proper name
        ("The rebels withdrew from Goma after the deal was signed.", "withdrew", "0874"),
        ("Turkish troops pulled back from two villages near the frontier.", "pulled", "0874"),
        # 127: a timetable or roadmap to settle a dispute rejected
        ("The junta rejected the roadmap drawn up by the regional bloc.", "rejected", "127"),
        ("Niamey rejected the transition timetable proposed by its neighbours.", "rejected", "127"),
        # 1721: websites, platforms and outlets banned restrict political freedoms
        ("The government banned three opposition websites ahead of the vote.", "banned", "1721"),
        ("Dhaka banned the messaging platform for a week.", "banned", "1721"),
        # 150: patrols stepped up and warplanes flown are shows of force, not mobilisation
        ("Beijing stepped up coast guard patrols near the reef.", "stepped", "150"),
        ("Moscow flew two warplanes along the Norwegian coast.", "flew", "150"),
        # 1621: a lender freezing or halting its programme cuts economic aid
        ("The IMF froze its lending programme with Accra.", "froze", "1621"),
        # 141: supporters or crowds rallying against someone demonstrate
        ("Opposition supporters rallied against the prime minister in Dhaka.", "rallied", "141"),
        # 0842: seized weapons or equipment given back are property returned
        ("Islamabad returned the equipment seized from the Afghan trucks.", "returned", "0842"),
        # 0863: access granted for aid allows its delivery
        ("Addis Ababa granted the agencies access for relief deliveries.", "granted", "0863"),
        # 091: someone investigated for or over a financial crime
        ("Prosecutors in Seoul investigated the mayor for bribery.", "investigated", "091"),
        ("Police in Lima are investigating the minister over embezzlement.", "investigating", "091"),
        # 1123: a ceasefire or truce that the accused broke is military aggression
        ("Baku accused Yerevan of violating the truce overnight.", "accused", "1123"),
        # plain verbs of the codebook's definitions: appeals, criticism, confiscation, artillery
        ("Cairo exhorted the two factions to resume talks.", "exhorted", "020"),
        ("Ottawa admonished Delhi over the remarks.", "admonished", "111"),
        ("The council requisitioned two foreign-owned warehouses.", "requisitioned", "1711"),
        ("The militia mortared the airport overnight.", "mortared", "194"),
        # 160 / 164: a mission downgraded reduces relations; talks quit are halted
        ("Manama downgraded its embassy in the capital.", "downgraded", "160"),
        ("Yerevan quit the talks with Baku.", "quit", "164"),
        # 191: border checkpoints closed, or blocked by police or soldiers, restrict movement
        ("Amman closed two border checkpoints with Iraq.", "closed", "191"),
        ("Soldiers blocked the crossing into the enclave.", "blocked", "191"),
    ],
)
def test_codebook_phrasings_reach_their_code(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # readiness for talks (adjective patterns), said of the subject
        ("Caracas is open to talks with Georgetown.", "open", "036"),
        ("The Taliban said they were ready for negotiations with Islamabad.", "ready", "036"),
    ],
)
def test_readiness_for_talks_is_intent_to_meet(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # the bare senses keep their old codes: other objects, other doers
        ("Amman opened its border to trade with Baghdad.", "opened", "086"),
        ("Kinshasa withdrew from the talks in Nairobi.", "withdrew", "164"),
        ("The court banned the opposition party.", "banned", "1722"),
        ("Seoul voiced concern over the test.", "voiced", "012"),
        ("NATO stepped up its presence in the region.", "stepped", "154"),
        ("The watchdog accused the regime of violating the rights of prisoners.", "accused", "112"),
        ("Tehran froze its nuclear programme.", "froze", "087"),
        ("The premier rallied Nordic governments against the tariffs.", "rallied", "113"),
    ],
)
def test_other_objects_keep_their_sense(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Greece voiced alarm over Turkey's drilling plans.", "012", "GRC", "TUR"),
        ("Macron spoke with Modi over the phone.", "041", "FRA", "IND"),
        ("Venezuela is ready for talks with Guyana.", "036", "VEN", "GUY"),
        ("Russian troops withdrew from Kherson.", "0874", "RUS", "UKR"),
        ("Jordan airdropped food into Gaza.", "073", "JOR", "PSE"),
    ],
)
def test_full_pipeline_names_the_parties(
    code: Callable[[str], list[Event]], text: str, cameo: str, source: str, target: str
) -> None:
    found = {
        (e.cameo, e.source.actor.country, e.target.actor.country if e.target else None) for e in code(text)
    }
    assert (cameo, source, target) in found, found
