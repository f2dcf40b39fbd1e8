"""Register probes of session 9 round 5: condemned acts whose target is named only in a relative
clause; orders a state gives its own forces to act on another country's people."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _roots(events: list, root: str) -> list[tuple[str | None, str | None]]:
    """The (source country, target country) pairs of the events with this CAMEO root."""
    return [(e.source.actor.country, e.target.actor.country) for e in events if e.root == root]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Malaysia condemned the blast that struck a market in southern Thailand.", "MYS", "THA"),
        ("Qatar denounced the raid which targeted a hospital in Sudan.", "QAT", "SDN"),
        ("Iran denounced the strike that killed two Syrian officers.", "IRN", "SYR"),
    ],
)
def test_condemned_act_aims_at_whom_its_relative_clause_hit(
    code, text: str, source: str, target: str
) -> None:
    """An act noun with no target of its own is aimed at the object of its "that struck X" clause."""
    assert (source, target) in _roots(code(text), "11")


def test_relative_clause_of_other_verbs_names_no_target(code) -> None:
    """Only verbs of hitting name the act's target: "the plan that favours X" is not aimed at X."""
    events = code("Egypt criticized the plan that favours Israeli settlers.")
    assert ("EGY", "ISR") not in _roots(events, "11")


def test_own_target_of_the_act_noun_still_wins(code) -> None:
    """An act noun that names its target ("the attack on X") keeps it over its relative clause."""
    events = code("Kenya condemned the attack on Somali troops that destroyed a school in Nairobi.")
    assert ("KEN", "SOM") in _roots(events, "11")


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("The Ghanaian president ordered the police to arrest the Togolese smugglers.", "GHA", "TGO", "17"),
        ("The Sri Lankan president ordered the navy to free 40 Indian fishermen held in Jaffna.",
         "LKA", "IND", "08"),
        ("Pakistan's interior minister instructed police to release the arrested Afghan refugees.",
         "PAK", "AFG", "08"),
    ],
)
def test_order_to_own_forces_is_the_act_itself(code, text: str, source: str, target: str, root: str) -> None:
    """An order to one's own police or navy to act on foreigners is the state's act, not a demand."""
    events = code(text)
    assert (source, target) in _roots(events, root)
    assert not _roots(events, "10")


def test_order_to_another_state_stays_a_demand(code) -> None:
    """Ordering another country to act is still a demand on it (10x)."""
    assert ("KEN", "SOM") in _roots(code("Kenya ordered Somalia to release the Kenyan traders."), "10")


def test_order_to_own_forces_with_no_foreign_party_stays(code) -> None:
    """An order to one's own army naming no foreign party is not turned into the army's act."""
    events = code("The Zambian president ordered the army to guard the polling stations.")
    assert not [e for e in events if e.rule and e.rule.startswith("command:")]


