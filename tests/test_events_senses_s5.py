"""Senses held by their objects: carrier nouns for modifier objects, prepositional objects
(``+with:weapon``) in the pattern format, and vocabulary of the weak roots. Every sentence is
written for this file."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from _events_fake import sentence_code as _code
from _events_fake import trigger_codes as _codes
from triadic.cli import app
from triadic.errors import DictionaryError
from triadic.events import EventCoder, load_patterns, shipped_patterns


# 1. A compound or adjective modifier meets a verb's +object only before a carrier noun or a name.
@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The donors suspended aid deliveries to the province.", "suspended", "162"),
        ("The governor extended the curfew hours in the capital.", "extended", "1723"),
        ("The two militias violated the ceasefire agreement again.", "violated", "196"),
    ],
)
def test_modifier_meets_the_object_before_a_carrier(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _codes(nlp, coder, text).get(word) == code


def test_modifier_of_a_person_is_no_object(nlp: Language, coder: EventCoder) -> None:
    # "a protest leader" is a person: holding one is custody, not a protest
    found = _codes(nlp, coder, "Police in the capital held a protest leader overnight.")
    assert found.get("held") != "141"


def test_carrier_list_is_shipped_and_extensible(tmp_path: Path) -> None:
    assert {"delivery", "effort", "agreement"} <= next(
        p.carriers for p in shipped_patterns().all_patterns() if p.objects
    )
    user = tmp_path / "carry.yaml"
    user.write_text("version: 1\ncarriers: [consignment, tranche]\n", encoding="utf-8")
    ps = load_patterns([user])
    assert "tranche" in next(p.carriers for p in ps.all_patterns() if p.objects)


def test_bad_carrier_list_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\ncarriers: delivery\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"bad.yaml:2: 'carriers' must be a list"):
        load_patterns([bad])


# 2. "+prep:object" holds a verb to the sense its prepositional object names.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Canada backed the Ukrainian army with rifles and ammunition.", "072"),
        ("Sweden supported Jordan with food and tents for the camps.", "073"),
        ("Norway helped Malawi with a grant of ten million dollars.", "071"),
        ("The air force attacked the rebel camp with drones at dawn.", "195"),
        ("Brussels threatened Minsk with sanctions over the election.", "1312"),
        ("The junta threatened the students with arrest.", "137"),
    ],
)
def test_prepositional_object_picks_the_sense(nlp: Language, coder: EventCoder, text: str, code: str) -> None:
    assert _code(nlp, coder, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Canada backed the new constitution on Monday.", "051"),
        ("The militia attacked the convoy near the bridge.", "190"),
        ("Brussels threatened to leave the talks.", "130"),
    ],
)
def test_without_the_prepositional_object_the_plain_sense_stays(
    nlp: Language, coder: EventCoder, text: str, code: str
) -> None:
    assert _code(nlp, coder, text)[:3] == code


def test_prep_object_pattern_parses_and_ranks() -> None:
    pats = [p for p in shipped_patterns().verbs["support"] if p.prep_objects]
    assert pats and all(dict(p.prep_objects).get("with") for p in pats)
    plain = next(p for p in shipped_patterns().verbs["support"] if p.spec == "support")
    assert all(p.specificity > plain.specificity for p in pats)
    # a prepositional object is not a direct object: "+with:" adds no "with" word (no target preposition)
    assert all("with" not in p.words for p in pats)


def test_user_file_with_a_prep_object(nlp: Language, tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        'version: 1\ncodes:\n  "0874":\n    verbs: ["reward +with:withdrawal|pullout"]\n', encoding="utf-8"
    )
    coder = EventCoder(load_patterns([user]))
    text = "The army rewarded the villagers with a pullout of its troops."
    assert _code(nlp, coder, text) == "0874"
    assert _code(nlp, coder, "The army rewarded the villagers with medals.") != "0874"


@pytest.mark.parametrize(
    ("spec", "needle"),
    [
        ("support +with:", "needs a preposition and a lemma"),
        ("support +:weapon", "needs a preposition and a lemma"),
        ("support +with:weapon:arms", "needs a preposition and a lemma"),
        ("support with +with:weapon", "both as a word and as '+preposition:object'"),
    ],
)
def test_bad_prep_object_is_a_clear_error(tmp_path: Path, spec: str, needle: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(f'version: 1\ncodes:\n  "072":\n    verbs: ["{spec}"]\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match="bad.yaml:4") as err:
        load_patterns([bad])
    assert needle in str(err.value) and err.value.code == "E131"


def test_prep_object_on_a_noun_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "noun.yaml"
    bad.write_text('version: 1\ncodes:\n  "072":\n    nouns: ["aid +with:arms"]\n', encoding="utf-8")
    r = CliRunner().invoke(app, ["patterns", "--check", "--patterns", str(bad)])
    assert r.exit_code != 0
    assert "only for verb patterns" in r.output and "Traceback" not in r.output


# 3. "+subject:" holds a pattern to its doer: natural disasters and accidents do no CAMEO act.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A powerful earthquake killed more than 200 people in the mountains.", "killed"),
        ("The cyclone destroyed hundreds of fishing boats.", "destroyed"),
        ("Nine pilgrims were injured in a stampede at the shrine.", "injured"),
        ("Floods forced thousands of farmers to leave their land.", "forced"),
    ],
)
def test_disasters_and_accidents_are_no_event(nlp: Language, coder: EventCoder, text: str, word: str) -> None:
    assert word not in _codes(nlp, coder, text)


def test_a_human_doer_keeps_the_act(nlp: Language, coder: EventCoder) -> None:
    assert _codes(nlp, coder, "Gunmen killed 40 villagers in the north.").get("killed", "")[:2] in (
        "18",
        "20",
    )
    assert _codes(nlp, coder, "The militia destroyed the village school.").get("destroyed") == "1712"


def test_subject_constraint_reads_the_passive_agent(nlp: Language, tmp_path: Path) -> None:
    user = tmp_path / "doer.yaml"
    user.write_text(
        'version: 1\ncodes:\n  "0874":\n    verbs: ["vacate +subject:garrison"]\n', encoding="utf-8"
    )
    coder = EventCoder(load_patterns([user]))
    assert _codes(nlp, coder, "The garrison vacated the fort.").get("vacated") == "0874"
    assert _codes(nlp, coder, "The fort was vacated by the garrison.").get("vacated") == "0874"
    assert "vacated" not in _codes(nlp, coder, "The tenants vacated the flat.")


# 4. Senses and vocabulary from the CAMEO codebook.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Beijing warned of retaliation if Canberra went ahead.", "131"),
        ("Moscow warned of war over the new missile bases.", "138"),
        ("Brussels warned of sanctions against the junta.", "1312"),
        ("The president gave Havana a stern warning.", "130"),
        ("Amman sealed its border with Iraq.", "191"),
        ("The army used chemical weapons in the valley.", "2041"),
        ("The generals placed the president under house arrest.", "173"),
        ("The authorities shut down three opposition newspapers.", "1721"),
        ("A mob hacked a blogger to death in Dhaka.", "1823"),
        ("The senator spoke out against the crackdown.", "111"),
        ("The militia vowed to avenge its fallen commander.", "130"),
        ("The Fijian peacekeepers arrived in Beirut on Friday.", "074"),
        ("The British foreign secretary arrived in Beirut on Friday.", "042"),
        ("The grant supported rural clinics in the north.", "070"),
        ("Oslo gave 40 million euros to the flood victims.", "071"),
        ("The navy distributed food and blankets to the stranded fishermen.", "073"),
        ("Warsaw offered a tank battalion and six helicopters to the alliance.", "0312"),
        ("Tehran offered Baghdad military trainers and advisers.", "0312"),
        ("The Gulf monarchies promised Cairo a fresh bailout.", "0331"),
        ("A court in Lyon found the former mayor guilty of bribery.", "116"),
        ("The militants held dozens of farmers as human shields.", "184"),
        ("The union launched legal action against the ministry.", "115"),
        ("Ankara summoned the Swedish charge d'affaires on Monday.", "114"),
    ],
)
def test_weak_root_vocabulary(nlp: Language, coder: EventCoder, text: str, code: str) -> None:
    assert _code(nlp, coder, text) == code


def test_weapons_alone_are_no_weapon_of_mass_destruction(nlp: Language, coder: EventCoder) -> None:
    assert _codes(nlp, coder, "The guerrillas used rifles bought abroad.").get("used") is None


def test_intransitive_pattern_refuses_a_passive(nlp: Language, coder: EventCoder) -> None:
    # "was returned to Italy" is given back, not a trip back (042)
    assert _codes(nlp, coder, "The statue was returned to Italy by the museum.").get("returned") != "042"
    assert _codes(nlp, coder, "The delegation returned to Cairo.").get("returned") == "042"


def test_take_in_needs_people(nlp: Language, coder: EventCoder) -> None:
    assert _codes(nlp, coder, "Sweden took in 9,000 refugees last year.").get("took") == "075"
    assert "took" not in _codes(nlp, coder, "The family took refuge in a church.")
    assert "fighting" not in _codes(nlp, coder, "The banker is fighting extradition to France.")
