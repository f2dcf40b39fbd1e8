"""Session 8 vocabulary: CAMEO sub-codes reached by general phrasings of each code's definition
(lending halted, peacekeepers and aid groups ordered out, demands that forces leave or an official
go, towns retaken, criminal cases opened, calls by phone, people forced from their homes, blame
attributed, bombs that strike, vetoed positions, offers to host talks, money released by a lender,
workers striking or staying off work, verb forms the lemmatizer misreads), and state nouns and
person nouns that no longer code. Every sentence is written for this file."""

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
        # 1621: a lender's lending, disbursements or financing stopped; money "in" support frozen
        ("The Asian Development Bank suspended lending to Myanmar.", "suspended", "1621"),
        ("The fund froze disbursements to Lusaka pending an audit.", "froze", "1621"),
        ("Brussels cut 20 million euros in financing for the Niger programme.", "cut", "1621"),
        # 1661 / 1663: peacekeepers and aid organisations ordered to go are expelled, not asked to
        ("Kinshasa ordered the peacekeeping mission to leave the east by December.", "ordered", "1661"),
        ("Juba ordered the peacekeepers to withdraw from the oil fields.", "ordered", "1661"),
        ("The military council ordered two charities to leave the country.", "ordered", "1663"),
        ("The authorities ordered foreign aid groups to leave the region.", "ordered", "1663"),
        # 106 / 1041: what a demand asks for, named by its governed verb
        ("Vilnius demanded that Russian soldiers leave the enclave.", "demanded", "106"),
        ("Damascus demanded that US forces withdraw from the east.", "demanded", "106"),
        ("The senators demanded that the governor sack his police chief.", "demanded", "1041"),
        ("The union demanded that the health minister resign.", "demanded", "1041"),
        # 192: places retaken or recaptured are occupied territory, not a plain attack
        ("Ukrainian forces retook the village after a week of fighting.", "retook", "192"),
        ("The army recaptured the border town from the rebels.", "recaptured", "192"),
        # 091: a criminal case opened is an investigation of a crime
        ("Prosecutors in Almaty opened a criminal case against a former minister.", "opened", "091"),
        # 041: a conversation held in a phone call
        ("Modi and Putin discussed energy in a phone conversation on Friday.", "discussed", "041"),
        # 201: people forced from their homes or land are expelled
        ("Militias forced hundreds of farmers from their land in the valley.", "forced", "201"),
        ("Settlers forced the families out of their homes near the town.", "forced", "201"),
        # 112: an attack attributed to someone is an accusation
        ("Berlin attributed the hacking of its parliament to Russian intelligence.", "attributed", "112"),
        # 183: a bomb as the doer of strike or hit is a bombing, not a plain attack
        ("A bomb hidden in a cart hit a police truck in the market.", "hit", "183"),
        ("An explosive device struck an army patrol near the border.", "struck", "183"),
        # 129: a common position or stance blocked is a veto
        ("Warsaw blocked the bloc's common position on migration.", "blocked", "129"),
        # 039: an offer to host talks between others is an offer to mediate
        ("Ankara offered to host talks between Moscow and Kyiv.", "offered", "039"),
        # 071: a lender approving the release of money gives economic aid
        ("The IMF board approved the disbursement of a new tranche to Kyiv.", "approved", "071"),
        ("The bank approved the release of 200 million dollars to Accra.", "approved", "071"),
        # 1044: a demand that order be restored changes the regime
        ("ECOWAS demanded the restoration of civilian rule in Niamey.", "demanded", "1044"),
        # 166: one's own diplomats withdrawn from a country
        ("Ottawa withdrew its diplomats from Caracas.", "withdrew", "166"),
        # 143: workers striking, or staying off work
        ("Dock workers struck for a second day in Durban.", "struck", "143"),
        ("Teachers in the capital stayed off work on Tuesday.", "stayed", "143"),
        # 1121-1125: what an accusation is about, also where "of" hangs on the accused
        ("Ankara accused the Swedish reporter of spying for Athens.", "accused", "1125"),
        ("The prosecutor accused the former governor of embezzlement.", "accused", "1121"),
        ("Yerevan accused Azerbaijani soldiers of torture.", "accused", "1122"),
        ("Kinshasa accused the rebel commanders of war crimes in Ituri.", "accused", "1124"),
        # 195 / 190: drones launched at a place are an air attack; rockets stay a plain attack
        ("Moscow launched drones at Odesa overnight.", "launched", "195"),
        ("The militants launched rockets at the border town.", "launched", "190"),
        # 175: live ammunition or tear gas used against a crowd is repression
        ("Riot police used tear gas against students in the capital.", "used", "175"),
        # 114: a diplomat summoned under the title "chief of mission"
        ("Hanoi summoned the Chinese deputy chief of mission.", "summoned", "114"),
        # 0234: reinforcements or protection asked for
        ("The mayor asked the army for reinforcements after the raid.", "asked", "0234"),
        # 0874: troops pulled out of a place (not "pull out of" a deal, 120/127)
        ("Moscow pulled its soldiers out of the border villages.", "pulled", "0874"),
        # 1722: a politician barred from office or politics
        ("The supreme court barred the former mayor from office for six years.", "barred", "1722"),
        # 191: roads blocked by police or soldiers restrict movement (a crowd's blockade stays 144)
        ("Riot police blocked the streets around the stadium.", "blocked", "191"),
        # inflected forms the small model lemmatizes wrongly (lemma_fixes in grammar.yaml)
        ("The new president forgave the exiled generals.", "forgave", "056"),
        ("The opposition leader slated the government over the price rises.", "slated", "111"),
        ("A military court is sentencing three officers this week.", "sentencing", "116"),
        ("Police teargassed the marchers near the bridge.", "teargassed", "175"),
    ],
)
def test_session8_vocabulary_reaches_its_code(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # "demanded the resignation" keeps its object pattern
        ("The protesters demanded the resignation of the mayor.", "demanded", "1041"),
        # an attack on a place without retaking it stays an attack
        ("Ukrainian forces attacked the village after a week of fighting.", "attacked", "190"),
        # questioning a decision stays disapproval
        ("The senator questioned the legality of the decree.", "questioned", "110"),
        # withdrawing troops from a place stays a military withdrawal
        ("Ankara withdrew its troops from the enclave.", "withdrew", "0874"),
        # a strike by drones stays an air strike
        ("A drone struck a fuel depot near the port.", "struck", "195"),
    ],
)
def test_session8_senses_kept(nlp: Language, coder: EventCoder, text: str, word: str, code: str) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # an order to armed groups that are no peacekeepers expels no peacekeepers
        ("Minsk ordered the rebels to withdraw from the town.", "ordered", "1661"),
        # a parliament approving a budget gives no economic aid
        ("Parliament approved the budget on Monday.", "approved", "071"),
        # questioning a decision stays disapproval, questioning a person does not
        ("Detectives questioned the mayor for six hours.", "questioned", "110"),
    ],
)
def test_session8_senses_not_reached(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) != code


