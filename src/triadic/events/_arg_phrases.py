"""Where an argument's noun phrase begins and ends, as the annotators of actor spans mark it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import Field, dataclass, field, fields
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from triadic.events._tree import dep_labels, dependents, doc_text, doc_tokens
from triadic.model import Span as TextSpan

__all__ = ["phrase_span", "argument_words", "is_time", "ArgumentWords", "TIME_ENTS", "COORD_DEPS"]

# Dependents that end a noun phrase for annotation purposes: clauses hanging off the noun ("who had
# fought ...", "set to touch on ..."), and coordination, which splits into one phrase per conjunct.
_CLAUSE_DEPS = frozenset({"relcl", "acl"})
COORD_DEPS = frozenset({"cc", "conj", "preconj"})
# Prepositions that name an act's author after its noun ("a request from X"): kept even when a
# phrase is cut after its head.
_AUTHOR_PREPS = frozenset({"by", "from"})
# the only labels :func:`_adjunct` can hold true for
_ADJUNCT_DEPS = frozenset({"npadvmod", "nmod", "compound", "appos", "prep"})
# Named-entity types of when: a date or time is never a participant.
TIME_ENTS = frozenset({"DATE", "TIME"})
# field metadata for argument_words(): CAMEO role codes are upper-case; a tuple of words, not codes, lower
_ROLES: dict[str, Any] = {"cases": ("upper", "upper")}
_WORDS: dict[str, Any] = {"cases": ("lower", "lower")}


@dataclass(frozen=True, slots=True)
class ArgumentWords:
    """Word lists of ``data/arguments.yaml``."""

    adjunct_preps: frozenset[str]
    attitude_preps: frozenset[str]
    mission_nouns: frozenset[str] = frozenset()
    transfer_codes: tuple[str, ...] = ()
    people_nouns: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    reform_demand_codes: tuple[str, ...] = ()
    sponsor_participles: frozenset[str] = frozenset()
    author_participles: frozenset[str] = frozenset()
    deploy_codes: tuple[str, ...] = ()
    aid_codes: tuple[str, ...] = ()
    mutual_codes: tuple[str, ...] = ()
    mirrored_codes: tuple[str, ...] = ()
    one_sided_codes: tuple[str, ...] = ()
    person_codes: tuple[str, ...] = ()
    protest_verbs: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    return_codes: tuple[str, ...] = ()
    taking_verbs: frozenset[str] = frozenset()
    owning_verbs: frozenset[str] = frozenset()
    material_force_roots: tuple[str, ...] = ()
    force_aim_preps: frozenset[str] = frozenset()
    kindled_nouns: frozenset[str] = frozenset()
    blame_words: frozenset[str] = frozenset()
    currency_nouns: frozenset[str] = frozenset()
    measure_verbs: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    protest_codes: tuple[str, ...] = ()
    demand_verbs: frozenset[str] = frozenset()
    protester_roles: frozenset[str] = field(default=frozenset(), metadata=_ROLES)
    population_codes: tuple[str, ...] = ()
    restating_nouns: frozenset[str] = frozenset()
    reaction_roots: tuple[str, ...] = ()
    content_codes: tuple[str, ...] = ()
    accusation_nouns: frozenset[str] = frozenset()
    country_nouns: frozenset[str] = frozenset()
    handover_codes: tuple[str, ...] = ()
    settled_codes: tuple[str, ...] = ()
    visit_preps: frozenset[str] = frozenset()
    means_nouns: frozenset[str] = frozenset()
    request_verbs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    abroad_roots: tuple[str, ...] = ()
    border_nouns: frozenset[str] = frozenset()
    withdrawal_codes: tuple[str, ...] = ()
    cause_roots: tuple[str, ...] = ()
    sighting_verbs: frozenset[str] = frozenset()
    cause_marks: frozenset[str] = frozenset()
    answered_roots: tuple[str, ...] = ()
    answered_preps: frozenset[str] = frozenset()
    answered_nouns: Mapping[str, str] = field(default_factory=dict)
    reply_verbs: frozenset[str] = frozenset()
    back_reply_verbs: frozenset[str] = frozenset()
    reply_preps: frozenset[str] = frozenset()
    avenging_verbs: frozenset[str] = frozenset()
    condition_roots: tuple[str, ...] = ()
    condition_marks: frozenset[str] = frozenset()
    content_subject_roots: tuple[str, ...] = ()
    own_claim_codes: tuple[str, ...] = ()
    claim_content_verbs: frozenset[str] = frozenset()
    alleged_claim_code: str = ""
    posture_roots: tuple[str, ...] = ()
    posture_preps: frozenset[str] = frozenset()
    posture_marks: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    partitive_words: frozenset[str] = frozenset()
    own_body_nouns: frozenset[str] = frozenset()
    own_body_owners: frozenset[str] = frozenset()
    claim_verbs: Mapping[str, str] = field(default_factory=dict)
    blame_verbs: Mapping[str, str] = field(default_factory=dict)
    summary_nouns: frozenset[str] = frozenset()
    ordering_verbs: frozenset[str] = frozenset()
    claimed_nouns: frozenset[str] = frozenset()
    domestic_roots: tuple[str, ...] = ()
    domestic_roles: frozenset[str] = field(default=frozenset(), metadata=_ROLES)
    causing_verbs: frozenset[str] = frozenset()
    setting_preps: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    group_roles: frozenset[str] = field(default=frozenset(), metadata=_ROLES)
    release_codes: tuple[str, ...] = ()
    eliciting_verbs: frozenset[str] = frozenset()
    defending_verbs: frozenset[str] = frozenset()
    freeing_verbs: frozenset[str] = frozenset()
    captor_verbs: frozenset[str] = frozenset()
    obtaining_verbs: frozenset[str] = frozenset()
    obtaining_roots: tuple[str, ...] = ()
    civilian_sites: frozenset[str] = frozenset()
    civilian_site_roots: tuple[str, ...] = ()
    # Verbs of taking ground whose "from" phrase names the side it was taken from (CAMEO 19).
    capture_verbs: frozenset[str] = frozenset()
    # Verbs of joining a body: talks on doing so are held with that body.
    accession_verbs: frozenset[str] = frozenset()
    aimed_site_preps: frozenset[str] = frozenset()
    held_marks: frozenset[str] = frozenset()
    occupiers: dict[str, str] = field(default_factory=dict, metadata={"cases": ("upper", "upper")})
    legislated_codes: tuple[str, ...] = ()
    legislated_nouns: frozenset[str] = frozenset()
    crowd_force_codes: tuple[str, ...] = ()
    state_made_roots: tuple[str, ...] = ()
    state_made_refused_roots: tuple[str, ...] = ()
    state_made_checker_roles: frozenset[str] = field(default=frozenset(), metadata=_ROLES)
    state_made_nouns: dict[str, str] = field(default_factory=dict, metadata={"cases": ("lower", "upper")})
    state_made_tallies: frozenset[str] = frozenset()
    state_made_polls: frozenset[str] = frozenset()
    state_made_alien_modifiers: frozenset[str] = frozenset()
    state_made_processes: frozenset[str] = frozenset()
    state_made_preps: frozenset[str] = frozenset()
    crowd_force_roles: frozenset[str] = field(default=frozenset(), metadata=_ROLES)
    crowd_act_nouns: frozenset[str] = frozenset()
    conceded_codes: tuple[str, ...] = ()
    petitioned_roles: frozenset[str] = field(default=frozenset(), metadata=_ROLES)
    unpetitioning_roots: tuple[str, ...] = ()
    faced_roles: frozenset[str] = field(default=frozenset(), metadata=_ROLES)
    facing_roots: tuple[str, ...] = ()
    crowd_act_role: str = ""
    goods_origin_roots: tuple[str, ...] = ()
    goods_origin_preps: frozenset[str] = frozenset()
    awaited_roots: tuple[str, ...] = ()
    awaited_marks: frozenset[str] = frozenset()
    mediated_codes: tuple[str, ...] = ()
    mass_violence_codes: tuple[str, ...] = ()
    taken_ground_codes: tuple[str, ...] = ()
    site_force_codes: tuple[str, ...] = ()
    ground_taker_roles: frozenset[str] = field(default=frozenset(), metadata=_ROLES)
    truce_codes: tuple[str, ...] = ()
    military_sites: frozenset[str] = frozenset()
    mediated_disputes: frozenset[str] = frozenset()
    mediated_preps: frozenset[str] = frozenset()
    state_act_codes: tuple[str, ...] = ()
    state_court_codes: tuple[str, ...] = ()
    state_act_verbs: dict[str, str] = field(default_factory=dict, metadata={"cases": ("lower", "upper")})
    state_release_verbs: frozenset[str] = frozenset()
    state_custody_nouns: frozenset[str] = frozenset()
    state_origin_preps: frozenset[str] = frozenset()
    state_origin_verbs: frozenset[str] = frozenset()
    state_abroad_nouns: frozenset[str] = frozenset()
    state_coup_nouns: frozenset[str] = frozenset()
    threatened_act_roots: tuple[str, ...] = ()
    regional_titles: tuple[str, ...] = field(default=(), metadata=_WORDS)
    regional_title_exclusions: frozenset[str] = frozenset()
    centre_names: frozenset[str] = frozenset()


@cache
def argument_words() -> ArgumentWords:
    """The shipped word lists, read once: every field from the YAML key of its own name, by its type."""
    text = resources.files("triadic.events").joinpath("data/arguments.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    return ArgumentWords(**{f.name: _argument_value(f, data.get(f.name)) for f in fields(ArgumentWords)})


def _argument_value(f: Field[Any], value: Any) -> Any:
    """One ``ArgumentWords`` field read by its declared type. Words are lower-cased and CAMEO role codes
    (fields marked ``_ROLES``) upper-cased; codes are kept as written (YAML may give them as numbers);
    a table's keys and values take the cases its metadata names."""
    key_case, value_case = f.metadata.get("cases", ("lower", "lower"))
    if f.type == "str":
        return "" if value is None else str(value)
    if f.type == "frozenset[str]":
        return frozenset(_cased(w, value_case) for w in value or ())
    if f.type == "tuple[str, ...]":
        return tuple(_cased(w, value_case) if "cases" in f.metadata else str(w) for w in value or ())
    if f.type == "Mapping[str, frozenset[str]]":
        # a request verb stands among its own forms ("ask": ask, request, ...)
        table = value or {}
        return {str(k).lower(): frozenset(str(v).lower() for v in (*vs, k)) for k, vs in table.items()}
    if f.type in ("Mapping[str, str]", "dict[str, str]"):
        return {_cased(k, key_case): _cased(v or "", value_case) for k, v in (value or {}).items()}
    raise TypeError(f"ArgumentWords.{f.name}: no YAML reader for fields of type {f.type}")


