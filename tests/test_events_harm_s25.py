"""People harmed in an assault told as a noun or in a clause of time: the assault's doer harmed them."""

from __future__ import annotations

import pytest


def _dyads(events) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the assault's left modifier names its doer
        ("A Georgian border guard was killed in a Russian drone attack near Gori.", ("RUS", "GEOMIL", "19")),
        ("Two Kenyan policemen were wounded in a Turkish air strike, officials said.",
         ("TUR", "KENCOP", "19")),
        # the other side of the fight the victims fell in
        ("Two Israeli soldiers were killed in clashes with Hezbollah gunmen on Sunday.",
         ("HEZ", "ISRMIL", "19")),
        # the doer of the assault told in a clause of time that names no target of its own
        ("Three Indian soldiers were killed when Chinese troops opened fire across the frontier.",
         ("CHNMIL", "INDMIL", "19")),
    ],
)
def test_victims_of_an_assault_take_its_doer(code, text: str, expected) -> None:
    assert expected in _dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        # a place before the assault says where, not who
        "Three civilians were wounded in a Kabul bombing.",
        "Four civilians were wounded in a Gaza air strike.",
        # no assault in the clause of time: nobody harmed them
        "Six miners were killed when a tunnel collapsed in Shanxi province.",
    ],
)
def test_a_place_or_an_accident_names_no_doer(code, text: str) -> None:
    assert not [e for e in code(text) if e.root in ("18", "19", "20")]


def test_assault_with_its_own_target_is_not_coded_twice(code) -> None:
    # the ambush names whom it hit ("their convoy"): it is coded once, the wounding is its outcome
    roots = [e.root for e in code("Four Nigerian soldiers were injured when Boko Haram fighters ambushed "
                                  "their convoy.") if e.root in ("18", "19")]
    assert roots == ["19"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "their" is whom the attack hit, never the attackers' own
        ("Four Malian gendarmes died after Tuareg rebels attacked their checkpoint.", "MLICOP"),
        ("Two Kenyan police officers were hurt when al-Shabaab fighters raided their checkpoint.", "KENCOP"),
    ],
)
def test_possessive_on_what_an_attack_hits_is_not_the_attackers(resolver, nlp, text: str,
                                                                expected: str) -> None:
    doc = nlp(text)
    owned = [m for m in resolver.resolve(doc) if doc[m.start].lower_ == "their"]
    assert owned and all(m.actor.code == expected for m in owned)
