"""Cities and regions, world regions, state agencies and armed groups, organisations by the last word of
their name, the two U.S. parties, datelines and plural pronouns, on sentences written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from triadic.actors import ActorResolver, Mention, MentionIndex
from triadic.actors._dateline import dateline_country
from triadic.cli import app


@pytest.fixture(scope="module")
def resolver(nlp: Language) -> ActorResolver:
    return ActorResolver(nlp)


def run(resolver: ActorResolver, text: str, dateline: str | None = None) -> MentionIndex:
    return resolver.resolve(resolver.nlp(text), ref_date=None, dateline=dateline)


def find(index: MentionIndex, text: str) -> Mention:
    hits = [m for m in index.mentions if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in index.mentions]}"
    return hits[0]


def texts(index: MentionIndex) -> list[str]:
    return [m.text for m in index.mentions]


def test_a_city_gives_a_role_its_country(resolver: ActorResolver) -> None:
    idx = run(resolver, "Police in Kandahar detained four men. Mosul residents fled the shelling.")
    assert find(idx, "Police in Kandahar").actor.code == "AFGCOP"
    assert find(idx, "Mosul residents").actor.country == "IRQ"


def test_a_place_that_is_only_the_setting_is_no_actor(resolver: ActorResolver) -> None:
    idx = run(resolver, "The envoys met in Geneva on Monday. Talks resumed in Herat province a week later.")
    assert not any("Geneva" in t or "Herat" in t for t in texts(idx))


def test_a_place_that_acts_or_is_hit_stands_for_its_country(resolver: ActorResolver) -> None:
    idx = run(resolver, "Insurgents shelled Aleppo overnight. Gunmen fired rockets at Haifa. "
                        "Catalonia declared independence.")
    for name, iso3 in (("Aleppo", "SYR"), ("Haifa", "ISR"), ("Catalonia", "ESP")):
        m = find(idx, name)
        assert (m.actor.code, m.via, m.actor.role) == (iso3, "place", None)


def test_a_city_votes_for_the_country_a_story_is_about(resolver: ActorResolver) -> None:
    idx = run(resolver, "Heavy fighting spread across Kharkiv overnight. The army said it had repelled "
                        "two assaults.")
    assert find(idx, "The army").actor.code == "UKRMIL"


def test_world_regions_use_cameo_region_codes(resolver: ActorResolver) -> None:
    idx = run(resolver, "West African leaders met on Friday. Gulf states pledged money, and the West "
                        "stayed quiet about the Middle East.")
    assert find(idx, "West African leaders").actor.code == "WAF"
    assert find(idx, "Gulf states").actor.code == "PGS"
    assert find(idx, "the West").actor.code == "WST"
    assert find(idx, "the Middle East").actor.code == "MEA"


def test_state_agencies_armed_groups_and_news_agencies(resolver: ActorResolver) -> None:
    idx = run(resolver, "ICE agents detained a farmer. The FARC signed an accord, Anadolu Agency said, "
                        "and the Tamil Tigers denied it.")
    assert find(idx, "ICE").actor.code == "USACOP"
    farc = find(idx, "The FARC").actor
    assert (farc.code, farc.kind, farc.country) == ("COLREB", "group", "COL")
    assert find(idx, "Anadolu Agency").actor.code == "TURMED"
    assert find(idx, "the Tamil Tigers").actor.code == "LKAREB"


def test_unknown_organisations_take_a_role_from_their_last_word(resolver: ActorResolver) -> None:
    idx = run(resolver, "Shareholders sued Zentrix Mining Corp. over the spill. The Green Freedom Party "
                        "accused the cabinet of fraud.")
    assert find(idx, "Zentrix Mining Corp.").actor.role == "BUS"
    assert find(idx, "The Green Freedom Party").actor.role == "PTY"


def test_us_parties_and_longer_party_names(resolver: ActorResolver) -> None:
    idx = run(resolver, "Democrats in the Senate blocked the bill. The Liberal Democrats welcomed it.")
    assert find(idx, "Democrats").actor.code == "USAPTY"
    assert find(idx, "Liberal Democrats").actor.code == "GBRPTY"


def test_new_generic_role_nouns(resolver: ActorResolver) -> None:
    idx = run(resolver, "Teachers and nurses marched on the ministry, and secessionists torched a clinic.")
    assert find(idx, "Teachers").actor.role == "EDU"
    assert find(idx, "nurses").actor.role == "HLH"
    assert find(idx, "secessionists").actor.role == "SEP"


def test_dateline_country_owns_bare_state_bodies(resolver: ActorResolver) -> None:
    text = "Police said the gunmen fled. The government promised an inquiry."
    bare = run(resolver, text)
    assert find(bare, "Police").actor.country is None
    idx = run(resolver, text, dateline="MOSUL, Iraq (AP)")
    assert find(idx, "Police").actor.code == "IRQCOP"
    assert find(idx, "The government").actor.code == "IRQGOV"
    # The text's own country still wins over the dateline.
    idx2 = run(resolver, "Nigeria's police said the gunmen fled. The government promised an inquiry.",
               dateline="MOSUL, Iraq (AP)")
    assert find(idx2, "The government").actor.code == "NGAGOV"


def test_dateline_parsing(resolver: ActorResolver) -> None:
    d = resolver.dictionary
    assert dateline_country(d, "KABUL, Afghanistan (AP)") == "AFG"
    assert dateline_country(d, "SEOUL, March 28 (Yonhap) --") == "KOR"
    assert dateline_country(d, "WASHINGTON (Reuters) -") == "USA"
    assert dateline_country(d, "UNITED NATIONS (AP)") is None  # the agency in brackets is no place
    assert dateline_country(d, None) is None


def test_subject_they_prefers_the_earlier_subject(resolver: ActorResolver) -> None:
    idx = run(resolver, "Chinese soldiers fired at protesters, and they arrested dozens.")
    they = find(idx, "they")
    assert they.actor.code == "CHNMIL" and they.antecedent_text == "Chinese soldiers"


def test_a_role_word_inside_a_persons_name_is_no_role(resolver: ActorResolver) -> None:
    idx = run(resolver, "Park Jin-man thanked the villagers.")
    assert not any(m.text == "man" or (m.via == "role" and "Jin-man" in m.text) for m in idx.mentions)


def test_user_places_section(tmp_path: Path, nlp: Language) -> None:
    f = tmp_path / "places.yaml"
    f.write_text("places:\n- {country: KOR, names: [Hanbitgol]}\n", encoding="utf-8")
    r = ActorResolver(nlp, [f])
    idx = r.resolve(nlp("Hanbitgol police arrested a smuggler."))
    assert find(idx, "Hanbitgol police").actor.code == "KORCOP"
    bad = tmp_path / "bad.yaml"
    bad.write_text("places:\n- {country: XXQ, names: [Nowhere Town]}\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["actors-check", str(bad)])
    assert res.exit_code != 0 and "E035" in res.output and "XXQ" in res.output


def test_cli_dateline_option() -> None:
    res = CliRunner().invoke(app, ["actors", "Police said the attackers fled.", "--dateline",
                                   "KABUL, Afghanistan (AP)", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert "AFGCOP" in res.output
    res = CliRunner().invoke(app, ["actors", "   ", "--dateline", "KABUL"])
    assert res.exit_code != 0 and "E038" in res.output


def test_more_heads_of_state_by_date(resolver: ActorResolver) -> None:
    text = "Hamid Karzai met Alvaro Uribe."
    in_office = resolver.resolve(resolver.nlp(text), ref_date=date(2008, 5, 1))
    assert [m.actor.code for m in in_office.mentions] == ["AFGGOV", "COLGOV"]
    later = resolver.resolve(resolver.nlp(text), ref_date=date(2020, 5, 1))
    assert [(m.actor.code, m.actor.is_political) for m in later.mentions] == [("AFGELI", False),
                                                                               ("COLELI", False)]


def test_an_embassy_in_a_capital_is_not_the_host_countrys(resolver: ActorResolver) -> None:
    idx = run(resolver, "Canada said the embassy in Kabul would close. Officials in Kabul said nothing.")
    assert find(idx, "the embassy").actor.code == "CANGOV"
    assert find(idx, "Officials in Kabul").actor.code == "AFGGOV"


def test_user_group_of_states(tmp_path: Path, nlp: Language) -> None:
    # a user's own named group of states: one mention whose members are the states; an unknown member is E035
    f = tmp_path / "groups.yaml"
    f.write_text("actors:\n- {code: NOR, name: Arctic pair, via: igo, members: [NOR, ISL], "
                 "terms: [Arctic pair]}\n", encoding="utf-8")
    idx = ActorResolver(nlp, [f]).resolve(nlp("The Arctic pair protested to Moscow."))
    assert [a.code for a in find(idx, "Arctic pair").members] == ["NOR", "ISL"]
    bad = tmp_path / "bad_group.yaml"
    bad.write_text("actors:\n- {code: NOR, name: Bad pair, members: [NOR, XXQ], terms: [Bad pair]}\n",
                   encoding="utf-8")
    res = CliRunner().invoke(app, ["actors-check", str(bad)])
    assert res.exit_code != 0 and "E035" in res.output and "XXQ" in res.output
