"""Bare non-state roles a state's police or courts act on at home take that state's country
("Kenyan police arrested protesters" -> KENCOP and KENOPP)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from triadic.actors._countries import shipped_data_dir
from triadic.actors._targets import boundary_side, place_of_name, target_words
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached
from triadic.model import Actor
from triadic.nlp._docs import lower_lemmas, lower_words

__all__ = ["PLACE_VIAS", "give_country", "home_people", "in_setting"]


@dataclass(frozen=True, slots=True)
class DomesticWords:
    """Roles of ``data/domestic.yaml``."""

    home_roles: frozenset[str]
    people_roles: frozenset[str]
    control_verbs: frozenset[str] = frozenset()
    state_roles: frozenset[str] = frozenset()
    named_roles: frozenset[str] = frozenset()
    titled_roles: frozenset[str] = frozenset()
    set_roles: frozenset[str] = frozenset()
    placed_roles: frozenset[str] = frozenset()
    held_places: frozenset[str] = frozenset()
    gathering_roles: frozenset[str] = frozenset()
    peoples_armed_roles: frozenset[str] = frozenset()
    visit_verbs: frozenset[str] = frozenset()
    crowd_counts: frozenset[str] = frozenset()
    crowd_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def domestic_words() -> DomesticWords:
    """The shipped role lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "domestic.yaml") or {}

    def roles(key: str) -> frozenset[str]:
        return frozenset(str(v).upper() for v in data.get(key) or ())

    return DomesticWords(home_roles=roles("home_roles"), people_roles=roles("people_roles"),
                         control_verbs=frozenset(str(v).lower() for v in data.get("control_verbs") or ()),
                         state_roles=roles("state_roles"), named_roles=roles("named_roles"),
                         titled_roles=roles("titled_roles"),
                         set_roles=roles("set_roles"), placed_roles=roles("placed_roles"),
                         held_places=roles("held_places"), gathering_roles=roles("gathering_roles"),
                         peoples_armed_roles=roles("peoples_armed_roles"),
                         visit_verbs=frozenset(str(v).lower() for v in data.get("visit_verbs") or ()),
                         crowd_counts=frozenset(str(v).lower() for v in data.get("crowd_counts") or ()),
                         crowd_verbs=frozenset(str(v).lower() for v in data.get("crowd_verbs") or ()))