# ---------------------------------------------------------------- trigger vocabulary breadth (session 13)
# How news phrases CAMEO acts beyond the plain verbs: idioms, phrasal verbs and light-verb forms.
# Each sentence names a source and a target; the expected root is the act's.
_VOCABULARY = [
    ("Beijing took exception to Canberra's remarks on Taiwan.", "11"),
    ("Russia cast doubt on Ukraine's account of the strike.", "11"),
    ("Seoul contested Tokyo's claim to the islands.", "11"),
    ("Opposition lawmakers tore into President Ruto over the tax hike.", "11"),
    ("Trump laid into NATO allies over defence spending.", "11"),
    ("Australia called out China over its treatment of the journalist.", "11"),
    ("Berlin took a swipe at Warsaw for blocking the deal.", "11"),
    ("The G7 issued a strong condemnation of North Korea's missile launch.", "11"),
    ("Pakistan laid the blame on India for the attack.", "11"),
    ("Kyiv pinned the blame on Moscow for the dam collapse.", "11"),
    ("Guyana dragged Venezuela to the International Court of Justice.", "11"),
    ("Washington leaned on Israel to allow more aid into Gaza.", "10"),
    ("Tehran stonewalled the IAEA over the uranium traces.", "12"),
    ("North Korea turned a deaf ear to Seoul's calls for dialogue.", "12"),
    ("Turkey held up Sweden's NATO membership bid.", "12"),
    ("Hungary stalled Ukraine's EU accession.", "12"),
    ("Caracas backed out of its agreement with the opposition.", "12"),
    ("Pyongyang renounced its military agreement with Seoul.", "12"),
    ("Blinken assured Kyiv of continued support.", "03"),
    ("Germany renewed its pledge to Ukraine to deliver more air defence.", "03"),
    ("Britain committed 1,000 troops to the NATO force in Estonia.", "03"),
    ("Saudi Arabia and Iran resumed diplomatic relations.", "05"),
    ("Erdogan and Assad buried the hatchet.", "05"),
    ("Ethiopia extended an olive branch to Eritrea.", "05"),
    ("Macron heaped praise on Modi.", "05"),
    ("Turkey rushed aid to Syria after the earthquake.", "07"),
    ("Canada granted sanctuary to the Afghan interpreters.", "07"),
    ("Armenia ceded four villages to Azerbaijan.", "08"),
    ("The junta acquiesced to ECOWAS demands.", "08"),
    ("Ankara dropped its veto on Sweden's NATO bid.", "08"),
    ("Hungary withdrew its objection to Ukraine's membership talks.", "08"),
    ("Washington backtracked on its pledge to Kyiv.", "08"),
    ("China eased its ban on Australian wine.", "08"),
    ("Japan scrambled jets to intercept Chinese drones.", "15"),
    ("Russian jets buzzed a US destroyer in the Black Sea.", "15"),
    ("Chinese warships shadowed an Australian frigate.", "15"),
    ("The Commonwealth expelled Fiji from the organisation.", "16"),
    ("Washington pulled funding from the UN agency for Palestinians.", "16"),
    ("Turkey shut its airspace to Israeli flights.", "16"),
    ("Seoul suspended the hotline with Pyongyang.", "16"),
    ("Thai police padlocked the offices of the opposition party.", "17"),
    ("Britain proscribed Hamas as a terrorist organisation.", "17"),
    ("Hungary shuttered the independent newspaper.", "17"),
    ("Iran blocked Instagram and WhatsApp.", "17"),
    ("Police picked up the activist outside his home in Hong Kong.", "17"),
    ("Russian authorities threw the American journalist into prison.", "17"),
    ("The court remanded the opposition leader in custody.", "17"),
    ("Zimbabwean police broke up an opposition rally in Harare.", "17"),
    ("Beijing quashed the protests by Hong Kong students.", "17"),
    ("Security forces mowed down protesters in Khartoum.", "17"),
    ("Masked men spirited away the Pakistani journalist.", "18"),
    ("A man knifed the Dutch politician outside parliament.", "18"),
    ("Russian forces wiped out the Ukrainian village.", "20"),
    ("Russia paused its strikes on Ukrainian energy facilities.", "08"),
    ("The army called off its offensive against the rebels in Goma.", "08"),
    ("Washington paused weapons deliveries to Ukraine.", "16"),
    ("The IMF paused its loan programme for Pakistan.", "16"),
    ("Russia paused talks with Japan.", "16"),
    ("Morocco's recall of its envoy to Germany deepened the row.", "16"),
    ("The Commonwealth kicked Zimbabwe out of the organisation.", "16"),
    ("Militants threw a grenade at a Pakistani police station.", "19"),
    ("Police threw tear gas grenades at protesters in Santiago.", "17"),
    ("Seoul regrets Tokyo's decision.", "11"),
    ("Britain expressed regret over Israel's decision.", "11"),
    ("Orban attacked Brussels over migration.", "11"),
    ("Erdogan fired a broadside at Brussels over migration.", "11"),
    ("Beijing hinted at retaliation against Canberra.", "13"),
    ("China cautioned Washington against selling arms to Taiwan.", "13"),
    ("The EU put Hungary on notice.", "13"),
    ("The EU transferred 1.5 billion euros to Ukraine.", "07"),
    ("Israel and Hamas hammered out a ceasefire agreement.", "05"),
    ("Israel opened an embassy in Bahrain.", "05"),
    ("Britain came out in support of Ukraine's bid.", "05"),
    ("Blinken huddled with Saudi officials in Riyadh.", "04"),
    ("The Indian prime minister embarked on a visit to Japan.", "04"),
    ("Washington added Huawei to its entity list.", "17"),
    ("Chinese police questioned the Canadian diplomat.", "17"),
    ("Tokyo swore to defend the Philippines.", "03"),
    ("Japan remains committed to supporting Ukraine.", "03"),
    ("Chinese warplanes stepped up activity near Taiwan.", "15"),
]


