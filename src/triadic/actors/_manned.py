"""A post or site named only by its role belongs to whoever the text says holds it ("a checkpoint manned by
Iraqi soldiers" -> IRQMIL, "a base used by U.S. forces" -> USAMIL)."""

from __future__ import annotations

from triadic.actors._targets import target_words
from triadic.actors._work import Work

__all__ = ["manned_sites"]


def manned_sites(work: Work) -> None:
    """Recode a role mention with a holding participle ("manned by", "run by", "guarded by") as the
    party of that participle's agent, when that party names one country."""
    verbs = target_words().holding_verbs
    for m in work.live():
        if m.via != "role" or m.members:
            continue
        tok = work.root(m.start, m.end)
        # cheap gate first: a past participle hanging on the mention's head
        for acl in tok.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in verbs:
                continue
            holder = next((o for p in acl.children if p.dep_ == "agent"
                           for o in p.children if o.dep_ == "pobj"), None)
            owner = work.at(holder.i) if holder is not None else None
            if owner is None or owner.actor.country is None or owner.members or owner is m:
                continue
            if m.actor.country not in (None, owner.actor.country):
                continue  # a site placed in one country is not made another's
            work.add(m.start, m.end, owner.actor, m.via)
            break