def home_people(work: Work) -> None:
    """Give a bare role mention ("protesters", "students") the country of the police or court acting in
    its sentence, or of the place the sentence is set in ("protesters rallied in Cairo"), when that
    sentence names no other country; a bare "police" or "a court" takes the country of that place too
    ("... in Nairobi, Kenya"). Runs before settings are dropped, so a foreign place ("protesters in
    Kampala") still counts as another country."""
    words = domestic_words()
    tw = target_words()
    setting = tw.setting_preps
    _bare_crowds(work, words)
    _give_controlled(work, words)
    by_sent: dict[int, list[Mention]] = {}
    for m in work.live():
        # "rebels seized a town near the Ugandan border": a side of a border the sentence names as a
        # place neither sets the sentence there nor makes its people that country's
        if m.via in PLACE_VIAS and boundary_side(work.root(m.start, m.end), tw):
            continue
        by_sent.setdefault(work.sentence_index(m.start), []).append(m)
    for mentions in by_sent.values():
        countries = {m.actor.country for m in mentions if m.actor.country}
        countries |= {a.country for m in mentions for a in m.members if a.country}
        if len(countries) > 1:
            _gathered_where_set(work, mentions, words, tw.place_nouns)
        if len(countries) != 1:
            continue
        iso3 = next(iter(countries))
        for m in mentions:
            if _peoples_armed(work, m, words):
                # "Tuareg rebels seized Gao after Malian troops withdrew", "Karen rebels accused the Myanmar
                # army": armed men named by a people with no state of its own fight inside one state, the
                # one their sentence names
                give_country(work, m, iso3)
        # "Police arrested ... in Nairobi": where the sentence happens is whose police act, never the
        # country of whom they act on ("police arrested a Russian national")
        set_in = any(m.via in PLACE_VIAS and in_setting(work, m, setting, tw.place_nouns)
                     or _placed(work, m, setting) for m in mentions)
        homes = [m for m in mentions if m.actor.role in words.home_roles and not m.members
                 and (m.actor.country or (set_in and m.via == "role"))]
        controlled = set(_controlled(work, mentions, words))
        addressed = _addressing(work, mentions, words)
        if not (homes or set_in or controlled or addressed):
            continue  # "protesters rallied in Cairo": people where the sentence is set are its people
        for m in mentions:
            a = m.actor
            unnamed = work.doc[m.start].pos_ in ("DET", "NUM")  # "a former minister", not "Juan Soto"
            if (a.country is None and m.via == "person" and not m.members and a.role in words.named_roles
                    and ((homes and unnamed) or work.root(m.start, m.end).i in controlled)):
                # "a Chilean court freed activist Juan Soto": a named person a state's act of control deals
                # with at home; "Spanish prosecutors ... a former minister": an unnamed one its police or
                # courts deal with
                give_country(work, m, iso3)
                continue
            if a.country is None and m.via == "title" and not m.members and a.role in words.people_roles \
                    and work.root(m.start, m.end).i in addressed \
                    and work.root(m.start, m.end).head.lemma_.lower() not in words.visit_verbs:
                # "Opposition leader Morgan Tsvangirai accused President Mugabe": a titled leader of an
                # opposition or a rebellion whom no table knows, taking on a state's government, is that
                # state's (CAMEO codes an opposition or rebel leader by the state they oppose)
                give_country(work, m, iso3)
                continue
            if a.country is not None or m.via != "role" or m.members:
                continue
            home = a.role in words.people_roles or (a.role in words.home_roles | words.set_roles and set_in)
            # "Soldiers clashed with militants in Balochistan": bare troops where a one-country sentence
            # is set are that country's, save in lands a foreign army holds (whose troops the text would name)
            home = home or (a.role in words.placed_roles and set_in and iso3 not in words.held_places)
            if (homes or set_in) and home:
                give_country(work, m, iso3)
            elif a.role in words.people_roles and work.root(m.start, m.end).i in controlled | addressed:
                give_country(work, m, iso3)


def _bare_crowds(work: Work, words: DomesticWords) -> None:
    """A rough count standing alone as the doer of a gathering ("Thousands protested in Tbilisi",
    "hundreds marched on parliament") is people (CVL), whose country the place then gives; a count with
    its own "of" ("thousands of troops") is what it counts."""
    if not words.crowd_counts:
        return
    lows = lower_words(work.doc)
    for tok in work.toks:
        if lows[tok.i] not in words.crowd_counts or tok.dep_ != "nsubj" or work.at(tok.i) is not None:
            continue
        if tok.head.lemma_.lower() not in words.crowd_verbs or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        work.add(tok.i, tok.i + 1, Actor(code="CVL", country=None, role="CVL", name=tok.text, kind="group"),
                 "role")


def _gathered_where_set(work: Work, mentions: list[Mention], words: DomesticWords,
                        place_nouns: frozenset[str]) -> None:
    """Bare people who are the subject of a clause set in a place ("hundreds of people marched through
    Lyon to protest against the EU's plan", "students rallied in Dhaka against India") are that place's
    people, however many other countries the sentence names as what they act on."""
    places: dict[int, Mention] = {}
    for m in mentions:
        if m.via in _TOWN_VIAS and m.actor.role is None and m.actor.country and not m.members:
            places[work.root(m.start, m.end).i] = m
    if not places:
        return
    for m in mentions:
        a = m.actor
        if a.country is not None or m.via != "role" or m.members or a.role not in words.gathering_roles:
            continue
        tok = work.root(m.start, m.end)
        while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "hundreds of people", "thousands of students"
        if tok.dep_ != "nsubj":
            continue
        found = {p.actor.country or "" for c in tok.head.children
                 if c.dep_ == "prep" and c.lower_ in _GATHERED_PREPS
                 for o in c.children if o.dep_ == "pobj"
                 for p in (places.get(_place_word(o, place_nouns).i),) if p is not None}
        if len(found) == 1 and "" not in found:
            give_country(work, m, found.pop())


