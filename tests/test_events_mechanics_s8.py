"""Clause mechanics of session 8: a protest's stated aim, whole hyphenated verbs, a subject noun that
names the act more narrowly, stretches of time an act opens, and what two sides agree between them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(events: list) -> list[str]:
    return sorted(e.cameo for e in events)


def _asserted(events: list) -> list:
    return [e for e in events if e.modality == "asserted"]


# ---------------------------------------------------------------- a protest's aim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose clause that demands someone's departure: leadership change
        ("Thousands of farmers marched through the capital to demand the resignation of the "
         "agriculture minister.", "1411"),
        # a purpose clause that demands anything else: policy change
        ("Students rallied outside the ministry to demand more funding for their schools.", "1412"),
        # a demand with no party of its own still states the strike's aim
        ("Nurses went on strike on Monday to demand higher wages.", "1432"),
        # a trailing participle of demand on an obstruction
        ("Truck drivers blocked the main highway for hours, demanding lower fuel prices.", "1442"),
        # a participle on the subject of a violent protest
        ("Protesters demanding the ouster of the mayor set fire to the town hall.", "1451"),
    ],
)
def test_protest_takes_the_aim_of_its_demand(code, text: str, expected: str) -> None:
    codes = _codes(_asserted(code(text)))
    assert expected in codes, codes


def test_protest_without_an_aim_keeps_its_plain_code(code) -> None:
    codes = _codes(code("Villagers protested outside the cement factory on Sunday."))
    assert codes and all(c == "141" for c in codes), codes


def test_protest_aim_does_not_touch_other_roots(code) -> None:
    # a demand on its own is no protest: it stays a demand
    codes = _codes(code("The opposition demanded the resignation of the interior minister."))
    assert codes and all(c.startswith("10") for c in codes), codes


# ---------------------------------------------------------------- whole hyphenated verbs


def test_de_escalate_stays_one_verb(nlp) -> None:
    doc = nlp("The envoy urged both armies to de-escalate along the frontier.")
    words = [t.text for t in doc]
    assert "de-escalate" in words, words
    verb = next(t for t in doc if t.text == "de-escalate")
    assert verb.pos_ == "VERB"


def test_appeal_to_de_escalate_is_an_appeal_to_ease(code) -> None:
    events = code("Washington urged Moscow to de-escalate the crisis on the border.")
    assert "0256" in _codes(events), _codes(events)


# ---------------------------------------------------------------- a subject that names the act


def test_car_bomb_subject_makes_a_car_bombing(code) -> None:
    events = code("A car bomb exploded near an army checkpoint in Baghdad, and the Islamic State said "
                  "it had carried out the attack.")
    codes = _codes(events)
    assert "1832" in codes and "183" not in codes, codes


def test_roadside_bomb_planted_by_a_party(code) -> None:
    events = code("A roadside bomb planted by Taliban fighters struck an army convoy in Helmand.")
    assert "1833" in _codes(events), _codes(events)


def test_plain_bomb_subject_keeps_the_verb_code(code) -> None:
    events = code("A bomb planted by rebels exploded outside a police station in Cauca.")
    codes = _codes(events)
    assert "183" in codes and not any(c.startswith("183") and len(c) == 4 for c in codes), codes


# ---------------------------------------------------------------- stretches of time


def test_a_week_of_exercises_begun_is_an_act(code) -> None:
    events = code("France and Germany began a week of joint naval exercises in the Baltic.")
    pairs = {(e.source.actor.country, e.target.actor.country if e.target else None, e.cameo) for e in events}
    assert ("FRA", "DEU", "062") in pairs and ("DEU", "FRA", "062") in pairs, pairs


def test_years_of_war_ended_stay_history(code) -> None:
    # the stretch a truce ends is history: the war is no event of the day
    events = code("The truce between Sudan and Chad ended two years of war.")
    assert not any(e.cameo.startswith("19") for e in events), _codes(events)


@pytest.mark.parametrize("text", [
    "India's prime minister laid a wreath in Warsaw on Thursday, on the first day of a visit to Poland.",
    "On the last day of a three-day visit to Beijing, the Brazilian president signed a trade deal with "
    "China.",
])
def test_day_inside_a_visit_is_the_visit_going_on(code, text: str) -> None:  # type: ignore[no-untyped-def]
    # an ordinal day of an act places the clause's act during it: the act is of the day, not history
    assert any(e.cameo == "042" for e in code(text)), _codes(code(text))


# ---------------------------------------------------------------- agreed between the two sides


def test_two_sides_agreeing_with_no_target_agree_with_each_other(code) -> None:
    events = code("Brazil and Argentina agreed to set up a joint commission on river transport.")
    pairs = {(e.source.actor.country, e.target.actor.country if e.target else None)
             for e in events if e.cameo.startswith("03")}
    assert ("BRA", "ARG") in pairs and ("ARG", "BRA") in pairs, pairs


def test_one_side_agreeing_stays_targetless(code) -> None:
    events = code("Brazil agreed to set up a joint commission on river transport.")
    assert events and all(e.target is None for e in events if e.cameo.startswith("03")), _codes(events)


def test_attack_that_kills_is_coded_as_the_attack(code) -> None:
    # the parser hangs "killed" on "strikes" here; the deaths are what the air strikes led to
    events = code("Turkish air strikes killed at least 12 people in northern Iraq on Friday, the Iraqi "
                  "health ministry said, in one of the deadliest days since a truce with the PKK took "
                  "effect.")
    codes = _codes(events)
    assert "195" in codes and "1823" not in codes, codes


# ---------------------------------------------------------------- parse repairs and negation


def test_object_hung_on_a_comparative_adverb(code) -> None:
    # "moved troops closer to": the parser makes the troops a modifier of "closer"
    events = code("Venezuela moved several thousand troops closer to the border with Guyana.")
    assert any(e.cameo == "154" for e in events), _codes(events)


def test_purpose_of_an_act_not_done_is_not_done(code) -> None:
    # (not "lift its veto": a yielding verb refused is a refusal, 124, which takes the purpose with it)
    events = code("Hungary will not change its stance to help Ukraine join the bloc.")
    helps = [e for e in events if e.cameo.startswith("07")]
    assert helps and all(e.modality == "negated" for e in helps), [(e.cameo, e.modality) for e in events]


def test_purpose_of_an_act_done_stays_asserted(code) -> None:
    events = code("Turkey sent engineers to help Azerbaijan rebuild the bridge.")
    assert not any(e.modality == "negated" for e in events), [(e.cameo, e.modality) for e in events]


def test_gerund_after_a_pattern_preposition(code) -> None:
    # "+from:hold|office" sees the gerund of "from holding office", not only a noun object
    events = code("The court barred the former premier from holding public office for ten years.")
    assert "1722" in _codes(events), _codes(events)


def test_governing_phrase_across_an_adverbial(code) -> None:
    # "offered on Monday to host": the parser makes the infinitive an adverbial clause; the phrase
    # pattern "offer to host" (039) still names the act, as it does without "on Monday"
    events = code("Norway offered on Monday to host talks between Colombia and Venezuela, with its foreign "
                  "ministry saying it was ready to help at any time.")
    offered = [e for e in events if e.cameo.startswith("03")]
    assert offered and all(e.cameo == "039" for e in offered), _codes(events)


def test_infinitive_subject_is_the_governing_verbs_object(code) -> None:
    # "allowed UN inspectors to visit": the parser makes the inspectors the infinitive's subject
    events = code("Egypt allowed UN inspectors to visit the prison.")
    assert any(e.cameo.startswith("086") for e in events), _codes(events)


def test_relative_pronoun_subject_meets_a_subject_condition(code) -> None:
    # "set fire +subject:protester": "who" stands for the protesters it refers to
    events = code("Protesters who set fire to a police station were arrested in Dakar.")
    assert "145" in _codes(events), _codes(events)


# ---------------------------------------------------------------- the trigger finder's quick rejections

_QUICK_TEXTS = [
    "Turkey deported hundreds of Syrian migrants and expelled two Dutch diplomats on Monday.",
    "The Kenyan government signed a security pact with Somalia and released 40 prisoners.",
    "Iran seized a British-flagged tanker, and London condemned the seizure of the ship.",
    "Rebels shelled the town and fired rockets at government positions near the border.",
]


@pytest.mark.parametrize("text", _QUICK_TEXTS)
def test_quick_rejections_agree_with_verb_matches(nlp, coder, text: str) -> None:
    """The set tests the trigger finder reads before ``verb_matches`` (``words_below``,
    ``plain_object_keys``) turn down only patterns ``verb_matches`` itself turns down."""
    from triadic.events._matching import plain_object_keys, verb_matches, words_below

    amounts = coder.g.amount_words
    doc = nlp(text)
    tried = 0
    for tok in doc:
        for p in coder.patterns.verbs.get(tok.lemma_.lower(), ()):
            if p.words and not words_below(tok).issuperset(p.words):
                assert verb_matches(tok, p, amounts) is None, (tok.text, p.rule)
                tried += 1
            if p.objects and not p.words:
                fit_words, carried, named = plain_object_keys(tok, amounts)
                if fit_words.isdisjoint(p.objects) and carried.isdisjoint(p.carriers) and not named:
                    assert verb_matches(tok, p, amounts) is None, (tok.text, p.rule)
                    tried += 1
    assert tried  # the sentences' verbs have patterns the tests turn down