@pytest.mark.parametrize(("text", "root"), _VOCABULARY)
def test_news_phrasings_of_cameo_acts_are_coded(code, text: str, root: str) -> None:
    evs = code(text)
    assert root in {e.cameo[:2] for e in evs}, [(e.cameo, e.rule) for e in evs]


# the same words in senses that name no act
_VOCABULARY_NEGATIVES = [
    ("Opposition leaders vowed to seize the opportunity presented by Chinese mistakes.", "17"),
    ("Turkish fans stormed the pitch in Istanbul.", "17"),
    ("Banks charged higher fees to Russian clients.", "17"),
    ("The Bank of England froze interest rates.", "17"),
    ("The Chinese team ceded the lead to Japan.", "08"),
    ("The win lifted the spirits of the French team.", "08"),
    ("The Japanese coast guard shadowed a fishing boat in its own waters.", "15"),
    ("The rally stalled Britain's economic recovery.", "12"),
    ("Russian troops attacked the town over the weekend.", "11"),
    ("Japan expressed regret to China for the collision.", "11"),
    ("Protesters threw petrol bombs at Greek police.", "18"),
    ("Police threw tear gas grenades at protesters in Santiago.", "19"),
    ("Riot police threw stun grenades into the crowd of Kenyan protesters.", "19"),
    ("The Greek finance minister hammered out a deal with EU creditors.", "19"),
]


@pytest.mark.parametrize(("text", "root"), _VOCABULARY_NEGATIVES)
def test_other_senses_of_the_new_triggers_are_no_event(code, text: str, root: str) -> None:
    evs = code(text)
    assert root not in {e.cameo[:2] for e in evs}, [(e.cameo, e.rule) for e in evs]


# s13 round two: "at" on an attitude noun names whom it is aimed at; a governing noun ("vow", "pledge",
# "offer", "threat", "refusal") with an infinitive is read as its verb; and more news phrasings.
@pytest.mark.parametrize(
    ("text", "code_", "source", "target"),
    [
        ("Chile expressed outrage at Peru over the arrest of its consul.", "11", "CHL", "PER"),
        ("Nepal voiced anger at India's decision to build a road through Lipulekh.", "11", "NPL", "IND"),
        ("Egypt's vow to retaliate against Ethiopia alarmed the region.", "13", "EGY", "ETH"),
        ("Romania's pledge to send troops to Moldova was welcomed in Chisinau.", "03", "ROU", "MDA"),
        ("Oman's offer to mediate between Iran and Saudi Arabia was welcomed.", "03", "OMN", "IRN"),
        ("Algeria's threat to cut off gas to Spain alarmed European capitals.", "13", "DZA", "ESP"),
        ("Greece's refusal to recognise North Macedonia stalled the talks.", "12", "GRC", "MKD"),
        ("Ghana turned down an offer by Nigeria to mediate in its dispute with Togo.", "03", "NGA", "GHA"),
    ],
)
def test_attitude_targets_and_governing_nouns(code, text: str, code_: str, source: str, target: str) -> None:
    evs = code(text)
    assert (source, target) in _roots(evs, code_), [(e.cameo, e.rule, e.source.actor.code) for e in evs]


