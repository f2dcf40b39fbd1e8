"""A relative pronoun that is the object of its clause stands for the noun it modifies: "the treaty
which A and B signed" is a signed treaty, as "the treaty A and B signed" is. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from tests._events_fake import cameo_codes, dyads


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("The sanctions that Washington imposed on Moscow hurt its trade.", "16", ("USAGOV", "RUSGOV")),
        ("The sanctions which were imposed on Iran by the EU last year remain in force.", "16",
         ("EUR", "IRN")),
        ("The aid that Japan sent to Myanmar arrived on Monday.", "07", ("JPN", "MMR")),
        ("The deal which Kenya signed with Ethiopia covers electricity exports.", "05", ("KEN", "ETH")),
    ],
)
def test_object_relative_pronoun_is_the_modified_noun(
    code, text: str, root: str, pair: tuple[str, str]
) -> None:
    events = code(text)
    assert any(s == pair[0] and r == root and t == pair[1] for s, r, t in dyads(events)), dyads(events)


def test_co_signers_of_a_treaty_named_by_a_relative_pronoun_act_both_ways(code) -> None:
    events = code("The treaty, which Russia and China signed on Monday, takes effect next year.")
    got = dyads(events)
    assert ("RUS", "05", "CHN") in got and ("CHN", "05", "RUS") in got, got


def test_a_subject_relative_pronoun_is_no_object(code) -> None:
    # "which" is the subject here: nothing was imposed on the sanctions' noun by a clause of its own
    events = code("Officials discussed the tariffs, which hurt farmers in Iowa.")
    assert not any(c.startswith("16") for c in cameo_codes(events)), cameo_codes(events)