def _cased(word: Any, case: str) -> str:
    text = str(word)
    return text.upper() if case == "upper" else text.lower()


def _place_description(tok: Token) -> bool:
    """An apposition describing a named place or organisation ("Haifa, Israel's third city"): the
    annotators mark the name. A person's apposition is kept ("his counterpart, Michel Aoun")."""
    head = tok.head
    if tok.dep_ != "appos" or head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "LOC", "FAC", "ORG"):
        return False
    # a description set off by a comma, not a bracketed acronym or a second name
    before = tok.left_edge.i - 1
    return tok.pos_ == "NOUN" and before > head.i and tok.doc[before].text == ","


def _adjunct(tok: Token) -> bool:
    """A dependent of a noun that says when or why, not who: "on Tuesday", "last month", "after the
    vote", "due to security concerns"."""
    if tok.dep_ in ("npadvmod", "nmod", "compound", "appos") and tok.ent_type_ in TIME_ENTS:
        return tok.i > tok.head.i  # "Sunday" after the noun; "the 2014 invasion" keeps its year
    if tok.dep_ != "prep":
        return False
    if tok.lower_ in argument_words().adjunct_preps:
        return True
    if tok.lower_ in ("in", "at") and tok.i > tok.head.i and tok.head.ent_type_ == "PERSON":
        return True  # "meet Jane Roe in Paris": where the meeting is, the parser hangs it on the name
    if tok.lower_ == "as" and tok.i > tok.head.i and tok.doc[tok.i - 1].lower_ != "such":
        return True  # "families as human shields": a role the verb gives them, not part of who
    objs = [o for o in dependents(tok) if o.dep_ == "pobj"]
    return bool(objs) and all(is_time(o) for o in objs)


