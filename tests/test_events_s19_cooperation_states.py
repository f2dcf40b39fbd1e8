"""Session 19: cooperation named as a standing state, not an act. An agreement, alliance or partnership
the parties only have ("have an agreement on ..."), that frames a clause ("under the 2020 peace
agreement ...") or is dated to a past year ("the 2015 nuclear deal") is no signing (057) or forming
(050); nor is a pact that holds, expires or collapses. Joint drills "held every year" or "annually" are
a recurring arrangement, no act of the day (062). A plain comment on a topic ("commented on the war in
Gaza") is aimed at no party in the place the topic is in (010). The acts themselves stay: signing,
holding drills this week, praising, telling a party. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_triples


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo have an agreement on the joint patrol of their border.",
        "The two countries enjoy a strategic partnership that covers energy and ports.",
        "Under the 2019 peace agreement between Eritrea and Ethiopia, flights resumed between the capitals.",
        "The treaty between Chile and Argentina has held since 1984.",
        "The defence pact between Oman and Britain expires in 2031.",
        "The 2016 agreements between Colombia and the FARC collapsed in parts of the country.",
    ],
)
def test_standing_pact_is_no_signing(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo[:2] == "05" for e in events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Joint naval exercises between Egypt and Greece are held every year in the Mediterranean.",
        "Thai and American troops train together annually in Cobra Gold.",
    ],
)
def test_recurring_drills_are_no_act(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo[:2] == "06" for e in events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Morocco's foreign minister commented on the crisis in Libya at a news conference in Rabat.",
        "The Omani foreign minister spoke about the fighting in Yemen on state television.",
    ],
)
def test_comment_on_a_place_has_no_target(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo == "010" and e.target is not None for e in events), coded_triples(events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Ghana and Togo signed an agreement on joint border patrols on Friday.", "05"),
        ("Oman and Britain signed a new defence pact in Muscat on Tuesday.", "05"),
        ("Egyptian and Greek navies held joint exercises in the Mediterranean on Monday.", "06"),
        ("Nigeria's president praised Ghana for its restraint during the border dispute.", "05"),
        ("The Kenyan president told his Ugandan counterpart that the pipeline must be finished.", "01"),
    ],
)
def test_acts_stay(code, text: str, root: str) -> None:
    events = code(text)
    assert any(e.cameo[:2] == root for e in events), coded_triples(events)


def test_formula_of_shared_views_is_accord(code) -> None:
    events = code("Kuwait and Bahrain affirmed the convergence of their positions on regional issues.")
    assert any(e.cameo == "019" for e in events), coded_triples(events)