def _place_word(o: Token, place_nouns: frozenset[str]) -> Token:
    """The town word of a setting's object: the object itself, or the name on a place noun ("the city of
    Lyon", "Lyon's old town")."""
    if o.lemma_.lower() in place_nouns:
        for c in o.children:
            if c.dep_ in ("poss", "compound"):
                return c
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((x for x in c.children if x.dep_ == "pobj"), o)
    return o


# Where people gather: a town or region named, or a capital (a country's own name is left to the other rules).
_TOWN_VIAS = frozenset({"place", "capital"})
_GATHERED_PREPS = frozenset({"in", "through", "across", "outside", "at"})


def _give_controlled(work: Work, words: DomesticWords) -> None:
    """Bare people a state holds, charges or frees are that state's, whatever other countries the sentence
    names ("German prosecutors charged two men with spying for Russia", "Caracas agreed to release
    political prisoners" after Washington eased sanctions)."""
    if words.control_verbs.isdisjoint(lower_lemmas(work.doc)):
        return  # no verb of control in the document: nobody is held (most documents)
    by_sent: dict[int, list[Mention]] = {}
    for m in work.live():
        if m.via in PLACE_VIAS and boundary_side(work.root(m.start, m.end)):
            continue  # a side of a border named as a place is no state holding anyone (see home_people)
        by_sent.setdefault(work.sentence_index(m.start), []).append(m)
    for mentions in by_sent.values():
        held = _controlled(work, mentions, words)
        if not held:
            continue
        for m in mentions:
            a = m.actor
            if a.country is not None or m.members:
                continue
            iso3 = held.get(work.root(m.start, m.end).i)
            if iso3 is None:
                continue
            if (m.via == "role" and a.role in words.people_roles) or \
                    (m.via == "person" and a.role in words.named_roles) or \
                    (m.via == "title" and a.role in words.titled_roles):
                give_country(work, m, iso3)


def _addressing(work: Work, mentions: list[Mention], words: DomesticWords) -> set[int]:
    """Head tokens of bare people who, as subject, act towards a government or parliament in their clause
    ("Indigenous leaders demanded that Brazil's government ...", "students accused the Thai parliament"):
    people who petition or oppose a state's government are its own. (A government acting on people, as in
    "the Kenyan government praised activists", says nothing of theirs.)"""
    bodies = [m for m in mentions if m.actor.country and m.actor.role in words.set_roles and not m.members]
    out: set[int] = set()
    if not bodies:
        return out
    # "the government and the rebels signed a deal": a party joined to a state's government by "and" is
    # the other side of that state's own conflict or bargain
    roots = {work.root(b.start, b.end).i for b in bodies}
    for m in mentions:
        if m.actor.country is not None or m.via not in ("role", "title") \
                or m.actor.role not in words.people_roles:
            continue
        tok = work.root(m.start, m.end)
        if tok.dep_ == "conj" and tok.head.i in roots:
            out.add(tok.i)
            continue
        if tok.dep_ != "nsubj":
            continue
        first, last = tok.head.left_edge.i, tok.head.right_edge.i
        if any(first <= b.start <= last for b in bodies):
            out.add(tok.i)
    return out


def _peoples_armed(work: Work, m: Mention, words: DomesticWords) -> bool:
    """A bare armed group named by a people the dictionary gives no state ("Tuareg rebels", "Karen
    militias", "Baloch separatists"): a capitalised word before the role noun that resolved to nothing."""
    a = m.actor
    if a.country is not None or m.via != "role" or m.members or a.role not in words.peoples_armed_roles:
        return False
    head = work.root(m.start, m.end)
    first = work.sent_starts[work.sentence_index(m.start)]
    for t in work.doc[m.start:head.i]:
        if t.dep_ not in ("amod", "compound") or not t.text[:1].isupper():
            continue
        # a sentence's first word is capitalised anyway ("Armed rebels"): only a name or people word counts
        if t.pos_ == "PROPN" or t.ent_type_ == "NORP" or (t.pos_ == "ADJ" and t.i != first):
            return True
    return False


