"""Headline register (session 13 HEAD): the parse repairs of triadic/nlp/_headline.py (a comma for
"and" between two subject names; a verb that is also a noun read as a noun compound) and the
headline "X to VERB" future in _modality.py. Body sentences keep the model's parse."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile, Peru swap prisoners after border talks", {("CHL", "08", "PER"), ("PER", "08", "CHL")}),
    ("Sudan, South Sudan sign oil agreement", {("SDN", "05", "SSD"), ("SSD", "05", "SDN")}),
    ("Rwanda, Burundi restore diplomatic relations", {("RWA", "05", "BDI"), ("BDI", "05", "RWA")}),
])
def test_comma_joined_names_are_both_subjects(code, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = dyads(code(text))
    assert expected <= got, got


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Canada sanctions Belarusian officials", "16", "CAN"),
    ("Morocco arrests suspected militants in Casablanca", "17", "MAR"),
    ("Norway summons Russian ambassador over spy case", "11", "NOR"),
    ("Peru, Bolivia trade accusations over border incident", "11", "PER"),
    # "and" joins a plural subject as the comma does
    ("Ghana and Togo sign maritime boundary treaty", "05", "GHA"),
    ("Chad and Niger trade accusations over border raid", "11", "TCD"),
])
def test_noun_read_verb_in_a_verbless_headline(code, text: str, root: str, source: str) -> None:
    got = dyads(code(text))
    assert any(r == root and s.startswith(source) for s, r, _ in got), got


@pytest.mark.parametrize("text", [
    "Canadian sanctions on Belarus remain in force.",
    "The Canadian sanctions regime against Belarus was widened in 2021.",
    "Chelsea, Arsenal draw 1-1 at Stamford Bridge",
    "Oil prices rise as OPEC output falls",
    "Afghan forces battle heat as temperatures soar",
    "Canada and Norway sanctions on Belarus stay",
])
def test_headline_repairs_leave_other_shapes_alone(code, text: str) -> None:
    # a sanctions noun may still be coded as a noun; no word is read as a verb it is not
    got = [(e.cameo, e.rule) for e in code(text) if e.root in ("16", "17", "19")]
    assert not any(rule.startswith("verb:") for _, rule in got), got


@pytest.mark.parametrize("text", [
    "Peru to expel Venezuelan diplomats over election row",
    "Egypt to mediate between Israel and Hamas",
    "Kenyan president to visit Ethiopia next month",
    "Kuwait, Iraq to restore diplomatic ties",
])
def test_headline_to_infinitive_is_planned(code, text: str) -> None:
    evs = code(text)
    assert evs and all(e.modality == "planned" for e in evs), [(e.cameo, e.modality) for e in evs]


def test_body_infinitive_keeps_its_governor(code) -> None:
    # an infinitive under a finite verb takes that verb's modality, not the headline future
    evs = [e for e in code("Britain forced Iran to release the tanker in 2019.") if e.root == "08"]
    assert all(e.modality != "planned" for e in evs), [(e.cameo, e.modality) for e in evs]


def test_place_label_is_no_second_subject(code) -> None:
    # "Country:" before a headline names where it happens; the clause's own subject acts
    got = dyads(code("Bolivia: miners clash with police in La Paz"))
    assert any(s == "BOLLAB" for s, _, _ in got), got


# body sentences (triadic/nlp/_participle.py): a past-tense event verb the model read as an adjective
# on its object ("dissolved parliament") after a possessive or named subject is rebuilt as the verb
@pytest.mark.parametrize(("text", "root", "source"), [
    ("Bangladesh's army chief dissolved parliament.", "08", "BGD"),
    ("Ecuador's armed forces chief deported Colombian inmates.", "17", "ECU"),
    ("The European Union on Saturday froze aid to Niger.", "16", "EU"),
    ("Fighting resumed in the north. Bangladesh's army chief dissolved parliament.", "08", "BGD"),
    # the object's own phrase stays on it: the talks are held between the two, beside the hosting
    ("Turkey hosted talks between Russia and Ukraine in Istanbul on Thursday.", "04", "RUS"),
])
def test_past_verb_read_as_adjective_in_body(code, text: str, root: str, source: str) -> None:
    got = dyads(code(text))
    assert any(r == root and s.startswith(source) for s, r, _ in got), got


@pytest.mark.parametrize("text", [
    "The EU's frozen aid to Niger.",
    "Mali's ousted president Ibrahim Boubacar Keita in Bamako.",
    "The opposition's banned newspaper on sale in Harare.",
    "Russia's war in Ukraine: frozen assets, seized yachts and banned exports.",
    "Kuwait's suspended parliament building in Kuwait City.",
    "The suspended parliament met again in March.",
])
def test_participle_repair_leaves_noun_phrases_alone(code, text: str) -> None:
    # a noun ("aid") may still be coded as a noun; no participle is read as a verb it is not
    got = [(e.cameo, e.rule) for e in code(text)]
    assert not any(rule.startswith("verb:") for _, rule in got), got


# a participle of feeling with "by" (triadic/nlp/_participle.py, ``repair_feeling_agents``): the model reads
# "was appalled by X" as a passive with X its doer; the one who feels is the source, X what it is about
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Seoul said it was outraged by Tokyo.", "KOR", "JPN"),
    ("Paris was dismayed by Bamako's decision to expel its ambassador.", "FRA", "MLI"),
    ("Ottawa was appalled by the death sentence handed down by a Chinese court.", "CAN", "CHN"),
])
def test_feeling_by_is_the_feelers_disapproval(code, text: str, source: str, target: str) -> None:
    got = dyads(code(text))
    assert any(r == "11" and s.startswith(source) and (t or "").startswith(target) for s, r, t in got), got


@pytest.mark.parametrize("text", [
    "Residents were appalled by the smell from the factory.",
    "Fans were outraged by the referee's decision.",
    # a real passive of harm keeps its doer
    "The village was destroyed by Russian troops.",
])
def test_feeling_by_needs_parties(code, text: str) -> None:
    assert not any(e.root == "11" for e in code(text)), [(e.cameo, e.rule) for e in code(text)]


# session 16 REGISTER: wire and headline register
@pytest.mark.parametrize(("text", "root", "source", "target"), [
    # "X to VERB": the opening name run is the subject the model hung on the verb as a bare dependent
    ("Nepal PM to visit India next month", "04", "NPLGOV", "IND"),
    # a noun read as the verb ("Korea fires" a noun, "missile" its verb)
    ("N. Korea fires rocket toward South Korea", "19", "PRK", "KOR"),
    # an acronym beside a named party in a comma-joined subject
    ("Philippines, NPA resume peace talks in Oslo", "04", "PHL", "PHLREB"),
])
def test_headline_subjects(code, text: str, root: str, source: str, target: str | None) -> None:
    got = dyads(code(text))
    assert any(r == root and s == source and (target is None or t == target) for s, r, t in got), got


@pytest.mark.parametrize(("text", "source"), [
    # a wire dateline is no subject of the verb after it
    ("KYIV (Reuters) - Ukraine accused Belarus of massing troops on the border.", "UKR"),
    ("DHAKA, June 3 (AFP) - Bangladesh expelled two Myanmar diplomats.", "BGD"),
    ("NEW DELHI: India summoned the Nepalese envoy on Friday.", "IND"),
])
def test_dateline_is_no_subject(code, text: str, source: str) -> None:
    got = dyads(code(text))
    assert got and all(s.startswith(source) for s, _, _ in got), got


def test_meeting_place_is_no_nationality_of_a_group(code) -> None:
    # "in Doha" is where they met: the Taliban stay themselves (not Qatar's rebels) and meet abroad (044)
    got = dyads(code("US envoy meets Taliban in Doha"))
    assert ("USAGOV", "04", "AFGGOV") in got, got


@pytest.mark.parametrize("text", [
    "Gaza strikes kill 20",  # the plural noun subject keeps its event verb
    "Wildfire fires up debate on climate policy",
    "LONDON (Reuters) - Oil prices rose on Tuesday as supply concerns grew.",
    "Tesla to cut prices in China",
])
def test_register_repairs_leave_other_text_alone(code, text: str) -> None:
    got = [(e.cameo, e.source.actor.code, e.rule) for e in code(text)]
    assert not any(src in ("GBRMED", "USAMED") for _, src, _ in got), got
    if "Gaza" not in text:
        assert not got, got


@pytest.mark.parametrize(("text", "root", "target"), [
    # an object with no article the model read as a bare noun adverbial is the event verb's object
    ("Burkina Faso junta expels French diplomats", "17", "FRAGOV"),
    ("Niger expels Beninese ambassador, says report", "17", "BENGOV"),
])
def test_adverbial_read_object_of_a_headline_verb(code, text: str, root: str, target: str) -> None:
    got = dyads(code(text))
    assert any(r == root and t == target for _, r, t in got), got


def test_eyes_is_weighing_an_option(code) -> None:
    # "eyes" in a headline is "considers" (CAMEO 014, like "mulls", "weighs"), not a deal already made
    got = dyads(code("Vietnam eyes nuclear power deal with Russia"))
    assert any(r == "01" and s == "VNM" for s, r, _ in got) and not any(r == "05" for _, r, _ in got), got
