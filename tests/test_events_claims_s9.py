"""Session 9, round 3: claims told in a report. A group's report of its own done act of force is
also its claim of responsibility (015, no target); naming a party's act with a word of blame is
criticism (111); a report that a party is behind what others do, told in the passive, accuses
that party (112). Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _side(ref) -> str:
    return ref.actor.country or ref.actor.code


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State group said it had carried out the suicide bombing at the market in Kabul.",
        "Al-Shabaab said its fighters attacked an army base near Baidoa on Sunday.",
        "Islamic State said one of its members had blown himself up at a checkpoint in Baghdad.",
    ],
)
def test_a_group_reporting_its_own_attack_claims_it(code, text: str) -> None:
    events = code(text)
    claims = [e for e in events if e.cameo == "015"]
    assert claims and all(e.target is None for e in claims), [(e.cameo, e.rule) for e in events]
    # the attack stays an event of its own
    assert any(e.root in ("18", "19", "20") for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # a state's army reporting its operation reports it: no claim
        "Nigeria's army said it had killed 30 insurgents in an air strike in Borno state.",
        # nor a state as a whole
        "Israel said it had struck militant positions in southern Lebanon overnight.",
        # the attack is another party's, not the speaker's own
        "Al-Shabaab said the Kenyan army had attacked its positions near Baidoa.",
        # denied, and a future act, are no claims
        "Al-Shabaab said it had not carried out the bombing in Mogadishu.",
        "Al-Shabaab said it would attack the base again.",
    ],
)
def test_no_claim_without_an_own_done_attack(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo == "015"], [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran called the Israeli air strike an act of aggression.", "IRN", "ISR"),
        ("Seoul called Pyongyang's latest test a grave violation of UN resolutions.", "KOR", "PRK"),
        ("Mexico called the American decision illegal.", "MEX", "USA"),
    ],
)
def test_naming_an_act_with_a_word_of_blame_is_criticism(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert any(
        e.cameo == "111" and _side(e.source) == source and e.target is not None and _side(e.target) == target
        for e in events
    ), [(e.cameo, e.rule, e.source.actor.code, e.target.actor.code if e.target else None) for e in events]


def test_describing_an_act_as_a_word_of_blame_is_criticism(code) -> None:
    events = code("Tehran described the Israeli strike as an act of aggression.")
    assert any(e.cameo == "111" and e.target is not None and _side(e.target) == "ISR" for e in events), [
        (e.cameo, e.rule) for e in events
    ]
    praised = code("Tehran described the Israeli proposal as a useful start.")
    assert not [e for e in praised if e.cameo == "111"], [(e.cameo, e.rule) for e in praised]


def test_naming_without_blame_is_no_criticism(code) -> None:
    events = code("Iran called the Israeli proposal a starting point.")
    assert not [e for e in events if e.cameo == "111"], [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Fighting spread after the militia, which Somalia says is funded by Eritrea, took the port.",
         "SOM", "ERI"),
        ("Sudan says the paramilitary forces are armed by the United Arab Emirates.", "SDN", "ARE"),
    ],
)
def test_a_reported_hand_behind_others_is_an_accusation(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert any(
        e.cameo == "112" and _side(e.source) == source and e.target is not None and _side(e.target) == target
        for e in events
    ), [(e.cameo, e.rule, e.source.actor.code, e.target.actor.code if e.target else None) for e in events]


def test_a_hand_behind_the_speakers_own_side_is_no_accusation(code) -> None:
    events = code("Ukraine says its brigades are backed by NATO.")
    assert not [e for e in events if e.cameo == "112"], [(e.cameo, e.rule) for e in events]


def test_a_denied_hand_is_no_accusation(code) -> None:
    events = code("Sudan says the paramilitary forces are not armed by the United Arab Emirates.")
    assert not [e for e in events if e.cameo == "112"], [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Latvia expelled a Belarusian diplomat for what it called activities incompatible with his status.",
         "LVA", "BLR"),
        ("Estonia detained two Russian citizens over what it said was a plot to sabotage a railway.",
         "EST", "RUS"),
    ],
)
def test_a_stated_reason_for_a_punitive_act_accuses_its_target(
    code, text: str, source: str, target: str
) -> None:
    events = code(text)
    assert any(
        e.cameo == "112" and _side(e.source) == source and e.target is not None and _side(e.target) == target
        for e in events
    ), [(e.cameo, e.rule) for e in events]
    # the punitive act stays coded
    assert any(e.root == "17" for e in events), [(e.cameo, e.rule) for e in events]


def test_a_plain_reason_is_no_accusation(code) -> None:
    events = code("Latvia expelled a Belarusian diplomat for the second time this year.")
    assert not [e for e in events if e.cameo == "112"], [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Kenya rejected as 'baseless' Somalia's accusation that Nairobi had armed the militia.",
         "SOM", "KEN"),
        ("Mali dismissed as baseless accusations by the Algerian government that Malian troops had crossed "
         "the border.", "DZA", "MLI"),
    ],
)
def test_an_owned_accusation_rejected_as_baseless_is_its_owners_act(
    code, text: str, accuser: str, accused: str
) -> None:
    events = code(text)
    assert any(
        e.root == "11" and _side(e.source) == accuser and e.target is not None and _side(e.target) == accused
        for e in events
    ), [(e.cameo, e.rule) for e in events]
    # the rejection stays coded too
    rejections = [e for e in events if e.cameo == "016" and _side(e.source) == accused]
    assert rejections, [(e.cameo, e.rule) for e in events]


# Session 16: a report whose that-clause is a copular judgement of another party. Blame laid on a party
# accuses it (112); an act called by a word of blame is criticism (111) of its owner; a proposal judged
# not acceptable is turned down (120); blame denied of the speaker's own side, and an accusation judged
# baseless, are denials (016).


def _dyads(events) -> list[tuple[str, str, str | None]]:
    return [(e.cameo, _side(e.source), _side(e.target) if e.target is not None else None) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Nairobi said al-Shabaab was responsible for the attack on the university.", "112", "KEN", "SOM"),
        ("Baku said Armenia was behind the shelling of the town.", "112", "AZE", "ARM"),
        ("Manila said the Chinese coast guard was to blame for the collision near the shoal.", "112",
         "PHL", "CHN"),
        ("The Nigerian army was responsible for the raid, Cameroon's defence ministry said.", "112",
         "CMR", "NGA"),
        ("Hanoi said Beijing's oil rig deployment was illegal.", "111", "VNM", "CHN"),
        ("Caracas said the U.S. sanctions were a violation of international law.", "111", "VEN", "USA"),
        ("Budapest said the European Commission's decision was a mistake.", "111", "HUN", "EUR"),
        ("Belgrade said Pristina's move was a provocation.", "111", "SRB", "XKX"),
        ("Moscow said Kyiv's peace proposal was unacceptable.", "120", "RUS", "UKR"),
        ("Ankara said Finland's application to join NATO was not acceptable.", "120", "TUR", "FIN"),
        # a hand in an act of force, told in the active voice or as involvement
        ("Islamabad said India's spy agency orchestrated the bombing in Quetta.", "112", "PAK", "IND"),
        ("London said Russian military intelligence officers were involved in the bombing.", "112",
         "GBR", "RUS"),
        ("Damascus said Ankara was complicit in the massacre.", "112", "SYR", "TUR"),
    ],
)
def test_a_reported_judgement_of_another_party(code, text: str, cameo: str, source: str, target: str) -> None:
    events = code(text)
    assert any(
        e.cameo == cameo and _side(e.source) == source and e.target is not None and _side(e.target) == target
        for e in events
    ), _dyads(events)


@pytest.mark.parametrize(
    "text",
    [
        # a judgement, not an accusation: the speaker's own side denies it
        "Riyadh said it was not responsible for the strike on the school.",
        "Pretoria said South Africa was not behind the leak.",
        # an accusation judged baseless is dismissed
        "Ankara said the Greek allegations were baseless.",
    ],
)
def test_denied_blame_and_a_dismissed_accusation_are_denials(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "016" and e.target is None for e in events), _dyads(events)
    assert not [e for e in events if e.root in ("11", "18", "19")], _dyads(events)


@pytest.mark.parametrize(
    "text",
    [
        # not a political speaker
        "Analysts said Moscow was behind the cyber attack on the ministry.",
        "Residents said the rebels were responsible for the explosion.",
        # a guess, another party cleared, a neutral or favourable judgement
        "Seoul said Pyongyang may be behind the hacking.",
        "Cairo said Israel was not responsible for the closure.",
        "Jakarta said the Australian proposal was constructive.",
        "Madrid said the EU sanctions were working.",
        "The minister said the economy was strong.",
        "Police said the fire was accidental.",
        # a hand in no act of force
        "Cairo said Qatar was involved in the negotiations.",
        "The ministry said the foreign minister orchestrated the peace agreement.",
        # the speaker's own act defended
        "Tokyo said its decision was a mistake by the previous government.",
    ],
)
def test_no_verdict_without_blame_of_another_party(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.rule and e.rule.startswith("judgement:") and e.root != "01"], \
        _dyads(events)


@pytest.mark.parametrize(
    "text",
    [
        # blame the speaker lays on its own side is a claim of responsibility
        "The Shabaab said they were behind the bombing of the hotel.",
        "Kigali said it was responsible for the strike on the rebel camp.",
        # a state admitting an act of force of its own accepts responsibility for it
        "The Indonesian army admitted its soldiers had shot two farmers in Papua.",
    ],
)
def test_own_blame_and_admitted_force_are_claims_of_responsibility(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "015" and e.target is None for e in events), _dyads(events)


@pytest.mark.parametrize(
    "text",
    [
        # a duty, not a wrong
        "The army said it was responsible for security along the border.",
        "Lagos said the governors were responsible for policing their states.",
        # a state reporting its own operation claims nothing
        "The Turkish military said it had struck militant positions in northern Iraq.",
    ],
)
def test_duties_and_reported_operations_are_no_claims(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo in ("015", "112")], _dyads(events)
