"""Session 8 actor mechanisms: a state body's report owns its bare forces, troops where a one-country
sentence is set, local branches where the sentence is set, named groups' appositives, hyphenated modifiers
before an IGO's noun, joined nationalities, rulers named by a relative clause, possessed named bodies, the
country of one-country groups, counted peoples, staff of a body, named companies and merchant ships. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest
from tests._actors_helpers import covering, resolve_text
from typer.testing import CliRunner

from triadic.actors import ActorResolver
from triadic.cli import app


def _code(resolver: ActorResolver, text: str, word: str) -> str:
    return covering(resolve_text(resolver, text), word).actor.code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Troops ambushed a rebel convoy in the hills on Friday, Peru's army said.", "Troops", "PERMIL"),
    ("Soldiers repelled an assault on a border post, Mali's defence ministry said on Tuesday.", "Soldiers",
     "MLIMIL"),
    ("Police detained nine protesters overnight, the Kenyan interior ministry said.", "Police", "KENCOP"),
    ("The Thai army said troops had cleared two villages near the frontier.", "troops", "THAMIL"),
])
def test_reporting_state_body_owns_bare_forces(resolver: ActorResolver, text: str, word: str,
                                                code: str) -> None:
    assert _code(resolver, text, word) == code


def test_reported_police_make_their_people_home(resolver: ActorResolver) -> None:
    text = "Police detained nine protesters overnight, the Kenyan interior ministry said."
    index = resolve_text(resolver, text)
    assert covering(index, "protesters").actor.country == "KEN"


@pytest.mark.parametrize("text", [
    "Troops fired on the crowd, witnesses told reporters.",  # not a state body reporting
    "Soldiers stormed the compound, a resident said.",
])
def test_bare_forces_without_a_state_reporter_stay_bare(resolver: ActorResolver, text: str) -> None:
    word = text.split()[0]
    assert covering(resolve_text(resolver, text), word).actor.country is None


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Soldiers fought insurgents in Balochistan province overnight.", "Soldiers", "PAKMIL"),
    ("The governor asked federal troops to restore order in Michoacan.", "federal troops", "MEXMIL"),
])
def test_bare_troops_where_a_one_country_sentence_is_set(resolver: ActorResolver, text: str, word: str,
                                                         code: str) -> None:
    assert _code(resolver, text, word) == code


def test_bare_troops_in_held_land_stay_bare(resolver: ActorResolver) -> None:
    text = "Troops raided a refugee camp in Jenin overnight."
    assert covering(resolve_text(resolver, text), "Troops").actor.country is None


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Islamic State fighters raided a village in Cabo Delgado province.", "Islamic State", "MOZREB"),
    ("The U.S. military said it had launched an air strike against al-Qaeda fighters in the mountains of "
     "central Yemen.", "al-Qaeda", "YEMREB"),
    ("Taliban militants attacked a police post in Pakistan's Khyber Pakhtunkhwa province.", "Taliban",
     "PAKREB"),
])
def test_fighters_of_a_transnational_group_where_the_sentence_is_set(resolver: ActorResolver, text: str,
                                                                     word: str, code: str) -> None:
    assert _code(resolver, text, word) == code


def test_the_taliban_by_name_stay_themselves(resolver: ActorResolver) -> None:
    code = _code(resolver, "The Taliban detained two British aid workers in Kabul.", "Taliban")
    assert not code.endswith("REB")


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Hamas released a statement rejecting the proposal.", "Hamas", "PSE"),
    ("Islamic Jihad fired rockets at Israeli towns.", "Islamic Jihad", "PSE"),
    ("The PKK announced it would lay down its weapons.", "PKK", "TUR"),
])
def test_one_country_groups_carry_their_country(resolver: ActorResolver, text: str, word: str,
                                                 country: str) -> None:
    m = covering(resolve_text(resolver, text), word)
    assert m.actor.country == country and not m.actor.code.startswith(country)  # the group keeps its code


def test_named_group_appositive_and_its_fighters(resolver: ActorResolver) -> None:
    text = ("The Kachin Independence Army, a rebel group that holds much of the north, said its fighters had "
            "seized a jade mine.")
    index = resolve_text(resolver, text)
    assert covering(index, "a rebel group").actor.code == "MMRREB"
    assert covering(index, "its fighters").actor.code == "MMRREB"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("A United Nations fact-finding mission accused Venezuela's security forces of abuses.", "mission",
     "UNO"),
    ("A UN fact-finding mission said Myanmar's army had burned villages.", "mission", "UNO"),
])
def test_hyphenated_modifier_before_an_igo_noun(resolver: ActorResolver, text: str, word: str,
                                                code: str) -> None:
    assert _code(resolver, text, word) == code


def test_sponsor_hyphen_still_ends_the_phrase(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Kenyan troops drove Islamic State-linked insurgents out of a town.")
    assert covering(index, "insurgents").actor.code != "IMG"


@pytest.mark.parametrize(("text", "word", "country"), [
    ("A Bosnian Serb commander was arrested by police in Sarajevo.", "Serb", "BIH"),
    ("Kosovo Serb mayors resigned in protest on Monday.", "Serb", "XKX"),
    ("Turkish Cypriot leaders met the UN envoy in Nicosia.", "Cypriot", "CYP"),
    ("Iran's judiciary sentenced a French-Iranian academic to six years in prison.", "Iranian", "FRA"),
])
def test_joined_nationalities_make_one_actor(resolver: ActorResolver, text: str, word: str,
                                             country: str) -> None:
    index = resolve_text(resolver, text)
    m = covering(index, word)
    assert m.actor.country == country
    first = text.split(word)[0].split()[-1].rstrip("-")
    assert first in m.text  # one mention over both words


def test_two_sided_hyphen_pair_stays_two(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Russian-Ukrainian talks resumed in Istanbul.")
    assert not any(m.actor.country and "Russian-Ukrainian" in m.text for m in index.mentions)


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Nigeria's president urged the officers who seized power in Niger to free the ousted leader.",
     "officers", "NERMIL"),
    ("Ghana called on the soldiers who took power in Burkina Faso to hold elections.", "soldiers", "BFAMIL"),
    ("Thailand urged the generals who rule Myanmar to end the air strikes.", "generals", "MMRMIL"),
])
def test_rulers_named_by_a_relative_clause(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert _code(resolver, text, word) == code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Belarus's KGB said it had arrested a Latvian citizen.", "KGB", "BLRSPY"),
])
def test_possessed_named_body_is_the_owner_countrys(resolver: ActorResolver, text: str, word: str,
                                                   code: str) -> None:
    index = resolve_text(resolver, text)
    assert covering(index, word).actor.code == code
    assert covering(index, "it").actor.country == "BLR"  # "it" follows the recoded body


@pytest.mark.slow
def test_cli_resolve_shows_reported_forces() -> None:
    r = CliRunner().invoke(app, ["actors", "Troops shelled rebel positions, Chad's army said.",
                                 "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "TCDMIL" in r.output


def test_cli_resolve_rejects_empty_text() -> None:
    r = CliRunner().invoke(app, ["actors", "   "])
    assert r.exit_code != 0
    assert "Traceback" not in r.output


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Pakistan deported 5,000 Afghans last month.", "Afghans", "AFGCVL"),
    ("The Dominican Republic expelled thousands of Haitians.", "Haitians", "HTICVL"),
    ("Lebanese police arrested several Syrians near the border.", "Syrians", "SYRCVL"),
])
def test_counted_people_of_a_country_are_civilians(resolver: ActorResolver, text: str, word: str,
                                                   code: str) -> None:
    assert _code(resolver, text, word) == code


def test_uncounted_demonym_stays_the_state(resolver: ActorResolver) -> None:
    m = covering(resolve_text(resolver, "The Syrians rejected the proposal on Monday."), "Syrians")
    assert m.actor.country == "SYR" and m.actor.role is None


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Asked about Canada's new tariffs, a spokesman for the foreign ministry in Beijing said China would "
     "respond.", "a spokesman", "CHNGOV"),
    ("A spokeswoman for Germany's foreign ministry criticised the verdict.", "spokeswoman", "DEUGOV"),
])
def test_staff_for_a_state_body_are_its_own(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert _code(resolver, text, word) == code


def test_staff_for_a_country_name_are_left_alone(resolver: ActorResolver) -> None:
    # "for Kenya" names whom the envoy works on, not a body the envoy serves
    m = covering(resolve_text(resolver, "The UN envoy for Kenya met opposition leaders."), "envoy")
    assert m.actor.country != "KEN"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Huawei sued the U.S. government over the export ban.", "Huawei", "CHNBUS"),
    ("The European Union fined Gazprom for breaking supply contracts.", "Gazprom", "RUSBUS"),
    ("Venezuela's government ordered PDVSA to halt exports.", "PDVSA", "VENBUS"),
])
def test_named_companies_give_their_country(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert _code(resolver, text, word) == code


def test_a_named_company_does_not_own_a_bare_government(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Huawei said the government would answer the new rules.")
    assert covering(index, "the government").actor.country is None


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Syrian Kurdish fighters clashed with Turkish troops near Kobani.", "Kurdish", "SYRREB"),
    ("Nigerian Islamic State fighters ambushed a convoy.", "Islamic State", "NGAREB"),
])
def test_nationality_before_a_countryless_group(resolver: ActorResolver, text: str, word: str,
                                                code: str) -> None:
    assert _code(resolver, text, word) == code


def test_nationality_before_a_group_of_one_country_keeps_the_group(resolver: ActorResolver) -> None:
    assert _code(resolver, "Somali al-Shabaab militants attacked a base.", "al-Shabaab") == "SOMREB"


@pytest.mark.parametrize(("text", "code"), [
    ("Rebels fired a missile at a Liberian-flagged bulk carrier in the Red Sea.", "LBRBUS"),
    ("Pirates boarded a Maltese-flagged cargo vessel off the coast.", "MLTBUS"),
])
def test_flagged_merchant_ships_are_their_flags_business(resolver: ActorResolver, text: str,
                                                         code: str) -> None:
    assert _code(resolver, text, "flagged") == code
