"""Session 23 verbal conflict in harder structures: a mandative "that" clause whose bare verb the tagger
read as a noun, criticism a party is defended against, and a rejection or criticism whose target is who
put forward what it answers (an object relative clause, a passive's agent)."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("North Korea demanded that the U.S. halt joint military exercises with South Korea.", "PRK", "USA"),
    ("Washington is demanding that Beijing release two detained Canadian citizens.", "USA", "CHN"),
    ("Farmers' unions demanded that the Indian government repeal the new laws.", "IND", "INDGOV"),
])
def test_mandative_clause_with_noun_tagged_verb_is_a_demand(code, text: str, src: str, tgt: str) -> None:
    got = dyads(code(text))
    assert any(s.startswith(src) and r == "10" and (t or "").startswith(tgt) for s, r, t in got), got
    # what is demanded is not reported done (no 08x yield, no 087 de-escalation)
    assert not any(r == "08" for _, r, _ in got), got


@pytest.mark.parametrize(("text", "critic", "criticised"), [
    ("Australia's foreign minister defended the submarine deal against criticism from France.", "FRA",
     "AUSGOV"),
    ("Indian Prime Minister Narendra Modi defended the farm laws against criticism from opposition parties.",
     "INDOPP", "INDGOV"),
    ("Orban defended Poland's government against accusations by the European Commission.", "EUR", "POLGOV"),
])
def test_criticism_a_party_is_defended_against_is_the_critics(code, text: str, critic: str,
                                                              criticised: str) -> None:
    got = dyads(code(text))
    assert any(s == critic and r == "11" and t == criticised for s, r, t in got), got
    # the critic is not whom the defender supports
    assert not any(r == "05" and (t or "").startswith(critic[:3]) for _, r, t in got), got


def test_defence_against_a_hypothetical_attack_codes_no_attack(code) -> None:
    got = dyads(code("Germany will defend Lithuania against any attack by Russia."))
    assert not any(s.startswith("RUS") for s, _, _ in got), got


@pytest.mark.parametrize(("text", "src", "root", "tgt"), [
    ("Islamabad rejected the proposal that New Delhi put forward at the border talks.", "PAK", "12", "IND"),
    ("Hamas dismissed the truce plan Egypt proposed on Sunday.", "HMS", "12", "EGY"),
    ("The Polish government criticised the decision, which was taken by the European Commission in Brussels.",
     "POL", "11", "EUR"),
    ("Tokyo condemned the ruling, which was issued by a court in Seoul.", "JPN", "11", "KOR"),
    ("The resolution, which Russia vetoed, had been drafted by France and Britain.", "RUS", "12", "FRA"),
])
def test_answer_to_what_a_relative_clause_says_another_put_forward(code, text: str, src: str, root: str,
                                                                  tgt: str) -> None:
    got = dyads(code(text))
    assert any(s.startswith(src) and r == root and (t or "").startswith(tgt) for s, r, t in got), got


def test_content_clause_of_a_proposal_names_no_proposer(code) -> None:
    # "a proposal that Washington lift sanctions": Washington is asked, it put nothing forward
    got = triples(code("Tehran rejected a proposal that Washington lift some sanctions."))
    assert not any(s.startswith("IRN") and c.startswith("12") and (t or "").startswith("USA")
                   for s, c, t in got), got
