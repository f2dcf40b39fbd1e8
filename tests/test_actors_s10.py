"""Session 10 resolver rules: a national outlet's report places titled officials; a site held by a party is
that party's."""

from __future__ import annotations

import pytest
from tests._actors_helpers import named, resolve_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "title", "code"), [
    ("Prime Minister Ahmed Salem received a phone call on Monday from Oman's foreign minister, the Qatar "
     "News Agency reported.", "Prime Minister Ahmed Salem", "QATGOV"),
    ("President Yusuf Bello welcomed the visiting Egyptian foreign minister, the Kuwait News Agency said.",
     "President Yusuf Bello", "KWTGOV"),
])
def test_national_outlet_places_titled_official(resolver, text: str, title: str, code: str) -> None:
    index = resolve_text(resolver, text)
    assert named(index, title).actor.code == code
    # the foreign guest keeps their own country
    assert any(m.actor.country not in (None, code[:3]) for m in index.mentions if m.actor.role == "GOV")


def test_world_wire_leaves_titled_official_open(resolver) -> None:
    index = resolve_text(resolver, "The Prime Minister met the visiting Turkish foreign minister, Reuters "
                                   "reported.")
    assert named(index, "The Prime Minister").actor.country is None


def test_outlet_does_not_place_named_foreign_official(resolver) -> None:
    index = resolve_text(resolver, "Kenya's foreign minister called for calm, the Qatar News Agency "
                                   "reported.")
    assert named(index, "Kenya's foreign minister").actor.code == "KENGOV"


@pytest.mark.parametrize(("text", "site", "country", "role"), [
    ("A suicide bomber blew himself up at a checkpoint manned by Syrian soldiers, killing four.",
     "a checkpoint", "SYR", "MIL"),
    ("Militants attacked an army base used by Turkish forces.", "an army base", "TUR", "MIL"),
])
def test_site_held_by_party_is_its(resolver, text: str, site: str, country: str, role: str) -> None:
    m = named(resolve_text(resolver, text), site)
    assert (m.actor.country, m.actor.role) == (country, role)


def test_site_without_holder_stays_bare(resolver) -> None:
    m = named(resolve_text(resolver, "A car bomb exploded at a checkpoint on Sunday."), "a checkpoint")
    assert m.actor.country is None


def test_outlet_cited_with_according_to_places_titled_official(resolver) -> None:
    index = resolve_text(resolver, "President Ali received a phone call from Oman's foreign minister, "
                                   "according to the Kuwait News Agency.")
    assert named(index, "President Ali").actor.code == "KWTGOV"


def test_state_body_cited_with_according_to_owns_bare_troops(resolver) -> None:
    index = resolve_text(resolver, "Troops killed nine rebels in the north, according to Peru's army.")
    assert named(index, "Troops").actor.code == "PERMIL"
