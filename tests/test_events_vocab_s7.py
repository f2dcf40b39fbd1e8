"""Session 7 vocabulary: CAMEO sub-codes reached by general phrasings of each code's definition (an
asset freeze lifted, a reform scrapped, cultural objects handed back, forces leaving a town, ships
blocked or seized, places captured, killings in a shootout, bombs named by their carrier, offers of
talks dismissed), and senses that no longer code the wrong thing. Every sentence is written for this
file."""

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
        # 085: an asset freeze lifted or eased is a sanction eased (the noun alone stays 163)
        ("Ottawa lifted an asset freeze on the state airline.", "lifted", "085"),
        ("The bloc eased the freeze on the central bank's reserves.", "eased", "085"),
        # 0832: a reform, bill or rule scrapped, shelved or reversed concedes a policy change
        ("The cabinet scrapped an unpopular pension reform.", "scrapped", "0832"),
        ("The ruling party shelved the controversial security bill.", "shelved", "0832"),
        ("The governor reversed the fuel price hike after two days of riots.", "reversed", "0832"),
        # 0863: aid let in, named by the vehicles or goods that carry it
        ("The army allowed fuel lorries into the besieged city.", "allowed", "0863"),
        ("Cairo allowed medicine into the enclave on Sunday.", "allowed", "0863"),
        # 0842: property returned: cultural objects, land and assets
        ("Paris handed back looted bronzes to Lagos.", "handed", "0842"),
        ("The museum returned three stolen statues to Cambodia.", "returned", "0842"),
        ("Belgium will repatriate colonial-era artefacts to Kinshasa.", "repatriate", "0842"),
        # 0874: forces leaving a place they held (no object: "withdrew its troops from" stays as it was)
        ("Government troops withdrew from the river port after heavy losses.", "withdrew", "0874"),
        ("Rebel fighters withdrew from their positions around the airport.", "withdrew", "0874"),
        # 164: leaving talks, also by suspending one's part in them
        ("The separatists withdrew from the peace talks on Monday.", "withdrew", "164"),
        ("The government suspended its participation in the negotiations.", "suspended", "164"),
        # 1623: food distributions stopped
        ("The agency suspended food distributions in the northern provinces.", "suspended", "1623"),
        # 1711: vessels and vehicles seized
        ("The coast guard seized four foreign trawlers near the atoll.", "seized", "1711"),
        # 192: military sites captured are territory taken
        ("Insurgents captured an army garrison in the east.", "captured", "192"),
        ("The militia captured a border checkpoint overnight.", "captured", "192"),
        # 191: ships stopped at sea
        ("Naval patrol boats blocked a cargo ship from entering the harbour.", "blocked", "191"),
        ("Commandos intercepted an aid flotilla in international waters.", "intercepted", "191"),
        # 193: killings in a shootout are small-arms fighting; 190 for fighters killed
        ("Troops shot dead five smugglers in a shootout near the frontier.", "shot", "193"),
        ("Soldiers killed seven guerrillas in the northern hills.", "killed", "190"),
        # 1832 / 1833: an attack named by the bomb's carrier
        ("Insurgents carried out a car bomb attack on a police station.", "attack", "1832"),
        ("A roadside bomb attack hit an army patrol.", "attack", "1833"),
        # 150 vs 062: drills by one navy are a show of force; joint drills stay cooperation
        ("Beijing launched large-scale naval drills near the strait.", "launched", "150"),
        ("The two navies held joint drills in the gulf.", "held", "062"),
        # 125: an offer of talks dismissed or rebuffed
        ("Minsk dismissed the opposition's offer of talks.", "dismissed", "125"),
        ("The junta rebuffed an offer of negotiations from its neighbours.", "rebuffed", "125"),
        # 064: records and evidence handed to another side's investigators
        ("French police handed the German prosecutors the suspect's bank records.", "handed", "064"),
        # 160: a state suspended from a bloc's bodies
        ("The regional bloc suspended Niger from all its activities.", "suspended", "160"),
        # 0874: forces removed (also the act inside a demand, which makes it 106)
        ("Tokyo will remove its warships from the disputed waters.", "remove", "0874"),
        # 1123: accused of massing troops is an accusation of aggression
        ("Kigali accused Kinshasa of massing troops near the lake.", "accused", "1123"),
        # 0333 / 073: money pledged or provided "in humanitarian aid" is humanitarian
        ("Brussels pledged 40 million euros in humanitarian aid to Haiti.", "pledged", "0333"),
        ("Seoul provided two million dollars in emergency relief to Laos.", "provided", "073"),
        # 154: troops sent to one's own border or along a frontier mobilise forces
        ("Athens deployed extra troops to the border after the incident.", "deployed", "154"),
        ("Hanoi deployed more soldiers along the frontier.", "deployed", "154"),
        # 153: police reinforcements sent (reinforcement is a carrier noun, like aid deliveries)
        ("The interior ministry sent riot police reinforcements to the port.", "sent", "153"),
        # 144: a street blocked by a crowd
        ("Truck drivers blocked the motorway into the capital.", "blocked", "144"),
    ],
)
def test_session7_vocabulary_reaches_its_code(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # "withdraw X from Y" keeps its object reading: troops pulled out, the place is no object
        ("Ankara will withdraw its troops from the buffer zone.", "withdraw", "0874"),
        # a treaty scrapped stays a rejected settlement (127), not a conceded reform
        ("Washington scrapped the arms control treaty.", "scrapped", "127"),
        # protesters killed stay repression, whatever the setting
        ("Police killed three protesters in clashes in the capital.", "killed", "175"),
        # a party suspending one of its own members is no reduction of relations
        ("The party suspended the senator from its parliamentary group.", "suspended", "172"),
    ],
)
def test_session7_senses_kept(nlp: Language, coder: EventCoder, text: str, word: str, code: str) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # hostages freed by force are no humanitarian aid
        ("Commandos rescued nine hostages from a jungle camp.", "073"),
        # a rule "requires" without anybody demanding
        ("The new law requires foreign charities to register with the ministry.", "100"),
        # people displaced by fighting in general: no displacing actor, no expulsion
        ("Thousands of families were displaced by the fighting in the valley.", "201"),
        # migrants leaving a country are no military retreat
        ("A deadline for undocumented workers to leave the country expired on Friday.", "0874"),
        # a quarrel that "left" two countries without envoys moves nobody
        ("The bitter feud has left the two countries without ambassadors since March.", "0874"),
        # a vehicle that hits a mine attacks nobody
        ("Four policemen died when their truck hit a landmine on the highway.", "190"),
        # a letter received is no visit hosted
        ("The embassy said it had received no letter from the ministry.", "043"),
    ],
)
def test_session7_no_event_senses(nlp: Language, coder: EventCoder, text: str, code: str) -> None:
    assert code not in set(_triggers(nlp, coder, text).values())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a demand that forces be removed is a demand for withdrawal (106)
        ("Seoul demanded that Tokyo remove its warships from the disputed waters.", "106"),
        # lifting an asset freeze eases a sanction on the fund's country (085)
        ("Canada lifted an asset freeze on the Libyan investment fund.", "085"),
    ],
)
def test_session7_full_pipeline_code(
    nlp: Language, coder: EventCoder, resolver: ActorResolver, text: str, code: str
) -> None:
    full = Coder(Settings(), nlp=nlp, resolver=resolver, event_coder=coder)
    coded = full.code_text(text, datetime(2026, 3, 2))
    assert code in {e.cameo for e in coded.events}, coded.events
