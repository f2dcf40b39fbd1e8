"""Staff "for" or "of" a state body or an IGO are that body's: "a spokesman for the foreign ministry in
Beijing" -> CHNGOV, even after "Canada's tariffs"; "a spokeswoman for the UN refugee agency" -> its code."""

from __future__ import annotations

from triadic.actors._relations import relation_words
from triadic.actors._work import Work

__all__ = ["staff_of_bodies"]

_PREPS = frozenset({"for", "of", "at"})


def staff_of_bodies(work: Work) -> None:
    """Give a staff mention ("a spokesman", "officials") the actor of the state body right after its "for",
    "of" or "at"; the context's country it may have guessed is no better than the body it serves."""
    staff = relation_words().staff
    doc = work.doc
    for m in work.live():
        if m.via != "role" or m.members or m.end >= len(doc) - 1:
            continue
        if doc[m.end - 1].lower_ not in staff or doc[m.end].lower_ not in _PREPS:
            continue
        body = work.at(m.end + 1)
        if body is None or body.start != m.end + 1 or body.members:
            continue
        b = body.actor
        state_body = b.country is not None and b.kind == "state" and b.role is not None and body.via == "role"
        if not (state_body or (body.via == "igo" and b.kind == "igo")):
            continue  # "a spokesman for the ministry", "officials of the UN agency"; not "for Kenya"'s people
        if m.actor.country == b.country and m.actor.role == b.role:
            continue
        work.add(m.start, m.end, b, m.via)
