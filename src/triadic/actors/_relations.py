"""How a named country relates to a role noun when it does not own it: sponsors ("US-backed fighters"),
leaders ("the Saudi-led coalition"), places left ("pull its troops from Libya"), possessive pronouns and
relational nouns ("its allies")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from triadic.actors._countries import shipped_data_dir
from triadic.actors._targets import target_words
from triadic.actors._types import Mention
from triadic.actors._work import PERSON_VIAS, Work
from triadic.actors._yaml import read_yaml_cached, word_set
from triadic.model import Actor
from triadic.nlp._docs import dep_labels, doc_text, lower_lemmas

__all__ = ["controller", "nearest_subject", "other_state", "plural_head", "plural_noun",
           "RelationWords", "relation_words", "participle", "hyphen_country", "hyphen_authors", "led_forces",
           "departs_from", "possessive_owner", "conjoined", "vessel_before",
           "absorb_sponsors", "drop_unowned_relations"]

_COUNTRY_VIAS = frozenset({"name", "adjective", "capital", "seat", "place"})


@dataclass(frozen=True, slots=True)
class RelationWords:
    """Lemmas and participle forms from ``data/relations.yaml`` (see the comments there)."""

    sponsor_forms: frozenset[str]
    leader_forms: frozenset[str]
    led_forces: frozenset[str]
    departures: frozenset[str]
    relational: frozenset[str]
    possessives: frozenset[str]
    owner_forms: frozenset[str] = frozenset()
    author_forms: frozenset[str] = frozenset()
    stances: frozenset[str] = frozenset()
    staff: frozenset[str] = frozenset()
    followers: frozenset[str] = frozenset()
    presiding_titles: tuple[tuple[str, str], ...] = ()
    person_staff: frozenset[str] = frozenset()
    body_adjectives: tuple[tuple[str, str], ...] = ()
    aboard: frozenset[str] = frozenset()
    vessels: frozenset[str] = frozenset()
    branches: frozenset[str] = frozenset()
    seafarers: frozenset[str] = frozenset()
    naval: frozenset[str] = frozenset()
    thing_heads: frozenset[str] = frozenset()
    rank_heads: frozenset[str] = frozenset()
    armed_sites: frozenset[str] = frozenset()
    cross_border: frozenset[str] = frozenset()
    state_craft: frozenset[str] = frozenset()
    state_craft_modifiers: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()
    venue_verbs: frozenset[str] = frozenset()
    collectives: frozenset[str] = frozenset()
    person_relational: frozenset[str] = frozenset()

    def body_role(self, word: str) -> str | None:
        """The role of a body an adjective names ("military" -> MIL), or None."""
        return next((r for w, r in self.body_adjectives if w == word), None)


def _participles(lemma: str) -> set[str]:
    """Regular past participles of a verb lemma, with the doubled consonant ("equipped") and "led"."""
    out = {lemma + "ed", lemma + "d" if lemma.endswith("e") else lemma + "ed"}
    if lemma.endswith("y"):
        out.add(lemma[:-1] + "ied")
    out.add(lemma + lemma[-1] + "ed")
    if lemma == "lead":
        out.add("led")
    return out


@lru_cache(maxsize=1)
def relation_words() -> RelationWords:
    """The shipped word lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "relations.yaml") or {}

    def words(key: str) -> frozenset[str]:
        return word_set(data, key)

    def forms(key: str) -> frozenset[str]:
        return frozenset(f for w in words(key) for f in _participles(w))

    return RelationWords(sponsor_forms=forms("sponsors"), leader_forms=forms("leaders"),
                         led_forces=words("led_forces"), departures=words("departures"),
                         relational=words("relational"), possessives=words("possessives"),
                         owner_forms=words("owners"), author_forms=forms("authors"),
                         stances=words("stances"), staff=words("staff"),
                         followers=words("followers"), person_staff=words("person_staff"),
                         person_relational=words("person_relational"),
                         presiding_titles=tuple((str(k).lower(), str(v).lower())
                                                for k, v in (data.get("presiding_titles") or {}).items()),
                         aboard=words("aboard"), vessels=words("vessels"), branches=words("branches"),
                         seafarers=words("seafarers"), naval=words("naval"), thing_heads=words("thing_heads"),
                         rank_heads=words("rank_heads"), armed_sites=words("armed_sites"),
                         cross_border=words("cross_border"),
                         state_craft=words("state_craft"),
                         state_craft_modifiers=words("state_craft_modifiers"),
                         harm_verbs=words("harm_verbs"),
                         venue_verbs=words("venue_verbs"),
                         collectives=words("collectives"),
                         body_adjectives=tuple((str(k).lower(), str(v).upper())
                                               for k, v in (data.get("body_adjectives") or {}).items()))


