"""Label vocabularies the gold readers check against: PLOVER types, penta classes, actor-code parts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

__all__ = [
    "PLOVER_TYPES",
    "PLOVER_LEGACY",
    "PENTA_CLASSES",
    "ActorCodes",
    "actor_codes",
    "normalise_plover",
]

# The 16 PLOVER event types (PLOVER reference, 2021).
PLOVER_TYPES: frozenset[str] = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
# Labels of earlier PLOVER drafts still found in gold files, and the type each became.
PLOVER_LEGACY: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
PENTA_CLASSES: tuple[int, ...] = (0, 1, 2, 3, 4)


def normalise_plover(label: str) -> str | None:
    """The PLOVER type for a gold label (legacy labels mapped), or None when it is not a PLOVER type."""
    up = label.strip().upper()
    up = PLOVER_LEGACY.get(up, up)
    return up if up in PLOVER_TYPES else None


@dataclass(frozen=True, slots=True)
class ActorCodes:
    """Which three-letter pieces of a CAMEO actor code are roles and which prefixes are not countries."""

    roles: frozenset[str]
    non_state: frozenset[str]
    aliases: Mapping[str, str] = field(default_factory=dict)
    # Non-state prefixes that read as a role when they follow a country ("GEONGO": a Georgian NGO).
    roles_after_country: frozenset[str] = frozenset()

    def split(self, code: str | None) -> tuple[str | None, str | None]:
        """(country-level identity, role) of a CAMEO actor code.

        "USAGOV" → ("USA", "GOV"); "IGOUNO" → ("UNO", None); "IGOEUREEC" → ("EUR", None);
        "GOV" → (None, "GOV"); "GEONGO" → ("GEO", "NGO");
        "---EDU" (PETRARCH's unknown country) → (None, "EDU"); "---" or "" → (None, None).
        """
        if code is None:
            return None, None
        c = code.strip().upper()
        if not c or set(c) <= {"-", "*", "?"}:
            return None, None
        head, rest = c[:3], c[3:]
        if head in self.roles:
            return None, head
        if set(head) <= {"-", "*", "?"}:
            head = ""  # country unknown; the role may still follow
        elif head in self.non_state:
            # "IGOUNO" and "IGOWSTNAT" are identified by the organisation (the last three letters
            # that are no role), not by the generic prefix or a region: UNO and NAT, as triadic codes them.
            orgs = [rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3] not in self.roles]
            if orgs:
                head = self.aliases.get(orgs[-1], orgs[-1])
        later = self.roles if head in self.non_state else self.roles | self.roles_after_country
        role = next((rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3] in later), None)
        return head or None, role


@cache
def actor_codes() -> ActorCodes:
    """The shipped actor-code vocabulary (data/actor_codes.yaml)."""
    raw = resources.files("triadic.evaluate").joinpath("data/actor_codes.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    return ActorCodes(roles=frozenset(data["roles"]), non_state=frozenset(data["non_state_prefixes"]),
                      aliases={str(k): str(v) for k, v in (data.get("organisation_aliases") or {}).items()},
                      roles_after_country=frozenset(data.get("roles_after_country") or ()))
