"""People who are not in the dictionaries: experts, journalists, former officials and everyone else."""

from __future__ import annotations

from triadic.actors._entries import Entry
from triadic.actors._orgs import org_words
from triadic.actors._types import Mention
from triadic.actors._work import Work, actor_of, person_surname
from triadic.model import Actor

__all__ = ["find_people", "leader_in_office"]

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
    """The only person of this surname in office on the article's date, or None (none, or several)."""
    if work.ref_date is None:
        return None
    found = {e.name: e for e in work.dictionary.by_surname.get(surname, ()) if e.valid_on(work.ref_date)}
    return next(iter(found.values())) if len(found) == 1 else None


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
        for t in list(doc[lo:ent.start + 1]) + list(doc[ent.end:hi]):
            pr = d.persons.get(t.lower_) or d.persons.get(t.lemma_.lower())
            if pr is not None and role == "CVL":
                role, kind = pr.role, pr.kind
            if t.lower_ in ("former", "ex", "retired") and t.i < ent.end + 4:
                former = True
        if role == "CVL" and affiliation_is_expert(work, ent.end, hi):
            role, kind = "EDU", "expert"  # "said Park at the Institute for ...": a think-tank voice
        if former and role in ("CVL", "EDU"):
            role, kind = "ELI", "person"
        if ent.end - ent.start == 1 and not former and role == "CVL":
            leader = leader_in_office(work, ent.text)
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
        c = d.countries.get(country) if country else None
        code = (c.cameo if c else "") + role
        actor = Actor(code=code, country=country, role=role, name=ent.text, kind=kind,
                      affiliation=affiliation)
        work.add(ent.start, ent.end, actor, "person", surname=person_surname(ent.text))


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