def participle(tok: Token, forms: frozenset[str]) -> bool:
    """True when ``tok`` is one of ``forms`` on its own ("backed" after "US -") or as the last part of a
    hyphenated token ("U.S.-backed")."""
    low = tok.lower_
    if low in forms:
        return True
    return "-" in low and low.rsplit("-", 1)[1] in forms


def hyphen_country(work: Work, tok: Token) -> Actor | None:
    """The country a single hyphenated token starts with ("U.S.-led" -> United States), or None."""
    if "-" not in tok.text:
        return None
    prefix = tok.text.rsplit("-", 1)[0]
    for e in work.dictionary.terms.get(prefix, ()):
        if e.via in _COUNTRY_VIAS and e.country and not e.members and e.valid_on(work.ref_date):
            return work.dictionary.countries.state_actor(e.country)
    return None


def hyphen_authors(work: Work) -> None:
    """"A U.S.-brokered proposal", "the Qatar-mediated truce": the tokenizer keeps the country and the
    participle as one token, so no name is found on it; the country that put the thing forward is a
    mention of its own there (a rejection of the proposal answers it). Phrases another pass composed
    ("U.S.-backed fighters", "the U.S.-led coalition") already hold the token and are left alone."""
    if "-" not in doc_text(work.doc):
        return  # most documents have no hyphenated word: skip reading every token's text
    rw = relation_words()
    deps = dep_labels(work.doc)
    for tok in work.toks:
        if "-" not in tok.text or work.at(tok.i) is not None or deps[tok.i] != "amod":
            continue
        if tok.head.i <= tok.i or not participle(tok, rw.author_forms):
            continue
        if any(c.i != tok.i and work.at(c.i) is not None for c in tok.head.children
               if deps[c.i] in ("amod", "compound", "poss", "nmod")):
            continue  # "a U.S.-backed Israeli proposal" is Israel's: the backer is not its author
        actor = hyphen_country(work, tok)
        if actor is not None:
            work.add(tok.i, tok.i + 1, actor, "adjective")


def led_forces(work: Work) -> None:
    """"The Saudi-led coalition", "U.S.-led forces": one mention of the leading country's military."""
    rw = relation_words()
    lemmas = lower_lemmas(work.doc)
    if rw.led_forces.isdisjoint(lemmas):
        return  # most documents name no led force: skip reading every token
    doc = work.toks
    for tok in doc:
        if lemmas[tok.i] not in rw.led_forces or tok.pos_ not in ("NOUN", "PROPN") or work.at(tok.i):
            continue
        for c in tok.children:
            if c.i > tok.i or not participle(c, rw.leader_forms):
                continue
            leader: Actor | None = hyphen_country(work, c)
            start = c.i
            if leader is None:
                # "Saudi - led": the country is the participle's modifier just before the hyphen.
                k = c.i - 1
                if k >= 0 and doc[k].text == "-":
                    k -= 1
                m = work.at(k) if k >= 0 else None
                if m is None or m.via not in _COUNTRY_VIAS or m.actor.country is None or m.members:
                    continue
                leader, start = m.actor, m.start
            if leader.country is None:
                continue
            if start > 0 and doc[start - 1].lower_ in ("the", "a"):
                start -= 1
            c3 = work.dictionary.countries.get(leader.country)
            cameo = c3.cameo if c3 else leader.country
            actor = Actor(code=cameo + "MIL", country=leader.country, role="MIL",
                          name=f"{work.text_of(c.i, tok.i + 1)} ({leader.name})", kind="state")
            work.add(start, tok.i + 1, actor, "role")
            break


def departs_from(doc_tok: Token, rw: RelationWords) -> bool:
    """True when a role noun's "from X" is the place being left ("pull its troops from Libya")."""
    head = doc_tok
    for _ in range(3):
        if head.pos_ == "VERB" or head.dep_ == "ROOT":
            break
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in rw.departures


def vessel_before(work: Work, i: int, rw: RelationWords) -> Mention | None:
    """The nearest vessel with a country before token ``i`` in its sentence ("a Liberian-flagged tanker")."""
    sent_start = work.sent_of(i).start
    for m in work.before(i):
        if m.start < sent_start:
            return None
        if m.actor.country and not m.members and work.root(m.start, m.end).lemma_.lower() in rw.vessels:
            return m
    return None


