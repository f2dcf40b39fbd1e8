"""One act told twice in a sentence is one event (session 14): a noun that is the doer of its own
verb, an apposition that names the act just told, and a target-less restatement inside the clause of
the act that has a target."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _roots(events: list) -> list[str]:
    return sorted(e.root for e in events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the noun subject of the verb names the very strike the verb codes
        ("Russian air strikes on Kharkiv killed nine civilians on Friday, regional officials said.", "19"),
        # an apposition that names the act just told
        ("Vietnam lodged a diplomatic protest with China over the seizure, its fifth such protest this year.",
         "11"),
        # a target-less appeal in a participle of the appeal made to a named party
        ("Ghana's president appealed to Western nations to cancel the country's debt, calling for "
         "urgent relief.", "02"),
    ],
)
def test_one_act_told_twice_is_one_event(code, text: str, root: str) -> None:
    roots = _roots([e for e in code(text) if e.modality == "asserted"])
    assert roots.count(root) == 1, roots


@pytest.mark.parametrize(
    ("text", "roots"),
    [
        # two acts of different parties on each side stay two
        ("Israel struck Hamas positions in Gaza, and Hamas fired rockets at Israel.", ["19", "19"]),
        # a coordinated appeal to no one stays beside the appeal to a named party
        ("Haiti's prime minister appealed for international aid and called on the United States to "
         "send police officers.", ["02", "02"]),
        # a condemnation of the act an apposition names is an act of its own
        ("Washington imposed tariffs on Brazilian steel, a decision Brasilia condemned.", ["11", "16"]),
    ],
)
def test_separate_acts_stay_apart(code, text: str, roots: list[str]) -> None:
    got = _roots([e for e in code(text) if e.modality == "asserted"])
    for r in set(roots):
        assert got.count(r) >= roots.count(r), got


@pytest.mark.parametrize(
    "text",
    [
        # an act that only dates the period reported on is history, not news
        "Romania has doubled its defence budget since Russia's invasion of Ukraine.",
        "Latvia has tightened checks on its eastern border since the start of Russia's offensive in Ukraine.",
    ],
)
def test_an_act_that_anchors_a_period_is_not_coded(code, text: str) -> None:
    assert [e for e in code(text) if e.modality == "asserted"] == []


def test_the_act_reported_over_a_period_stays(code) -> None:
    # the news is the strikes; "since the fall of Assad" only dates them
    roots = _roots(code("Israel has carried out dozens of air strikes in Syria since the fall of Assad."))
    assert "19" in roots, roots


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # what one side asks in exchange is a price, not an act
        ("The rebels said they were ready to free the captured soldiers in exchange for a full army "
         "withdrawal from the province.", "08"),
    ],
)
def test_a_prospect_or_price_is_not_coded(code, text: str, root: str) -> None:
    roots = _roots([e for e in code(text) if e.modality == "asserted"])
    assert root not in roots, roots
