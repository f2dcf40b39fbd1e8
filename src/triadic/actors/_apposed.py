"""A bare role phrase in apposition to a name is that named actor: "his counterpart, Gabriel Boric" ->
CHLGOV, and "the Kachin Independence Army, a rebel group that ..." -> the group, not REB of no country."""

from __future__ import annotations

from triadic.actors._work import Work

__all__ = ["named_by_apposition"]

# Tokens that may stand between a role phrase and the name in apposition to it.
_BETWEEN = frozenset({",", "-", "–", "—"})
# Roles of armed groups: a named group's appositive ("a rebel group", "an armed movement") may carry any.
_ARMED = frozenset({"REB", "INS", "SEP", "UAF"})


def named_by_apposition(work: Work) -> None:
    """Give a role mention with no country the actor of the named mention right after it in the same
    sentence when the parse joins the two (apposition or compound) and both have the same role:
    "met his counterpart, Gabriel Boric" and "met his counterpart Chilean President Gabriel Boric"
    name one person."""
    live = work.live()
    for m, n in zip(live, live[1:], strict=False):
        a, b = m.actor, n.actor
        if a.country is not None or m.via != "role" or m.members or n.members:
            continue
        if b.country is None or a.role is None or b.role != a.role:
            continue
        if work.sentence_index(m.start) != work.sentence_index(n.start):
            continue
        doc = work.doc
        if any(t.text not in _BETWEEN for t in doc[m.end:n.start]):
            continue
        head, name = doc[m.start:m.end].root, doc[n.start:n.end].root
        if not (name.head.i == head.i and name.dep_ in ("appos", "compound", "npadvmod")
                or head.head.i == name.i and head.dep_ in ("compound", "appos")):
            continue
        work.add(m.start, m.end, b, m.via)
    _describing_names(work)


def _describing_names(work: Work) -> None:
    """A bare role phrase set in apposition after a named group or body ("The Arakan Army, an ethnic armed
    group that ...") describes it: it takes the named actor, so "its fighters" later points back to it."""
    live = work.live()
    doc = work.doc
    for n, m in zip(live, live[1:], strict=False):
        a, b = m.actor, n.actor
        if a.country is not None or m.via != "role" or m.members or n.members or a.role is None:
            continue
        if b.country is None or n.via not in ("name", "igo") or b.kind not in ("group", "state"):
            continue
        if not (b.role == a.role or (b.kind == "group" and a.role in _ARMED)):
            continue
        if n.end >= m.start or doc[n.end].text != ",":
            continue
        if any(t.text not in _BETWEEN for t in doc[n.end:m.start]):
            continue
        head, name = doc[m.start:m.end].root, doc[n.start:n.end].root
        if head.dep_ == "appos" and head.head.i == name.i:
            work.add(m.start, m.end, b, m.via)
