"""People who are not in the dictionaries: experts, journalists, former officials and everyone else."""

from __future__ import annotations

from spacy.tokens import Token

from triadic.actors._base import NOT_NAME_WORDS
from triadic.actors._entries import Entry
from triadic.actors._orgs import org_words
from triadic.actors._targets import place_of_name, target_words
from triadic.actors._types import Mention
from triadic.actors._work import Work, actor_of, person_surname
from triadic.model import Actor

__all__ = ["bare_leader", "find_people", "leader_in_office"]

_CREDIT_WORDS = frozenset({"by", "photo", "photos", "credit", "caption", "file", "courtesy", "/", "reporting",
                           "editing", "writing", "contributed"})


def _is_credit(work: Work, start: int) -> bool:
    """Bylines and photo credits ("By Kim Min-ji", "AP Photo/Lee Jin-man") name no actor."""
    doc = work.doc
    prev = [t for t in doc[max(0, start - 3):start] if not t.is_space]
    if not prev:
        return False
    last = prev[-1].lower_
    if last in ("/", "photo", "credit", "courtesy") or (last == ":" and len(prev) > 1
                                                         and prev[-2].lower_ in _CREDIT_WORDS):
        return True
    if last == "by":
        # "By NAME" at the start of a line or sentence is a byline; "written by"/"reporting by" too.
        sent_start = work.sent_of(start).start
        return start - 1 == sent_start or doc[start - 2].is_space or prev[0].lower_ in _CREDIT_WORDS
    return False


def affiliation_is_expert(work: Work, start: int, stop: int) -> bool:
    """True when an organisation named just after a person is a university or think tank."""
    words = work.dictionary.expert_orgs
    for ent in work.ents:
        if start <= ent.start < stop and ent.label_ in ("ORG", "FAC") and ent.start - start <= 4:
            if any(t.lower_ in words for t in ent):
                return True
    return False


def leader_in_office(work: Work, surname: str) -> Entry | None:
    """The only person of this surname in office on the article's date, or None (none, or several).

    When several share it on that day, the one whose country the article names (and the other's not) is
    meant: "Kono said" in a story about Japan."""
    if work.ref_date is None:
        return None  # undated text: no day to read office terms by, so no bare surname resolves
    found = {e.name: e for e in work.dictionary.by_surname.get(surname, ()) if e.valid_on(work.ref_date)}
    if len(found) > 1:
        named = {m.actor.country for m in work.live() if m.actor.country and not m.members}
        found = {k: e for k, e in found.items() if e.country in named}
    return next(iter(found.values())) if len(found) == 1 else None


_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "madam", "madame", "sir"})
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass"})


def bare_leader(work: Work, i: int) -> Entry | None:
    """The office holder a bare family name at token ``i`` names ("Kamikawa criticised China"), or None.

    Only the surname index is asked (one dict lookup), and only when the word can be nothing else: a
    capitalised name that is not an ordinary English word the parser reads as one, nor a family name shared
    by millions (ignore.yaml ``common_surnames``); that opens or closes no longer name the tables do not
    know ("Sarah Kamikawa", "Marape Holdings", "Modi Road", "Johnson & Johnson"); that no apposition
    describes as someone else ("Kamikawa, a farmer,"); in a sentence that is no sports report (ignore.yaml
    ``sport_words``); and, where the parser reads it as a place or a body, that acts or owns as a person
    does ("Kamikawa criticised", "Kamikawa's visit": a misread name). Then exactly one holder of that name
    must be in office on the article's date (leader_in_office)."""
    if work.ref_date is None:
        return None
    toks, d = work.toks, work.dictionary
    tok = toks[i]
    word = tok.text
    if word not in d.by_surname or not word[:1].isupper():
        return None
    common = word in d.common_surnames
    peer = _summit_peer(work, i) if common else None
    if common and peer is None:
        return None
    is_person = tok.ent_type_ == "PERSON"
    if tok.lower_ in work.common_words and not is_person and tok.pos_ != "PROPN":
        return None  # an ordinary word the parser does not read as a name ("Harper" as a noun)
    if i > 0:
        p = toks[i - 1]
        if p.text == "-" and not p.whitespace_:
            return None  # the end of a hyphenated name ("Mazar-i-Sharif", "Baden-Baden")
        if p.pos_ == "PROPN" and p.text[:1].isupper() and work.at(i - 1) is None \
                and p.lower_ not in _HONORIFICS and p.lower_ not in d.roles:
            return None  # the last word of a longer name ("Sarah Kamikawa")
    if i + 1 < len(toks):
        n = toks[i + 1]
        if n.text == "&" or (n.pos_ == "PROPN" and n.text[:1].isupper() and work.at(i + 1) is None
                             and n.lower_ not in NOT_NAME_WORDS
                             and n.ent_type_ not in ("GPE", "NORP", "DATE", "TIME")):
            return None  # the first word of a company's, a road's or another person's name
    if tok.ent_type_ and not is_person:
        if tok.ent_iob_ == "I" or (i + 1 < len(toks) and toks[i + 1].ent_iob_ == "I"):
            return None  # inside a longer place, body or product name
        if not ((tok.dep_ in _ACTING_DEPS and tok.head.pos_ in ("VERB", "AUX")) or tok.dep_ == "poss"):
            return None  # read as a place or body and neither acting nor owning as a person does
    elif not is_person and tok.pos_ != "PROPN" and tok.dep_ not in _ACTING_DEPS:
        return None
    # the apposition may hang on a number or a nickname apposed first ("Malcorra, 34, a shop owner,")
    near = list(tok.children)
    near += [g for k in near if k.dep_ in ("appos", "npadvmod", "amod") for g in k.children]
    for c in near:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            rd = d.roles.get(c.lower_) or d.roles.get(c.lemma_.lower())
            if rd is None or rd.role != "GOV":
                return None  # "Kamikawa, a farmer, said": described as someone other than an official
    if d.sport_words and any(t.lemma_.lower() in d.sport_words or t.lower_ in d.sport_words
                             for t in work.sent_of(i)):
        return None  # a sports report: "Kamikawa scored twice" is a player of that name
    if peer is not None:
        return _head_of_name(work, word, peer)
    return leader_in_office(work, word)


