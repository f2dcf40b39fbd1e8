"""Metrics checked against figures computed by hand on tiny cases."""

from __future__ import annotations

import pytest

from triadic.evaluate import (
    EvaluationReport,
    GoldEvent,
    GoldRecord,
    GoldSpan,
    PredActor,
    PredEvent,
    actor_scores,
    align,
    class_scores,
    event_spans,
    gold_actor,
    main_event,
    multiset_counts,
    score_records,
)
from triadic.evaluate._metrics import PRF


def pa(code: str, start: int = 0, end: int = 1) -> PredActor:
    return PredActor(code=code, country=code[:3], role=code[3:6] or None, start=start, end=end)


def ge(src: str, tgt: str | None, code: str | None, plover: str | None = None) -> GoldEvent:
    return GoldEvent(sources=(gold_actor(src),), targets=(gold_actor(tgt),) if tgt else (), code=code,
                     plover=plover)


def test_prf_from_multisets() -> None:
    # gold {04, 04, 19}, coded {04, 17}: one 04 matches; 17 is false; one 04 and the 19 are missed.
    tp, fp, fn = multiset_counts(["04", "04", "19"], ["04", "17"])
    assert (tp, fp, fn) == (1, 1, 2)
    s = PRF(tp, fp, fn)
    assert s.p == pytest.approx(0.5)
    assert s.r == pytest.approx(1 / 3)
    assert s.f1 == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))  # 0.4
    assert PRF().f1 == 0.0


def test_class_scores_macro_f1_accuracy_confusion() -> None:
    # class 0: 1/1 right (F1 1); class 1: P 1, R 1/2 (F1 2/3); class 2: one wrong prediction (F1 0).
    # The None prediction (nothing coded) is wrong and is not a class of its own.
    s = class_scores([0, 1, 1, 2], [0, 1, 2, None], labels=(0, 1, 2, 3, 4))
    assert s.accuracy == pytest.approx(0.5)
    assert s.macro_f1 == pytest.approx((1 + 2 / 3 + 0) / 3)
    assert s.confusion == {"0": {"0": 1}, "1": {"1": 1, "2": 1}, "2": {"none": 1}}
    assert s.per_class["1"]["support"] == 2
    assert set(s.per_class) == {"0", "1", "2"}  # 3 and 4 occur nowhere, so they are not averaged


def test_actor_codes_split_into_country_and_role() -> None:
    assert (gold_actor("USAGOV").country, gold_actor("USAGOV").role) == ("USA", "GOV")
    assert (gold_actor("IGOUNO").country, gold_actor("IGOUNO").role) == ("UNO", None)
    # The organisation identifies an IGO, with or without region letters or the prefix.
    assert gold_actor("IGOWSTNAT").country == gold_actor("NAT").country == "NAT"
    assert gold_actor("IGOEUREEC").country == "EUR"
    assert gold_actor("IGOUNOGOV").role == "GOV"
    assert (gold_actor("GOV").country, gold_actor("GOV").role) == (None, "GOV")
    assert gold_actor("RUSMILREB").role == "MIL"
    assert gold_actor("---").country is None
    assert (gold_actor("---EDU").country, gold_actor("---EDU").role) == (None, "EDU")
    # NGO after a country is that country's NGO; as a prefix it names an organisation.
    assert (gold_actor("GEONGO").country, gold_actor("GEONGO").role) == ("GEO", "NGO")
    assert (gold_actor("NGOAMN").country, gold_actor("NGOAMN").role) == ("AMN", None)


def test_alignment_prefers_pairs_whose_actors_agree() -> None:
    gold = [ge("FRA", "DEU", "042"), ge("DEU", "FRA", "042")]
    pred = [PredEvent(pa("DEU"), pa("FRA"), "042"), PredEvent(pa("FRA"), pa("DEU"), "042")]
    assert sorted(align(gold, pred)) == [(0, 1), (1, 0)]
    # Different roots never pair for scoring.
    assert align([ge("FRA", "DEU", "042")], [PredEvent(pa("FRA"), pa("DEU"), "190")]) == []


def test_actor_accuracy_country_and_role() -> None:
    # Source FRAGOV coded FRA without a role: right country, wrong role. Target right in both.
    g = ge("FRAGOV", "DEU", "042")
    p = PredEvent(pa("FRA"), pa("DEU"), "042")
    s = actor_scores([(g, p)]).to_dict()
    assert s["n"] == 2
    assert s["country"] == 1.0
    assert s["role"] == 0.5
    # A missing coded target is wrong.
    s2 = actor_scores([(g, PredEvent(pa("FRAGOV"), None, "042"))]).to_dict()
    assert (s2["country"], s2["role"], s2["target_country"]) == (0.5, 0.5, 0.0)