def test_owned_threat_noun_is_no_act_of_its_own(code) -> None:
    # the gas cut is only threatened: it is coded as the threat (13), not as an embargo (16)
    evs = code("Algeria's threat to cut off gas to Spain alarmed European capitals.")
    assert "16" not in {e.root for e in evs}, [(e.cameo, e.rule) for e in evs]


def test_answered_offer_is_made_to_whom_answers_it(code) -> None:
    evs = code("Ghana turned down an offer by Nigeria to mediate in its dispute with Togo.")
    assert ("NGA", "TGO") not in _roots(evs, "03"), [(e.cameo, e.rule, e.target) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Israel rejected an offer to mediate the dispute.",
        "There was no offer to mediate from Cairo, officials said.",
        "The threat to use force remains a concern, analysts said.",
        "He broke his promise to release the prisoners.",
        "The foreign minister expressed concern at a news conference in Geneva about the fighting.",
        "Trump's offer of talks to improve ties was welcomed.",
    ],
)
def test_ownerless_or_denied_governing_nouns_code_no_intent(code, text: str) -> None:
    evs = code(text)
    assert not {e.root for e in evs} & {"03", "11", "13"}, [(e.cameo, e.rule) for e in evs]


def test_held_call_is_a_telephone_call(code) -> None:
    evs = code("Scholz held a call with Macron to discuss energy prices.")
    assert "041" in {e.cameo for e in evs}, [(e.cameo, e.rule) for e in evs]


_VOCABULARY_S13 = [
    ("The Kremlin spokesman sidestepped questions about talks with Washington.", "01"),
    ("Pakistan rubbished Indian allegations of cross-border terrorism.", "01"),
    ("Beijing scoffed at U.S. accusations of cyber espionage.", "01"),
    ("The Emir of Qatar granted an audience to the Iranian foreign minister.", "04"),
    ("Sri Lanka turned to India for help with fuel shortages.", "02"),
    ("Poland sought reparations from Germany for wartime damages.", "02"),
    ("The Pentagon ordered a review of the drone strike that killed civilians in Kabul.", "09"),
    ("The United States opted out of the agreement with Iran.", "12"),
    ("Farmers blockaded roads across France to protest against EU trade deals.", "14"),
    ("Israel hit back at Iran with strikes on air defence sites.", "19"),
    ("Russian forces breached Ukrainian defences near Avdiivka.", "19"),
    ("Ukrainian forces launched a counteroffensive against Russian troops in the south.", "19"),
    ("Russian troops carried out mass executions of civilians in Bucha.", "20"),
]


@pytest.mark.parametrize(("text", "root"), _VOCABULARY_S13)
def test_news_phrasings_of_cameo_acts_are_coded_s13(code, text: str, root: str) -> None:
    evs = code(text)
    assert root in {e.cameo[:2] for e in evs}, [(e.cameo, e.rule) for e in evs]


_VOCABULARY_NEGATIVES_S13 = [
    ("The company turned to investors for more money.", "02"),
    ("The government ordered a review of its energy policy.", "09"),
    ("The navy blockaded the port of Hodeidah.", "14"),
    ("Hackers breached the defences of the company's network.", "19"),
    ("The court granted an audience to the plaintiffs.", "04"),
    ("The central bank played down the chances of a rate cut.", "01"),
]


@pytest.mark.parametrize(("text", "root"), _VOCABULARY_NEGATIVES_S13)
def test_other_senses_of_the_s13_triggers_are_no_event(code, text: str, root: str) -> None:
    evs = code(text)
    assert root not in {e.cameo[:2] for e in evs}, [(e.cameo, e.rule) for e in evs]