# Top offices, highest first: a supreme leader outranks his premier of the same family name.
_HEAD_OFFICES = ("leader", "president", "monarch", "prime_minister")


def _summit_peer(work: Work, i: int) -> Mention | None:
    """The head of government a bare name is coordinated with ("Trump and Kim met"), or None."""
    tok = work.toks[i]
    near = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        near.append(tok.head)
    for t in near:
        m = work.at(t.i)
        if m is not None and m.via == "leader" and m.actor.role == "GOV" and m.actor.country:
            return m
    return None


def _head_of_name(work: Work, surname: str, peer: Mention) -> Entry | None:
    """The one head of state or government of ``surname`` in office, of another country than ``peer``.

    A family name shared by millions ("Kim", "Yoon") names nobody alone, but paired with a foreign head of
    government in one coordination ("Biden and Yoon agreed") it is the head of that name then in office."""
    holders = [e for e in work.dictionary.by_surname.get(surname, ())
               if e.valid_on(work.ref_date) and e.office in _HEAD_OFFICES and e.country != peer.actor.country]
    for office in _HEAD_OFFICES:
        found = {e.name: e for e in holders if e.office == office}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def find_people(work: Work) -> None:
    """Classify PERSON entities that no dictionary or title has claimed."""
    doc, d = work.doc, work.dictionary
    for ent in work.ents:
        if ent.label_ != "PERSON" or not work.free(ent.start, ent.end):
            continue
        if _is_credit(work, ent.start):
            continue
        if ent[-1].lower_ in org_words().bodies:
            continue  # "Relief Centre" read as a name: the tail of a body's name, no person
        if (ent.end - ent.start == 1 and ent.start == ent.sent.start
                and ent[0].tag_ == "JJ" and ent[0].dep_ == "amod"):
            continue  # "Humanitarian aid deliveries ...": a capitalised first adjective, no name
        if ent.end - ent.start == 1 and any(sn == ent.text for sn in work.surnames.values()):
            continue  # a bare surname of someone already named: coreference links it

        # "German journalist Anna Weber", "Kurdish prisoner X": the role phrase right before the name says
        # who she is and whose, so the name is that actor, not a bare civilian of no country; "FBI Director
        # Jane Roe", "UNHCR director Ann Lee": she speaks for the body, not as an expert
        described = _role_before(work, ent.start) or _body_before(work, ent.start)
        if described is not None:
            a = described.actor
            actor = Actor(code=a.code, country=a.country, role=a.role, name=ent.text, kind=a.kind)
            work.add(described.start, ent.end, actor, "title", surname=person_surname(ent.text))
            continue
        sent = ent.sent
        lo, hi = max(sent.start, ent.start - 4), min(sent.end, ent.end + 16)
        role, kind, former = "CVL", "person", False
        # the entity may take in an honorific before the name ("H.E. Omar Ali"): its first word counts too
        noun_before = False  # a person noun before the name says who this is ("journalist Akar")
        for t in list(doc[lo:ent.start + 1]) + list(doc[ent.end:hi]):
            pr = d.persons.get(t.lower_) or d.persons.get(t.lemma_.lower())
            if pr is not None and role == "CVL":
                role, kind, noun_before = pr.role, pr.kind, t.i <= ent.start
            if t.lower_ in ("former", "ex", "retired") and t.i < ent.end + 4:
                former = True
        affiliated = role == "CVL" and affiliation_is_expert(work, ent.end, hi)
        if affiliated:
            role, kind = "EDU", "expert"  # "said Park at the Institute for ...": a think-tank voice
        if former and role in ("CVL", "EDU"):
            role, kind = "ELI", "person"
        # A person noun after the name is as often whom the leader addresses ("Maas told reporters") as a
        # description of the name; bare_leader reads a description from the apposition itself.
        if ent.end - ent.start == 1 and not former and not noun_before and not affiliated:
            leader = bare_leader(work, ent.start)
            if leader is not None:
                # "Aliyev said": the one office holder of that surname on the article's date.
                work.add(ent.start, ent.end, actor_of(leader), "leader", surname=leader.surname)
                continue
        country, affiliation = None, None
        for i in range(ent.end, hi):
            if doc[i].pos_ in ("VERB", "AUX") or doc[i].lower_ in ("and", "or"):
                # "Kevin McCarthy met Ukrainian President ...", "X and Kuwaiti Minister Y": someone else's
                break
            m = work.at(i)
            if m is not None and m.via in ("leader", "title"):
                break
            if m is not None and m.actor.country is not None and m.via != "coref":
                country = m.actor.country
                org = [e for e in work.ents if e.start <= i < e.end and e.label_ in ("ORG", "FAC")]
                affiliation = org[0].text if org else m.text
                break
        if affiliation is None:
            orgs = [e for e in work.ents if ent.end <= e.start < hi and e.label_ == "ORG"]
            affiliation = orgs[0].text if orgs else None
        if country is None and role == "CVL" and _names_place(ent.root):
            # "shelled the village of Kfar Tamir": a place the parser took for a person, of no country
            # the sentence names, is no civilian of no country (with one, "the village of X in southern
            # Lebanon", its civilians are the country's, as a village's are)
            continue
        c = d.countries.get(country) if country else None
        code = (c.cameo if c else "") + role
        actor = Actor(code=code, country=country, role=role, name=ent.text, kind=kind,
                      affiliation=affiliation)
        work.add(ent.start, ent.end, actor, "person", surname=person_surname(ent.text))


