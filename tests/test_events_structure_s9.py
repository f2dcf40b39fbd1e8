"""Session 9, round 2: drafting structure. A cut in aid or relations the actor itself says it will
make is that act, planned (16x), not a threat; a court that rules a that-clause finding something
unlawful of its subject gives a verdict (116) against that subject, and the clause's act is part
of it; an act of force the co-subjects do together ("a joint offensive") is military cooperation
between them (062). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _events_fake import code_rules


def _found(events: list, root: str) -> set[tuple[str, str | None]]:
    return {
        (e.source.actor.country or e.source.actor.code,
         (e.target.actor.country or e.target.actor.code) if e.target is not None else None)
        for e in events
        if e.root == root
    }


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Japan will suspend its development aid to Myanmar, the foreign ministry said on Monday.",
         "JPN", "MMR"),
        ("Canada said on Friday it would impose new tariffs on Chinese steel from January.", "CAN", "CHN"),
        ("Norway announced that it will halt its aid to Uganda.", "NOR", "UGA"),
    ],
)
def test_an_announced_cut_is_the_act_not_a_threat(code, text: str, a: str, b: str) -> None:
    events = code(text)
    assert (a, b) in _found(events, "16"), code_rules(events)
    assert not _found(events, "13"), code_rules(events)


def test_a_threatened_cut_stays_a_threat(code) -> None:
    events = code("The European Union threatened on Monday to cut its aid to Mali.")
    assert ("EUR", "MLI") in _found(events, "13") or any(e.root == "13" for e in events), code_rules(events)
    assert not _found(events, "16"), code_rules(events)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kenya's High Court ruled on Tuesday that the police had acted unlawfully by detaining the "
         "activists.", "KEN", "KEN"),
        ("Brazil's Supreme Court ruled that the governor had acted illegally by closing the border.",
         "BRA", "BRA"),
        ("A court in Lima found that the mayor had breached the election law.", "PER", "PER"),
    ],
)
def test_a_court_ruling_a_clause_unlawful_is_a_verdict_on_its_subject(
    code, text: str, a: str, b: str
) -> None:
    events = code(text)
    verdicts = [e for e in events if e.cameo == "116"]
    assert verdicts, code_rules(events)
    assert all(e.source.actor.role == "JUD" and e.target is not None for e in verdicts), code_rules(events)
    assert (a, b) in _found(events, "11"), code_rules(events)
    # the act the court found is part of the verdict, not an event of its own
    assert len(events) == len(verdicts), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Constitutional Court ruled that the government had acted within its powers.",
        "Kenya's High Court ruled that the police had not acted unlawfully.",
        "Brazil's finance minister found that the governor had acted illegally.",
    ],
)
def test_no_verdict_without_an_unlawful_finding_by_a_court(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo == "116"], code_rules(events)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kenyan and Somali troops launched a joint offensive on Thursday to push the militants out of "
         "the valley.", "KEN", "SOM"),
        ("Malian and Nigerien soldiers launched a combined assault on Sunday, the army said.", "MLI", "NER"),
    ],
)
def test_a_joint_act_of_force_is_cooperation_between_the_co_subjects(code, text: str, a: str, b: str) -> None:
    events = code(text)
    assert {(a, b), (b, a)} <= _found(events, "06"), code_rules(events)
    assert not ({(a, b), (b, a)} & _found(events, "19")), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Chadian and Cameroonian soldiers began a combined offensive against Boko Haram.",
        "Indian and Pakistani troops clashed along the border on Monday.",
    ],
)
def test_force_against_others_or_each_other_stays_force(code, text: str) -> None:
    events = code(text)
    assert any(e.root in ("18", "19") for e in events), code_rules(events)
    assert not _found(events, "06"), code_rules(events)


@pytest.mark.parametrize(
    ("text", "root", "a", "b"),
    [
        ("Venezuela freed six American prisoners, Washington said on Friday, praising the gesture.",
         "05", "USA", "VEN"),
        ("China banned imports of Japanese seafood, Tokyo said, condemning the move.", "11", "JPN", "CHN"),
        ("Iran released two French tourists on Monday, the French foreign ministry said, welcoming the "
         "decision.", "05", "FRA", "IRN"),
    ],
)
def test_a_reaction_beside_a_report_aims_at_the_reported_doer(
    code, text: str, root: str, a: str, b: str
) -> None:
    events = code(text)
    assert (a, b) in _found(events, root), code_rules(events)


def test_a_reaction_with_its_own_party_keeps_it(code) -> None:
    events = code("Iran released two French tourists, Paris said, thanking Oman for its mediation.")
    assert ("FRA", "IRN") not in _found(events, "05"), code_rules(events)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("France will send more Caesar howitzers to Ukraine, the defence ministry announced.", "FRA", "UKR"),
        ("Rome will withdraw its troops from Iraq, the foreign ministry said.", "ITA", "IRQ"),
    ],
)
def test_an_office_named_by_its_role_reports_its_own_states_intent(code, text: str, a: str, b: str) -> None:
    events = code(text)
    assert (a, b) in _found(events, "03"), code_rules(events)


def test_a_foreign_office_reporting_anothers_act_gives_no_intent(code) -> None:
    events = code("Italy will send two frigates to Libya, Egypt's foreign ministry said.")
    assert not _found(events, "03"), code_rules(events)


def test_a_handover_telling_how_captives_were_freed_is_part_of_the_release(code) -> None:
    events = code("The rebels freed three aid workers on Sunday, handing them over to the Red Cross in Goma.")
    assert any(e.root == "08" for e in events), code_rules(events)
    assert not [e for e in events if e.cameo == "063"], code_rules(events)


def test_a_participle_after_an_arrest_is_not_taken_as_a_release_detail(code) -> None:
    events = code("Police arrested two journalists on Monday, charging them with sedition.")
    assert any(e.cameo == "173" for e in events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "A court in Lagos convicted five soldiers of plotting to kill the governor.",
        "A court in Tehran sentenced a French tourist to eight years in prison for spying for Israel.",
    ],
)
def test_what_a_court_convicts_of_is_the_charge_not_an_event(code, text: str) -> None:
    events = code(text)
    assert [e.cameo for e in events] == ["116"], code_rules(events)


def test_one_sides_announced_act_of_a_mutual_kind_is_its_intent(code) -> None:
    events = code("Spain will send a team of military trainers to Mauritania next month, the defence "
                  "minister told parliament.")
    assert ("ESP", "MRT") in _found(events, "03"), code_rules(events)
    assert not _found(events, "06"), code_rules(events)


def test_co_subjects_announcing_a_meeting_keep_the_meeting(code) -> None:
    events = code("Peru and Chile said on Monday that their presidents will meet in Lima next month.")
    assert {("PER", "CHL"), ("CHL", "PER")} <= _found(events, "04"), code_rules(events)
    assert not _found(events, "03"), code_rules(events)


def test_what_a_courts_verdict_does_to_the_judged_is_part_of_it(code) -> None:
    events = code("Peru's Constitutional Court upheld the conviction of the former mayor on Monday, barring "
                  "him from public office for ten years.")
    assert [e.cameo for e in events] == ["116"], code_rules(events)