def test_main_event_is_most_confident_then_earliest() -> None:
    a = PredEvent(pa("USA"), None, "010", confidence=0.6, position=0)
    b = PredEvent(pa("USA"), None, "190", confidence=0.9, position=30)
    c = PredEvent(pa("USA"), None, "042", confidence=0.9, position=10)
    assert main_event([a, b, c]) is c
    assert main_event([]) is None


def test_event_spans_map_mirror_events_to_reciprocal() -> None:
    # "Peru and Chile met": Peru→Chile and Chile→Peru with the same root make both R.
    offsets = [(0, 4), (5, 8), (9, 14), (15, 18), (18, 19)]
    peru, chile = pa("PER", 0, 4), pa("CHL", 9, 14)
    spans = event_spans([PredEvent(peru, chile, "040"), PredEvent(chile, peru, "040")], offsets)
    assert sorted((s.role, s.start, s.end) for s in spans) == [("R", 0, 1), ("R", 2, 3)]
    # One direction only: S and T.
    spans = event_spans([PredEvent(peru, chile, "040")], offsets)
    assert sorted((s.role, s.start, s.end) for s in spans) == [("S", 0, 1), ("T", 2, 3)]
    # Given the tokens, the coordinated pair "Peru and Chile" is one reciprocal span.
    tokens = ["Peru", "and", "Chile", "met", "."]
    spans = event_spans([PredEvent(peru, chile, "040"), PredEvent(chile, peru, "040")], offsets, tokens)
    assert [(s.role, s.start, s.end) for s in spans] == [("R", 0, 3)]
    # Not coordinated ("Peru met Chile"): two spans stay.
    spans = event_spans([PredEvent(pa("PER", 0, 4), pa("CHL", 9, 14), "040"),
                         PredEvent(pa("CHL", 9, 14), pa("PER", 0, 4), "040")],
                        [(0, 4), (5, 8), (9, 14)], ["Peru", "met", "Chile"])
    assert sorted((s.role, s.start, s.end) for s in spans) == [("R", 0, 1), ("R", 2, 3)]


def _report() -> EvaluationReport:
    return EvaluationReport(files=["x"], formats=["test"])


def test_score_records_event_sets_triples_actors_classes() -> None:
    a = GoldRecord(id="a", text="A", file="f", line=1, label=1, has_codes=True, has_actors=True,
                   has_plover=True, events=[ge("FRAGOV", "DEU", "042", "CONSULT"),
                                            ge("DEU", "FRAGOV", "043", "CONSULT")])
    b = GoldRecord(id="b", text="B", file="f", line=2, events=[], has_codes=True, has_actors=True,
                   has_plover=True)
    c = GoldRecord(id="c", text="C", file="f", line=3, label=3)
    d = GoldRecord(id="d", text="D", file="f", line=4, label=3)
    preds = [
        [PredEvent(pa("FRAGOV"), pa("DEU"), "042", "CONSULT", confidence=0.9),
         PredEvent(pa("DEU"), pa("FRA"), "036", "AGREE", confidence=0.8)],
        [PredEvent(pa("USA"), pa("IRQ"), "190", "ASSAULT")],
        [],
        [PredEvent(pa("ISR"), pa("IRN"), "112", "ACCUSE")],
    ]
    rep = _report()
    errors = score_records([a, b, c, d], preds, rep, fallback="majority")
    out = rep.to_dict()
    assert out["n"] == 4
    assert out["coverage"] == 0.75  # c coded nothing
    # Roots: gold {04, 04}; coded {04, 03} in a and {19} in b → tp 1, fp 2, fn 1.
    assert (rep.root.tp, rep.root.fp, rep.root.fn) == (1, 2, 1)
    assert out["root"]["p"] == round(1 / 3, 4) and out["root"]["r"] == 0.5 and out["root"]["f1"] == 0.4
    assert (rep.code.tp, rep.code.fp, rep.code.fn) == (1, 2, 1)
    # Triples (FRA, DEU, 04) match; (DEU, FRA, 04) vs (DEU, FRA, 03) do not.
    assert (rep.triple.tp, rep.triple.fp, rep.triple.fn) == (1, 2, 1)
    assert out["events"] == {"gold": 2, "predicted": 3, "extra": 1.0}
    # Only the 042 pair is aligned: FRAGOV/FRAGOV and DEU/DEU, right in country and role.
    assert out["actor"]["n"] == 2 and out["actor"]["country"] == 1.0 and out["actor"]["role"] == 1.0
    # Penta: a (1 → 1) and d (3 → 3) covered and right; c uncovered, majority gold class is 3 → right.
    assert out["penta"]["accuracy"] == 1.0 and out["penta"]["n_covered"] == 2
    assert out["penta"]["fallback"]["label"] == "3" and out["penta"]["fallback"]["accuracy"] == 1.0
    assert out["penta"]["strict"]["accuracy"] == round(2 / 3, 4)
    assert out["penta"]["strict"]["macro_f1"] == round((1 + 2 / 3) / 2, 4)
    assert out["quad"]["accuracy"] == 1.0
    # PLOVER: a's main event is the 0.9 CONSULT (gold CONSULT); type sets: a {C, C} vs {C, AGREE},
    # b {} vs {ASSAULT} → tp 1, fp 2, fn 1.
    assert out["plover"]["accuracy"] == 1.0 and out["plover"]["n_covered"] == 1
    assert (out["plover"]["tp"], out["plover"]["fp"], out["plover"]["fn"]) == (1, 2, 1)
    kinds = sorted(e["kind"] for e in errors)
    assert kinds == ["false", "false", "missed", "uncovered"]
    assert not any(k in out for k in ("spans",))