def _names_place(tok: Token) -> bool:
    """``tok`` is the name in a phrase that names a place ("the village of X", "the town of X":
    ``place_nouns``), the way _places reads a place's phrase."""
    place = place_of_name(tok, target_words().place_nouns)
    # the "of" hangs on a noun of its own (not on nothing, as a root "of" would)
    return place is not None and place.i != tok.head.i and place.pos_ == "NOUN"


def _body_before(work: Work, start: int) -> Mention | None:
    """A named agency or organisation right before a person noun before a name ("FBI Director ...")."""
    doc = work.doc
    k = start - 1
    if k < 1 or work.at(k) is not None or doc[k].tag_ not in ("NN", "NNP"):
        return None
    pr = work.dictionary.persons.get(doc[k].lower_)
    if pr is None or pr.kind != "expert":
        return None
    m = work.at(k - 1)
    if m is None or m.end != k or m.members or not m.actor.is_political:
        return None
    return m if m.via in ("name", "igo") else None


# Roles a named person can be described by ("Turkish journalist X"); state roles before a name are titles,
# which role composition already joins to the name ("Foreign Minister X").
_PERSON_ROLES = frozenset({"CVL", "MED", "EDU", "HRI", "OPP", "LAB", "REF", "AGR", "REL", "BUS", "CRM", "ELI",
                           "NGO"})


def _role_before(work: Work, start: int) -> Mention | None:
    """A country's role phrase ending right before a name ("German journalist" before "Anna Weber")."""
    m = work.at(start - 1) if start > 0 else None
    if m is None or m.end != start or m.via != "role" or m.members:
        return None
    a = m.actor
    if a.country is None or a.role not in _PERSON_ROLES:
        return None
    # the role's head noun describes the name: "journalist" is a compound of (or in apposition to) it
    head = work.doc[m.end - 1]
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    name_root = next((e.root for e in work.ents if e.start == start), work.doc[start])
    return m if head.head.i >= start or name_root.head.i == head.i else None
