"""Which violence code: the scale of a killing (202), police force on a crowd (175), an armed group's
attack on civilians (180), and the weapon or scale an outcome participle names for its attack
("ambushed a convoy, killing four with a bomb")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from triadic.events._draft import _Draft
from triadic.events._matching import count_of
from triadic.events._patterns import Grammar
from triadic.events._syntax import MentionLike, in_place_phrase
from triadic.events._tree import bare_participle, conjuncts, dependents

__all__ = [
    "argued_clashes", "combat_killings", "crowd_charges", "crowd_force", "framed_killings", "mass_killings",
    "outcome_code", "taken_places", "two_sided_fights", "unarmed_contests", "unconventional_attacks",
    "untold_violence",
]

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


def combat_killings(drafts: Sequence[_Draft], g: Grammar) -> None:
    """A plain killing between armed sides is the fighting it happened in (190; CAMEO keeps 18 for
    violence outside armed combat): state forces killing rebels, gunmen or gang members ("soldiers
    killed a rebel commander", "police killed a gang leader in a raid"), armed groups killing soldiers
    or police ("insurgents killed eight policemen"), or rebels killing rebels. A killing of anyone
    unarmed, or with no victim named, stays as coded. A named group or a country as such ("the
    Taliban", "Russia") counts as an armed doer against state forces: no unarmed group kills."""
    state = g.state_force_roles
    for d in drafts:
        if d.code != g.plain_killing_code or not d.sources or not d.targets:
            continue
        doers = {m.actor.role for m in d.sources}
        victims = {m.actor.role for m in d.targets}
        if not victims <= g.armed_roles:
            continue
        armed_sides = doers <= g.armed_roles and (
            doers <= state or victims <= state or doers | victims <= g.insurgent_roles)
        if armed_sides or (victims <= state and all(
                m.actor.role in g.armed_roles or m.actor.role is None and m.actor.kind in g.armed_doer_kinds
                for m in d.sources)):
            d.code, d.rule = g.generic_fight_code, f"{d.rule} +combat"


def framed_killings(drafts: Sequence[_Draft], g: Grammar) -> None:
    """A plain killing told as done in a fight or an armed operation is that use of force (190; CAMEO
    keeps 18 for violence outside armed combat): armed doers killing people "in clashes", "during
    fighting" (whoever fell), and state forces or a country killing people "in a raid", "during an
    operation", "in an offensive" (the raid is the act, the deaths its outcome). Gunmen, gangs or
    militants killing civilians in a raid stay unconventional violence (18). A country's armed forces
    killing people of another country ("Israeli forces killed five Palestinians") use force on it,
    frame told or not."""
    for d in drafts:
        if (d.code != g.plain_killing_code or not d.sources or d.trigger.pos_ != "VERB"
                or g.lemma(d.trigger) not in g.plain_killing_verbs):
            continue
        if any(e is not d and e.code[:2] == g.plain_killing_code[:2] and e.trigger in conjuncts(d.trigger)
               for e in drafts):
            continue  # "tortured and killed civilians": the assault told beside it says how they died
        homes = {m.actor.country for m in d.sources}
        if (d.targets and all(m.actor.role in g.foreign_force_roles and m.actor.country for m in d.sources)
                and all(m.actor.country is not None and m.actor.country not in homes for m in d.targets)):
            d.code, d.rule = g.generic_fight_code, f"{d.rule} +abroad"
            continue
        frames = {g.lemma(o) for p in dependents(d.trigger)
                  if p.dep_ == "prep" and p.lower_ in g.killing_frame_preps
                  for o in dependents(p) if o.dep_ == "pobj"}
        if not frames:
            continue
        fight = bool(frames & g.fight_frame_nouns) and all(_armed(m, g) for m in d.sources)
        operation = bool(frames & g.operation_frame_nouns) and all(
            m.actor.role in g.state_force_roles if m.actor.role else m.actor.kind == "state"
            for m in d.sources)
        if fight or operation:
            d.code, d.rule = g.generic_fight_code, f"{d.rule} +frame"


def two_sided_fights(drafts: Sequence[_Draft], g: Grammar) -> None:
    """A fight between two armed sides is done by both, so it is coded both ways, as the gold
    conventions code "exchanged fire" and "fought" between two named forces: "troops fought
    jihadists", "soldiers battled insurgents" (the armed object of a verb of fighting,
    ``two_sided_fight_verbs``). "A attacked B", "A shelled B", "A killed B in a clash" name who
    struck and stay one-sided (the dev gold codes a killing in a clash one way, two times in three);
    so does a fight on someone unarmed, and a fight only aimed at ("helping the police fight gangs",
    "vowed to fight": a base-form verb)."""
    for d in drafts:
        if (not d.code.startswith(g.generic_fight_code[:2]) or d.mutual
                or not d.sources or not d.targets or d.trigger.pos_ != "VERB" or d.trigger.tag_ == "VB"):
            continue
        if bare_participle(d.trigger):
            # "sent radios to the army fighting the jihadists": a bare participle describes a party
            # (and the parser may hang it on the main verb, whose subject is then no side of it); it
            # tells no fight of the day that both sides did
            continue
        if {m.actor.code for m in d.sources} & {m.actor.code for m in d.targets}:
            continue  # two sides read as one actor: the reverse would only repeat the event
        if all(_armed(m, g) for m in (*d.sources, *d.targets)) and _fought_object(d, g):
            d.mutual = True


def argued_clashes(drafts: Sequence[_Draft], g: Grammar) -> None:
    """Sides that "clash" over an issue argued ("Germany and France clashed over the EU budget",
    "Washington clashed with Beijing over tariffs") quarrel (CAMEO 110, ``dispute_code``), as
    politicians who clash do, when every side is a country as such, an international body or a
    government, legislature or court (``dispute_roles``); armed forces, police or crowds that clash
    over a law still fight, and a place or control of it is no ``argued_issues`` word."""
    for d in drafts:
        if (d.code[:2] != g.generic_fight_code[:2] or g.lemma(d.trigger) not in g.dispute_verbs
                or not d.sources):
            continue
        if not all(m.actor.role in g.dispute_roles if m.actor.role else m.actor.kind != "group"
                   for m in (*d.sources, *d.targets)):
            continue
        # "clashed over X", "clashed with B over X": the issue hangs on the verb or on its partner
        heads = [d.trigger] + [o for p in dependents(d.trigger) if p.dep_ == "prep" and p.lower_ == "with"
                               for o in dependents(p) if o.dep_ == "pobj"]
        issues = [o for h in heads for p in dependents(h) if p.dep_ == "prep" and p.lower_ == "over"
                  for o in dependents(p) if o.dep_ == "pobj"]
        if issues and all(g.lemma(o) in g.argued_issues for o in issues):
            d.code, d.rule = g.dispute_code, f"{d.rule} +issue"


def _armed(m: MentionLike, g: Grammar) -> bool:
    role = m.actor.role
    return role in g.armed_roles if role else m.actor.kind in g.armed_doer_kinds


def _fought_object(d: _Draft, g: Grammar) -> bool:
    """"troops fought (against) jihadists": the targets are the object of a verb of fighting (not
    "fought off an assault", which answers the other side's act)."""
    if g.lemma(d.trigger) not in g.two_sided_fight_verbs or any(
            c.dep_ == "prt" for c in dependents(d.trigger)):
        return False
    # "fought jihadists", "fought against jihadists"
    heads = [o for o in dependents(d.trigger) if o.dep_ == "dobj"] + [
        o for p in dependents(d.trigger) if p.dep_ == "prep" and p.lower_ == "against"
        for o in dependents(p) if o.dep_ == "pobj"]
    objs = {w.idx for o in heads for w in o.subtree}
    return all(m.start_char in objs for m in d.targets)


def unarmed_contests(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a fight (19) told by a verb of contest (``contest_verbs``) between sides none
    of which is armed: "the ruling party is fighting a campaign against the opposition", "the
    government was fighting for the country's survival" (its own country); nor is a vow to fight so
    a threat of force ("vowed to fight the election result in court"). A country named as such is a
    warring side ("Russia fought Ukraine"), except as the doers' own country."""
    def unarmed(m: MentionLike, home: set[str | None]) -> bool:
        role = m.actor.role
        return role not in g.armed_roles and (role is not None or m.actor.country in home)

    out: set[int] = set()
    for d in drafts:
        tok = d.trigger
        # a vow's trigger is the vow; the contest is its complement ("vowed to fight")
        contest = g.lemma(tok) in g.contest_verbs or d.code.startswith(g.force_threat_code) and any(
            c.dep_ == "xcomp" and g.lemma(c) in g.contest_verbs for c in dependents(tok))
        if (contest and d.sources and d.targets
                and (d.code[:2] == g.generic_fight_code[:2] or d.code.startswith(g.force_threat_code))):
            home = {m.actor.country for m in d.sources if m.actor.role is not None}
            if all(unarmed(m, set()) for m in d.sources) and all(unarmed(m, home) for m in d.targets):
                out.add(id(d))
    return out


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
                       for w in (p, *conjuncts(p)))
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
        # an armed side ("clashed with rebels amid protests") is fought, whatever protest is told beside
        if any(m.actor.role in g.armed_roles for m in d.targets):
            continue
        if _protest_told(d.trigger, g):
            d.code, d.rule = g.repression_code, f"{d.rule} +crowd"
            # repression is the police's act on the crowd: "police clashed with protesters" is not
            # coded back from the crowd as a fight between equals
            d.mutual = False


def crowd_charges(drafts: Sequence[_Draft], g: Grammar) -> None:
    """The police "charging" a crowd rush at it (175, violent repression), not charge it in law (173):
    "riot police charged protesters with batons", but not "charged 20 protesters with rioting"."""
    for d in drafts:
        tok = d.trigger
        if d.code[:2] != "17" or tok.pos_ != "VERB" or g.lemma(tok) not in g.rushing_verbs or not d.sources:
            continue
        if not all(m.actor.role in g.police_roles for m in d.sources):
            continue
        kids = list(dependents(tok))
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in g.protest_words for c in kids):
            continue
        means = [o for c in (*kids, *(k for c in kids if c.dep_ == "dobj" for k in dependents(c)))
                 if c.dep_ == "prep" and c.lower_ == "with" for o in dependents(c) if o.dep_ == "pobj"]
        if all(g.lemma(o) in g.rushing_means for o in means):
            d.code, d.rule = g.repression_code, f"{d.rule} +rush"


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
    # an exchange between two sides ("traded fire, forcing thousands to flee") is aimed at each other
    # (a code read both ways, "opened fire", is no exchange with one side: "gunmen opened fire on a bus")
    if (not act.targets and not (act.reciprocal and len(act.sources) > 1) and outcome.targets
            and outcome.trigger.head.i == act.trigger.i):
        act.targets = list(outcome.targets)
        act.rule = f"{act.rule} +victims"
    if (act.code in g.generic_force_codes and not _plain_harm(outcome, g)
            and outcome.code[:2] in g.violent_roots):
        act.code, act.rule = outcome.code, f"{act.rule} +{outcome.code}"


def _plain_harm(outcome: _Draft, g: Grammar) -> bool:
    """``outcome`` says only that people were killed or wounded ("..., killing five", "..., wounding
    seven"), naming no weapon or way of harm that would tell the attack's kind."""
    if outcome.code == g.plain_killing_code:
        return True
    return outcome.code == g.plain_wounding_code and outcome.trigger.lemma_.lower() in g.plain_wounding_verbs


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
        d.code.startswith(g.plain_killing_code) or _plain_harm(d, g) or tok.lemma_.lower() in g.result_verbs)


