"""Session 8, round 3: the act an appeal asks for, when the appeal itself is rejected ("rejected calls
for the president to resign" is 1231), and halts of bombardments, raids and assaults (087, so an
appeal to halt one is 0256). An announced conflictual measure stays a threat (13x), as real news
labels it. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _codes(events: list) -> set[str]:
    return {e.cameo for e in events}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the rejected appeal asks for a change of leader (0831 asked -> 1231 refused)
        ("Peru's opposition rejected calls for the prime minister to resign.", "1231"),
        ("Chile's ruling coalition rejected demands for the interior minister to step down.", "1231"),
        # ... for a release (084 -> 1243) and for a halt to fighting (087 -> 1246)
        ("Sudan rejected calls for Chad to release the detained Sudanese traders.", "1243"),
        ("Turkey rejected calls for Armenia to halt its offensive.", "1246"),
        # the parser may hang the infinitive on the refusal verb, past the noun
        ("Bolivia's president rejected calls from the opposition to step down.", "1231"),
    ],
)
def test_rejected_appeal_is_a_refusal_of_the_act_asked_for(code, text: str, want: str) -> None:
    events = code(text)
    assert want in _codes(events), [(e.cameo, e.rule) for e in events]
    refusal = next(e for e in events if e.cameo == want)
    assert refusal.modality == "asserted"
    assert refusal.trigger.text == "rejected"


def test_appeal_itself_still_codes_the_act_asked_for(code) -> None:
    # no refusal around it: the appeal for a leader to go is 0241, not a rejection
    events = code("Peru's opposition called for the prime minister to resign.")
    assert "0241" in _codes(events)
    assert not any(e.cameo.startswith("12") for e in events)


def test_negated_rejection_of_an_appeal_is_no_refusal(code) -> None:
    events = code("Chile's government did not reject calls for the interior minister to resign.")
    assert not any(e.cameo == "1231" and e.modality == "asserted" for e in events)


def test_rejecting_a_plan_is_no_refused_appeal(code) -> None:
    # "plans" is no appeal: nothing was asked of anyone, so no 12x comes from the infinitive
    events = code("Peru's opposition rejected plans to expand the army.")
    assert not any(e.rule and e.rule.startswith("complement:reject") for e in events)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia halted its bombardment of the port on Tuesday.", "087"),
        ("The African Union pressed Sudan's army to halt its bombardment of the capital.", "0256"),
        ("Turkey urged Israel to stop the raids on Syrian territory.", "0256"),
    ],
)
def test_halting_a_bombardment_or_raid_is_de_escalation(code, text: str, want: str) -> None:
    events = code(text)
    assert want in _codes(events), [(e.cameo, e.rule) for e in events]


def test_announced_cut_in_relations_is_the_act_planned(code) -> None:
    # session 9: a cut in aid or relations the speaker states it will make is that act, planned
    # (16x), as the news-style dev gold codes it ("said it would impose duties" 163); a threat verb
    # ("threatened to cut") still makes it a threat (13x)
    events = code("The European Union said it would cut its budget support for Serbia.")
    roots = {e.cameo[:2] for e in events}
    assert "16" in roots, [(e.cameo, e.rule) for e in events]
    assert "13" not in roots


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Ghana rejected a request from Togo to extradite two Ghanaian traders.", "TGO"),
        ("Ecuador refused a request by Colombia to hand over the fugitive.", "COL"),
    ],
)
def test_refused_appeal_targets_its_author(code, text: str, author: str) -> None:
    events = code(text)
    refusals = [e for e in events if e.root == "12"]
    assert refusals, [(e.cameo, e.rule) for e in events]
    assert all(e.target is not None and e.target.actor.country == author for e in refusals), [
        (e.cameo, e.target.text if e.target else None) for e in refusals]


def test_announced_operation_named_by_a_noun_is_a_threat_too(code) -> None:
    # the act is the light verb's object ("begin a military operation"); announced, it is a
    # threat of force as "said it would attack" is, while the same act done stays 19x
    announced = code("Azerbaijan said it will begin a new military operation against Armenian forces.")
    done = code("Azerbaijan began a new military operation against Armenian forces.")
    assert any(e.root == "13" for e in announced), [(e.cameo, e.rule) for e in announced]
    assert not any(e.root == "19" for e in announced)
    assert any(e.root == "19" for e in done), [(e.cameo, e.rule) for e in done]
