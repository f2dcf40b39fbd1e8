"""The cheap pre-checks of the time-expression scanner never hide a match the full patterns would find."""

from __future__ import annotations

import random

from triadic.nlp._timex_rules import _compiled, _passes, scan

# Pieces of time expressions (and near misses) in mixed case, glued into random texts below.
_PIECES = [
    "on Monday", "last week", "over the weekend", "Jan. 5", "5 March 2019", "in 2018", "the 1990s",
    "two days ago", "in three weeks", "earlier this month", "late last year", "early spring", "this morning",
    "tonight", "the day before yesterday", "Sept 11", "mid-2020", "2019-03-04", "May 5", "next Tuesday's",
    "2018 troops", "in WINTER", "LAST WEEK", "Thursday night", "a dozen years ago", "4 months from now",
    "within a year", "by the end of the year", "the end of October", "Tomorrow", "Dec 24, 2021",
    "the ministry", "said", "in", "of", "the", "Mar", "Monday", "Marines", "may", "falls", "agony",
]
_EXAMPLES = [
    "The minister arrived in the capital on Wednesday, two days after the vote.",
    "Talks resumed late last month and will continue next week, officials said Tuesday.",
    "The treaty signed in March 2014 expires at the end of the year.",
    "No date-like word appears in this sentence about the ceasefire.",
    "Protests that began in the 1980s flared again this spring and last night.",
    "The agency said 2,018 people were displaced since 3 June.",
]


def _texts() -> list[str]:
    rnd = random.Random(7)
    out = list(_EXAMPLES)
    for _ in range(3000):
        out.append(" ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 7))))
    return out


def test_every_match_passes_its_rules_gates() -> None:
    checked = 0
    for text in _texts():
        for rule in _compiled():
            if rule.pattern.search(text) is not None:
                checked += 1
                assert all(g.search(text) for g in rule.gates), (rule.name, text)
    assert checked > 1000  # the texts exercise the rules, so the property is really tested


def test_every_rule_has_a_gate() -> None:
    assert all(rule.gates for rule in _compiled())


def test_scan_skips_text_without_date_words_and_still_finds_dates() -> None:
    assert scan("The rebels seized the town and the army withdrew.") == ()
    found = scan("The army withdrew on Friday, a week after the vote on 3 June 2019.")
    names = [m.rule for m in found]
    assert "weekday" in names and "dmy" in names


def test_ascii_shortcut_agrees_with_the_gate_patterns() -> None:
    texts = [*_texts()[:500], "Spring offensive", "A \u212aelvin-sign WEEK"]
    for text in texts:
        low = text.lower() if text.isascii() else None
        for rule in _compiled():
            for g in rule.gates:
                assert _passes(g, text, low, {}) == (g.search(text) is not None), (g.pattern, text)


def test_anchored_search_finds_what_finditer_finds() -> None:
    from triadic.nlp._timex_rules import _finditer

    texts = [*_texts(), "In early March 2019 and the middle part of December, within a couple of weeks"]
    for text in texts:
        for rule in _compiled():
            want = [(m.start(), m.end(), m.groupdict()) for m in rule.pattern.finditer(text)]
            got = [(m.start(), m.end(), m.groupdict()) for m in _finditer(rule, text)]
            assert got == want, (rule.name, text)


def test_anchor_reach_covers_what_a_match_can_hold_before_its_anchor() -> None:
    from re import _parser  # the pattern parser's widths: the longest text a subpattern can match

    rules = {r.name: r for r in _compiled()}
    assert {n for n, r in rules.items() if r.anchor is not None} == {"month", "year", "weekday", "ahead"}
    for name, opens in (("month", "\\b(?P<mon>"), ("year", "(?<![$"), ("weekday", "(?P<wd>")):
        pattern = rules[name].pattern.pattern
        assert _parser.parse(pattern[: pattern.index(opens)]).getwidth()[1] <= rules[name].reach
    # "ahead": the longest words before the space that opens its unit ("within a couple of")
    ahead = rules["ahead"].pattern.pattern
    before_unit = ahead[len("(?i:") : ahead.index(" (?P<unit>")]
    assert _parser.parse(before_unit).getwidth()[1] <= rules["ahead"].reach
