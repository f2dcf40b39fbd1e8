"""Session 9 parties, sixth pass: a relative clause on a noun that names no actor ("a statement that
condemned X") takes the doer of the clause that produced the noun, as the participle does ("a statement
condemning X"); a relative clause on an actor keeps that actor; the Pope acts for the Holy See."""

from __future__ import annotations


def _pairs(events: list) -> set[tuple[str, str | None]]:  # type: ignore[type-arg]
    return {(e.source.actor.code, e.target.actor.code if e.target else None) for e in events}


def test_a_statement_that_condemned_is_its_issuers_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Egypt's foreign ministry issued a statement that condemned Ethiopia over the dam.")
    assert any(s.startswith("EGY") and t == "ETH" for s, t in _pairs(events)), _pairs(events)


def test_a_ruling_which_ordered_is_the_courts_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A Kenyan court delivered a judgment which ordered the police to free the two activists.")
    assert any(s == "KENJUD" for s, _ in _pairs(events)), _pairs(events)


def test_a_relative_clause_on_an_actor_keeps_that_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Turkey shot down a Syrian jet that attacked rebel positions near the border.")
    assert any(s == "SYRMIL" for s, _ in _pairs(events)), _pairs(events)
    assert not any(s == "TUR" and t == "REB" for s, t in _pairs(events)), _pairs(events)


def test_the_pope_urges_for_the_holy_see(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Pope urged Armenia and Azerbaijan to sign the peace treaty.")
    assert ("VATGOV", "ARM") in _pairs(events), _pairs(events)


def test_a_march_planned_by_a_crowd_is_the_crowds_act(code) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "organised" on "parliament"; who organised the march still marched
    events = code("Police sealed off Dhaka ahead of a march on parliament organised by opposition activists.")
    assert any(e.cameo.startswith("14") and e.source.actor.code.endswith(("OPP", "CVL")) for e in events), \
        [(e.cameo, _pairs([e])) for e in events]


def test_what_observers_described_as_a_crackdown_is_not_their_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Police in Nairobi detained 30 protesters, in what observers described as a crackdown on "
                  "dissent.")
    assert not any(e.cameo.startswith("17") and e.source.actor.role == "EDU" for e in events), \
        [(e.cameo, _pairs([e])) for e in events]
    assert not any(e.source.actor.code.endswith("EDU") for e in events)


# Session 19: the parties of signed agreements, hosted talks and meetings at the edge of a summit.


def test_a_compound_object_split_by_the_parser_keeps_the_signing_mutual(code) -> None:  # type: ignore[no-untyped-def]
    # "minerals" and "deal" may both be parsed as objects of "signed": still one joint signing
    pairs = _pairs([e for e in code("The United States and Ukraine signed a minerals deal on Wednesday.")
                    if e.cameo == "057"])
    assert {("USA", "UKR"), ("UKR", "USA")} <= pairs, pairs


def test_the_signing_of_a_deal_by_two_states_is_their_signing(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The signing of a border deal by India and China eased tensions along the frontier.")
    pairs = _pairs([e for e in events if e.cameo == "057"])
    assert {("IND", "CHN"), ("CHN", "IND")} <= pairs, pairs


def test_a_signing_ceremony_alone_is_no_signing(code) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code("The signing ceremony was broadcast live on state television.")
                if e.cameo == "057"]


def test_between_on_the_complement_of_a_memorandum_names_its_sides(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A memorandum of understanding between Tunisia and Egypt was signed in Tunis.")
    pairs = _pairs([e for e in events if e.cameo == "057"])
    assert {("TUN", "EGY"), ("EGY", "TUN")} <= pairs, pairs


def test_a_pact_the_clause_acts_under_was_made_by_its_coordinated_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Under a pact inked last week, Japan and the Philippines will allow troops to train.")
    pairs = _pairs([e for e in events if e.cameo == "057"])
    assert {("JPN", "PHL"), ("PHL", "JPN")} <= pairs, pairs
    # one subject is no evidence whom the pact was made with
    assert not [e for e in code("Under a pact inked last week, Japan will allow troops to train.")
                if e.cameo == "057"]


def test_the_edge_of_a_summit_is_no_party_to_a_meeting(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Xi and Biden met on the sidelines of the APEC summit in California.")
    pairs = _pairs([e for e in events if e.root == "04"])
    assert any(s.startswith("CHN") and t is not None and t.startswith("USA") for s, t in pairs), pairs
    assert not any(t in ("APC", "APEC") for _, t in pairs), pairs


def test_talks_hosted_by_a_third_state_are_hosted_for_each_side(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Talks hosted by Oman between Saudi Arabia and Iran continued in Rome.")
    hosted = _pairs([e for e in events if e.cameo == "043"])
    assert {("OMN", "SAU"), ("OMN", "IRN")} <= hosted, hosted
    # the sides came to the talks, not to Oman: no visit is implied
    assert not [e for e in events if e.cameo == "042"], [(e.cameo, e.rule) for e in events]


def test_a_deal_brokered_for_the_subject_of_a_governing_verb(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.")
    brokered = _pairs([e for e in events if e.cameo == "045"])
    assert {("CHN", "SAU"), ("CHN", "IRN")} <= brokered, brokered


def test_a_record_since_a_year_dates_no_act(code) -> None:  # type: ignore[no-untyped-def]
    # "the first meeting since 2016", "their first meeting in six years": how long it had been, not
    # when the talks were held (neither background nor planned)
    for text in ("Albanese held talks with Xi, the first such meeting since 2016.",
                 "Albanese held talks with Xi, their first meeting in six years."):
        events = [e for e in code(text) if e.root == "04"]
        assert events and all(e.modality == "asserted" for e in events), (text, events)


def test_a_pact_a_journey_is_made_to_sign_is_coded_beside_the_visit(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Erdogan travelled to Baghdad to sign a water agreement with Iraq.")
    roots = {e.root for e in events}
    assert {"04", "05"} <= roots, [(e.cameo, e.rule) for e in events]


def test_talks_with_no_parties_are_those_of_the_mediation_told(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Qatar, which has mediated between Israel and Hamas for months, said talks would resume.")
    talks = _pairs([e for e in events if e.cameo == "046"])
    assert {("ISR", "HMS"), ("HMS", "ISR")} <= talks or any(s.startswith("ISR") for s, _ in talks), talks