def _author(tok: Token) -> bool:
    """A phrase after a noun that names whose act it is ("a request from X", "an offer by X")."""
    return tok.dep_ == "prep" and tok.lower_ in _AUTHOR_PREPS


# How the parser attaches a name it splits from the title before it ("his counterpart | X").
_SPLIT_NAME_DEPS = frozenset({"dobj", "npadvmod", "dep", "appos", "attr", "oprd"})


def phrase_span(head: Token, keep_coordination: bool = False, complements: bool = True) -> TextSpan:
    """The noun phrase headed by ``head``: its modifiers, determiners, possessors and prepositional
    phrases, without relative or participle clauses, time or cause adjuncts, the description in
    apposition to a named place or organisation (and without coordinated phrases unless asked).

    Args:
        complements: keep what follows the head; without, "U.S. calls for a ceasefire" is "U.S. calls".
    """
    drop = _CLAUSE_DEPS if keep_coordination else _CLAUSE_DEPS | COORD_DEPS
    keep: set[int] = {head.i}
    # labels read from the document's table (a token decodes its label anew on every read); the tests
    # for adjuncts and place descriptions are only asked of the labels they can hold
    deps = dep_labels(head.doc)
    stack = [c for c in dependents(head) if (d := deps[c.i]) not in drop
             and (d not in _ADJUNCT_DEPS or not _adjunct(c))
             and (complements or c.i < head.i or _author(c)) and (d != "appos" or not _place_description(c))]
    while stack:
        c = stack.pop()
        keep.add(c.i)
        # a relative clause ends the phrase at any depth ("the chief of a group, which ...")
        for x in dependents(c):
            d = deps[x.i]
            if d != "relcl" and (d not in _ADJUNCT_DEPS or not _adjunct(x)):
                stack.append(x)
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    doc = doc_tokens(head.doc)  # indexing the doc would build a new token on every access
    # Punctuation and conjunctions at the edges belong to the sentence, not to the phrase.
    while lo < head.i and (doc[lo].is_punct or deps[lo] in COORD_DEPS):
        lo += 1
    # A possessor ends before its clitic: "Kim" in "Kim's visit".
    while hi > head.i and (
        doc[hi].is_punct and doc[hi].text not in (")", "]") or deps[hi] in ("cc", "case")
    ):
        hi -= 1
    hi = _named_after(head, hi)
    first, last = doc[lo], doc[hi]
    start, end = first.idx, last.idx + len(last.text)
    # as Span.text: the document's text from the first word to the end of the last (the doc's text is
    # made once per doc; joining the words anew costs more)
    return TextSpan(text=doc_text(head.doc)[start:end], start=start, end=end)


