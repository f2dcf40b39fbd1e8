"""Violence a sentence names only as what another noun is about, the speaker of a trailing report the
parser took for more objects, and a progressive act coordinated with an earlier one. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from _events_fake import cameo_codes, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        # the war is what the cost is of: no act of the bank's
        "Turkey's central bank raised interest rates on Thursday, citing the cost of the war in Syria.",
        # the fighting is the topic of the meeting
        "The Security Council will hold an emergency meeting on the fighting in Libya on Friday.",
        # an anniversary of an act is no act of the one who marks it
        "Georgia's president marked the anniversary of Russia's invasion with a speech in Tbilisi.",
    ],
)
def test_violence_inside_another_nouns_phrase_is_no_act_of_the_clause(code, text: str) -> None:
    assert not [c for c in cameo_codes(code(text)) if c[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a carrier noun holds the acts: the clause's subject does them
        ("Israel ordered the resumption of air strikes on Gaza on Tuesday.", "19"),
        # a phrase of time hangs on the clause's act wherever the parser puts it
        ("Nigerian soldiers rescued 25 hostages, most of them women, from a camp in Katsina state after "
         "a gun battle with the kidnappers, the army said.", "19"),
    ],
)
def test_violence_carried_by_a_noun_or_a_time_phrase_stays(code, text: str, root: str) -> None:
    assert root in [c[:2] for c in cameo_codes(code(text))]


def test_speaker_of_a_trailing_report_is_not_a_target(code) -> None:
    evs = code("Israeli troops are raiding homes in Nablus, the Palestinian health ministry and local "
               "residents said.")
    # the ministry and the residents said it; the homes raided are in the Palestinian territories
    assert [t for t in triples(evs) if t[2] is not None and t[2] != "PSE"] == []
    assert "PSE" in [t[2] for t in triples(evs)]


def test_progressive_act_coordinated_with_an_earlier_one_is_its_own_event(code) -> None:
    # the parser hangs the speakers on "town"; the pounding is aimed where the capture was
    evs = code("Russian forces have captured the settlement of Terny in the Donetsk region and are pounding "
               "the approaches to a nearby town, Moscow's defence ministry and pro-war bloggers said.")
    assert sorted(t[1][:2] + (t[2] or "") for t in triples(evs)) == ["19UKR", "19UKR"]