def _state_or_group(m: Mention) -> bool:
    return m.actor.kind in ("state", "igo", "group") and m.via not in PERSON_VIAS and bool(m.actor.code)


def attacker_of_owned(pron: Token) -> int:
    """The subject token of the violent verb that hits what a possessive pronoun owns, or -1: in "soldiers
    were killed when militants ambushed [their] convoy", "gunmen opened fire on [their] vehicle", whose
    convoy is hit is never the attackers' own; "their" stands for someone named before them."""
    noun = pron.head
    if pron.dep_ != "poss" or noun.i == pron.i or any(c.lower_ == "own" for c in noun.children):
        return -1  # "attacked their own commander": the attackers' own, as said
    words = target_words()
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj" \
            and noun.head.head.pos_ in ("NUM", "NOUN", "PRON"):
        noun = noun.head.head  # "bombed one of their camps", "shelled several of their positions"
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head  # "opened fire on their vehicle", "fired at their positions"
    else:
        return -1
    if verb.pos_ != "VERB" or not (verb.lemma_.lower() in words.verbs or any(
            c.dep_ == "dobj" and c.lemma_.lower() in words.nouns for c in verb.children)):
        return -1
    return next((c.i for c in verb.children if c.dep_ == "nsubj"), -1)


def possessive_owner(work: Work, i: int) -> tuple[Mention | None, tuple[Actor, ...]]:
    """Whom "its" or "their" at token ``i`` points back to: (the mention, every actor meant).

    "its" is the nearest state, organisation or group in this sentence or the one before; "their" the
    nearest several actors (a mention with members, or names joined by "and"), else the nearest plural one.
    """
    here = work.sentence_index(i)
    plural = work.doc[i].lower_ == "their"
    # what an assault hits is never the attackers' own: "Taliban fighters attacked their checkpoint"
    attacker = attacker_of_owned(work.doc[i])
    attacking = work.at(attacker) if attacker >= 0 else None

    def attackers(m: Mention) -> bool:
        return attacking is not None and (m.start <= attacker < m.end or m.actor.code == attacking.actor.code)

    if not plural:
        ctl = controller(work, i)
        if ctl is not None:
            return ctl, (ctl.actor,)
        # "The US military sent troops to Syria after it pulled out its soldiers": the subject owns, not
        # the nearer place.
        subj = nearest_subject(work, i)
        if subj is not None and not attackers(subj):
            return subj, (subj.actor,)
    for m in work.before(i):
        if here - work.sentence_index(m.start) > 1:
            break
        if not _state_or_group(m) or attackers(m):
            continue
        if not plural:
            if m.members or plural_head(work, m):
                continue
            return m, (m.actor,)
        if m.members:
            return m, m.members
        joined = conjoined(work, m)
        if len(joined) > 1:
            return joined[0], tuple(x.actor for x in joined)
        if work.root(m.start, m.end).tag_ in ("NNS", "NNPS"):
            return m, (m.actor,)
    return None, ()


# Prepositions of a reason or topic: "criticised Hungary over its law", "praised Kenya for its role".
_REASON_PREPS = frozenset({"over", "for", "about", "on"})


def controller(work: Work, i: int) -> Mention | None:
    """The object that owns "its" at token ``i`` by the verb's grammar, or None: the object criticised for
    its own deed ("The EU criticised Hungary over its media law") or the object told to act on its own
    ("Japan urged China to explain its build-up")."""
    tok = work.doc[i]
    noun = tok.head
    if noun.i == tok.i:
        return None
    up = noun.head
    verb: Token | None = None
    if noun.dep_ == "pobj" and up.lower_ in _REASON_PREPS and up.head.pos_ == "VERB":
        verb = up.head
    elif noun.dep_ == "dobj" and up.dep_ == "xcomp" and up.head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
        verb = up.head
    if verb is None:
        return None
    for c in verb.children:
        m = work.at(c.i) if c.dep_ == "dobj" else None
        if m is not None and _state_or_group(m) and not m.members and m.end <= i:
            return m
    return None


