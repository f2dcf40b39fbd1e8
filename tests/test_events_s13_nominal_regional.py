"""Session 13, third breadth round: nominal forms of acts with their "of" object and regional wire usage.

"Moscow's suspension of cooperation", "the freezing of assets", "the closure of its embassy", "the
imposition of tariffs on X", "the handover of the suspects", "the easing of sanctions", "the reopening
of the crossing" code as their verbs do; when the "of" phrase names a thing, the act's party may hang
on that thing ("suspension of flights to Japan"). South Asian copy's "dharna", "gherao", "hartal",
"rusticated", "tabled a protest" and idioms ("read the riot act to", "gave short shrift to") are read;
booking travel is no arrest."""

from __future__ import annotations

import pytest


def _roots(events: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(e.cameo[:2] for e in events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Moscow's suspension of military cooperation with Oslo was announced on Friday.", "16"),
        ("Bahrain's severing of ties with Iran followed the embassy attack.", "16"),
        ("The EU's freezing of Russian central bank assets was extended on Monday.", "16"),
        ("Beijing's suspension of flights to Japan hit tourism.", "16"),
        ("China's imposition of tariffs on Australia hit exporters hard.", "16"),
        ("Kyiv's suspension of the negotiations with Moscow was expected.", "16"),
        ("Pakistan's closure of the Torkham crossing stranded trucks bound for Afghanistan.", "19"),
        ("The jailing of the dissident by Moscow drew Western condemnation.", "17"),
        ("Nepal's handover of the suspects to Indian police was confirmed on Friday.", "06"),
        ("The easing of sanctions on Venezuela by Washington boosted oil output.", "08"),
        ("Israel's easing of the blockade of Gaza allowed more goods in.", "08"),
        ("The delivery of aid to Gaza by Jordan continued on Sunday.", "07"),
        ("Pyongyang's cancellation of the talks with Seoul was announced on state media.", "12"),
        ("Russia's scrapping of the grain deal with Ukraine hit food prices.", "12"),
        ("The FARC's surrender of weapons to UN monitors ended in 2017.", "08"),
        ("Hamas's handover of the hostages to the Red Cross took place in Gaza.", "08"),
    ],
)
def test_nominal_forms_code_as_their_verbs(code, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert root in _roots(code(text)), (text, _roots(code(text)))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Opposition activists staged a dharna outside the Punjab assembly in Lahore.", "14"),
        ("Islamabad tabled a protest with New Delhi over the drone incident.", "11"),
        ("The foreign ministry read the riot act to the Iranian envoy over his remarks.", "11"),
        ("Brussels gave short shrift to London's proposal on Northern Ireland.", "12"),
        ("Police slapped a fine on the opposition party for holding the rally.", "17"),
        ("The summoning of the Dutch envoy by Ankara deepened the row.", "11"),
        ("Saudi authorities put the cleric under a travel ban.", "17"),
        ("Indian police lathicharged Congress workers outside the party office in Delhi.", "17"),
        ("Police registered a case against the opposition leader in Lucknow.", "17"),
        ("Indian authorities externed the activist from Pune for a year.", "17"),
        ("Protesters held a chakka jam on national highways across Haryana.", "14"),
    ],
)
def test_regional_and_idiomatic_wire_forms(code, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert root in _roots(code(text)), (text, _roots(code(text)))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The minister booked a flight to London.", "17"),
        ("The closure of the mine by the company cost 300 jobs.", "16"),
        ("The freezing of wages by the government angered unions.", "16"),
        ("The handover of the keys to the new owners took place on Monday.", "06"),
        ("Turkey's suspension of the match with Greece disappointed fans.", "16"),
        ("The delivery of the speech to parliament took an hour.", "07"),
        ("He read the act to the assembled students.", "11"),
        ("The company registered a case study on Indian markets.", "17"),
        ("A traffic jam stretched for miles outside Delhi.", "14"),
        ("The cancellation of the concert by the band disappointed fans.", "12"),
        ("The return of the bodies to their families took weeks.", "08"),
        # participles describing a person or place name no act of the clause
        ("The jailed Kremlin critic was moved to a remote Arctic prison, his lawyers said.", "17"),
        ("The sanctions-hit Iranian economy shrank by 5 percent last year.", "16"),
        ("The exiled Belarusian opposition leader visited Vilnius on Tuesday.", "17"),
    ],
)
def test_nominal_and_regional_negatives(code, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert root not in _roots(code(text)), (text, _roots(code(text)))


# Session 15, vocabulary breadth: other writers' wordings of roots 03, 08, 11, 14 and 16 -- official
# readouts that "affirm the Kingdom's keenness to", "amenable/receptive to talks", crowds that flood,
# fill or spill into the streets, workers who walk out, students who boycott classes, armed men who
# vacate positions, an ambassador "pulled", South Asian and West African "flays"/"deprecates".
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The Saudi foreign minister affirmed the Kingdom's readiness to help Sudan.", "03"),
        ("The minister reaffirmed Oman's readiness to support the peace talks with Yemen.", "03"),
        ("Ankara expressed its keenness to mediate between Moscow and Kyiv.", "03"),
        ("Tehran said it was amenable to talks with Washington.", "03"),
        ("Seoul is receptive to dialogue with Pyongyang.", "03"),
        ("Hamas signalled its eagerness to reach a deal with Israel.", "03"),
        ("Hezbollah fighters vacated positions near the border with Israel.", "08"),
        ("Ghana's finance minister flayed the opposition NDC for spreading lies.", "11"),
        ("Pakistan strongly deprecated India's statement on Kashmir.", "11"),
        ("Protesters flooded the streets of Caracas demanding Maduro's resignation.", "14"),
        ("Demonstrators filled Tahrir Square on Friday.", "14"),
        ("Opposition supporters spilled into the streets of Kampala after the verdict.", "14"),
        ("Students boycotted classes in protest against the fee hike.", "14"),
        ("Nurses in Nigeria walked out over unpaid salaries.", "14"),
        ("Russia pulled its ambassador from Moldova.", "16"),
    ],
)
def test_other_writers_wordings(code, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert root in _roots(code(text)), (text, _roots(code(text)))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Floodwater filled the streets of Karachi after the monsoon rains.", "14"),
        ("Shoppers thronged the markets of Lahore ahead of Eid.", "14"),
        ("Tourists filled the square to watch the fireworks.", "14"),
        ("The minister vacated his post after the scandal.", "08"),
        ("Rioters bashed the policeman with sticks.", "11"),
        ("The team was amenable to the new coach's tactics.", "03"),
        ("Investors pulled their money from the fund.", "16"),
        ("Washington doubted Moscow's willingness to negotiate with Kyiv.", "03"),
    ],
)
def test_other_writers_wordings_negatives(code, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert root not in _roots(code(text)), (text, _roots(code(text)))


def test_walking_out_of_a_meeting_is_no_strike(code) -> None:  # type: ignore[no-untyped-def]
    """Only workers' walking out is a strike; a delegation leaving a meeting is not (143)."""
    assert "14" not in _roots(code("The Iranian delegation walked out of the meeting."))
