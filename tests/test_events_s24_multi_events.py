"""Session 24 second events in long sentences: a reaction that sums up the clause before it.

A comma-set noun that names the act ("a verdict", "a visit", "an arrest") with a reaction in its
relative clause (active, passive, "drew criticism from", or the content of "X said it ...") answers
the doer of that clause; a bare definite noun object ("condemned the attack") names the act of the
clause it is joined to; a reply vowed with no act named ("and Islamabad vowed to retaliate") answers
the doer of the clause it is coordinated with."""

from __future__ import annotations

import pytest


def _pairs(events: list) -> set[tuple[str, str | None, str]]:  # type: ignore[type-arg]
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.cameo[:2]) for e in events}


def _has(pairs: set[tuple[str, str | None, str]], src: str, tgt: str, root: str) -> bool:
    return any(s.startswith(src) and t is not None and t.startswith(tgt) and r == root for s, t, r in pairs)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        # a verdict a state denounced answers the court
        ("A court in Minsk jailed a Polish journalist for eight years on espionage charges, a "
         "verdict that Warsaw denounced as a political reprisal.",
         "POL", "BLR", "11"),
        # a visit that drew criticism answers the visitor
        ("Orban met Xi Jinping in Beijing on Tuesday, a visit that drew criticism from EU leaders.",
         "EUR", "HUN", "11"),
        # an arrest hung on the verb as a second object
        ("Colombian police arrested a senior cartel commander in Medellin on Friday, an arrest that "
         "Washington welcomed.",
         "USA", "COL", "05"),
        # an operation praised with no relative pronoun
        ("Colombian police arrested a senior cartel commander in Medellin on Friday, an operation "
         "Washington praised.",
         "USA", "COL", "05"),
        # a decision called unjustified is criticism
        ("Algeria cut diplomatic relations with Morocco, a decision that Rabat called completely "
         "unjustified.",
         "MAR", "DZA", "11"),
        # condemning the attack of the joined clause
        ("Hamas fighters attacked an Israeli border post, and the United States condemned the "
         "attack.",
         "USA", "HMS", "11"),
        # calling the attack of the joined clause a violation
        ("American bombers struck three Iranian nuclear sites overnight, and Tehran called the "
         "attack a grave violation of international law.",
         "IRN", "USA", "11"),
        # criticising the decision of the joined clause
        ("Mali's junta expelled the French ambassador on Monday, and the European Union criticised "
         "the decision.",
         "EUR", "MLI", "11"),
    ],
)
def test_a_reaction_answers_the_act_it_sums_up(  # type: ignore[no-untyped-def]
        code, text: str, src: str, tgt: str, root: str) -> None:
    pairs = _pairs(code(text))
    assert _has(pairs, src, tgt, root), pairs


def test_a_visit_condemned_in_a_passive_relative(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Japan's defence minister visited the Yasukuni shrine on Friday, a visit that was "
                        "condemned by China and South Korea."))
    assert _has(pairs, "CHN", "JPN", "11") and _has(pairs, "KOR", "JPN", "11"), pairs


def test_a_reaction_reported_inside_the_relative_clause(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Tanzanian authorities deported a Kenyan activist, a decision that Nairobi said "
                        "it condemned."))
    assert _has(pairs, "KEN", "TZA", "11"), pairs
    assert not any(r == "01" for _, _, r in pairs), pairs


def test_an_owned_attack_is_not_the_joined_clause(code) -> None:  # type: ignore[no-untyped-def]
    # "the attack on its capital" is modified: only a bare definite noun restates the earlier act
    pairs = _pairs(code("Sudan's army shelled a market in Omdurman, and Egypt condemned the Israeli attack."))
    assert not _has(pairs, "EGY", "SDN", "11"), pairs


def test_a_vow_to_retaliate_answers_the_joined_clause(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Indian jets struck targets in Pakistan on Wednesday, and Islamabad vowed "
                        "to retaliate."))
    assert _has(pairs, "PAK", "IND", "13"), pairs
    pairs = _pairs(code("Israel struck Hezbollah positions in Lebanon, and Hezbollah vowed revenge."))
    assert any(s in ("HEZ", "HZB", "LBNREB") and t is not None and t.startswith("ISR") and r == "13"
               for s, t, r in pairs), pairs


def test_a_vow_by_the_same_side_does_not_answer_its_own_act(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Indian jets struck targets in Pakistan on Wednesday, and New Delhi vowed "
                        "to retaliate against any response."))
    assert not any(s.startswith("IND") and t is not None and t.startswith("IND") for s, t, _ in pairs), pairs


def test_a_welcome_reported_inside_the_relative_clause(code) -> None:  # type: ignore[no-untyped-def]
    # the noun is the gapped object of the reported verb, so "welcome +move" matches
    pairs = _pairs(code("Colombian police arrested a senior cartel commander in Medellin, a move "
                        "Washington said it welcomed."))
    assert _has(pairs, "USA", "COL", "05"), pairs
