"""Modality: asserted, planned, hypothetical, negated (PLOVER's future, hypothetical and negation modes)."""

from __future__ import annotations

from datetime import datetime

import pytest

from _events_fake import fake_index
from triadic.model import Article, Event, Sentence, content_id


@pytest.fixture(scope="module")
def code(nlp, coder):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Event]:
        doc = nlp(text)
        art = Article(id=content_id(text), text=text, published=datetime(2018, 5, 16))
        sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
        return coder.code_doc(doc, art, sents, fake_index(doc))[0]

    return run


def modality(events: list[Event], root: str) -> str:
    hits = [e.modality for e in events if e.root == root]
    assert hits, f"no event with root {root}: {[(e.cameo, e.rule) for e in events]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("Japan criticized Russia on Tuesday.", "11", "asserted"),
        ("Japan will criticize Russia at the summit.", "11", "planned"),
        ("Kim plans to visit Moscow.", "04", "planned"),
        ("Kim is expected to visit Moscow in the autumn.", "04", "planned"),
        ("Kim is set to visit Moscow.", "04", "planned"),
        ("China denounced the upcoming talks between Japan and Russia.", "04", "planned"),
        ("China could impose sanctions on Japan.", "16", "hypothetical"),
        ("Russia may attack Japan.", "19", "hypothetical"),
        ("Russia would criticize Japan.", "11", "hypothetical"),
        # (a noun only possible, "raised the possibility of talks between X and Y", is no event:
        # see test_a_cooperation_noun_only_possible_is_no_event)
        ("Japan could hold talks with Russia.", "04", "hypothetical"),
        ("Japan did not criticize Russia.", "11", "negated"),
        ("Kim is unlikely to visit Moscow.", "04", "negated"),
        ("Russia failed to hold talks with Japan.", "04", "negated"),
        ("Japan did not attend talks with Russia.", "04", "negated"),
    ],
)
def test_modality(code, text: str, root: str, expected: str) -> None:
    assert modality(code(text), root) == expected


def test_conditional_makes_both_halves_hypothetical(code) -> None:
    evs = code("If the U.S. raises tariffs on China, China could ease sanctions on North Korea.")
    raise_ev = [e for e in evs if e.source.actor.code == "USA" and e.root == "16"]
    ease_ev = [e for e in evs if e.source.actor.code == "CHN" and e.cameo == "085"]
    assert raise_ev and ease_ev
    assert raise_ev[0].modality == "hypothetical" and ease_ev[0].modality == "hypothetical"


def test_condition_of_a_threat_is_part_of_the_threat(code) -> None:
    # CAMEO codes the threat; its "if" clause says what it is about, not a second event
    evs = code("Japan warned it would close its ports to Russia if Moscow expelled Japanese diplomats.")
    assert any(e.source.actor.code == "JPN" for e in evs), evs
    assert not any(e.source.actor.code == "RUS" for e in evs), evs


def test_condition_with_no_coded_act_to_belong_to_stays_hypothetical(code) -> None:
    evs = code("If the U.S. raises tariffs on China, markets will fall.")
    raise_ev = [e for e in evs if e.source.actor.code == "USA" and e.root == "16"]
    assert raise_ev and all(e.modality == "hypothetical" for e in raise_ev)


def test_refuse_is_also_a_reject_code(code) -> None:
    evs = code("Russia refused to hold talks with Japan.")
    rej = [e for e in evs if e.root == "12"]
    assert rej and rej[0].source.actor.code == "RUS" and rej[0].target.actor.code == "JPN"
    assert rej[0].modality == "asserted"


def test_threaten_codes_the_threat_and_a_hypothetical_act(code) -> None:
    evs = code("China threatened to impose tariffs on the U.S.")
    assert any(e.root == "13" and e.modality == "asserted" for e in evs)
    assert all(e.modality == "hypothetical" for e in evs if e.root == "16")


def test_planned_event_without_time_has_no_date(code) -> None:
    evs = code("Kim plans to visit Moscow.")
    assert all(e.date is None and e.date_precision is None for e in evs if e.modality == "planned")
