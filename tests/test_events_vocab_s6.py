"""Session 6 vocabulary: CAMEO sub-codes reached by general phrasings of each code's definition
(administrative sanctions, restrictions on political freedoms, seizures of companies, air strikes
named by their doer, fire exchanged by weapon, what an investigation looks into, ...), and the
codes that lost a word they never meant. Every sentence is written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.language import Language

from _events_fake import code_text, triples
from _events_fake import sentence_code as _code
from _events_fake import trigger_codes as _triggers
from triadic.actors import ActorResolver
from triadic.config import Settings
from triadic.events import EventCoder
from triadic.pipeline import Coder


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # 195: a strike named by the aircraft or drone that made it
        ("Russian drones struck a power plant near Odesa overnight.", "195"),
        ("Israeli warplanes hit a weapons depot outside the city.", "195"),
        ("Government helicopters attacked a rebel camp in the hills.", "195"),
        ("The army killed eleven insurgents in an air strike on Tuesday.", "195"),
        # 194 / 193: fire exchanged, by the weapon that fired it; plain fire stays 190
        ("The two armies traded mortar fire across the valley.", "194"),
        ("Border guards exchanged small-arms fire with smugglers.", "193"),
        ("The two navies exchanged fire near the disputed reef.", "190"),
        # 186: killing an office holder or candidate
        ("Gunmen shot dead a provincial governor outside his home.", "186"),
        ("Militants killed a local mayor in the north.", "186"),
        # 172: administrative sanctions (a regulator's fine, removal from office, loss of immunity)
        ("The competition authority fined the telecom operator.", "172"),
        ("Lawmakers removed the prime minister from office.", "172"),
        ("The assembly stripped the senator of his immunity.", "172"),
        # 116: a court's fine stays a legal finding
        ("A judge fined the shipping company for the oil spill.", "116"),
        # 1721: restrictions on political freedoms
        ("The interior ministry banned a march planned by the opposition.", "1721"),
        ("The government stripped the exiled journalist of her citizenship.", "1721"),
        ("The authorities blocked access to a popular video platform.", "1721"),
        # 1711: a company taken over is property seized, not territory
        ("The government seized control of a foreign-owned steel plant.", "1711"),
        # 163 / 085: trade measures, also when named through "export curbs" or "import bans"
        ("Ankara suspended trade with its neighbour.", "163"),
        ("Beijing tightened export controls on rare metals.", "163"),
        ("Tokyo eased export curbs on chemicals to Seoul.", "085"),
        ("Brussels lifted the import ban on Ukrainian grain.", "085"),
        # 1041 / 107: demands are 10x, not appeals or protests
        ("The opposition bloc demanded the resignation of the interior minister.", "1041"),
        ("Cairo demanded an immediate ceasefire in the enclave.", "107"),
        # 1245 / 0862: inspectors blocked or let in
        ("The regime blocked UN inspectors from the missile site.", "1245"),
        ("Tehran allowed IAEA inspectors into the enrichment plant.", "0862"),
        # 138: threats of military force
        ("The bloc threatened military intervention in the coup-hit country.", "138"),
        # 1124 / 1125: accusations named by their charge
        ("Kyiv accused Moscow of war crimes in the occupied south.", "1124"),
        ("Seoul accused Pyongyang of espionage.", "1125"),
        # 09x: what an investigation looks into
        ("Police launched an investigation into the shooting at the rally.", "093"),
        ("Prosecutors opened a corruption probe into the former governor.", "091"),
        ("The council set up an inquiry into abuses at the detention centre.", "092"),
        ("Prosecutors opened an investigation into the mayor.", "090"),
        # 071 / 072 / 074 / 0841 / 154 / 152 / 051 / 145
        ("Qatar deposited two billion dollars in the central bank of Egypt.", "071"),
        ("Paris will send more air defence systems to Kyiv.", "072"),
        ("Washington delivered a new batch of artillery shells to Kyiv.", "072"),
        ("The Security Council extended the peacekeeping mission in Mali.", "074"),
        ("The militia handed over the bodies of six soldiers to the Red Cross.", "0841"),
        ("Warsaw will double its troop presence along the frontier.", "154"),
        ("The navy raised its alert level after the missile launch.", "152"),
        ("Police raised the alert in the capital after the bombing.", "151"),
        ("Samoa welcomed a Japanese loan for port repairs.", "051"),
        ("Rioters pelted the police with stones in the old town.", "145"),
        # arson by a crowd is a riot (145), not plain destruction (1712)
        ("Angry mobs set fire to shops in the market town.", "145"),
        # force against protesters is repression (175)
        ("Police shot dead three protesters in the capital.", "175"),
        ("Police fired tear gas at protesters.", "175"),
        # criminal charges brought (173)
        ("Prosecutors brought charges against two officials.", "173"),
        # foreign aid accepted lets aid in (0863); a plea for food is 0233
        ("The island accepted aid teams from three neighbours.", "0863"),
        ("The government appealed for food and medicine.", "0233"),
        # confidence is optimism (013); a travel advisory against a country reduces relations (160)
        ("The ministry is confident that a deal will be reached.", "013"),
        ("Beijing issued a travel advisory against Japan.", "160"),
        # an offer rejected without saying what it offered is a plain rejection (120)
        ("The rebels rejected the government's offer.", "120"),
        # property seized (1711); a ceasefire broken needs no named victim (196)
        ("Police seized the offices of the charity.", "1711"),
        ("Azerbaijani forces violated the ceasefire overnight.", "196"),
        # weapons asked for are military aid (0232)
        ("Kyiv asked its allies for more air defence systems.", "0232"),
        # humanitarian help named by its kind (073), also before a carrier noun or after a light verb
        ("Ankara sent rescue teams to the flooded province.", "073"),
        ("The charity flew medical supplies to the island.", "073"),
        ("The EU provided humanitarian aid to the refugees.", "073"),
        ("Washington provided military aid to the army.", "072"),
        ("The authorities allowed aid trucks into the besieged town.", "0863"),
        # a strike that kills is an air strike (195)
        ("A drone strike killed a militant commander near the border.", "195"),
        # people handed back are persons released (0841)
        ("Moscow returned twelve abducted children.", "0841"),
        # ending intelligence sharing reduces relations (160)
        ("Washington cut off intelligence sharing with the junta.", "160"),
        # an attack carried out with no weapon named is force (190); a bombing is 183
        ("Gunmen carried out an attack on a police post.", "190"),
        ("Militants carried out a bombing at the market.", "183"),
        # an attack launched takes the code of its noun: a missile attack is 194, a raid 190
        ("Moscow launched a missile attack on the port city.", "194"),
        ("The air force launched air strikes on rebel bases.", "195"),
        ("The army launched a raid on the rebel camp.", "190"),
        # protesting in the streets is demonstrating (141)
        ("Thousands of students protested in the capital.", "141"),
    ],
)
def test_session6_vocabulary_reaches_its_code(nlp: Language, coder: EventCoder, text: str, code: str) -> None:
    assert _code(nlp, coder, text) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # lending is financial aid, not trade
        ("China agreed to lend Zambia one billion dollars.", "lend", "071"),
        # a suicide bomber is no aircraft: the killing is a suicide bombing (1831), not an air strike
        ("A suicide bomber killed nine people at the market.", "killed", "1831"),
        ("Russian bombers struck the city overnight.", "struck", "195"),
        ("A suicide bomber struck a police checkpoint.", "struck", "1831"),
        # a court's fine and an administrative fine differ by who fines
        ("The tribunal fined the club.", "fined", "116"),
        ("The watchdog fined the club.", "fined", "172"),
        # expelling diplomats or journalists expels individuals (174, codebook; session 7 changed the
        # diplomats from 166, as the gold conventions code them)
        ("Minsk expelled two Lithuanian diplomats.", "expelled", "174"),
        ("Minsk expelled two Lithuanian journalists.", "expelled", "174"),
        # an agency's staff expelled is an agency expelled
        ("The junta expelled the staff of the aid agency.", "expelled", "1663"),
        # taking over a town is still occupation
        ("Rebels seized control of the town.", "seized", "192"),
    ],
)
def test_session6_trigger_senses(nlp: Language, coder: EventCoder, text: str, word: str, code: str) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    "text",
    [
        # "oust" alone is no expulsion: a coup or a vote is not a deportation
        "Soldiers ousted the elected president on Wednesday.",
        # "strip" without a right or office taken away is no sanction
        "Workers stripped the old paint from the bridge.",
    ],
)
def test_session6_no_sanction_sense(nlp: Language, coder: EventCoder, text: str) -> None:
    codes = set(_triggers(nlp, coder, text).values())
    assert not codes & {"172", "1721", "174"}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # what an appeal asks for chooses its sub-code: restraint in a conflict (0256), a return to
        # talks (026), a reconsidered decision (0242)
        ("The United Nations urged Israel to exercise restraint.", ("IGOUNO", "0256", "ISR")),
        ("The UN called on Russia to return to the negotiating table.", ("IGOUNO", "026", "RUS")),
        ("Washington urged Beijing to reconsider.", ("USA", "0242", "CHN")),
    ],
)
def test_session6_appeal_subcodes(
    nlp: Language, coder: EventCoder, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(code_text(nlp, coder, text, datetime(2025, 3, 1)))


# An appeal, demand, intent or refusal about stepping down or a truce takes the sub-code of what it is about.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Arab League called on Ethiopia to agree to a truce in the north.", "0256"),
        ("Farmers in Lima demanded that the president step down.", "1041"),
        ("The opposition urged the prime minister to resign.", "0241"),
        ("The junta refused to step down despite pressure from its neighbours.", "1231"),
    ],
)
def test_derived_codes_follow_the_embedded_act(
    nlp: Language, coder: EventCoder, resolver: ActorResolver, text: str, code: str
) -> None:
    full = Coder(Settings(), nlp=nlp, resolver=resolver, event_coder=coder)
    coded = full.code_text(text, datetime(2026, 3, 2))
    assert code in {e.cameo for e in coded.events}, coded.events


def test_irregular_past_is_lemmatised_for_patterns(nlp: Language, coder: EventCoder) -> None:
    # spaCy leaves "retook" as its own lemma; the grammar's lemma fixes map it to "retake"
    assert "retook" in _triggers(nlp, coder, "Government forces retook the town on Tuesday.")
