"""Threats of retaliation (session 16): a threatened reply is aimed at the doer of the act it answers
("a befitting reply to any misadventure by X", "any X attack would be met with force"), and the
wordings of a threat a wire writer uses ("X will pay a heavy price", "would not hesitate to use force",
"would give a crushing response") are threats (CAMEO 13) made when said; the same words about the
past, about bystanders or from observers are not."""

from __future__ import annotations

import pytest

from _events_fake import code_rules, triples


def _threat_targets(events: list) -> set[str]:  # type: ignore[type-arg]
    return {e.target.actor.code[:3] for e in events if e.root == "13" and e.target}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the doer of the act the threatened reply answers, inside a warning's "that" clause
        ("The Azerbaijani army warned that it would give a fitting reply to any provocation by Armenia.",
         "ARM"),
        # "would be met with" a reply: the speaker's threat at the doer of the act to be met
        ("Seoul said any provocation by Pyongyang would be met with a strong response.", "PRK"),
        ("Hezbollah said any Israeli attack on Lebanon would be met with force.", "ISR"),
        # a fate foretold for another party
        ("Hamas said Israel would pay a heavy price for the Gaza offensive.", "ISR"),
        ("Turkey's prime minister said Syria would regret the downing of its plane.", "SYR"),
        # not holding back from force
        ("China said it would not hesitate to use force against Taiwan.", "TWN"),
        # a reply of force given, a lesson taught, a strike back at an assault
        ("Pakistan said it would give a befitting reply to any Indian aggression.", "IND"),
        ("North Korea said it would teach the United States a severe lesson.", "USA"),
        ("Israel said it would strike back at any Iranian attack.", "IRN"),
        ("Iran warned it would hit back hard at any Israeli aggression.", "ISR"),
        ("Israel vowed to hit back at any Iranian attack.", "IRN"),
        # a manner of force the parser hangs on the act replied to
        ("Pakistan will respond to any Indian aggression with full force, the army chief said.", "IND"),
        # a fate for a wrong done, borne, or brought about by the speaker
        ("Zelensky said Russia will pay for its crimes.", "RUS"),
        ("China said the Philippines would bear the consequences of the arbitration ruling.", "PHL"),
        ("Iran vowed to make Israel pay a heavy price for the strike on its consulate.", "ISR"),
        # what is avenged is the act answered; a coercive act to be faced, from a non-observer
        ("Pakistan's prime minister vowed to avenge the Indian strikes.", "IND"),
        ("Kyiv said Moscow would face further sanctions if it did not withdraw its troops.", "RUS"),
        # measures of reprisal
        ("The Kremlin said Russia would take retaliatory measures against Finland.", "FIN"),
    ],
)
def test_threat_of_retaliation_aims_at_the_answered_party(code, text: str, target: str) -> None:
    events = code(text)
    threats = [e for e in events if e.root == "13"]
    assert threats and all(e.modality == "asserted" for e in threats), code_rules(events)
    assert target in _threat_targets(events), triples(events)


def test_a_reply_met_with_military_force_is_138(code) -> None:
    events = code("Israel's defence minister warned Hamas that any rocket fire would be met with a military "
                  "response.")
    assert "138" in {e.cameo for e in events}, code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Israel would pay a price for the delay.",
        "Investors will pay a heavy price for the slowdown.",
        "Farmers will pay the price for the drought, the minister said.",
        "Israel paid a heavy price for the war, the minister said.",
        "The army responded to the fire.",
        "The protest was met with force.",
        "Any delay would be met with a response from investors, analysts said.",
        "The ministry said it would give a response to the petition next week.",
        "The election taught the ruling party a lesson.",
        "The minister did not hesitate to criticise the plan.",
        "Iran said it would respond to the letter next week.",
        "The minister said Poland would pay for the new tanks.",
        "The central bank said it would take measures against inflation.",
        "Iran vowed to make progress in the talks.",
        "The airline said passengers would face delays.",
        "Amnesty said activists could face arrest.",
    ],
)
def test_the_same_words_that_threaten_no_one_are_no_threat(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.root == "13"], code_rules(events)


