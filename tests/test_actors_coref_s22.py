"""Session 22 coreference: an object pronoun never stands for the subject of its own verb."""

from __future__ import annotations

import pytest
from tests._actors_helpers import named, resolve_text

pytestmark = pytest.mark.slow


def test_object_pronoun_skips_its_own_verbs_subject(resolver) -> None:
    text = ("Opposition leader Juan Perez was freed on Monday after Venezuela's President Nicolas Maduro "
            "pardoned him.")
    index = resolve_text(resolver, text)
    assert named(index, "him").actor.code == named(index, "Opposition leader Juan Perez").actor.code


def test_object_pronoun_of_another_verb_keeps_the_nearest_person(resolver) -> None:
    text = "Egypt's president met Sudan's leader and told him that Cairo backed the talks."
    index = resolve_text(resolver, text)
    assert named(index, "him").actor.code == "SDNGOV"