def untold_violence(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of violence (18-20) the sentence tells as done by no one. Two clause shapes tell of
    violence with no doer, and annotators code none there: a state of conflict as the subject of
    what it led to ("the war in Sudan has killed 150,000 people", "the insurgency has displaced a
    million": a tally of the setting, not an act of the day), and a subject whose only actor is the
    place it happened ("a gas explosion in a Tehran building killed four", "fighting in Tripoli
    killed 20": Tehran and Tripoli are where, not who). CAMEO codes an act by an identifiable actor."""
    return {
        id(d) for d in drafts
        if d.code[:2] in g.violent_roots and (_setting_tally(d, g) or _placed_doer(d, g))
    }


def _setting_tally(d: _Draft, g: Grammar) -> bool:
    """``d`` is what a state of conflict (grammar ``conflict_state_nouns``) led to: "the war has
    killed 150,000" (the war's own noun gives no event either: _drafting drops it as a setting)."""
    verb = d.trigger
    if verb.pos_ != "VERB" or g.lemma(verb) not in g.result_verbs:
        return False
    return any(c.dep_ == "nsubj" and g.lemma(c) in g.conflict_state_nouns for c in dependents(verb))


def _placed_doer(d: _Draft, g: Grammar) -> bool:
    """``d``'s subject names no actor and its sources are only the place the subject happened in
    ("an explosion in Tehran", "violence in eastern Congo"). Two sides fighting are left alone."""
    verb = d.trigger
    if verb.pos_ != "VERB" or not d.sources or d.mutual or d.reciprocal:
        return False
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if any(m.start <= subj.i < m.end for m in d.sources):
        return False  # the subject is the actor ("police in Karachi", "gangs in Haiti")
    return all(in_place_phrase(m.start, subj, g) for m in d.sources)


def taken_places(drafts: Sequence[_Draft], g: Grammar) -> None:
    """A place named by its proper name that armed men seize or capture is territory taken (192):
    "M23 rebels captured Goma", "Goma was seized by M23". Read as taking goods (171) or people
    (173) only when what is taken is no place."""
    for d in drafts:
        tok = d.trigger
        if tok.pos_ != "VERB" or g.lemma(tok) not in g.place_taking_verbs or d.code == g.place_taking_code:
            continue
        if d.code[:2] not in ("17", "19") or not d.sources:
            continue
        taken = [c for c in dependents(tok) if c.dep_ in ("dobj", "nsubjpass")]
        # the place is told by its name resolving to a bare country (a town of the gazetteer), or by
        # the parser's place entity; a person, ship or group taken resolves with a role
        if taken and all(c.pos_ == "PROPN" for c in taken) and d.targets and all(
                m.actor.role is None and m.actor.country is not None for m in d.targets) and all(
                any(m.start <= c.i < m.end for m in d.targets) or c.ent_type_ in g.place_entity_types
                for c in taken):
            d.code, d.rule = g.place_taking_code, f"{d.rule} +place->{g.place_taking_code}"
            gov = d.secondary
            comp = g.complements.get(g.lemma(gov.trigger)) if gov is not None else None
            if gov is not None and comp is not None and comp.family is not None \
                    and gov.rule.startswith("complement:"):
                # "threatened to seize Goma": the verb that governs the taking is coded from it (a threat
                # of occupation, 1382, not of seizing goods, 132)
                code = g.derived_code(comp.family, g.place_taking_code)
                gov.code, gov.rule = code, f"{gov.rule} +place->{code}"