def _named_after(head: Token, hi: int) -> int:
    """Where a title phrase ends when the person it titles follows it, split off by the parser as a
    second object or an adverbial ("will meet his counterpart Italian President X"): at the name."""
    doc = doc_tokens(head.doc)
    # the title word may be tagged an adjective ("counterpart") while standing as a noun
    nominal = head.pos_ == "NOUN" or (
        head.pos_ == "ADJ" and head.dep_ in ("dobj", "nsubj", "pobj", "nsubjpass"))
    if not nominal or hi + 1 >= len(doc) or doc[hi + 1].pos_ not in ("PROPN", "ADJ"):
        return hi
    name = doc[hi + 1]
    while name.dep_ in ("compound", "amod") and name.head.i > name.i:
        name = name.head
    if (name.ent_type_ == "PERSON" and name.pos_ == "PROPN" and name.head.i == head.head.i
            and name.head.i != head.i and name.dep_ in _SPLIT_NAME_DEPS
            and all(doc[k].head.i == name.i or doc[k].head.head.i == name.i for k in range(hi + 1, name.i))):
        return name.i
    return hi


def is_time(tok: Token) -> bool:
    """A date or time phrase ("on Tuesday", "Nov. 2", "for the first time") is when, never who."""
    return tok.ent_type_ in TIME_ENTS or (tok.lemma_.lower() == "time" and tok.pos_ == "NOUN")
