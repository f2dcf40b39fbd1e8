"""Which violence code: the scale of a killing (202), police force on a crowd (175), an armed group's
attack on civilians (180), and the weapon or scale an outcome participle names for its attack
("ambushed a convoy, killing four with a bomb")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from triadic.events._draft import _Draft
from triadic.events._matching import count_of
from triadic.events._patterns import Grammar
from triadic.events._tree import dependents

__all__ = ["crowd_force", "mass_killings", "outcome_code", "unconventional_attacks"]

# clauses joined beside an act, not part of it
_BESIDE = frozenset({"conj", "cc", "parataxis"})


def mass_killings(drafts: Sequence[_Draft], g: Grammar) -> None:
    """A plain killing of a counted two dozen or more civilians is a mass killing ("killed at least
    38 villagers", "hacked to death 40 people, including women and children")."""
    for d in drafts:
        if d.code not in g.mass_killing_codes:
            continue
        if d.trigger.pos_ == "VERB":
            victims = [o for o in dependents(d.trigger) if o.dep_ == "dobj"]
        elif d.trigger.pos_ == "NOUN":
            # "condemned the killing of 35 villagers"
            victims = [o for p in dependents(d.trigger) if p.dep_ == "prep" and p.lower_ == "of"
                       for o in dependents(p) if o.dep_ == "pobj"]
        else:
            continue
        if any(_civilians(o, g) and (count_of(o) or 0) >= g.mass_killing_least for o in victims):
            d.code, d.rule = g.mass_killing_code, f"{d.rule} +mass"


def _civilians(o: Token, g: Grammar) -> bool:
    """``o`` names non-combatants: a civilian noun (or one joined to it), or "people" marked as such."""
    lem = o.lemma_.lower()
    civilians = g.civilian_nouns
    if lem in civilians or o.lower_ in civilians:
        return True
    if lem not in g.plain_people_nouns and o.lower_ not in g.plain_people_nouns:
        return False
    for c in dependents(o):
        if c.dep_ in ("amod", "compound") and c.lower_ in g.civilian_marks:
            return True
        if c.dep_ == "conj" and c.lemma_.lower() in civilians:
            return True  # "men and boys"
        if c.dep_ == "prep" and c.lower_ in g.including_preps:
            return any(w.lemma_.lower() in civilians for p in dependents(c) if p.dep_ == "pobj"
                       for w in (p, *p.conjuncts))
    return False


def crowd_force(drafts: Sequence[_Draft], g: Grammar) -> None:
    """The police killing, beating or shooting people in a sentence about a protest repress it (175):
    "police killed 19 people as protesters stormed parliament"."""
    for d in drafts:
        if d.code not in g.repression_codes or not d.sources:
            continue
        if not all(m.actor.role in g.police_roles for m in d.sources):
            continue
        if any(o.dep_ == "dobj" and o.lemma_.lower() in g.armed_nouns for o in dependents(d.trigger)):
            continue
        if _protest_told(d.trigger, g):
            d.code, d.rule = g.repression_code, f"{d.rule} +crowd"
            # repression is the police's act on the crowd: "police clashed with protesters" is not
            # coded back from the crowd as a fight between equals
            d.mutual = False


def _protest_told(verb: Token, g: Grammar) -> bool:
    """A protest is told in the act's own clause ("during protests", "as protesters stormed"), not in
    one joined beside it ("killed a man, and protests broke out")."""
    stack = [c for c in dependents(verb) if c.dep_ not in _BESIDE]
    for _ in range(200):  # a clause is short; the bound keeps a misparse from walking far
        if not stack:
            return False
        t = stack.pop()
        if t.lemma_.lower() in g.protest_words and t.pos_ in ("NOUN", "VERB"):
            return True
        stack.extend(c for c in dependents(t) if c.dep_ not in _BESIDE)
    return False


def outcome_code(outcome: _Draft, act: _Draft, g: Grammar) -> None:
    """An outcome participle that names the weapon or the scale ("..., killing four rangers with a
    bomb", "..., hacking to death 40 villagers") gives its code to an attack that names neither. An
    attack that names no target hits whom its outcome kills or wounds ("launched air strikes on a
    village, killing 50 people": the villagers are the strikes' target, as CAMEO codes the victims)."""
    # only the act the participle hangs on: a noun beside it ("a car bomb exploded ..., killing six")
    # is told by that verb already
    if not act.targets and outcome.targets and outcome.trigger.head.i == act.trigger.i:
        act.targets = list(outcome.targets)
        act.rule = f"{act.rule} +victims"
    if (act.code in g.generic_force_codes and outcome.code != g.plain_killing_code
            and outcome.code[:2] in g.violent_roots):
        act.code, act.rule = outcome.code, f"{act.rule} +{outcome.code}"


def unconventional_attacks(drafts: Sequence[_Draft], g: Grammar) -> None:
    """An attack whose weapon is not said (190) by armed groups, gangs or gunmen on non-combatants is
    unconventional violence (180: CAMEO keeps 19 for military force between armed sides): "gangs
    attacked the town of Mirebalais", "gunmen raided a village". On soldiers or police it stays 190
    ("armed men attacked a police station"), and so does one on another country ("fired at Israel")
    or rebels' on a town."""
    for d in drafts:
        if d.code != g.generic_fight_code or d.reciprocal or d.mutual or not d.sources or not d.targets:
            continue
        if not all(m.actor.role in g.irregular_roles for m in d.sources):
            continue
        doers = {m.actor.code for m in d.sources}
        if any(o is not d and o.code[:2] == g.unconventional_code[:2] and not _outcome_participle(o, g)
               and {m.actor.code for m in o.sources} == doers for o in drafts):
            # "ambushed a convoy, torturing two drivers": the assault told beside the attack is an act
            # of its own; the attack stays the fight it is, so both are coded
            continue
        home = {m.actor.country for m in d.sources}
        # a town of their own country stands for its people only for gangs and gunmen: rebels
        # attacking a town fight for it ("M23 rebels attacked the town of Sake")
        towns = all(m.actor.role in g.town_raider_roles for m in d.sources)
        if all(m.actor.role in g.noncombatant_roles
               or (towns and m.actor.role is None and m.actor.country is not None and m.actor.country in home)
               for m in d.targets):
            d.code, d.rule = g.unconventional_code, f"{d.rule} +irregular"


def _outcome_participle(d: _Draft, g: Grammar) -> bool:
    """``d`` is a comma-set killing or result participle ("..., shooting dead six pupils"): the outcome
    of the act it follows, coded with it, not beside it."""
    tok = d.trigger
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and (
        d.code.startswith(g.plain_killing_code) or tok.lemma_.lower() in g.result_verbs)
