"""Korean-peninsula wire wordings (session 24): a bare common family name paired with a foreign head of
government ("Biden and Yoon"), congratulatory messages, fates foretold with coordinated objects ("would
face fire and fury") and demands to end a cooperation (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.model import Event


@pytest.fixture(scope="module")
def code_on(nlp, resolver, coder):  # type: ignore[no-untyped-def]
    """Code one text published on a given day; its events."""
    from triadic.pipeline import Coder

    pipeline = Coder(nlp=nlp, resolver=resolver, event_coder=coder)

    def run(text: str, day: date) -> list[Event]:
        return list(pipeline.code_text(text, day).events)

    return run


def _pairs(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source.actor.code, e.target.actor.code, e.root) for e in events if e.target}


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("Biden and Yoon agreed to expand joint military exercises.", date(2023, 4, 26),
     {("USAGOV", "KORGOV", "03"), ("KORGOV", "USAGOV", "03")}),
    ("Putin and Kim signed a comprehensive strategic partnership treaty.", date(2024, 6, 19),
     {("RUSGOV", "PRKGOV", "05"), ("PRKGOV", "RUSGOV", "05")}),
    ("Kim and Xi held talks at the Great Hall of the People.", date(2019, 1, 9),
     {("PRKGOV", "CHNGOV", "04")}),
])
def test_common_surname_beside_a_foreign_head_names_the_head(code_on, text: str, day: date,  # type: ignore[no-untyped-def]
                                                             expected: set[tuple[str, str, str]]) -> None:
    got = _pairs(code_on(text, day))
    assert expected <= got, got


def test_common_surname_alone_still_names_nobody(code_on) -> None:  # type: ignore[no-untyped-def]
    evs = code_on("Kim criticised the ruling party over the budget.", date(2019, 1, 9))
    assert not any(e.source.actor.country == "PRK" for e in evs), evs


@pytest.mark.parametrize(("text", "day", "pair"), [
    ("Xi Jinping sent a congratulatory message to Kim Jong-un on the party anniversary.", date(2020, 10, 10),
     ("CHNGOV", "PRKGOV")),
    ("Putin sent a congratulatory telegram to Lee Jae-myung after his election.", date(2025, 6, 5),
     ("RUSGOV", "KORGOV")),
])
def test_congratulatory_message_is_praise(code_on, text: str, day: date,  # type: ignore[no-untyped-def]
                                          pair: tuple[str, str]) -> None:
    assert (*pair, "05") in _pairs(code_on(text, day))


@pytest.mark.parametrize("text", [
    "Trump warned that North Korea would face fire and fury.",
    "Trump warned that North Korea would be met with fire and fury.",
])
def test_fate_with_coordinated_objects_is_a_threat(code_on, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _pairs(code_on(text, date(2017, 8, 9)))
    assert any(s == "USAGOV" and t[:3] == "PRK" and r == "13" for s, t, r in got), got


def test_demand_to_end_drills_is_no_demand_for_cooperation(code_on) -> None:  # type: ignore[no-untyped-def]
    evs = code_on("Pyongyang demanded that Washington end its joint drills with Seoul.", date(2019, 8, 9))
    demands = [e for e in evs if e.root == "10"]
    assert demands and all(not e.cameo.startswith("101") for e in demands), evs
    evs = code_on("Moscow urged Beijing to hold joint naval drills with Tehran.", date(2019, 8, 9))
    assert any(e.root == "02" for e in evs), evs
