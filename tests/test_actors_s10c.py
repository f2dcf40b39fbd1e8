"""Session 10 round 3 resolver rule: "its" never points back to a plural noun ("Russian troops"), so in
"X said Russian troops fired on its posts" the posts are X's, and the attack has a target."""

from __future__ import annotations

import pytest
from tests._actors_helpers import covering, resolve_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Georgia's interior ministry said Russian troops had fired on its checkpoints near the boundary line.",
     "its", "GEO"),
    ("India said Pakistani soldiers opened fire on its posts along the frontier on Tuesday.", "its", "IND"),
    ("Armenia's defence ministry said Azerbaijani units had attacked its positions in the south.", "its",
     "ARM"),
    ("Seoul said North Korean guards had fired warning shots at its patrol boats near the sea border.", "its",
     "KOR"),
    # a clause of time under another verb: the upper clause's subject owns it, not that verb's objects
    ("Lithuania shut its crossings with Belarus after Belarusian helicopters violated its airspace.",
     "its airspace", "LTU"),
])
def test_its_skips_plural_doers(resolver, text: str, word: str, country: str) -> None:
    index = resolve_text(resolver, text)
    mentions = [m for m in index.mentions if m.text.startswith("its")]
    mention = mentions[-1] if word == "its airspace" else covering(index, word)
    assert mention.actor.country == country, [(m.text, m.actor.code) for m in index.mentions]


def test_its_of_an_organisation_after_plural_doers(resolver) -> None:
    index = resolve_text(resolver, "The Red Cross halted deliveries in eastern Congo after militiamen seized "
                                   "three of its trucks.")
    assert covering(index, "its").actor.code == covering(index, "Red Cross").actor.code


def test_singular_subject_still_owns_its(resolver) -> None:
    index = resolve_text(resolver, "Turkey said its troops had shelled Kurdish positions.")
    assert covering(index, "its").actor.country == "TUR"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("India said Pakistani soldiers opened fire on its posts along the frontier on Tuesday.", "PAK", "IND"),
    ("The Sudanese army said paramilitary fighters had shelled its headquarters in the capital.", None,
     "SDN"),
    ("Lithuania shut two border crossings after Belarusian helicopters violated its airspace on Friday.",
     "BLR", "LTU"),
])
def test_attack_on_its_positions_has_the_speaker_as_target(code, text: str, source: str | None,
                                                           target: str) -> None:
    events = [e for e in code(text) if e.root in ("18", "19", "20") and e.target is not None]
    assert events, "no attack coded"
    assert all(e.target.actor.country == target for e in events)  # type: ignore[union-attr]
    if source is not None:
        assert all(e.source.actor.country == source for e in events)