def _controlled(work: Work, mentions: list[Mention], words: DomesticWords) -> dict[int, str]:
    """Tokens under the object of a verb of control whose subject is a state, with that state's country
    ("Libya freed 37 prisoners": the tokens of "37 prisoners" -> LBY; "Caracas agreed to release ...")."""
    out: dict[int, str] = {}
    for m in mentions:
        a = m.actor
        if a.country is None or m.members or not (a.role is None or a.role in words.state_roles):
            continue
        if a.kind == "group":
            continue  # "Hezbollah freed two hostages": an armed group's captives are not its own people
        tok = work.root(m.start, m.end)
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
            verb = verb.head  # "were released by the government"
        elif tok.dep_ != "nsubj":
            continue
        # "agreed to release", "decided to free": the act of control may be the verb's complement
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
        for v in verbs:
            if v.pos_ != "VERB" or v.lemma_.lower() not in words.control_verbs:
                continue
            for c in v.children:
                if c.dep_ not in ("dobj", "nsubjpass"):
                    continue
                held = {t.i for t in c.subtree}
                if any(x.start in held and x.actor.country not in (None, a.country) for x in mentions):
                    continue  # "freed activists and a French citizen": foreigners among them
                out.update((t, _host_country(work, tok) or a.country) for t in held)
    return out


def _host_country(work: Work, tok: Token) -> str | None:
    """The country a state's force is stationed in when its phrase says so ("Kenyan police in Haiti",
    "French troops in Mali"): those it holds or charges there are the host's people, not its own."""
    me = work.at(tok.i)
    own = me.actor.country if me is not None else None
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in _STATIONED_PREPS:
            continue
        for o in c.children:
            m = work.at(o.i) if o.dep_ == "pobj" else None
            if m is not None and m.via in PLACE_VIAS and m.actor.role is None and m.actor.country \
                    and m.actor.country != own:
                return m.actor.country
    return None


# Prepositions that say where a force serves ("troops in Mali", "police inside Haiti").
_STATIONED_PREPS = frozenset({"in", "inside"})


# How a place mention was recognised: a city, region or capital, a country's name or its adjective (on a
# place noun: "in the Colombian province of Cauca").
PLACE_VIAS = frozenset({"place", "capital", "name", "adjective"})


def in_setting(work: Work, m: Mention, preps: frozenset[str], place_nouns: frozenset[str]) -> bool:
    """The mention is where something happens: the object of a setting preposition ("in Nairobi"), in
    apposition to one ("in Nairobi, Kenya"), or the country word on a place noun there ("in the Colombian
    province of Cauca", "near the Pakistani city of Bannu")."""
    tok = work.root(m.start, m.end)
    if tok.dep_ == "amod" and tok.head.lemma_.lower() in place_nouns:
        tok = tok.head
    elif (place := place_of_name(tok, place_nouns)) is not None:
        tok = place  # "in the southern region of Puno", "through the centre of Bratislava"
    elif tok.dep_ == "poss" and tok.head.dep_ == "pobj":
        tok = tok.head  # "in Karachi's port district", "across Lagos's suburbs": a part of the place
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in preps


def _placed(work: Work, m: Mention, preps: frozenset[str]) -> bool:
    """A role mention that took its country from the place it is in ("students in Dhaka")."""
    if m.via != "role" or m.actor.country is None:
        return False
    # A role phrase takes its country from "in <place>" only when a place mention follows, so the word
    # inside the phrase is enough (the parser may hang "in Zamfara state" on the verb).
    doc = work.doc
    return any(doc[k].lower_ in preps
               and any(t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN" for t in doc[k + 1:m.end])
               for k in range(m.start + 1, m.end - 1))


def give_country(work: Work, m: Mention, iso3: str) -> None:
    """Recode a bare role mention (or a named person's) as ``iso3``'s."""
    a = m.actor
    cameo, cname = work.dictionary.countries.code_and_name(iso3)
    kind = "state" if a.kind == "group" else a.kind  # a country's people, as compose_roles codes them
    # a person keeps their own name; a bare role is named for its country ("Kenya protesters")
    name = a.name if m.via in ("person", "title") else f"{cname} {a.name}"
    actor = Actor(code=cameo + a.code, country=iso3, role=a.role, name=name, kind=kind)
    work.add(m.start, m.end, actor, m.via)
