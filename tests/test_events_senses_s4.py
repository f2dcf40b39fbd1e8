"""Session 4 sense choice in the pattern data: material senses of support/receive/deploy, drills that
are war games, releases that let people free, statements aimed at a target, and demands or appeals that
name who is to act. Every sentence is written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.language import Language
from tests._events_fake import code_text, triples
from tests._events_fake import sentence_code as _code

from triadic.events import EventCoder

_WHEN = datetime(2024, 5, 6)


# 1. The object picks the material sense of a word whose bare sense is verbal or forceful.
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Japan supported humanitarian relief for flood victims in the south.", "07"),
        ("The United States supports reconstruction in the north of the country.", "07"),
        ("Families in the camp received food and clothing last week.", "07"),
        ("China deployed a team of doctors to the border province.", "07"),
        ("The EU deployed election observers to the capital.", "07"),
    ],
)
def test_object_selects_material_cooperation(nlp: Language, coder: EventCoder, text: str, root: str) -> None:
    code = _code(nlp, coder, text)
    assert code is not None and code.startswith(root), code


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the bare senses are kept where the object does not name aid, observers or drills
        ("Japan supported the South Korean proposal on Monday.", ("05",)),
        ("Japan received the South Korean president in Tokyo.", ("04",)),
        ("Russia launched an attack on the port city.", ("18", "19")),
    ],
)
def test_other_objects_keep_the_bare_sense(
    nlp: Language, coder: EventCoder, text: str, root: tuple[str, ...]
) -> None:
    code = _code(nlp, coder, text)
    assert code is not None and code[:2] in root, code


def test_received_aid_is_aid_not_a_reception(nlp: Language, coder: EventCoder) -> None:
    codes = {e.cameo for e in code_text(nlp, coder, "North Korea received food aid from China.", _WHEN)}
    assert codes and all(c.startswith("07") for c in codes), codes
    assert "043" not in codes


def test_launched_war_games_are_a_show_of_force_not_a_war(nlp: Language, coder: EventCoder) -> None:
    # "war" only modifies "games": the drills are a show of force (150), no fight (19x)
    assert _code(nlp, coder, "China launched war games near Japan on Sunday.") == "150"


def test_let_free_is_a_release(nlp: Language, coder: EventCoder) -> None:
    assert _code(nlp, coder, "The court let free the two detained reporters.") == "0841"
    assert _code(nlp, coder, "North Korea set the detained South Korean sailors free.") == "0841"


# 2. Statements with a target: "commented on Y", "spoke about Y", reservations voiced about Y.
@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Japan commented on North Korea during the briefing.", "010", "PRK"),
        ("Russia spoke about Iran at length on Monday.", "010", "IRN"),
        ("China expressed reservations about the United States on Tuesday.", "012", "USA"),
    ],
)
def test_statement_takes_its_target(
    nlp: Language, coder: EventCoder, text: str, code: str, target: str
) -> None:
    found = triples(code_text(nlp, coder, text, _WHEN))
    assert any(c == code and t == target for _, c, t in found), found


# 3. Demands and appeals that name who is to act: the governing verb's family, the named party as target.
@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Japan insisted that North Korea withdraw its troops from the border.", "10", "JPN", "PRK"),
        ("Russia told Japan to pull back its warships from the strait.", "10", "RUS", "JPN"),
        ("The UN required Iran to release the detained journalists.", "10", "IGOUNO", "IRN"),
        ("South Korea implored North Korea to release the abducted fishermen.", "02", "KOR", "PRK"),
        ("Israel begged the United States to send more missiles.", "02", "ISR", "USA"),
    ],
)
def test_demand_verbs_with_an_actor_to_act(
    nlp: Language, coder: EventCoder, text: str, root: str, source: str, target: str
) -> None:
    found = triples(code_text(nlp, coder, text, _WHEN))
    assert any(c.startswith(root) and s == source and t == target for s, c, t in found), found


def test_telling_what_happened_stays_a_statement(nlp: Language, coder: EventCoder) -> None:
    # "told X that ..." with no mandative verb reports something; it is no demand
    found = triples(code_text(nlp, coder, "Russia told Japan that China would not join the talks.", _WHEN))
    assert not any(c.startswith("10") for _, c, _ in found), found


# 4. De-escalation and easing need no target in CAMEO: a withdrawal, a truce, a lifted curfew (which,
# with no party named, falls on the population of the country that lifts it).
@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Israeli troops withdrew on Monday night.", "0874", "ISRMIL", None),
        ("North Korea lifted the curfew on Sunday.", "0813", "PRK", "PRKCVL"),
        ("Iran eased restrictions on public gatherings.", "081", "IRN", None),
    ],
)
def test_easing_codes_need_no_target(
    nlp: Language, coder: EventCoder, text: str, code: str, source: str, target: str | None
) -> None:
    found = triples(code_text(nlp, coder, text, _WHEN))
    assert (source, code, target) in found, found


def test_disappointment_is_disapproval(nlp: Language, coder: EventCoder) -> None:
    text = "Japan expressed disappointment with China over the fishing ban."
    found = triples(code_text(nlp, coder, text, _WHEN))
    assert ("JPN", "110", "CHN") in found, found
