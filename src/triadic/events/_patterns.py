"""Event patterns as data: load, validate and compile the shipped and user YAML files.

A pattern file maps CAMEO codes to trigger patterns (see ``data/patterns/01_05_verbal_cooperation.yaml``
for the syntax). Everything is compiled once into dictionaries keyed by lemma, so coding a
sentence costs one dictionary lookup per token.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import Field, dataclass, field, fields, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from triadic.errors import DictionaryError
from triadic.events.codebook import get_codebook
from triadic.nlp._boxes import remember_box

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "NO_EVENT",
    "SUBJECT_KEY",
    "Pattern",
    "Complement",
    "Grammar",
    "PatternSet",
    "load_patterns",
    "shipped_patterns",
]

# The code key of "no event" patterns: senses that mean nothing in CAMEO terms ("hit a snag", "press
# ahead") and block any weaker pattern on the same trigger.
NO_EVENT = "none"

_CODE_KEYS = {"verbs", "nouns", "adjectives", "notarget", "reciprocal"}
# The pseudo-preposition of "+subject:storm|flood": the doer (active subject or passive "by" agent).
SUBJECT_KEY = "subject"
_TOP_KEYS = {"version", "codes", "carriers"}
# Field metadata of ``Grammar``: lists of codes, roots or roles (not lowercased), and word lists kept under
# the YAML's ``modality:`` section.
_CODES = {"codes": True}
_MODALITY = {"section": "modality"}


# Prepositions a noun pattern may require a phrase of: what the act is of ("the killing of protesters")
# or what it is aimed at ("an attack on the budget").
_NOUN_PREPS = frozenset({"of", "on", "against"})

@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern.

    Args:
        kind: ``verb`` or ``noun``.
        head: lemma of the trigger word.
        words: for verbs, particles/prepositions that must be children of the head; for nouns,
            modifiers that must be children of the head ("air" in "air strike").
        objects: for verbs, lemmas one of which the direct object must have (empty: any or none).
        intransitive: for verbs, the pattern only fits when the verb has no direct object (``-``).
        origin: ``file:line`` the pattern came from, shown in errors and in each event's rule.
        user: True for patterns from a user file; they win over shipped ones of equal specificity.
        adjective: a predicative adjective pattern ("critical of", "pessimistic"): matched like a
            verb, on an adjective that is said of its clause's subject ("Seoul is critical of ...").
        prep_objects: for verbs, ``(preposition, lemmas)`` pairs: the verb (or its direct object)
            must have that preposition with an object of one of the lemmas (``+with:weapon|arms``).
        carriers: nouns through whose compound or adjective modifier an ``+object`` can be met
            ("aid deliveries" meets ``+aid``; "a protest leader" does not meet ``+protest``).
    """

    code: str
    kind: str
    head: str
    words: tuple[str, ...]
    objects: frozenset[str]
    intransitive: bool
    notarget: bool
    reciprocal: bool
    spec: str
    origin: str
    user: bool = False
    adjective: bool = False
    prep_objects: tuple[tuple[str, frozenset[str]], ...] = ()
    carriers: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        # a prepositional object counts as a word and an object ("support +with:weapon" beats "support")
        return (
            len(self.words) * 2
            + (3 if self.objects else 0)
            + (1 if self.intransitive else 0)
            + 5 * len(self.prep_objects)
        )

    @property
    def rule(self) -> str:
        return f"{'adj' if self.adjective else self.kind}:{self.spec}->{self.code}"


@dataclass(frozen=True, slots=True)
class Complement:
    """A governing verb of a control chain ("agreed to", "urged X to")."""

    modality: str
    family: str | None = None
    object_control: bool = False