def test_hitting_back_at_critics_stays_criticism(code) -> None:
    events = code("The president said he would hit back at critics of the reform.")
    assert not [e for e in events if e.root == "13"], code_rules(events)



# ---------------------------------------------------------------- session 18: targets of verbal conflict
@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # force, or a threat of it, used on a protest named by its act: aimed at who protests
        ("The Belarusian president vowed to crush the demonstrations in Minsk.", "13", "BLROPP"),
        ("Georgian police violently dispersed the rallies in Tbilisi.", "17", "GEOOPP"),
        ("Serbian riot police cracked down on the protests.", "17", "SRBOPP"),
        # the addressee a small parser reads as an adverbial noun after a fronted quote
        ('"We will not stand idle," Ankara warned Damascus.', "13", "SYR"),
        # a reply threatened to whoever's act it answers
        ("The Azerbaijani defence ministry warned of a crushing reply to any provocation by Armenia.",
         "13", "ARM"),
        # naming an act by a judgement word, or by several, criticises its owner
        ("Manila called Beijing's claims baseless and illegal.", "11", "CHN"),
        ("Seoul's foreign ministry described Tokyo's remarks as provocative.", "11", "JPN"),
        # a warning or rebuke the words are said in, addressed to a party, is the event
        ("In a veiled warning to Caracas, the Guyanese president said his country would defend its land.",
         "13", "VEN"),
        ("In a rebuke to Washington, the Brazilian foreign minister said the tariffs hurt both economies.",
         "11", "USA"),
        # the name given to an act says whose it is
        ("Georgia's opposition condemned the raids, calling them an attack on free media by the government.",
         "11", "GEOGOV"),
        # a reprisal named by the verb's own noun is aimed where that noun is
        ("Beijing said it would respond with countermeasures to the new Canadian tariffs.", "16", "CAN"),
        # a reply with measures of reprisal threatens the doer of what it answers
        ("Minsk said it would respond with reciprocal measures to the Lithuanian sanctions.", "13", "LTU"),
    ],
)
def test_verbal_conflict_finds_its_target(code, text: str, root: str, target: str) -> None:
    events = code(text)
    found = {e.target.actor.code for e in events if e.root == root and e.target}
    assert any(t.startswith(target) for t in found), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        # a rebellion is fought by rebels, no protest; a doerless protest of no state's force is none
        "The army vowed to crush the rebellion in the north.",
        "Fans of the club rallied in the square after the final.",
        # a judgement of something no party owns, or the speaker's own
        "The minister called the weather forecast unfounded.",
        # a statement in a setting that is no addressed act
        "In a statement, the ministry said the talks were productive.",
        # a reply with measures of no reprisal
        "The ministry said it would respond with measures to support farmers.",
    ],
)
def test_verbal_conflict_without_a_party_stays_untargeted(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.root in ("11", "12", "13", "17") and e.target], code_rules(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # aimed at the doer of the warning's condition when one is named
        ("Uganda's army warned that it would crush the rebels in the east if they attacked again.", "UGA"),
    ],
)
def test_a_warned_intent_of_force_is_kept(code, text: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    threats = [e for e in code(text) if e.root == "13"]
    assert threats, [(e.cameo, e.rule) for e in code(text)]
    got = {e.target.actor.code[:3] if e.target else None for e in threats}
    assert target in got, got


def test_a_warned_intent_of_force_at_no_one_named_is_not_coded(code) -> None:  # type: ignore[no-untyped-def]
    # a threat needs a party threatened: the warning names none ("any separatist plot")
    events = code("Beijing's defence ministry warned that the People's Liberation Army would crush any "
                  "separatist plot.")
    assert not [e for e in events if e.root == "13" and e.target is None and "intent(" in (e.rule or "")], \
        code_rules(events)


def test_a_warned_worry_is_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    # what another party or the economy would do is no threat by the speaker
    assert not [e for e in code("Kenya's central bank warned that inflation would rise further.")
                if e.root == "13"]
    assert not [e for e in code("Egypt's government warned that the country would run out of water.")
                if e.root == "13"]