def test_score_records_fallback_none_and_classifier() -> None:
    recs = [GoldRecord(id=str(i), text=f"t{i}", file="f", line=i, label=lab)
            for i, lab in enumerate([2, 2, 4])]
    preds: list[list[PredEvent]] = [[PredEvent(pa("USA"), pa("MEX"), "070")], [], []]
    rep = _report()
    score_records(recs, preds, rep, fallback="none")
    assert rep.penta is not None
    assert rep.penta.fallback.accuracy == pytest.approx(1 / 3)

    def always_four(texts: list[str]) -> list[int]:
        return [4] * len(texts)

    rep = _report()
    score_records(recs, preds, rep, fallback=always_four)
    assert rep.penta is not None
    # 070 is class 2 (right), then the classifier says 4 for both uncovered: one right.
    assert rep.penta.fallback.accuracy == pytest.approx(2 / 3)
    assert rep.penta.fallback_strategy == "always_four"


def test_span_scores_exact_and_head() -> None:
    tokens = ["Chinese", "troops", "fired", "on", "Indian", "soldiers", "."]
    offsets = [(0, 7), (8, 14), (15, 20), (21, 23), (24, 30), (31, 39), (39, 40)]
    rec = GoldRecord(id="n", text="Chinese troops fired on Indian soldiers.", file="f", line=1,
                     tokens=tokens, token_offsets=offsets,
                     spans=[GoldSpan("S", 0, 2), GoldSpan("T", 4, 6)])
    # Coded source is just "troops" (token 1): wrong exactly, right by head (the last token).
    pred = [PredEvent(pa("CHN", 8, 14), pa("IND", 24, 38), "190")]
    rep = _report()
    errors = score_records([rec], [pred], rep)
    sp = rep.spans
    assert sp is not None
    assert (sp.exact["S"].tp, sp.exact["S"].fp, sp.exact["S"].fn) == (0, 1, 1)
    assert (sp.exact["T"].tp, sp.exact["T"].fp, sp.exact["T"].fn) == (1, 0, 0)
    assert sp.head["S"].tp == 1 and sp.head["all"].f1 == 1.0
    assert sp.exact["all"].f1 == pytest.approx(0.5)
    assert sorted(e["kind"] for e in errors) == ["span_false", "span_missed"]
    assert "root" not in rep.to_dict()


def test_head_finder_is_used_for_head_tokens() -> None:
    tokens = ["the", "army", "of", "Mali", "attacked", "rebels"]
    offsets = [(0, 3), (4, 8), (9, 11), (12, 16), (17, 25), (26, 32)]
    rec = GoldRecord(id="n", text="the army of Mali attacked rebels", file="f", line=1, tokens=tokens,
                     token_offsets=offsets, spans=[GoldSpan("S", 0, 4)])
    pred = [PredEvent(pa("MLI", 4, 8), None, "190")]

    def first_noun(texts: list[str], spans: list[list[tuple[int, int]]]) -> list[list[int]]:
        # "army" is the head of "the army of Mali": its first character is 4.
        return [[4 for _ in s] for s in spans]

    rep = _report()
    score_records([rec], [pred], rep, head_finder=first_noun)
    assert rep.spans is not None
    assert rep.spans.head["S"].tp == 1 and rep.spans.exact["S"].tp == 0
