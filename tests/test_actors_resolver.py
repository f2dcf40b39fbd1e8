"""Actor resolution on sentences written for these tests: names, capitals, leaders by date, roles,
organisations, people who are not state actors, ambiguity and coreference."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.actors import ActorResolver, Mention, MentionIndex


@pytest.fixture(scope="module")
def resolver(nlp):  # type: ignore[no-untyped-def]
    return ActorResolver(nlp)


def run(resolver: ActorResolver, text: str, day: date | None = date(2018, 6, 1)) -> MentionIndex:
    return resolver.resolve(resolver.nlp(text), ref_date=day)


def find(index: MentionIndex, text: str) -> Mention:
    hits = [m for m in index.mentions if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in index.mentions]}"
    return hits[0]


def code_of(index: MentionIndex, text: str) -> str:
    return find(index, text).actor.code


def test_country_names_adjectives_capitals_and_seats(resolver: ActorResolver) -> None:
    idx = run(resolver, "The DPRK and the United States traded barbs while Beijing watched. The Kremlin and "
                        "the Blue House issued statements, and Zhongnanhai stayed silent. Downing Street and "
                        "the Elysee agreed with Cheong Wa Dae.")
    assert code_of(idx, "The DPRK") == "PRK"
    assert code_of(idx, "the United States") == "USA"
    assert code_of(idx, "Beijing") == "CHNGOV"
    assert code_of(idx, "The Kremlin") == "RUSGOV"
    assert code_of(idx, "the Blue House") == "KORGOV"
    assert code_of(idx, "Zhongnanhai") == "CHNGOV"
    assert code_of(idx, "Downing Street") == "GBRGOV"
    assert code_of(idx, "the Elysee") == "FRAGOV"
    assert code_of(idx, "Cheong Wa Dae") == "KORGOV"
    assert find(idx, "Beijing").via == "capital"


def test_two_koreas_names_both(resolver: ActorResolver) -> None:
    idx = run(resolver, "The two Koreas agreed to reopen a liaison office near the border.")
    m = find(idx, "The two Koreas")
    assert {a.code for a in m.members} == {"PRK", "KOR"}


@pytest.mark.parametrize(("text", "phrase", "codes"), [
    ("Moscow accused the Baltic countries of stoking tensions.", "Baltic countries", {"EST", "LVA", "LTU"}),
    ("Berlin vowed to defend the Baltics if attacked.", "the Baltics", {"EST", "LVA", "LTU"}),
    ("Moscow courted the Alliance of Sahel States in 2024.", "the Alliance of Sahel States",
     {"MLI", "BFA", "NER"}),
])
def test_named_groups_of_states_name_each_member(resolver: ActorResolver, text: str, phrase: str,
                                                 codes: set[str]) -> None:
    m = find(run(resolver, text, date(2024, 8, 1)), phrase)
    assert {a.code for a in m.members} == codes


def test_a_plural_body_of_a_named_group_is_each_members_body(resolver: ActorResolver) -> None:
    idx = run(resolver, "The foreign ministers of the Baltic states met in Vilnius.")
    m = find(idx, "The foreign ministers of the Baltic states")
    assert [a.code for a in m.members] == ["ESTGOV", "LVAGOV", "LTUGOV"]
    # "troops from the Baltic states" may be anyone's troops there; only "of" makes them the states' own
    idx = run(resolver, "NATO troops in the Baltic states trained with Polish units.")
    assert not any(a.code.endswith("MIL") and a.country == "EST" for m in idx for a in m.members)


def test_named_groups_of_states_guards(resolver: ActorResolver) -> None:
    # The Gulf monarchies are CAMEO's region PGS; the sea, the fleet and a pact before its signing are no
    # group.
    assert code_of(run(resolver, "The Gulf monarchies cut ties with Doha."), "Gulf monarchies") == "PGS"
    idx = run(resolver, "Russia's Baltic Fleet sailed into the Baltic Sea.")
    assert all(len(m.members) < 2 for m in idx)
    assert all(not m.members for m in run(resolver, "The Alliance of Sahel States met.", date(2022, 5, 1)))
    assert all(not m.members for m in run(resolver, "The Sahel juntas met in Niamey.", date(2022, 5, 1)))
    sahel = find(run(resolver, "The Sahel juntas met in Niamey.", date(2024, 5, 1)), "Sahel juntas")
    assert [a.code for a in sahel.members] == ["MLIGOV", "BFAGOV", "NERGOV"]


def test_leader_on_either_side_of_a_change_of_government(resolver: ActorResolver) -> None:
    text = "Moon Jae-in met the press in Seoul."
    assert code_of(run(resolver, text, date(2017, 5, 10)), "Moon Jae-in") == "KORGOV"
    before = find(run(resolver, text, date(2017, 5, 9)), "Moon Jae-in")
    assert before.actor.code != "KORGOV" and not before.actor.is_political
    after = find(run(resolver, text, date(2022, 5, 10)), "Moon Jae-in")
    assert after.actor.code == "KORELI" and not after.actor.is_political
    # The title resolves to whoever held the office on the day.
    idx = run(resolver, "South Korea's president spoke on television.", date(2022, 5, 10))
    assert find(idx, "South Korea's president").actor.name == "Yoon Suk Yeol"


def test_foreign_minister_term(resolver: ActorResolver) -> None:
    assert code_of(run(resolver, "Ri Yong-ho flew to Hanoi.", date(2018, 7, 1)), "Ri Yong-ho") == "PRKGOV"
    later = find(run(resolver, "Ri Yong-ho flew to Hanoi.", date(2021, 3, 1)), "Ri Yong-ho")
    assert later.actor.role == "ELI" and later.actor.kind == "person"


def test_titles_without_names(resolver: ActorResolver) -> None:
    idx = run(resolver, "The North Korean leader praised the talks. South Korea's president agreed, and "
                        "China's foreign ministry welcomed the news.")
    lead = find(idx, "The North Korean leader")
    assert lead.actor.code == "PRKGOV" and lead.actor.name == "Kim Jong-un"
    assert find(idx, "South Korea's president").actor.name == "Moon Jae-in"
    assert code_of(idx, "China's foreign ministry") == "CHNGOV"


def test_title_with_name_is_one_mention(resolver: ActorResolver) -> None:
    idx = run(resolver, "North Korean leader Kim Jong-un met Chinese President Xi Jinping.")
    m = find(idx, "North Korean leader Kim Jong-un")
    assert m.actor.code == "PRKGOV" and m.actor.name == "Kim Jong-un"
    assert code_of(idx, "Chinese President Xi Jinping") == "CHNGOV"
    assert idx.at(m.start + 1) is m


def test_organisations(resolver: ActorResolver) -> None:
    idx = run(resolver, "The U.N. Security Council, NATO, the IAEA and the World Bank met with ASEAN, the "
                        "African Union, OPEC and the G20.")
    codes = set(idx.codes())
    assert {"UNO", "NAT", "IAE", "WBK", "ASN", "AFU", "OPC", "GTW"} <= codes
    assert all(m.via == "igo" for m in idx.mentions)


def test_role_phrases(resolver: ActorResolver) -> None:
    idx = run(resolver, "Russian officials denied it. Chinese troops massed on the border. Opposition "
                        "lawmakers in Seoul walked out, and a court in Guyana ruled against the firm.")
    assert code_of(idx, "Russian officials") == "RUSGOV"
    assert code_of(idx, "Chinese troops") == "CHNMIL"
    opp = find(idx, "Opposition lawmakers in Seoul")
    assert opp.actor.code == "KOROPPLEG" and opp.actor.role == "OPP"
    assert code_of(idx, "a court in Guyana") == "GUYJUD"


def test_state_media_takes_country_from_context(resolver: ActorResolver) -> None:
    idx = run(resolver, "Pyongyang fired two missiles on Sunday. State media called it a routine drill.")
    assert code_of(idx, "State media") == "PRKMED"


def test_experts_and_former_officials_are_not_the_government(resolver: ActorResolver) -> None:
    idx = run(resolver, "Park Byung-kwang, an analyst at the Institute for National Security Strategy in "
                        "Seoul, said the summit was a gamble.")
    park = find(idx, "Park Byung-kwang")
    assert park.actor.kind == "expert" and not park.actor.is_political
    assert park.actor.country == "KOR" and park.actor.role == "EDU"
    idx = run(resolver, "Former Japanese Prime Minister Yukio Hatoyama visited Seoul.", date(2018, 6, 1))
    m = next(m for m in idx.mentions if "Hatoyama" in m.text)
    assert m.actor.role == "ELI" and not m.actor.is_political


def test_bylines_and_photo_credits_are_not_actors(resolver: ActorResolver) -> None:
    idx = run(resolver, "By Lee Jin-man\n\nThe talks ended. (AP Photo/Ahn Young-joon)")
    texts = [m.text for m in idx.mentions]
    assert not any("Lee Jin-man" in t or "Ahn Young-joon" in t for t in texts)


def test_namesakes_stay_apart(resolver: ActorResolver) -> None:
    idx = run(resolver, "Kim Jong-un inspected a factory. His sister Kim Yo-jong issued a statement. "
                        "Kim Min-seo, a reporter for a Seoul daily, asked about the trip.")
    ku, ky, reporter = find(idx, "Kim Jong-un"), find(idx, "Kim Yo-jong"), find(idx, "Kim Min-seo")
    assert ku.actor.name == "Kim Jong-un" and ky.actor.name == "Kim Yo-jong"
    assert ku.actor.code == ky.actor.code == "PRKGOV"
    assert reporter.actor.role == "MED" and not reporter.actor.is_political


def test_coreference(resolver: ActorResolver) -> None:
    idx = run(resolver, "North Korean leader Kim Jong-un arrived in Singapore on Sunday. Kim later said his "
                        "country wants peace. The North also sent a letter to Washington. He smiled. "
                        "The two sides signed a statement.")
    kim = [m for m in idx.mentions if m.text == "Kim"][0]
    assert kim.via == "coref" and kim.actor.code == "PRKGOV"
    assert kim.antecedent_text == "North Korean leader Kim Jong-un"
    assert code_of(idx, "his") == "PRKGOV"
    north = find(idx, "The North")
    assert north.actor.code == "PRK" and north.via == "coref"
    assert code_of(idx, "He") == "PRKGOV"
    sides = find(idx, "The two sides")
    assert {a.country for a in sides.members} == {"PRK", "USA"}


def test_the_country(resolver: ActorResolver) -> None:
    idx = run(resolver, "Iran rejected the proposal. Officials said the country would keep enriching "
                        "uranium.")
    m = find(idx, "the country")
    assert m.actor.code == "IRN" and m.via == "coref" and m.antecedent_text == "Iran"


def test_the_north_depends_on_the_article(resolver: ActorResolver) -> None:
    korea = run(resolver, "Seoul proposed military talks. The North did not reply.")
    assert code_of(korea, "The North") == "PRK"
    sudan = run(resolver, "South Sudan accused its neighbour of bombing a market. The North denied it.")
    assert code_of(sudan, "The North") == "SDN"
    other = run(resolver, "The North won the regional football final.")
    assert all(m.text != "The North" for m in other.mentions)


def test_georgia_and_washington_depend_on_the_article(resolver: ActorResolver) -> None:
    caucasus = run(resolver, "Russian troops remain in South Ossetia, and Georgia wants them out. Tbilisi "
                             "appealed to the EU.")
    assert code_of(caucasus, "Georgia") == "GEO"
    us = run(resolver, "Republican officials in Atlanta certified the count, and Georgia sent its electors.")
    assert find(us, "Georgia").actor.code == "USA"
    capital = run(resolver, "Washington imposed new tariffs on Chinese steel.")
    assert code_of(capital, "Washington") == "USAGOV"
    state = run(resolver, "Wildfires spread east of Seattle, and Washington declared an emergency in the "
                          "county.")
    assert code_of(state, "Washington") == "USA"


def test_index_is_sorted_non_overlapping_and_searchable(resolver: ActorResolver) -> None:
    doc = resolver.nlp("Japan and China met in Tokyo. Russian diplomats joined later.")
    idx = resolver.resolve(doc, ref_date=None)
    spans = [(m.start, m.end) for m in idx.mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    for m in idx.mentions:
        assert doc.text[m.start_char:m.end_char] == m.text
        assert idx.at(m.start) is m
    first_sentence = list(doc.sents)[0]
    inside = idx.in_range(first_sentence.start, first_sentence.end)
    assert [m.text for m in inside] == ["Japan", "China", "Tokyo"]
    assert idx.at(len(doc) - 1) is None


def test_joint_and_group_phrases(resolver: ActorResolver) -> None:
    idx = run(resolver, "Nigerian and British armed forces held drills. Taliban militants seized a post, and "
                        "Syrian government forces shelled the town.")
    # One mention per country; the one on the head noun lists both sides.
    assert code_of(idx, "Nigerian") == "NGAMIL"
    joint = find(idx, "British armed forces")
    assert joint.actor.code == "GBRMIL"
    assert [a.code for a in joint.members] == ["NGAMIL", "GBRMIL"]
    assert code_of(idx, "Taliban militants") == "TAL"
    assert code_of(idx, "Syrian government forces") == "SYRMIL"


def test_named_bodies_keep_their_codes(resolver: ActorResolver) -> None:
    idx = run(resolver, "The Korean Central News Agency said so, the Associated Press reported, citing the "
                        "People's Liberation Army.")
    assert code_of(idx, "The Korean Central News Agency") == "PRKMED"
    assert find(idx, "the Associated Press").actor.name == "The Associated Press"
    assert code_of(idx, "the People's Liberation Army") == "CHNMIL"


def test_dates_accept_datetimes_and_missing_dates(resolver: ActorResolver) -> None:
    from datetime import datetime

    idx = resolver.resolve(resolver.nlp("Donald Trump spoke."), ref_date=datetime(2022, 3, 1, 9, 30))
    assert find(idx, "Donald Trump").actor.code == "USAELI"  # between his two terms
    idx = resolver.resolve(resolver.nlp("Donald Trump spoke."), ref_date=None)
    assert find(idx, "Donald Trump").actor.code == "USAGOV"
    # The same person in two offices in a row stays the government.
    for day in (date(2010, 1, 1), date(2015, 1, 1)):
        assert code_of(run(resolver, "Vladimir Putin spoke.", day), "Vladimir Putin") == "RUSGOV"


def test_ministries_are_institutions(resolver: ActorResolver) -> None:
    idx = run(resolver, "China's foreign ministry protested, and the Chinese foreign minister called Seoul.")
    assert find(idx, "China's foreign ministry").actor.name == "China government"
    assert find(idx, "the Chinese foreign minister").actor.name == "Wang Yi"


def test_dateline_and_buildings_stay_out_of_mentions(resolver: ActorResolver) -> None:
    idx = run(resolver, "TOKYO, May 3 - Japanese Prime Minister Shinzo Abe hosted a dinner at the Great Hall "
                        "of the People.")
    assert find(idx, "Japanese Prime Minister Shinzo Abe").actor.code == "JPNGOV"
    assert all("People" not in m.text for m in idx.mentions)


def test_think_tank_affiliation_makes_an_expert(resolver: ActorResolver) -> None:
    idx = run(resolver, "\"The talks will stall,\" said Choi Eun-ha of the Korea Institute for Defense "
                        "Analyses.")
    m = find(idx, "Choi Eun-ha")
    assert m.actor.kind == "expert" and m.actor.code == "KOREDU" and not m.actor.is_political


def test_plural_pronouns_and_bare_state_bodies(resolver: ActorResolver) -> None:
    idx = run(resolver, "Myanmar's junta tightened its grip. Troops fired on crowds in Mandalay, and they "
                        "detained dozens. Police said their orders came from the capital.")
    assert code_of(idx, "Troops") == "MMRMIL"
    assert code_of(idx, "they") == "MMRMIL" and find(idx, "they").antecedent_text == "Troops"
    assert code_of(idx, "Police") == "MMRCOP"
    assert code_of(idx, "their") == "MMRCOP"
    # With no country nearby a bare plural keeps only its role.
    idx = run(resolver, "Troops fired on crowds.")
    assert code_of(idx, "Troops") == "MIL"


def test_cli_long_text_argument_is_the_text_not_a_path() -> None:
    from typer.testing import CliRunner

    from triadic.cli import app

    text = "Kenya thanked Uganda for its help with the floods. " * 40  # longer than any file name may be
    r = CliRunner().invoke(app, ["actors", text, "--format", "json"])
    assert r.exit_code == 0, r.output
    assert '"KEN' in r.output and '"UGA' in r.output