@pytest.mark.parametrize(
    "text",
    [
        # a standing quarrel is a state, not an act of disapproval
        "The dispute between Lima and La Paz over the lake has lasted for decades.",
        "The rift between the two parties deepened over the summer.",
        "Tension between the neighbours has eased since the spring.",
    ],
)
def test_session8_state_nouns_code_nothing(nlp: Language, coder: EventCoder, text: str) -> None:
    assert "110" not in set(_triggers(nlp, coder, text).values())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "prisoners of war" are no war
        ("Kyiv received 40 prisoners of war in the latest exchange.", "190"),
        # people questioned by investigators are no disapproval
        ("Detectives questioned a former minister about the contract.", "110"),
        # the people who protest are actors, not a protest of their own
        ("Soldiers fired on protesters near the palace.", "141"),
        ("Police arrested dozens of demonstrators in the square.", "141"),
        # tourists and other travellers visiting a country pay no state visit
        ("Foreign tourists visited Egypt in record numbers last year.", "042"),
        # a need or a minority recognised is no diplomatic recognition
        ("The ministry recognised the need for new elections.", "054"),
        ("The new constitution recognises the Hungarian minority.", "054"),
    ],
)
def test_session8_no_event_senses(nlp: Language, coder: EventCoder, text: str, code: str) -> None:
    assert code not in set(_triggers(nlp, coder, text).values())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the governing verb's phrase decides the code of the whole event
        ("Bamako ordered the UN peacekeeping mission to leave Mali.", "1661"),
        ("Kabul demanded that Pakistani troops withdraw from the border posts.", "106"),
        ("The opposition demanded that the president dismiss the interior minister.", "1041"),
        ("The World Bank suspended lending to Ethiopia.", "1621"),
    ],
)
def test_session8_full_pipeline_code(
    nlp: Language, coder: EventCoder, resolver: ActorResolver, text: str, code: str
) -> None:
    full = Coder(Settings(), nlp=nlp, resolver=resolver, event_coder=coder)
    coded = full.code_text(text, datetime(2026, 3, 2))
    assert code in {e.cameo for e in coded.events}, coded.events
