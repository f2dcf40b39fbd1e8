"""A U.S. party-and-state tag after a name ("Sen. Jane Roe (D-Ohio)", "John Doe, R-Texas,") marks a member
of Congress: the person or title before it is `USALEG` (a titled governor stays `GOV`, of the U.S.)."""

from __future__ import annotations

import re
from dataclasses import replace

from triadic.actors._work import Work

__all__ = ["us_party_tags"]

# "(D-Conn.)", ", R-S.C.,", "(I-Vt.)", "(D-New York)": party letter, hyphen, state name or abbreviation.
_TAG = re.compile(r"\s*[(,]\s*[DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\s*[),]")
_ROLES = frozenset({"LEG", "GOV", "CVL"})


def us_party_tags(work: Work) -> None:
    """Give a person or title mention with no country that a party-state tag follows the U.S. and, unless it
    is a governor's or official's title, the legislature."""
    doc = work.doc
    for m in work.live():
        a = m.actor
        if a.country is not None or m.members or a.role not in _ROLES or m.end >= len(doc):
            continue
        if doc[m.end].text not in ("(", ",") or not _TAG.match(doc.text, m.end_char):
            continue
        role = "GOV" if a.role == "GOV" else "LEG"
        work.add(m.start, m.end, replace(a, code=f"USA{role}", country="USA", role=role, kind="state"), m.via)
