"""Two verbless headline shapes (session 25 PHEAD): a speaker label read as "says" ("Hamas: Israel broke
the truce") and a trip headline's "in" read as "visits" ("Iraqi PM in Tehran for talks")."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads

from triadic.nlp._recase import said_label, trip_headline

pytestmark = pytest.mark.slow


# the label is the speaker, the quote's own subject the doer of its act
@pytest.mark.parametrize(("text", "expected"), [
    ("Netanyahu: Israel will strike Iran if needed", ("ISR", "13", "IRN")),
    ("Guterres: Israel must allow aid into Gaza", ("UNO", "10", "ISR")),
    ("Lavrov: Moscow ready to talk with Washington", ("RUS", "03", "USA")),
    ("Zelensky: Russia must pay for war crimes", ("UKR", "10", "RUS")),
    ("Netanyahu: We Will Strike Iran", ("ISR", "13", "IRN")),
])
def test_label_speaks_the_headline(code, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {(s[:len(expected[0])], r, (t or "")[:len(expected[2])]) for s, r, t in dyads(code(text))}
    assert expected in got, got


def test_speaker_label_is_no_doer(code) -> None:  # type: ignore[no-untyped-def]
    # the quoted threat is no strike: nothing of root 19 (the label read as a subject once made it so)
    got = dyads(code("Netanyahu: Israel will strike Iran if needed"))
    assert not any(r == "19" for _, r, _ in got), got


def test_said_label_shapes() -> None:
    assert said_label("Hamas: Israel broke the truce") == "Hamas says Israel broke the truce"
    assert said_label("Sergei Lavrov: Moscow is ready") == "Sergei Lavrov says Moscow is ready"
    # a dateline or a rubric in capitals is no speaker; a colon later in a sentence is no label
    assert said_label("ISLAMABAD: Pakistan's army said on Monday it had killed five militants.") is None
    assert said_label("EXCLUSIVE: Oil firms quit the delta") is None
    assert said_label("The minister said three things: jobs, prices and roads.") is None


def test_place_label_is_no_speaker(code) -> None:  # type: ignore[no-untyped-def]
    # "Chad:" says where the headline is; its verb's subject is the doer
    got = dyads(code("Chad: rebels attack army post near border with Sudan"))
    assert not any(s.startswith("TCD") and r == "01" for s, r, _ in got), got


# "X in PLACE for/to ...": the traveller visits the place
@pytest.mark.parametrize(("text", "expected"), [
    ("Iraqi PM in Tehran for talks on security", ("IRQ", "04", "IRN")),
    ("Blinken in Ankara to press Turkey on Sweden", ("USA", "04", "TUR")),
    ("Swiss Diplomat in Tehran To Discuss Prisoner Swap", ("CHE", "04", "IRN")),
    ("US envoy in Kabul for talks with Taliban", ("USA", "04", "AFG")),
])
def test_trip_headline_is_a_visit(code, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {(s[:3], r, (t or "")[:3]) for s, r, t in dyads(code(text))}
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # no traveller, a verb of its own, no purpose, or a body sentence
    "Ukrainian refugees in Poland to get work permits",
    "Floods in Pakistan kill hundreds",
    "Macron in Beijing",
    "The minister in Rome for talks said the deal was close.",
])
def test_no_trip_without_its_shape(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(r == "04" for _, r, _ in dyads(code(text)))


def test_trip_headline_shape() -> None:
    assert trip_headline("Iraqi PM in Tehran for talks") == "Iraqi PM visits Tehran for talks"
    # a traveller is at most four words: a longer opening is a clause
    assert trip_headline("Heavy floods hit many homes in Sindh") is None
