"""Session 14 discourse targets: a reaction to a definite event noun with no owner in its own sentence
("The junta rejected the ultimatum") answers the act an earlier sentence of the article told; its doer
is the target (rule ``+discourse(sN)``, the target's words in sentence N). No act, acts by different
parties, the reactor's own act, or an act too far back: no target, as before."""

from __future__ import annotations

from triadic.events._discourse import discourse_words


def _discourse(events: list) -> set[tuple[str, str | None, str]]:  # type: ignore[type-arg]
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.cameo[:2])
            for e in events if e.rule and "+discourse(" in e.rule}


def test_a_rejected_accusation_answers_its_accuser(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Ethiopia accused Egypt of trying to destabilise the region over the Nile dam. "
            "Cairo rejected the accusation.")
    found = _discourse(code(text))
    assert found and all(s.startswith("EGY") and t is not None and t.startswith("ETH") for s, t, _ in found)


def test_the_target_points_at_the_antecedent_sentence(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Seoul offered talks on separated families on Monday. "
            "North Korea dismissed the offer as a propaganda ploy.")
    events = [e for e in code(text) if e.rule and "+discourse(s0)" in e.rule]
    assert events, [(e.cameo, e.rule) for e in code(text)]
    e = events[0]
    assert e.sentence.index == 1 and e.root == "12"
    assert e.target is not None and e.target.end <= len(text.split(". ")[0])  # named in the first sentence
    assert text[e.target.start : e.target.end] == e.target.text


def test_condemned_sanctions_answer_who_imposed_them(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Washington imposed sanctions on three Iranian oil firms on Tuesday. "
            "Tehran condemned the sanctions as economic terrorism.")
    assert any(s.startswith("IRN") and t and t.startswith("USA") and r == "11"
               for s, t, r in _discourse(code(text)))


def test_joint_drills_answer_both_their_parties(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Russia and Belarus began joint military exercises near the Polish border. "
            "Warsaw criticised the drills.")
    targets = {t[:3] for _, t, _ in _discourse(code(text)) if t}
    assert targets == {"RUS", "BLR"}, targets


def test_this_move_restates_the_last_sentences_act(code) -> None:  # type: ignore[no-untyped-def]
    text = "Beijing imposed new export controls on gallium and germanium. Washington criticised the move."
    assert any(t and t.startswith("CHN") for _, t, _ in _discourse(code(text)))


def test_no_antecedent_no_target(code) -> None:  # type: ignore[no-untyped-def]
    assert not _discourse(code("Tehran condemned the sanctions as economic terrorism."))
    # an earlier act of another kind is no antecedent
    text = "Seoul offered talks on family reunions. North Korea rejected the accusation."
    assert not _discourse(code(text))


def test_two_possible_owners_no_target(code) -> None:  # type: ignore[no-untyped-def]
    text = "Egypt proposed a ceasefire. Qatar proposed a prisoner exchange. Hamas rejected the proposal."
    assert not _discourse(code(text))
    text = ("Serbia accused Kosovo of provoking violence in the north. Kosovo accused Serbia of arming "
            "local militias. Belgrade rejected the accusation.")
    assert not _discourse(code(text))


def test_the_reactors_own_act_and_a_distant_one_are_no_antecedent(code) -> None:  # type: ignore[no-untyped-def]
    text = "Russia offered to mediate between the two sides. Russia later withdrew the offer."
    assert not _discourse(code(text))
    text = ("China held drills around Taiwan on Saturday. The weather was poor in the strait. Officials in "
            "Tokyo met local fishermen on Sunday. Many residents were worried. "
            "Washington criticised the drills.")
    assert not _discourse(code(text))


def test_an_owner_in_the_sentence_wins(code) -> None:  # type: ignore[no-untyped-def]
    # the same-sentence owner ("a U.S. proposal", "its offer") is the coder's own; nothing is looked up
    text = "Qatar proposed a humanitarian pause. Iran rejected a U.S. proposal on prisoner swaps."
    assert not _discourse(code(text))
    assert not _discourse(code("Japan offered aid to the Philippines. Manila thanked Tokyo for its offer."))


def test_the_word_links_are_data() -> None:
    words = discourse_words()
    assert "accuse" in words.nouns["accusation"].lemmas and "accusation" in words.nouns["accusation"].lemmas
    assert words.nouns["ultimatum"].codes == ("139",)
    assert words.nouns["move"].generic and words.window >= words.generic_window >= 1