def other_state(work: Work, i: int, owner: Mention | None) -> Mention | None:
    """The one state named in ``i``'s sentence besides the owner of "its" at ``i``, or None."""
    if owner is None or not owner.actor.country:
        return None
    sent = work.sent_of(i)
    others = {m.actor.country: m for m in work.live()
              if sent.start <= m.start < sent.end and m.start != i and m.actor.country and not m.members
              and m.actor.kind == "state" and m.actor.role in (None, "GOV")
              and m.actor.country != owner.actor.country}
    return next(iter(others.values())) if len(others) == 1 else None


def nearest_subject(work: Work, i: int) -> Mention | None:
    """The nearest single state, organisation or group before ``i`` in its sentence that is a subject."""
    sent_start = work.sent_of(i).start
    for m in work.before(i):
        if m.start < sent_start:
            return None
        if not _state_or_group(m) or m.members:
            continue
        tok = work.root(m.start, m.end)
        named: Mention | None = None
        while tok.dep_ in ("compound", "amod", "poss", "appos") and tok.head is not tok:
            if tok.dep_ == "appos" and named is None:
                # "The Arakan Army, an ethnic armed group that ...": the name is the subject, not its gloss
                head = work.at(tok.head.i)
                named = head if head is not None and _state_or_group(head) and not head.members else None
            tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and not plural_noun(tok) \
                and not harmed_patient(tok.head, work.doc[i]):
            return named or m  # a plural subject ("Russian troops") is never what "its" points back to
    return None


def harmed_patient(verb: Token, its: Token) -> bool:
    """``its`` sits in the patient (direct object or passive subject) of a verb of harm, unmarked by "own":
    the doer is not its owner ("an Israeli strike killed two of its generals" are another state's;
    "Ukraine shelled its own positions" are Ukraine's)."""
    if verb.lemma_.lower() not in relation_words().harm_verbs \
            or any(c.lower_ == "own" for c in its.head.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.left_edge.i <= its.i <= c.right_edge.i
               for c in verb.children)


def plural_noun(tok: Token) -> bool:
    """A plural common noun ("troops", "militiamen"); not a collective one that takes "its" ("police")."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() != tok.lower_


def plural_head(work: Work, m: Mention) -> bool:
    """Whether ``m`` is, or modifies, a plural common noun ("Russian troops", "Azerbaijani units")."""
    tok = work.root(m.start, m.end)
    while tok.dep_ in ("compound", "amod") and tok.head is not tok and tok.tag_ != "NNS":
        tok = tok.head
    return plural_noun(tok)


def conjoined(work: Work, m: Mention) -> list[Mention]:
    """The mentions joined with ``m`` by "and" ("India and Pakistan"), in text order, ``m`` included."""
    root = work.root(m.start, m.end)
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    out: list[Mention] = []
    for t in (first, *first.conjuncts):
        x = work.at(t.i)
        if x is not None and _state_or_group(x) and not x.members and x not in out:
            out.append(x)
    out.sort(key=lambda x: x.start)
    return out if m in out else [m]


def absorb_sponsors(work: Work) -> None:
    """"Iran-backed Houthi rebels": the sponsor is no party to what the group does, so the phrase is one
    mention of the group (the sponsor's own mention would read as a second side)."""
    rw = relation_words()
    doc = work.toks
    deps = dep_labels(work.doc)  # the document's labels, read by index: a token decodes its label anew
    for tok in doc:
        if deps[tok.i] != "amod" or tok.head.i <= tok.i or not participle(tok, rw.sponsor_forms):
            continue
        group = work.at(tok.head.i)
        if group is None or group.start not in (tok.i, tok.i + 1):
            continue  # the group's phrase may already hold the participle ("US - backed forces")
        k = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text == "-" else tok.i
        sponsor = work.at(k - 1) if k > 0 and k != tok.i else None
        if sponsor is None or sponsor.end != k:
            continue
        work.add(sponsor.start, group.end, group.actor, group.via, members=group.members,
                 surname=work.surnames.get(group.start))


def drop_unowned_relations(work: Work) -> None:
    """Drop "the allies", "partners" that neither a country on them nor coreference tied to anyone."""
    rw = relation_words()
    doc = work.doc
    for m in work.live():
        head = doc[m.end - 1]
        # whose allies they are is the whole of their meaning: a bare role of no country names no one
        # ("its allies", "Ghana's partner" keep theirs: an owner is said, if not resolved)
        if m.actor.country is None and m.actor.code == m.actor.role and m.via == "role" \
                and not m.members and head.lower_ in rw.relational \
                and not any(c.dep_ == "poss" for c in head.children):
            work.remove(m)