@dataclass(frozen=True, slots=True)
class Grammar:
    """Closed-class word lists the structural rules use (``data/grammar.yaml``)."""

    target_preps: frozenset[str] = frozenset()
    agent_preps: frozenset[str] = frozenset()
    # Event nouns of a message or a gift whose "from" phrase names their author ("a protest from X").
    from_agent_nouns: frozenset[str] = frozenset()
    agent_hand_preps: frozenset[str] = frozenset()
    agent_hand_nouns: frozenset[str] = frozenset()
    act_scene_preps: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    pair_counts: frozenset[str] = frozenset()
    pair_roots: frozenset[str] = frozenset()
    device_nouns: frozenset[str] = frozenset()
    device_participles: frozenset[str] = frozenset()
    between_preps: frozenset[str] = frozenset()
    predicate_preps: frozenset[str] = frozenset()
    joint_setting_preps: frozenset[str] = frozenset()
    margin_nouns: frozenset[str] = frozenset()
    framework_preps: frozenset[str] = frozenset()
    convening_codes: frozenset[str] = frozenset()
    journey_purpose_roots: frozenset[str] = frozenset()
    actor_preps: frozenset[str] = frozenset()
    location_preps: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    promising_verbs: frozenset[str] = frozenset()
    planned_aux: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    hypothetical_aux: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    deontic_aux: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    negators: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    conditional_marks: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    habitual_adverbs: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    recurrence_determiners: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    planned_modifiers: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    hypothetical_modifiers: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    hypothetical_determiners: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    dread_nouns: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    hypothetical_nouns: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    planned_nouns: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    negated_adjectives: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    hypothetical_adjectives: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    planned_adjectives: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    proof_nouns: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    complements: dict[str, Complement] = field(default_factory=dict)
    # Nouns read as a complement verb over their infinitive ("Iran's vow to retaliate"): noun -> verb.
    complement_nouns: dict[str, str] = field(default_factory=dict)
    # Plan nouns that state an intent when their own subject announces them ("announced plans to").
    announced_intent_nouns: dict[str, str] = field(default_factory=dict)
    plan_announcing_verbs: frozenset[str] = frozenset()
    # Verbs besides the light verbs whose subject owns such a noun as their object ("renewed its pledge").
    complement_noun_voicers: frozenset[str] = frozenset()
    derive: dict[str, dict[str, str]] = field(default_factory=dict)
    # Verbs whose complement is what someone is accused of or denies, not an event of its own.
    content_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    # Nouns whose "that" clause is what is alleged or rumoured ("allegations that X tortured Y").
    content_nouns: frozenset[str] = frozenset()
    # Commentators whose forecasts are no acts ("analysts said X was unlikely to ...").
    commentator_nouns: frozenset[str] = frozenset()
    # Control verbs that also take a purpose clause of their own ("stopped in Paris to meet X").
    purpose_complements: frozenset[str] = frozenset()
    # Prepositions of a background phrase in a governed clause ("determined to talk despite disputes").
    background_preps: frozenset[str] = frozenset()
    # Prepositions naming the act another act answers ("recalled its envoy in protest at Y's support").
    cause_preps: frozenset[str] = frozenset()
    # Nouns whose "to"/"for" phrase names the act answered ("in retaliation for Y's seizure of X").
    cause_nouns: frozenset[str] = frozenset()
    cause_noun_preps: frozenset[str] = frozenset()
    # Nouns of an act already decided ("Panama's decision to suspend X"): its clause is the act.
    decision_nouns: frozenset[str] = frozenset()
    # Nouns of a state of armed conflict, not of one act ("war", "insurgency"): as a clause's subject
    # ("the war has displaced millions") they are the story's setting, coded as no event.
    conflict_state_nouns: frozenset[str] = frozenset()
    conflict_onset_verbs: frozenset[str] = frozenset()
    # Prepositions by which a clause enters a conflict ("went to war"): its state noun there is no setting.
    conflict_entry_preps: frozenset[str] = frozenset()
    # Nouns of a standing relation of cooperation ("cooperation"): as a subject or in a phrase, a topic.
    relation_state_nouns: frozenset[str] = frozenset()
    relation_growth_verbs: frozenset[str] = frozenset()
    # Sports sides and players ("India's hockey team", "Australia's cricketers"): no state acts through them.
    athlete_nouns: frozenset[str] = frozenset()
    sport_side_nouns: frozenset[str] = frozenset()
    sport_kinds: frozenset[str] = frozenset()
    # Occasions of sport ("in the final", "a World Cup qualifier"): a clause set at one is a contest.
    sport_occasions: frozenset[str] = frozenset()
    # Easing codes (081x, 085) and the words of a rule of trade or money: such an easing aimed at no one
    # is economic policy ("eased foreign exchange controls"), no yield.
    easing_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    trade_policy_words: frozenset[str] = frozenset()
    # Verbs whose subject dies or is hurt ("died in the fighting"): an event noun in their phrase is
    # suffered by the subject, so the subject is never its doer.
    casualty_verbs: frozenset[str] = frozenset()
    # Nouns that only carry the violent acts in their "of" phrase ("a campaign of air strikes"); a
    # violent noun under any other noun is what that noun is about, with no actors from the clause.
    violence_carrier_nouns: frozenset[str] = frozenset()
    # Nouns of a negotiation or truce and the verbs and participles that say it failed or lapsed ("the
    # talks collapsed", "the stalled negotiations", "the truce expired"): what befell it, no act held.
    lapsed_act_nouns: frozenset[str] = frozenset()
    lapse_verbs: frozenset[str] = frozenset()
    # The news an attitude is about ("alarmed by reports that X ..."), after these prepositions.
    attitude_news_nouns: frozenset[str] = frozenset()
    attitude_news_preps: frozenset[str] = frozenset()
    # What talks "reached" when stuck ("an impasse", "a stalemate"): a lapse as "stalled" is.
    impasse_nouns: frozenset[str] = frozenset()
    # Verbs that say what someone's conduct was ("amounted to ethnic cleansing", "constituted genocide").
    characterising_verbs: frozenset[str] = frozenset()
    # Spans of time that make an act in a relative clause a description ("has fought them for years").
    duration_nouns: frozenset[str] = frozenset()
    long_running_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Nouns of wars that, counted in the plural as a verb's object, tally history (see _tallied_wars).
    tallied_war_nouns: frozenset[str] = frozenset()
    # Old violence an inquiry now establishes is news (see _established in _coder.py).
    finding_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    finding_verbs: frozenset[str] = frozenset()
    finding_nouns: frozenset[str] = frozenset()
    described_doer_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # An abduction named by a participle on its victims (see _coder._captive_participle).
    captive_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    captive_holding_verbs: frozenset[str] = frozenset()
    # Verbal roots an expert (analyst, economist...) does not perform: their praise or criticism is comment.
    expert_comment_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # An armed group's attack on non-combatants (see _violence.unconventional_attacks).
    generic_fight_code: str = ""
    # A town or region taken by force (see _violence.taken_places), and what an attack did (see
    # _recode._specific_subjects).
    place_taking_verbs: frozenset[str] = frozenset()
    place_entity_types: frozenset[str] = frozenset()
    place_taking_code: str = ""
    attack_outcome_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    unconventional_code: str = ""
    irregular_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    noncombatant_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    town_raider_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # A plain killing between armed sides is combat (see _violence.combat_killings).
    state_force_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    insurgent_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of force posture (15) and the non-state roles whose show of force is not coded as one (see
    # _nonstate_postures)
    posture_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    nonstate_posture_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    armed_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    armed_doer_kinds: frozenset[str] = frozenset()
    # A plain killing told as done in a fight or an armed operation (see _violence.framed_killings).
    same_act_marks: frozenset[str] = frozenset()
    assault_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    foreign_force_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    plain_killing_verbs: frozenset[str] = frozenset()
    killing_frame_preps: frozenset[str] = frozenset()
    fight_frame_nouns: frozenset[str] = frozenset()
    operation_frame_nouns: frozenset[str] = frozenset()
    contest_verbs: frozenset[str] = frozenset()
    # Roots of acts done to people: conjunct victims of one country are one target (_coder._one_per_party).
    joint_victim_roots: frozenset[str] = frozenset()
    # A fight both armed sides wage is coded both ways (see _violence.two_sided_fights).
    two_sided_fight_verbs: frozenset[str] = frozenset()
    force_threat_code: str = "138"
    # Material acts that are the terms of a plan or deal (see _draft_filters._proposed_terms).
    term_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    term_verbs: frozenset[str] = frozenset()
    plan_nouns: frozenset[str] = frozenset()
    # Violence in a relative clause on the person arrested, charged or tried is that person's crime,
    # no event (see _draft_filters._judged_acts).
    judged_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    accountability_verbs: frozenset[str] = frozenset()
    # Sides that clash over an issue argued quarrel (see _violence.argued_clashes).
    dispute_verbs: frozenset[str] = frozenset()
    dispute_code: str = "110"
    dispute_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    argued_issues: frozenset[str] = frozenset()
    # CAMEO codes of travel, whose place preposition in a pattern names the destination (the target).
    destination_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # CAMEO codes of a journey and its reception (visit, host): acts of their own beside the talks held
    # on that journey, though all are of one root (04).
    journey_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # CAMEO codes of one sitting of consultation (meet, phone, talks, negotiate, discuss): two
    # coordinated verbs of these between one pair tell one meeting, not two acts.
    sitting_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # A definite noun of an act already coded in its sentence retells it (see _coder._definite_retelling).
    retelling_determiners: frozenset[str] = frozenset()
    retold_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    earlier_act_markers: frozenset[str] = frozenset()
    stance_act_preps: frozenset[str] = frozenset()
    stance_act_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    stance_act_aims: frozenset[str] = frozenset()
    party_preps: frozenset[str] = frozenset()
    # Actor codes or roles that are the audience of a statement ("told reporters"), never its target.
    audience_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # CAMEO roots of force (attacks, seizures) whose place ("bombed targets in Lebanon", "fired at
    # Israel") is what is hit: read only when no other target resolves.
    place_target_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roles on the state's side (its government, forces, courts): two actors of one country are one
    # side when both are the state or in these roles, and two sides otherwise ("the army" vs "rebels").
    state_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Modals of a "that" clause saying what someone is asked to do ("urged that X should talk"), and
    # the complement families (appeals, demands) whose "that" clause names who is asked.
    mandative_aux: frozenset[str] = frozenset()
    # Codes of an attitude (worry, optimism) whose "that" clause's subject is whom it is about.
    attitude_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # "came under attack from X": verbs and prepositions by which the subject suffers an event noun,
    # and the prepositions naming its doer.
    # Objects that are information ("shared intelligence on X"): their "on" phrase is a topic.
    info_nouns: frozenset[str] = frozenset()
    topic_preps_of_info: frozenset[str] = frozenset()
    # Roots whose object is the force shown, never its target ("mobilized troops").
    instrument_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Codes of mediation, whose parties may be named only inside its purpose ("a mediation effort to
    # resolve the rift between A and B").
    mediation_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    predicated_owner_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of asking (appeals, demands, ultimatums): a "for X to" clause on the verb names the target.
    asking_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Verbs by which the subject receives what another sends ("received a call from X"), and meeting
    # nouns a speaker can speak at ("during a meeting with X, Y said").
    receiving_verbs: frozenset[str] = frozenset()
    # Roots of aid a receiving verb's pattern names: the "from" party gave it (grammar.yaml).
    received_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Codes of handing something over, whose destination can hang deep inside the object.
    transfer_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Nouns of intent or possibility whose "to" clause is their owner's act ("plans to expel").
    intent_nouns: frozenset[str] = frozenset()
    carrier_meetings: frozenset[str] = frozenset()
    carrier_roots: frozenset[str] = frozenset()
    # Roots of the aid an appeal is made "for" that make it an appeal for aid (023x).
    aid_appeal_roots: frozenset[str] = frozenset()
    carrier_preps: frozenset[str] = frozenset()
    # Verbs whose direct object is only a topic: "A and B discussed trade" stays reciprocal.
    topic_object_verbs: frozenset[str] = frozenset()
    # Roots of things given or done (06-08): rejected or refused, they were never given.
    given_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of an owned act that a welcome or praise shows was done, to the welcomer ("welcomed X's aid",
    # "praised Tokyo's offer of relief").
    acknowledged_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Prepositions of what a praise is for ("thanked Oslo for its aid"): a gift there is the praised one's.
    acknowledged_for_preps: frozenset[str] = frozenset()
    undergo_verbs: frozenset[str] = frozenset()
    undergo_preps: frozenset[str] = frozenset()
    undergo_agent_preps: frozenset[str] = frozenset()
    survived_verbs: frozenset[str] = frozenset()
    when_markers: frozenset[str] = frozenset()
    victim_country_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # "came under fire from X over Y": the figurative fire nouns and the prepositions of a reason.
    figurative_fire_nouns: frozenset[str] = frozenset()
    criticism_reason_preps: frozenset[str] = frozenset()
    mandative_families: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Prepositions through which an object-control verb names who is to act ("called on X to").
    control_preps: frozenset[str] = frozenset()
    # Prepositions naming what a statement, complaint or appeal is about ("concern over X"), and
    # the CAMEO roots whose target they can name.
    topic_preps: frozenset[str] = frozenset()
    # prepositions that name what an adjective of attitude is about, beside topic_preps
    attitude_of_preps: frozenset[str] = frozenset()
    topic_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Place prepositions that, written in a pattern of a ``topic_roots`` code, name whom words are
    # aimed at ("lash out at").
    aimed_preps: frozenset[str] = frozenset()
    # Event nouns of words aimed at someone, whose "at" phrase names the target ("a swipe at Washington").
    aimed_nouns: frozenset[str] = frozenset()
    # Gatherings at which words are voiced: "at" one of them on an attitude noun is a place, not
    # whom the attitude is aimed at ("voiced concern at the summit").
    gathering_nouns: frozenset[str] = frozenset()
    # Prepositions of where something is sent, which may hang deep in a long object ("sent a team
    # of experts to Turkey").
    destination_preps: frozenset[str] = frozenset()
    # Personal pronouns that, unresolved, stand for the subject of the clause that reports them
    # ("the army said it had killed ...").
    anaphors: frozenset[str] = frozenset()
    # Object pronouns that repeat a coordinated verb's object ("detained X and deported [them]").
    object_anaphors: frozenset[str] = frozenset()
    # Participles and adjectives naming whom a group belongs to ("the Saudi-led coalition", "forces
    # loyal to Haftar"), each with the prepositions that introduce it.
    affiliations: dict[str, frozenset[str]] = field(default_factory=dict)
    # Participles that say whom a group is thought to be ("gunmen believed to belong to a cartel",
    # "men suspected of being jihadists") before the act it did.
    hedged_identity_verbs: frozenset[str] = frozenset()
    # Participles of alliance the parser reads as verbs in "X and allied Y" (Y is a conjunct of X).
    allied_participles: frozenset[str] = frozenset()
    # Codes of claiming responsibility: the target is whoever the claimed act was done to.
    responsibility_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Verbs whose doer also does the act its object names ("approved the extradition of X").
    authorising_verbs: frozenset[str] = frozenset()
    # Event nouns of coercion a state typically does to its own people ("carried out arrests of
    # opposition activists"): their "of" phrase names the target even of the doer's own country.
    domestic_act_nouns: frozenset[str] = frozenset()
    # Prepositions through which a bare role names whom it speaks or works for ("a spokesman for X").
    representation_preps: frozenset[str] = frozenset()
    # Inflected forms the lemmatizer gets wrong, with their right lemma ("staged" -> "stage").
    lemma_fixes: dict[str, str] = field(default_factory=dict)
    # Amounts and partitives through whose "of" a verb reaches its real object ("thousands of refugees").
    amount_words: frozenset[str] = frozenset()
    # Nouns that only carry the act their compound modifier names ("a mediation effort").
    carrier_nouns: frozenset[str] = frozenset()
    # Verbs of sending people: an infinitive of purpose on them ("sent experts to investigate") is
    # what the sentence is about.
    dispatch_verbs: frozenset[str] = frozenset()
    # Future auxiliaries of a reported clause in which a speaker says what it will do ("the rebels
    # said they would release ..."): the speaker's intent (03) or threat (13), not the act itself.
    intent_aux: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    # Possibility modals that a promising verb still makes its speaker's intent ("signalled it could ...").
    promising_possibility_aux: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    # Verbs of failing ("failed to reach a deal"), and the codes of acts whose failure is a
    # rejection (12x) as "refused to agree" is: an agreement not reached.
    failure_verbs: frozenset[str] = frozenset()
    # Phrasal verbs ("lemma particle") whose gerund complement is refused ("ruled out sending troops").
    refusal_phrasals: frozenset[str] = frozenset()
    # Verbs by which a court states a finding in a that-clause ("ruled that X acted unlawfully"),
    # the words that make the finding one against the clause's subject, and the code it takes.
    verdict_verbs: frozenset[str] = frozenset()
    verdict_adverse: frozenset[str] = frozenset()
    verdict_code: str = "116"
    # Modifiers of an act of force that make it one the co-subjects do together ("launched a joint
    # offensive"), and the code of that cooperation between them (062).
    joint_modifiers: frozenset[str] = frozenset()
    joint_force_code: str = "062"
    # Nouns by which a reaction told beside a report names the reported act ("..., X said,
    # welcoming the gesture"): the reaction is aimed at whoever did that act.
    reaction_nouns: frozenset[str] = frozenset()
    # Roots of an act whose comma-set participle on the same object pronoun tells how it was done
    # ("freed the crew, handing them over to Oman"): the participle is part of that act.
    handover_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Verbs that stop what their object names ("banned a rally", "vetoed a resolution condemning X"):
    # that act or what the object says did not take place.
    prevention_verbs: frozenset[str] = frozenset()
    # Verbs that name their object when an object predicate follows ("called the boycott a cynical
    # stunt"): their object-sense patterns ("call a strike") do not apply then.
    naming_verbs: frozenset[str] = frozenset()
    # Verbs of warning whose "could"/"may" clause about others is a pessimistic comment (012), not a threat.
    warning_verbs: frozenset[str] = frozenset()
    # Nouns of warning whose "that" clause is read like a warning verb's ("issued a warning that ...").
    warning_nouns: frozenset[str] = frozenset()
    # Reprisal verbs whose 130 pattern is a threat only as a future or conditional act ("would retaliate").
    reprisal_verbs: frozenset[str] = frozenset()
    # Reprisal verbs that are a threat in the future or conditional whatever their pattern codes.
    reprisal_acts: frozenset[str] = frozenset()
    # Reacting verbs that trigger a threat only with a manner of force ("would respond decisively").
    manner_reprisals: frozenset[str] = frozenset()
    reprisal_manners: frozenset[str] = frozenset()
    reprisal_manner_nouns: frozenset[str] = frozenset()
    # "vowed to respond after Israeli jets struck ...": a bare reply to a told act of force is a threat.
    reply_act_marks: frozenset[str] = frozenset()
    reply_act_roots: frozenset[str] = frozenset()
    # "would give a befitting reply", "will teach X a lesson": reprisals given as a reply noun.
    reply_giving_verbs: frozenset[str] = frozenset()
    reply_given_nouns: frozenset[str] = frozenset()
    reply_manner_verbs: frozenset[str] = frozenset()
    reply_manner_adjectives: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    retaliatory_adjectives: frozenset[str] = frozenset()
    # "any attack would be met with a response/force": passive meeting verbs, reply nouns, force nouns.
    met_verbs: frozenset[str] = frozenset()
    # "X will pay a heavy price / will regret it / will face the consequences": fate verbs with the
    # objects that make them one (empty: any), and target roles for whom such a forecast is no threat.
    fate_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    fate_bystanders: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    fate_for_verbs: frozenset[str] = frozenset()
    fate_causing_verbs: frozenset[str] = frozenset()
    fate_for_nouns: frozenset[str] = frozenset()
    met_replies: frozenset[str] = frozenset()
    met_force: frozenset[str] = frozenset()
    # "reserved the right to respond": verbs and nouns of keeping a reply as one's option.
    reserving_verbs: frozenset[str] = frozenset()
    # "would not hesitate to use force": verbs whose negation holds the act ready (a threat of it).
    unhesitating_verbs: frozenset[str] = frozenset()
    reserved_nouns: frozenset[str] = frozenset()
    reserved_threat_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Prepositions of an uncoded refused infinitive that name whom the refusal is aimed at.
    refused_recipient_preps: frozenset[str] = frozenset()
    # Verbs of consent whose 120 pattern is a rejection only when negated ("would not accept").
    consent_verbs: frozenset[str] = frozenset()
    # Verbs of permission, and the roots of the yield (08) they code: the act they permit is no event.
    permission_verbs: frozenset[str] = frozenset()
    # Roots of a refused permission ("would not allow X to send aid"): the permitted act is not coded.
    refused_permission_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    permission_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Codes of a permission only intended ("will allow X to monitor", 0355): the permitted act is not
    # told as done either.
    intended_permission_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # What a foreign party is let do, by the permitted act's object and by its verb, and the 086x code
    # of the permission ("would allow the AU to send observers" 0862); see ``_permitted_parties``.
    permitted_act_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    permitted_act_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    # Roles of a party with no country whose permitted act is international involvement (aid groups),
    # and the families of a governing verb that code a permission as their own act (intent, refusal).
    permitted_party_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    permission_families: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Verbs and nouns of access granted ("granted the UN access"), and the code of the yield (086).
    access_grant_verbs: frozenset[str] = frozenset()
    access_nouns: frozenset[str] = frozenset()
    access_code: str = "086"
    # Verbs of excluding an option whose negated rejection is a stated option of force ("did not rule
    # out military action against X", CAMEO 138), and the nouns of force that make it one.
    option_verbs: frozenset[str] = frozenset()
    force_option_nouns: frozenset[str] = frozenset()
    force_option_generic: frozenset[str] = frozenset()
    force_option_modifiers: frozenset[str] = frozenset()
    force_option_code: str = "138"
    # "All options are on the table" regarding a party (grammar.yaml: table_nouns ...): force kept as
    # an option, CAMEO's threat of military force.
    table_nouns: frozenset[str] = frozenset()
    table_holding_verbs: frozenset[str] = frozenset()
    table_option_nouns: frozenset[str] = frozenset()
    table_option_quantifiers: frozenset[str] = frozenset()
    table_target_preps: frozenset[str] = frozenset()
    table_dealing_verbs: frozenset[str] = frozenset()
    # Roots of force: kept as a reserved right, their threat is one of military force.
    force_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Nouns of demand or appeal whose "that" clause is what they ask ("its demand that X lift ...").
    mandative_nouns: frozenset[str] = frozenset()
    # Auxiliaries besides the future ones that make a negated cooperative act a refusal ("cannot accept").
    refusal_aux: frozenset[str] = frozenset()
    # Nouns of intent or interest that, denied with "no", state a refusal of the act they govern.
    refusal_stance_nouns: frozenset[str] = frozenset()
    # Roots of a reaction in an object relative clause aimed at whoever put the noun forward.
    relative_owner_roots: frozenset[str] = frozenset()
    put_forward_nouns: frozenset[str] = frozenset()
    proposing_verbs: frozenset[str] = frozenset()
    # Departures (0874) that are a surrender, not a leaving: no expulsion when ordered ("to surrender").
    surrender_verbs: frozenset[str] = frozenset()
    # Participles whose fused name put a noun forward ("a US-drafted resolution"), see _owner_modifiers.
    proposing_participles: frozenset[str] = frozenset()
    # Roles of the speaker's own country a condition may name as the other side of a threat.
    condition_home_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # What a warning beside an appeal threatens ("would have consequences"): a threat at the party asked.
    consequence_nouns: frozenset[str] = frozenset()
    # Prepositions of a phrase that sets a clause in the time of another event ("during a visit by X").
    setting_preps: frozenset[str] = frozenset()
    # Prepositions of a journey noun's own destination ("a visit to Poland"): such a visit is its own event.
    journey_preps: frozenset[str] = frozenset()
    place_named_journey_nouns: frozenset[str] = frozenset()
    # Prepositions naming what an attitude is about ("optimistic about a deal with X").
    attitude_topic_preps: frozenset[str] = frozenset()
    # A speaker's view of the prospects of a joint act (CAMEO 012 / 013): nouns of prospect, the words
    # that judge them poor or good, the same for a joint act judged (un)likely itself, its nouns, the
    # prepositions naming what a prospect is of, and verbs by which a speaker "sees" a prospect.
    prospect_nouns: frozenset[str] = frozenset()
    prospect_poor: frozenset[str] = frozenset()
    prospect_good: frozenset[str] = frozenset()
    likelihood_poor: frozenset[str] = frozenset()
    likelihood_good: frozenset[str] = frozenset()
    prospect_acts: frozenset[str] = frozenset()
    prospect_preps: frozenset[str] = frozenset()
    prospect_seeing_verbs: frozenset[str] = frozenset()
    # Codes of hosting someone, and the code of the guest's visit they imply ("hosted X": X visited).
    hosted_visit_codes: dict[str, str] = field(default_factory=dict)
    # Participles naming a guest before the host's object ("received visiting Ugandan President X").
    guest_participles: frozenset[str] = frozenset()
    # Nouns of a visit made at someone's invitation ("at the invitation of X"): X hosts the visitor.
    invited_visit_nouns: frozenset[str] = frozenset()
    # Verbs that, with a predicate on their object ("considered the vote a sham"), say how a speaker
    # regards something: an opinion, not the weighing of a policy option (014).
    regard_verbs: frozenset[str] = frozenset()
    # Cooperation roots whose event nouns, as the subject of a predicate of state or amount ("U.S. aid
    # to Kyiv has become a divisive issue"), name a standing arrangement, not an act (those
    # predicates below), and whose nouns merely possible name no act ("little prospect of a deal").
    cooperation_roots: frozenset[str] = frozenset()
    # Codes of a concluded agreement (057), and the words under which its noun is only negotiated or
    # sought ("talks on a [deal]", "pushed for a [deal]"), with the prepositions that link them.
    pact_codes: frozenset[str] = frozenset()
    # Roots the sentence classifier's fallback does not code: a label cannot establish them.
    unclassified_roots: frozenset[str] = frozenset()
    # Linking verbs of a sentence that describes a standing state ("has become Ukraine's largest donor").
    state_linking_verbs: frozenset[str] = frozenset()
    pact_topic_preps: frozenset[str] = frozenset()
    pact_seeking_words: frozenset[str] = frozenset()
    # Meeting and talks codes (04x), and the words under which their noun is only sought, offered or
    # spoken about ("wants talks with X", "pushed for talks", "a statement on the talks").
    talk_codes: frozenset[str] = frozenset()
    talk_seeking_words: frozenset[str] = frozenset()
    state_predicates: frozenset[str] = frozenset()
    copula_predicates: frozenset[str] = frozenset()
    # Verbs of lasting or lapsing said of a cooperation noun ("the treaty has held since 1979").
    lasting_predicates: frozenset[str] = frozenset()
    # Codes of words about something whose topic's place is never their target ("commented on the
    # war in Gaza": a plain comment, aimed at no one there).
    placeless_topic_codes: frozenset[str] = frozenset()
    # Verbs of saying that voice a stance: their object noun is the subject's own act.
    stance_voicing_verbs: frozenset[str] = frozenset()
    # Roots of diplomatic cooperation whose nouns, held, framed or dated, name a standing relation.
    relation_holding_roots: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    frame_preps: frozenset[str] = frozenset()
    # Yield codes whose bare verb pattern ("withdraw") is about forces: a direct object that names
    # no actor ("withdrew its bid") is another sense.
    actor_object_codes: dict[str, frozenset[str]] = field(default_factory=dict)
    # Nouns that end or halt an act ("the suspension of military cooperation with X"), the ties
    # they can end, and the code of ending them (a reduction of relations, not cooperation).
    ending_nouns: frozenset[str] = frozenset()
    # Nouns of property held by someone ("the Russian assets of Fortum"): the "of" owner says whose it is,
    # a nationality before it only where it lies.
    holding_nouns: frozenset[str] = frozenset()
    ended_ties: frozenset[str] = frozenset()
    ended_ties_code: str = "160"
    # A standing cooperation treaty (its kind named by a modifier: "extradition treaty", "defence
    # accord") left, scrapped or ended: relations reduced (``ended_ties_code``), not a rejected
    # settlement (``left_treaty_codes``, as for a peace deal or a nuclear accord).
    left_treaty_codes: frozenset[str] = field(default=frozenset(), metadata={"codes": True})
    treaty_nouns: frozenset[str] = frozenset()
    treaty_ending_words: frozenset[str] = frozenset()
    cooperation_treaty_kinds: frozenset[str] = frozenset()
    # Roots of given aid a noun of ending can stop ("a freeze on foreign aid", "the suspension of
    # military aid to X"), and the code of stopping it (a reduction of aid, not the aid).
    ended_aid_roots: frozenset[str] = frozenset()
    ended_aid_code: str = "162"
    # Verbs that end an ongoing act, and the code of ending each cooperative act they govern as a
    # gerund or object ("stopped cooperating with X", "ceased all cooperation", "no longer funds X"):
    # CAMEO codes the ending as reducing relations (16x), not as the act negated or refused.
    stopping_verbs: frozenset[str] = frozenset()
    stopped_act_codes: dict[str, str] = field(default_factory=dict)
    # Roots of acts that a noun names as one session (a meeting, talks): ending it is no reduction.
    session_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of a tie noun ("contacts", "cooperation") whose ending is ``ended_ties_code`` whatever it was.
    stopped_tie_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Things that can only be called an act of force, never do one ("the reform is an attack on
    # workers"), and the roots such a predicate noun would wrongly code.
    characterised_things: frozenset[str] = frozenset()
    figurative_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of noun senses with modifiers that are real events force is used on ("dispersed the
    # sit-in"): an object in that sense is what the act of force is done to, not a figurative one.
    forced_on_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Past forms of stopping verbs the tagger reads as an adjective on the aid ("Sweden froze aid").
    stopping_modifiers: frozenset[str] = frozenset()
    # De-escalation verbs (lemma, or lemma and particle) that two co-subjects do toward each other.
    mutual_yields: frozenset[str] = frozenset()
    # Governing verbs whose co-subjects act together ("A and B agreed to share intelligence").
    joint_complements: frozenset[str] = frozenset()
    # Reaction verbs whose "by"-gerund is the reaction itself ("retaliated by expelling X").
    means_reactions: frozenset[str] = frozenset()
    # Verbs of running from something ("fleeing the fighting"): their bare object is the scene, no event.
    escape_verbs: frozenset[str] = frozenset()
    failure_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Verbs whose object and "to" clause say whom they telephone and why ("called Morrison to
    # congratulate him"), not whom they ask to act.
    calling_verbs: frozenset[str] = frozenset()
    # Acts one is summoned to do ("called the minister to appear"): no telephone call.
    summons_acts: frozenset[str] = frozenset()
    # Prepositions of "called on X" that, with nothing asked, make a courtesy call (a visit, 042).
    courtesy_call_preps: frozenset[str] = frozenset()
    # Prepositions of an appeal's ask naming no addressee ("appealed for the release of X"), and those
    # through which an appeal noun is the background of the act it asked for ("despite appeals from X").
    open_appeal_preps: frozenset[str] = frozenset()
    answered_appeal_preps: frozenset[str] = frozenset()
    # Nouns of pressing a party ("despite U.S. pressure", "despite calls from the opposition"): a refusal
    # that stands against them refuses whoever pressed (see _recode._pressed_refusals).
    pressing_nouns: frozenset[str] = frozenset()
    # The appeal for a change in policy: an appeal whose ask is an uncoded act done to something.
    policy_appeal_code: str = ""
    policy_ask_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Families of a governed ask an appeal relays to another party ("urged X to press Y to ...").
    relayed_ask_families: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # A rule ("a law requiring X to register") that binds a party: restriction codes by target role.
    binding_verbs: frozenset[str] = frozenset()
    rule_nouns: frozenset[str] = frozenset()
    binding_code: str = ""
    freedom_code: str = ""
    freedom_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # A court's ruling rejected "as" something ("a verdict he dismissed as a farce"): criticism.
    ruling_nouns: frozenset[str] = frozenset()
    characterised_ruling_code: str = ""
    # Nouns of armed units: their arrival somewhere is a deployment, not a political visit.
    unit_nouns: frozenset[str] = frozenset()
    # Nouns whose "to" clause is the purpose of the act they are an adjunct of ("in a bid to force X").
    purpose_nouns: frozenset[str] = frozenset()
    # For each intent family (03 intent, 13 threat), the lowest and highest CAMEO root whose future
    # act a speaker's own report recodes into it.
    intent_families: dict[str, tuple[str, str]] = field(default_factory=dict)
    # The intent family a commitment to an act of force moves to ("vowed to expand its offensive": 13),
    # and the roots of such acts.
    forceful_commitment_family: str = ""
    forceful_commitment_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roles whose intent to do an act no pattern codes is no event ("the carmaker intends to open a plant").
    commercial_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Prepositions naming whom a bare statement is about ("said of China that ...").
    subject_preps: frozenset[str] = frozenset()
    # Auxiliaries that, in a clause a speech verb reports, are the future of the past ("said Britain
    # would send aid"): planned, not hypothetical.
    reported_future_aux: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    # Copulas whose "to"-infinitive is a future ("is to send aid"): planned, and an intent when reported.
    future_copulas: frozenset[str] = field(default=frozenset(), metadata=_MODALITY)
    # Roots of a participle that only says whom a party is allied with ("backed by", "supported by").
    allegiance_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of conflict whose condition names whom they are aimed at when nothing else does ("would
    # use force if Ukraine attacked", "threatened to close the strait unless Washington ...").
    condition_target_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Verbs of helping whose bare infinitive is the helped act ("help rebuild Gaza"): the help is aimed
    # at whom that act is, when it triggers nothing itself.
    helping_verbs: frozenset[str] = frozenset()
    # Verbs of going on with an act ("vowed to keep sending aid", "pledged to continue supporting
    # Kyiv"): the act they carry is governed by whatever governs them.
    aspect_verbs: frozenset[str] = frozenset()
    condition_target_marks: frozenset[str] = frozenset()
    threat_purpose_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of a reported future act that a report put after it makes a schedule, not an intent
    # ("will travel to Argentina next week, officials said" is a planned visit).
    scheduled_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of a speaker's own announced future act that stay that act, planned, not an intent or
    # threat ("said it would deploy troops to the border" is the force posture, 154).
    announced_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # A speaker's own future welcome of a meeting with it ("said it would welcome talks with India")
    # is its readiness to meet: the verbs, the meeting nouns, the prepositions that make the meeting
    # one of others ("talks between Kyiv and Moscow"), and the intent code (CAMEO 036).
    welcoming_verbs: frozenset[str] = frozenset()
    # Codes of acts a party can only offer to do for others: said of itself with "could" or "may"
    # ("said it could mediate") they are its intent (offered), as with "would".
    offered_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    welcomed_meeting_nouns: frozenset[str] = frozenset()
    welcomed_meeting_third_preps: frozenset[str] = frozenset()
    welcomed_meeting_code: str = "036"
    # A group's report of its own done act of force ("said it had carried out the attack") is also its
    # claim of responsibility: roots of such acts, the claim's code, the reporting verbs, and the
    # pronouns and possessives that make the act's doer the speaker's own.
    claim_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    claim_code: str = "015"
    claim_verbs: frozenset[str] = frozenset()
    claim_pronouns: frozenset[str] = frozenset()
    claim_possessives: frozenset[str] = frozenset()
    # nouns that, with "the", name the speaking group again as the doer ("said the group had fired")
    claim_group_nouns: frozenset[str] = frozenset()
    claim_excluded_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    claim_excluded_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    admission_verbs: frozenset[str] = frozenset()
    # Nouns of a pact that, as the state a party is "in", are accord (019): "are in agreement on X".
    accord_state_nouns: frozenset[str] = frozenset()
    # Objects of a light verb of doubt ("cast doubt on"): doubt about a joint act with a party is 012.
    doubt_nouns: frozenset[str] = frozenset()
    accord_state_code: str = "019"
    # Roots an admission owns beyond ``claim_roots`` (coercion: "admitted its troops had fired on the
    # crowd"), and the act nouns that, as the admitted clause's subject, are the admitter's own act
    # ("admitted that an air strike had hit a school bus").
    admission_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    admitted_act_nouns: frozenset[str] = frozenset()
    blame_wrongs: frozenset[str] = frozenset()
    # Words of blame that make naming an act ("called the strike an act of aggression") criticism (111).
    disparaging_words: frozenset[str] = frozenset()
    disparaging_names: frozenset[str] = frozenset()
    describing_verbs: frozenset[str] = frozenset()
    # Passive verbs of a hand in others' acts ("backed by", "orchestrated by"): a report of one accuses.
    complicity_verbs: frozenset[str] = frozenset()
    complicity_code: str = "112"
    # A report whose clause judges another party ("said Y was behind the plot", "said X's sanctions
    # were illegal"): words that lay blame (112 on the party) or disparage an act (111 on its owner).
    blame_adjectives: frozenset[str] = frozenset()
    blame_preps: frozenset[str] = frozenset()
    blame_nouns: frozenset[str] = frozenset()
    blame_verbs: frozenset[str] = frozenset()
    involvement_adjectives: frozenset[str] = frozenset()
    blame_acts: frozenset[str] = frozenset()
    graft_acts: frozenset[str] = frozenset()
    graft_code: str = "1121"
    committing_verbs: frozenset[str] = frozenset()
    committed_wrongs: dict[str, str] = field(default_factory=dict)
    blame_bearing_verbs: frozenset[str] = frozenset()
    blame_borne_nouns: frozenset[str] = frozenset()
    judgement_words: frozenset[str] = frozenset()
    judgement_excluded_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    dismissal_code: str = "016"
    # Verbs of a trailing retort to a claim ("..., a charge India denies"), see nlp.repair_retorts.
    retort_verbs: frozenset[str] = frozenset()
    judgement_report_verbs: frozenset[str] = frozenset()
    said_of_pronouns: frozenset[str] = frozenset()
    said_of_preps: frozenset[str] = frozenset()
    refused_proposal_nouns: frozenset[str] = frozenset()
    consent_adjectives: frozenset[str] = frozenset()
    refusal_words: frozenset[str] = frozenset()
    refusal_code: str = "120"
    # Punitive acts whose reason, stated as "for what X said was ...", is X's accusation of the target.
    reason_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    reason_preps: frozenset[str] = frozenset()
    # A verb coordinated with a contact ("spoke with X and urged restraint") that names no target of
    # its own is addressed to the contact's party: roots of such contacts, and of such verbs.
    contact_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Conjunctions the parser may read as prepositions, taking a clause's subject for their object.
    subordinating_preps: frozenset[str] = frozenset()
    subject_gerund_preps: frozenset[str] = frozenset()
    addressed_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of words about something whose target may be the place where that something happens.
    place_topic_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    place_topic_preps: frozenset[str] = frozenset()
    # Prepositions whose gerund is the controlled act of a complement verb ("committed to allowing").
    gerund_control_preps: frozenset[str] = frozenset()
    # Codes of meeting at a third location, and what they are when the place is one side's country.
    home_meeting_codes: dict[str, str] = field(default_factory=dict)
    # Codes of a military exercise held alone, and what they are when forces of two states hold it
    # together ("U.S. and Philippine marines held live-fire drills": cooperation, not a show of force).
    joint_exercise_codes: dict[str, str] = field(default_factory=dict)
    exercise_nouns: frozenset[str] = frozenset()
    # Codes of a joint military exercise, and what it is when one state holds it alone ("Russia held
    # naval drills near Japan": a show of force, 150, toward the state it is held near).
    solo_exercise_codes: dict[str, str] = field(default_factory=dict)
    # Modifiers that make an exercise joint although its partners go unnamed ("began joint drills").
    exercise_joint_modifiers: frozenset[str] = frozenset()
    # Modifiers that make co-subjects' exercises each side's own ("held rival drills").
    exercise_apart_modifiers: frozenset[str] = frozenset()
    # Objects of a force posture that are the place it reaches, not the force shown ("entered Japanese
    # waters"): they name its target, unlike the objects of ``instrument_roots``.
    entered_place_nouns: frozenset[str] = frozenset()
    # Codes of acts with a foreign counterpart, recoded when both sides are of one country ("deployed
    # troops to the Niger Delta" is a show of force at home, not military cooperation).
    domestic_codes: dict[str, str] = field(default_factory=dict)
    # Codes of acts on a person that one body does to a member of its own (_coder.py): "police arrested a
    # police officer" is an event though both carry one actor code.
    own_member_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Codes of street protest, and what they are when a state itself protests to a foreign party with
    # one of ``state_voice_verbs`` ("Seoul protested the Japanese textbook changes": a formal protest).
    state_voice_codes: dict[str, str] = field(default_factory=dict)
    state_voice_verbs: frozenset[str] = frozenset()
    # An asserted event whose date lies wholly more than this many days before publication is
    # background history ("the 2003 invasion", "a coup in 2021"), not news: not coded. 0 = keep all.
    background_days: int = field(default=0, metadata={"unit": "days"})
    # Prepositions and subordinators that anchor a stretch of time to an earlier act ("has boosted
    # spending [since Russia's invasion]", "the first visit [since the two sides clashed]"): the act is
    # the start of the period the sentence reports on, history, not the news itself.
    anchor_marks: frozenset[str] = frozenset()
    # Codes of a standing state a noun can name (a truce: "after a ceasefire", "during the truce"), and
    # the prepositions of time that make such a noun a point or stretch of time rather than its
    # declaration: the state only dates what the sentence reports (see _time_frames).
    time_frame_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    time_frame_preps: frozenset[str] = frozenset()
    # Roots of yields (08x) that a noun can name only as what a party wants, seeks or guarantees, and the
    # words that make it so ("the Taliban want a complete [withdrawal]"; see _unmade_yields).
    sought_yield_roots: frozenset[str] = frozenset()
    yield_seeking_words: frozenset[str] = frozenset()
    # Words that end, break or endanger such a yield ("ending a two-month [ceasefire]"; see _unmade_yields).
    yield_ending_words: frozenset[str] = frozenset()
    # A truce broken (196) by an attack of one clause and one doer is 196 alone (_truce_breaking_means).
    truce_breaking_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    truce_breaking_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Nouns on which a "for" phrase names an act still to come, a prospect or a price ("paving the
    # way for talks", "in exchange for a withdrawal", "in return for sanctions relief").
    prospect_heads: frozenset[str] = frozenset()
    # Units of time: an event noun measured by one is a stretch of history ("two years of war",
    # "decades of hostility"); an act placed "N <history_periods> after" something is long past.
    period_nouns: frozenset[str] = frozenset()
    # Short stretches ("five days of fighting") that a truce in the same clause ends: news, not history.
    recent_periods: frozenset[str] = frozenset()
    truce_ended_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    truce_nouns: frozenset[str] = frozenset()
    # Verbs that open or hold such a stretch as an act of the day ("began a week of exercises")
    period_openers: frozenset[str] = frozenset()
    # Words that place a unit of time inside an act still going on ("on the [first] day of a visit",
    # "the [final] day of talks"): the act is of the day, not history
    period_positions: frozenset[str] = frozenset()
    # Prepositions of what an inquiry looks into ("an inquiry [into] the killing of 12 protesters by X")
    probe_preps: frozenset[str] = frozenset()
    history_periods: frozenset[str] = frozenset()
    history_marks: frozenset[str] = frozenset()
    # Verbs that say what an act led to: as a trailing participle ("shelled the city, killing four")
    # they are part of that act's event, not one of their own.
    result_verbs: frozenset[str] = frozenset()
    # Verbs of a relative clause on an act noun whose object is who the act hit ("the bombing that
    # struck a church in X"): the act's target when the noun names none.
    struck_verbs: frozenset[str] = frozenset()
    # Verbs of harm done to people whose doer an assault told beside them names (see grammar.yaml).
    harm_verbs: frozenset[str] = frozenset()
    struck_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Governing verbs that make the party they order leave ("ordered the envoy to leave the
    # country"), the departure codes that makes an expulsion, and the verb whose patterns code it.
    expelling_verbs: frozenset[str] = frozenset()
    # Verbs by which a state commands its own organs: the act commanded is the state's own.
    commanding_verbs: frozenset[str] = frozenset()
    departure_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Codes of a party shutting or suspending itself that, under such a verb, the orderer imposes
    # on it ("ordered the paper to suspend publication"): see _closed_by_order.
    ordered_closure_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Verbs of such a departure that are a retreat only for an armed body or a whole state ("left the
    # country"): see _unarmed_departures.
    armed_departure_verbs: frozenset[str] = frozenset()
    expulsion_verb: str = ""
    # Codes of an ultimatum: one to depart ("gave the envoy 48 hours to leave") is an expulsion.
    ultimatum_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Statement codes (01x) that are acts of their own with no addressee ("declined to comment").
    targetless_statements: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roles whose investigations are into crime (091) whatever they examine, and the codes recoded so.
    crime_investigators: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    crime_probe_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    crime_probe_code: str = "091"
    # A protest a state or its government addresses to another party, and the code it is recoded to.
    state_protest_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    state_protest_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    state_protest_code: str = "114"
    # A charge one state lays on another named as a whole: the codes and verbs recoded, the code.
    state_charge_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    state_charge_verbs: frozenset[str] = frozenset()
    state_charge_code: str = "112"
    state_retort_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    state_retort_particles: frozenset[str] = frozenset()
    state_retort_code: str = "111"
    # Adverb particles after a verb whose prepositions are the verb's own ("fires back at").
    particle_adverbs: frozenset[str] = frozenset()
    # Forces sent abroad: the codes of a deployment recoded by where and for whom it goes, its verbs,
    # what marks a mission or a purpose of help, what marks a posture toward an adversary, the code.
    deployment_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    deployment_verbs: frozenset[str] = frozenset()
    deployment_missions: frozenset[str] = frozenset()
    mission_modifiers: frozenset[str] = frozenset()
    help_purposes: frozenset[str] = frozenset()
    # "at the request / invitation of" the host: forces it asked for protect it (see _deployments)
    invitation_preps: frozenset[str] = frozenset()
    invitation_nouns: frozenset[str] = frozenset()
    posture_preps: frozenset[str] = frozenset()
    station_preps: frozenset[str] = frozenset()
    # Codes of arms given, which become the posture when the weapons are sent near someone rather than
    # to a recipient ("sent warships and fighter jets near Taiwan").
    aid_posture_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    posture_nouns: frozenset[str] = frozenset()
    deployment_code: str = "074"
    posture_code: str = "154"
    forceless_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of acts that only those with armed forces or police do (force posture): not coded for
    # doers who are all of ``forceless_roles``.
    forceless_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of a force posture that, aimed at no one, need a doer of a known country (see grammar.yaml).
    stateless_posture_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of a second act, told with no party, that falls on the party of the hostile act it is
    # coordinated with, and the roots of that first act (see grammar.yaml).
    shared_counterpart_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    shared_counterpart_first_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Roots of the purpose of a deployment that make it relief, not force posture ("to fight the fires").
    relief_purpose_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    relief_nouns: frozenset[str] = frozenset()
    # What a deployment's purpose clause names when the forces go to relieve a disaster ("to help flood
    # victims", "to help rescue efforts"): its verb (relief_aims) or a word of its object (relief_objects)
    # make the deployment humanitarian aid (relief_code), not a show of force.
    relief_aims: frozenset[str] = frozenset()
    relief_objects: frozenset[str] = frozenset()
    relief_code: str = "073"
    police_nouns: frozenset[str] = frozenset()
    # Which violence code (_violence.py): a plain killing (``mass_killing_codes``) of at least
    # ``mass_killing_least`` counted civilians is a mass killing; what names civilians; police force
    # where a protest is told is repression; an outcome participle's weapon or scale narrows a generic act.
    mass_killing_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    mass_killing_code: str = "202"
    mass_killing_least: int = 24
    civilian_nouns: frozenset[str] = frozenset()
    plain_people_nouns: frozenset[str] = frozenset()
    civilian_marks: frozenset[str] = frozenset()
    including_preps: frozenset[str] = frozenset()
    repression_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    repression_code: str = "175"
    police_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    protest_words: frozenset[str] = frozenset()
    # Verbs that are a legal act (173) and a physical rush ("police charged the crowd"); what a "with"
    # phrase may name for the rush (a weapon, a mount) rather than the offence of a legal charge.
    rushing_verbs: frozenset[str] = frozenset()
    rushing_means: frozenset[str] = frozenset()
    armed_nouns: frozenset[str] = frozenset()
    generic_force_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    plain_killing_code: str = "1823"
    plain_wounding_code: str = "182"
    plain_wounding_verbs: frozenset[str] = frozenset()
    violent_roots: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # What a warning says its addressee would face (_threats.py): "would face arrest" (a facing verb and
    # its object) or "would be punished" (a passive verb) is a threat of that act (faced_threat_codes).
    facing_verbs: frozenset[str] = frozenset()
    faced_threat_codes: dict[str, str] = field(default_factory=dict)
    faced_threat_observers: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    # Harm a comma-set participle tells as the outcome of an act accused or denied (_secondary.py).
    content_outcome_verbs: frozenset[str] = frozenset()
    # Forces keeping a party from moving (_recode.py): "vessels blocked a boat from reaching the shoal".
    movement_block_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    movement_block_verbs: frozenset[str] = frozenset()
    movement_verbs: frozenset[str] = frozenset()
    movement_block_roles: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    movement_block_code: str = "191"
    # An attack the sentence calls an attempt on a life (_recode.py): "opened fire on the minister's
    # convoy in what officials called an attempt on his life" is the attempt (185), no fight.
    life_attempt_codes: frozenset[str] = field(default=frozenset(), metadata=_CODES)
    life_attempt_nouns: frozenset[str] = frozenset()
    life_nouns: frozenset[str] = frozenset()
    life_attempt_kinds: frozenset[str] = frozenset()
    life_attempt_code: str = "185"
    # Verbs of reporting on an event (_recode.py): its reporters are not its doers.
    coverage_verbs: frozenset[str] = frozenset()
    # Derived from the lists above when the grammar is built (no YAML keys): ``transfer_codes`` and
    # ``place_target_roots`` as the tuples ``str.startswith`` takes (asked for every draft), and the words
    # a hyphenated form of ``lemma_fixes`` can begin with, before any of its hyphens ("tear" of
    # "tear-gas"): only a token after one of them can start a split hyphenated verb.
    transfer_prefixes: tuple[str, ...] = field(init=False, repr=False, compare=False)
    place_target_prefixes: tuple[str, ...] = field(init=False, repr=False, compare=False)
    hyphen_heads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # frozen: the derived values are set once, here
        object.__setattr__(self, "transfer_prefixes", tuple(self.transfer_codes))
        object.__setattr__(self, "place_target_prefixes", tuple(self.place_target_roots))
        heads = frozenset(k[:j] for k in self.lemma_fixes for j, ch in enumerate(k) if ch == "-")
        object.__setattr__(self, "hyphen_heads", heads)

    def intent_family(self, root: str) -> str | None:
        """The intent family (``intent_families``) a speaker's own future act of ``root`` falls in."""
        return next((f for f, (lo, hi) in self.intent_families.items() if lo <= root <= hi), None)

    def lemma(self, tok: Token) -> str:
        """The token's lemma for pattern lookup, corrected where the lemmatizer is known to fail."""
        # asked about the same tokens by many passes of each sentence: made once per doc and grammar
        doc = tok.doc
        # (known by the document's identity, as the other per-document memos: ``forget_docs``)
        known, owner, table = _LEMMAS[0]
        if known is not doc or owner is not self:
            table = self.lemmas(doc)
        return table[tok.i]

    def lemmas(self, doc: Doc) -> list[str]:
        """:meth:`lemma` of every token of ``doc``, by index (shared: callers must not change it)."""
        known, owner, table = _LEMMAS[0]
        if known is not doc or owner is not self:
            # loads spaCy, as a Doc does
            from triadic.events._tree import doc_tokens, lower_lemmas, lower_words

            fixes = self.lemma_fixes
            lows = lower_words(doc)
            table = [fixes.get(low) or lem for low, lem in zip(lows, lower_lemmas(doc), strict=True)]
            # a verb the tokenizer split at its hyphen ("tear - gassed") is looked up whole where
            # lemma_fixes names the hyphenated form: its second half alone is another word ("gas")
            # (only after a word that begins such a form: a token decodes its tag anew on every read)
            heads = self.hyphen_heads
            if heads:
                toks = doc_tokens(doc)
                for i in range(2, len(doc)):
                    # (the hyphen itself is sometimes tagged as an adjective: "a non - starter")
                    if lows[i - 2] in heads and (lows[i - 1] == "-" or toks[i - 1].tag_ == "HYPH"):
                        whole = fixes.get(f"{lows[i - 2]}-{lows[i]}")
                        if whole:
                            table[i] = whole
            _LEMMAS[0] = (doc, self, table)
        return table

    def sentence_lacks(self, sent: Span, words: AbstractSet[str]) -> bool:
        """No token of ``sent`` has its :meth:`lemma` in ``words``: a scan for them can be skipped."""
        return words.isdisjoint(self.lemmas(sent.doc)[sent.start : sent.end])

    def reaches_places(self, code: str) -> bool:
        """A place can be the target of an event coded ``code`` (its root or the code itself is in
        ``place_target_roots``)."""
        return code.startswith(self.place_target_prefixes)  # one call, not a generator per root

    def derived_code(self, family: str, inner: str, *, forceful: bool = True) -> str:
        """The sub-code of ``family`` for an embedded event coded ``inner`` (longest prefix wins).

        Args:
            forceful: an embedded act of force makes an intent a threat; False where the act is one
                the commitment ends ("agreed to work toward an end to the fighting").
        """
        if len(family) == 2 and inner[:2] == family:
            return inner  # "willing to offer aid": the embedded event is already an intent (033)
        force = self.forceful_commitment_family
        if (forceful and family in self.intent_families and family != force
                and inner[:2] in self.forceful_commitment_roots
                and not any(inner.startswith(k) for k in self.derive.get(family, {}) if k)):
            # "vowed to strike X", "is ready to retake it by force": a threat, not 030 (a deployment
            # the family names itself, "pledged to send peacekeepers" 0334, stays its own)
            family = force
        table = self.derive.get(family, {"": family})
        for n in range(len(inner), -1, -1):
            hit = table.get(inner[:n])
            if hit is not None:
                return hit
        return family


# ``Grammar.lemma``'s table: the doc and grammar last asked about and the lemma of each of the doc's tokens
# (one slot, swapped whole, so that a table is never read for another doc or grammar)
_LEMMAS: list[tuple[Doc | None, Grammar | None, list[str]]] = [(None, None, [])]
remember_box(_LEMMAS)

@dataclass(slots=True)
class PatternSet:
    """All compiled patterns: verbs and nouns by head lemma, most specific first."""

    verbs: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    nouns: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    grammar: Grammar | None = None
    adjectives: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    files: tuple[str, ...] = ()

    def __len__(self) -> int:
        return sum(len(v) for t in (self.verbs, self.nouns, self.adjectives) for v in t.values())

    def codes(self) -> set[str]:
        """Every CAMEO code some pattern produces."""
        out: set[str] = set()
        for table in (self.verbs, self.nouns, self.adjectives):
            for pats in table.values():
                out.update(p.code for p in pats if p.code != NO_EVENT)
        return out

    def all_patterns(self) -> list[Pattern]:
        return [p for t in (self.verbs, self.nouns, self.adjectives) for ps in t.values() for p in ps]


def _fail(origin: str, msg: str) -> DictionaryError:
    return DictionaryError(f"{origin}: {msg}", code="E131")


def _compose(text: str, name: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark is not None else name
        raise DictionaryError(
            f"{where}: not valid YAML ({getattr(exc, 'problem', exc)}); fix the syntax", code="E130"
        ) from exc


def _scalar(node: yaml.Node, origin: str, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise _fail(origin, f"{what} must be a plain value, not a list or mapping")
    return str(node.value)


def _bool(node: yaml.Node, origin: str, what: str) -> bool:
    val = _scalar(node, origin, what).lower()
    if val not in ("true", "false", "yes", "no"):
        raise _fail(origin, f"{what} must be true or false, got '{val}'")
    return val in ("true", "yes")


def _parse_entry(spec: str, kind: str, code: str, flags: dict[str, bool], origin: str, user: bool) -> Pattern:
    words = spec.lower().split()
    if not words:
        raise _fail(origin, f"empty {kind} pattern under code {code}")
    objects: set[str] = set()
    preps: dict[str, set[str]] = {}
    plain: list[str] = []
    intransitive = False
    reciprocal = flags["reciprocal"]
    for w in words:
        if w == "-" and kind == "verb":
            intransitive = True
        elif w == "<>":
            # a reciprocal pattern under a directed code ("exchange <> +fire": both sides fire)
            reciprocal = True
        elif w.startswith("+") and ":" in w:
            # a prepositional object: "+with:weapon|arms" ("backed Kyiv with weapons")
            prep, _, lemmas = w[1:].partition(":")
            alts = [a for a in lemmas.split("|") if a]
            # a noun takes only what it is of ("killing +of:protester": the killing of protesters)
            # or what it is aimed at ("attack +on:budget": a verbal attack on a policy)
            noun_prep = kind == "verb" or prep in _NOUN_PREPS
            if not noun_prep or not prep.isalpha() or not alts or ":" in lemmas:
                raise _fail(
                    origin,
                    f"'{spec}': '+preposition:object' is only for verb patterns (a noun takes '+of:', "
                    f"'+on:' or '+against:') "
                    f"and needs a preposition and a lemma (e.g. 'support +with:weapon|arms')",
                )
            preps.setdefault(prep, set()).update(alts)
        elif w.startswith("+"):
            alts = [a for a in w[1:].split("|") if a]
            if not alts or kind != "verb":
                raise _fail(
                    origin,
                    f"'{spec}': '+object' is only for verb patterns and needs a lemma "
                    f"(e.g. 'impose +sanction|tariff')",
                )
            objects.update(alts)
        elif any(c in w for c in "+|:") or not all(ch.isalnum() or ch in "-'." for ch in w):
            raise _fail(origin, f"'{spec}': unexpected characters in '{w}'; use words, '+object|object'")
        else:
            plain.append(w)
    if not plain:
        raise _fail(origin, f"'{spec}' has no head word")
    if kind == "verb":
        head, rest = plain[0], tuple(plain[1:])
    else:
        head, rest = plain[-1], tuple(plain[:-1])
    if intransitive and objects:
        raise _fail(origin, f"'{spec}': '-' (no object) and '+object' contradict each other")
    if set(preps) & set(rest):
        raise _fail(
            origin, f"'{spec}': a preposition given both as a word and as '+preposition:object'; keep one"
        )
    return Pattern(
        code=code,
        kind=kind,
        head=head,
        words=rest,
        objects=frozenset(objects),
        intransitive=intransitive,
        notarget=flags["notarget"],
        reciprocal=reciprocal,
        spec=spec,
        origin=origin,
        user=user,
        prep_objects=tuple(sorted((k, frozenset(v)) for k, v in preps.items())),
    )


def _parse_file(text: str, name: str, user: bool, valid_codes: set[str]) -> tuple[list[Pattern], set[str]]:
    """The file's patterns and its carrier nouns."""
    root = _compose(text, name)
    if root is None:
        return [], set()
    if not isinstance(root, yaml.MappingNode):
        raise _fail(
            f"{name}:{root.start_mark.line + 1}", "a pattern file must be a mapping with a 'codes' key"
        )
    out: list[Pattern] = []
    seen: dict[tuple[str, str, str], tuple[str, str]] = {}
    top = {str(k.value): v for k, v in root.value}
    unknown = set(top) - _TOP_KEYS
    if unknown:
        k = next(kn for kn, _ in root.value if kn.value in unknown)
        raise _fail(
            f"{name}:{k.start_mark.line + 1}",
            f"unknown key '{k.value}'; expected 'version', 'codes' and 'carriers'",
        )
    carriers = _carriers(top.get("carriers"), name)
    codes = top.get("codes")
    if codes is None:
        if carriers:
            return [], carriers
        raise _fail(f"{name}:1", "missing 'codes:' mapping of CAMEO code to patterns")
    if not isinstance(codes, yaml.MappingNode):
        raise _fail(f"{name}:{codes.start_mark.line + 1}", "'codes' must map CAMEO codes to patterns")
    seen_codes: dict[str, str] = {}
    for key, body in codes.value:
        code = str(key.value)
        origin = f"{name}:{key.start_mark.line + 1}"
        if code in seen_codes:
            raise _fail(origin, f"code {code} appears twice (first at {seen_codes[code]}); merge the two")
        seen_codes[code] = origin
        if code not in valid_codes and code != NO_EVENT:
            near = sorted(c for c in valid_codes if c[:2] == code[:2])[:6]
            hint = f"; codes under {code[:2]} include {', '.join(near)}" if near else "; roots run 01-20"
            raise DictionaryError(
                f"{origin}: unknown CAMEO code '{code}' (quote codes to keep leading zeros, "
                f'e.g. "042"){hint}',
                code="E132",
            )
        if not isinstance(body, yaml.MappingNode):
            raise _fail(origin, f"code {code} must map to verbs/nouns/notarget/reciprocal")
        fields = {str(k.value): (k, v) for k, v in body.value}
        for fname, (knode, _) in fields.items():
            if fname not in _CODE_KEYS:
                raise _fail(
                    f"{name}:{knode.start_mark.line + 1}",
                    f"unknown key '{fname}' under code {code}; "
                    f"expected one of {', '.join(sorted(_CODE_KEYS))}",
                )
        flags = {
            f: _bool(fields[f][1], f"{name}:{fields[f][1].start_mark.line + 1}", f) if f in fields else False
            for f in ("notarget", "reciprocal")
        }
        for kind in ("verbs", "nouns", "adjectives"):
            if kind not in fields:
                continue
            seq = fields[kind][1]
            if not isinstance(seq, yaml.SequenceNode):
                raise _fail(f"{name}:{seq.start_mark.line + 1}", f"'{kind}' under {code} must be a list")
            for item in seq.value:
                iorigin = f"{name}:{item.start_mark.line + 1}"
                spec = _scalar(item, iorigin, f"a {kind[:-1]} pattern")
                if kind == "adjectives":
                    # an adjective is a predicate: its words and +objects read as a verb's
                    pat = replace(_parse_entry(spec, "verb", code, flags, iorigin, user), adjective=True)
                else:
                    pat = _parse_entry(spec, kind[:-1], code, flags, iorigin, user)
                key3 = (
                    "adj" if pat.adjective else pat.kind,
                    pat.head,
                    " ".join(pat.words)
                    + "+"
                    + "|".join(sorted(pat.objects))
                    + ("-" if pat.intransitive else "")
                    + "".join(f" {pr}:{'|'.join(sorted(ob))}" for pr, ob in pat.prep_objects),
                )
                prev = seen.get(key3)
                if prev is not None and prev[0] != code:
                    raise DictionaryError(
                        f"{iorigin}: pattern '{spec}' is already coded {prev[0]} at {prev[1]}; keep one",
                        code="E133",
                    )
                seen[key3] = (code, iorigin)
                out.append(pat)
    return out, carriers


def _carriers(node: yaml.Node | None, name: str) -> set[str]:
    """The ``carriers:`` list: nouns whose modifier names what a verb's ``+object`` asks for."""
    if node is None:
        return set()
    where = f"{name}:{node.start_mark.line + 1}"
    if not isinstance(node, yaml.SequenceNode):
        raise _fail(where, "'carriers' must be a list of nouns (e.g. [delivery, supply, effort])")
    out: set[str] = set()
    for item in node.value:
        word = _scalar(item, f"{name}:{item.start_mark.line + 1}", "a carrier noun").lower()
        if not word or not all(ch.isalnum() or ch in "-'." for ch in word):
            raise _fail(f"{name}:{item.start_mark.line + 1}", f"carrier '{word}' must be one noun lemma")
        out.add(word)
    return out


def _words(data: dict[str, Any], key: str, name: str) -> frozenset[str]:
    val = data.get(key, [])
    if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
        raise DictionaryError(f"{name}: '{key}' must be a list of words", code="E134")
    return frozenset(v.lower() for v in val)


def _codes(data: dict[str, Any], key: str) -> frozenset[str]:
    """A list of codes, roots or roles; YAML may give them as numbers, so each is read as text."""
    return frozenset(str(c) for c in data.get(key) or ())


def _load_grammar() -> Grammar:
    name = "grammar.yaml"
    data = yaml.safe_load(resources.files("triadic.events").joinpath("data/grammar.yaml").read_text("utf-8"))
    mod = data["modality"]
    comps: dict[str, Complement] = {}
    for lemma, spec in data["complement_verbs"].items():
        comps[str(lemma)] = Complement(
            modality=spec["modality"],
            family=spec.get("family"),
            object_control=bool(spec.get("object_control", False)),
        )
    derive = {str(f): {str(k): str(v) for k, v in t.items()} for f, t in data["derive"].items()}
    # Every other field is read from the YAML key of its own name, by its declared type.
    special: dict[str, Any] = {
        "complements": comps,
        "complement_nouns": {
            str(k).lower(): str(v).lower() for k, v in (data.get("complement_nouns") or {}).items()
        },
        "announced_intent_nouns": {
            str(k).lower(): str(v).lower() for k, v in (data.get("announced_intent_nouns") or {}).items()
        },
        "derive": derive,
        "intent_nouns": _words(mod, "hypothetical_nouns", name) | _words(mod, "planned_nouns", name),
        "lemma_fixes": {str(k).lower(): str(v).lower() for k, v in (data.get("lemma_fixes") or {}).items()},
        "intent_families": _ranges(data, "intent_families", name),
        "expulsion_verb": str(data.get("expulsion_verb") or "").lower(),
    }
    generic = {f.name: _grammar_value(f, data, mod, name) for f in fields(Grammar)
               if f.init and f.name not in special}
    return Grammar(**special, **generic)


def _grammar_value(f: Field[Any], data: dict[str, Any], mod: dict[str, Any], name: str) -> Any:
    """One ``Grammar`` field read by its declared type; ``_CODES`` fields keep codes as written,
    ``_MODALITY`` fields live under the YAML's ``modality:`` section, and an ``int`` is a whole number
    of 0 or more (of the field's ``unit``, if it names one)."""
    src = mod if f.metadata.get("section") == "modality" else data
    if f.type == "frozenset[str]":
        return _codes(src, f.name) if f.metadata.get("codes") else _words(src, f.name, name)
    if f.type == "str":
        return str(src.get(f.name) or f.default)
    if f.type == "int":
        v = src.get(f.name, f.default)
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            unit = f" of {f.metadata['unit']}" if "unit" in f.metadata else ""
            raise DictionaryError(f"{name}: '{f.name}' must be a whole number{unit} (0 or more), got {v!r}",
                                  code="E134")
        return v
    if f.type == "dict[str, str]":
        return {str(k): str(v) for k, v in (src.get(f.name) or {}).items()}
    if f.type == "dict[str, frozenset[str]]":
        table = src.get(f.name) or {}
        return {str(k): frozenset(str(w).lower() for w in v or ()) for k, v in table.items()}
    raise TypeError(f"Grammar.{f.name}: no YAML reader for fields of type {f.type}")


def _ranges(data: dict[str, Any], key: str, name: str) -> dict[str, tuple[str, str]]:
    """A mapping of codes to ``[lowest, highest]`` root pairs (YAML may give codes as numbers)."""
    out: dict[str, tuple[str, str]] = {}
    for k, v in (data.get(key) or {}).items():
        if not isinstance(v, list) or len(v) != 2:
            raise DictionaryError(f"{name}: '{key}' maps each code to [lowest, highest] roots", code="E134")
        out[str(k)] = (str(v[0]).zfill(2), str(v[1]).zfill(2))
    return out


@cache
def _shipped() -> tuple[tuple[Pattern, ...], tuple[str, ...], frozenset[str]]:
    valid = set(get_codebook().codes())
    pats: list[Pattern] = []
    names: list[str] = []
    carriers: set[str] = set()
    folder = resources.files("triadic.events").joinpath("data/patterns")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            names.append(entry.name)
            found, carried = _parse_file(entry.read_text("utf-8"), entry.name, False, valid)
            pats.extend(found)
            carriers |= carried
    return tuple(pats), tuple(names), frozenset(carriers)


def _read_user(path: Path) -> str:
    if not path.is_file():
        raise DictionaryError(f"pattern file '{path}' does not exist; check the --patterns path", code="E135")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(
            f"cannot read pattern file '{path}': {exc}; save it as UTF-8 text", code="E135"
        ) from exc


def _compile(
    patterns: Iterable[Pattern],
    grammar: Grammar,
    files: tuple[str, ...],
    carriers: frozenset[str] = frozenset(),
) -> PatternSet:
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    adjectives: dict[str, list[Pattern]] = {}
    for p in patterns:
        if p.objects or p.prep_objects:
            # every object pattern shares the one carrier set (no copy per pattern)
            p = replace(p, carriers=carriers)
        table = adjectives if p.adjective else verbs if p.kind == "verb" else nouns
        table.setdefault(p.head, []).append(p)
        if p.kind == "noun" and "-" in p.head.strip("-"):
            # the tokenizer splits "cease-fire" into "cease - fire": index it under its last part too
            parts = [w for w in p.head.split("-") if w]
            split = replace(p, head=parts[-1], words=(*p.words, *parts[:-1]))
            nouns.setdefault(split.head, []).append(split)
    order = lambda p: (-p.specificity, not p.user)  # noqa: E731 - most specific first, user before shipped
    return PatternSet(
        verbs={k: tuple(sorted(v, key=order)) for k, v in verbs.items()},
        nouns={k: tuple(sorted(v, key=order)) for k, v in nouns.items()},
        adjectives={k: tuple(sorted(v, key=order)) for k, v in adjectives.items()},
        grammar=grammar,
        files=files,
    )


@cache
def shipped_patterns() -> PatternSet:
    """The patterns that ship with triadic, compiled once per process."""
    pats, names, carriers = _shipped()
    return _compile(pats, _load_grammar(), names, carriers)


def load_patterns(user_files: Iterable[Path] = ()) -> PatternSet:
    """Shipped patterns plus user pattern files; user patterns win over shipped ones."""
    files = tuple(Path(p) for p in user_files)
    if not files:
        return shipped_patterns()
    pats, names, carriers = _shipped()
    valid = set(get_codebook().codes())
    extra: list[Pattern] = []
    more: set[str] = set()
    for f in files:
        found, carried = _parse_file(_read_user(f), str(f), True, valid)
        extra.extend(found)
        more |= carried
    return _compile(
        [*pats, *extra], _load_grammar(), (*names, *(str(f) for f in files)), carriers | frozenset(more)
    )
