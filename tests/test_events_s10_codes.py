"""Session 10, round 1: codes by mechanism. Troops that disengage de-escalate (087); agreeing to
build or expand rail and power links is economic cooperation (0311); "lashing out" is criticism
(111); a threatened air strike or shelling is a threatened conventional attack (1384); a call
for, demand for or rejection of an institution's dissolution is about institutional change (0244,
1044, 1234), and a rejected call is sub-coded by what it called for, also when the parser hangs
that on the caller ("calls by X for Y"); an investigation by the police or prosecutors is one
into crime (091); two sides that reaffirm their commitment commit to each other (030 both
ways); emergency assistance is humanitarian aid (073). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _events_fake import cameo_codes, code_rules


@pytest.mark.parametrize(
    "text",
    [
        "Thai and Cambodian troops completed disengagement from three points along the border.",
        "Indian and Pakistani soldiers began their disengagement from the glacier on Monday.",
    ],
)
def test_disengagement_is_de_escalation(code, text: str) -> None:
    events = code(text)
    assert "087" in cameo_codes(events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed to expand electricity links.",
        "Zambia and Tanzania agreed on Monday to upgrade their railway link.",
        "Ghana and Togo agreed to build a new power interconnector.",
    ],
)
def test_agreed_rail_and_power_links_are_economic_cooperation(code, text: str) -> None:
    events = code(text)
    assert cameo_codes(events).count("0311") == 2, code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign minister lashed out at Britain over the new sanctions.",
        "The Chinese embassy hit out at Canberra over the decision on Tuesday.",
    ],
)
def test_lashing_out_is_criticism(code, text: str) -> None:
    events = code(text)
    assert "111" in cameo_codes(events), code_rules(events)
    assert "110" not in cameo_codes(events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli defence minister threatened to bomb Beirut's airport if the rocket fire continued.",
        "Azerbaijan threatened to shell Armenian positions along the border.",
    ],
)
def test_a_threatened_strike_is_a_threatened_conventional_attack(code, text: str) -> None:
    events = code(text)
    assert "1384" in cameo_codes(events), code_rules(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition called for the dissolution of the electoral commission.", "0244"),
        ("Thousands of protesters demanded the dissolution of parliament.", "1044"),
        ("The government rejected calls by the opposition for the dissolution of the electoral board.",
         "1234"),
        ("The ruling party rejected calls to restore the rights of detained activists.", "1233"),
        ("Rights groups urged the junta to restore press freedom.", "0243"),
        ("The president rejected opposition calls for the removal of the army chief.", "1231"),
    ],
)
def test_appeals_and_rejections_are_coded_by_what_is_asked(code, text: str, expected: str) -> None:
    events = code(text)
    assert expected in cameo_codes(events), code_rules(events)


def test_a_rejected_call_for_something_else_is_no_leadership_change(code) -> None:
    events = code("The cabinet rejected calls by the opposition for the dissolution of the electoral board.")
    assert "1231" not in cameo_codes(events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Accra said they were investigating the killing of a radio presenter.",
        "Kenyan police opened an investigation into the shooting of a lawmaker.",
        "Prosecutors in Rome opened an investigation into the alleged leak of state secrets.",
    ],
)
def test_an_investigation_by_police_or_prosecutors_is_into_crime(code, text: str) -> None:
    events = code(text)
    assert "091" in cameo_codes(events), code_rules(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said it was investigating an air strike that killed six civilians.", "093"),
        ("The International Criminal Court's prosecutor opened an investigation into alleged war "
         "crimes in Sudan.", "094"),
    ],
)
def test_other_investigations_keep_their_code(code, text: str, expected: str) -> None:
    events = code(text)
    assert expected in cameo_codes(events), code_rules(events)
    assert "091" not in cameo_codes(events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Sudan reaffirmed their commitment to the water agreement.",
        "Japan and India reiterated their commitment to a free and open Indo-Pacific.",
    ],
)
def test_two_sides_reaffirming_a_commitment_commit_to_each_other(code, text: str) -> None:
    events = code(text)
    pairs = {(e.source.actor.code, e.target.actor.code) for e in events if e.root == "03" and e.target}
    assert len(pairs) == 2 and all((b, a) in pairs for a, b in pairs), code_rules(events)


def test_one_side_reaffirming_a_commitment_stays_directed(code) -> None:
    events = code("Germany reiterated its commitment to Ukraine's security.")
    assert [(e.source.actor.code, e.target.actor.code if e.target else None) for e in events
            if e.root == "03"] == [("DEU", "UKR")], code_rules(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China said it stood ready to provide emergency assistance to Nepal.", "0333"),
        ("Japan announced emergency assistance for Tonga after the eruption.", "073"),
    ],
)
def test_emergency_assistance_is_humanitarian_aid(code, text: str, expected: str) -> None:
    events = code(text)
    assert expected in cameo_codes(events), code_rules(events)
