"""Readers for ConfliBERT's CAMEO tasks: the penta-class TSV and the S/T/R BIO actor tags."""

from __future__ import annotations

import re
from pathlib import Path

from triadic.errors import GoldFormatError
from triadic.evaluate._gold import GoldRecord, GoldSet, GoldSpan, Skipped, SpanRole
from triadic.evaluate._io import read_text, report_unknown

__all__ = ["read_conflibert_class", "read_conflibert_ner", "detokenize"]

_TAG = re.compile(r"^(O|([BI])-(S|T|R))$")
# Tokens written without a space before them, and after which no space follows.
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve",
                    "'ll", "'d", "'m", "''", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}
# A split-off apostrophe before a clitic ("Baghdad ’ s") is rejoined: "Baghdad’s".
_APOSTROPHES = {"’", "'"}
_CLITICS = {"s", "re", "ve", "ll", "d", "m", "t"}


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into readable text, and give each token's ``(start, end)`` in it."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    prev: str | None = None
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        glued = (tok in _NO_SPACE_BEFORE or (prev in _NO_SPACE_AFTER)
                 or (tok in _APOSTROPHES and nxt.lower() in _CLITICS)
                 or (prev in _APOSTROPHES and tok.lower() in _CLITICS and i >= 2))
        if prev is not None and not glued:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(parts), offsets


def read_conflibert_class(path: Path, *, strict: bool = False) -> GoldSet:
    """Read ``sentence<TAB>label`` lines; labels are penta classes 0-4."""
    text = read_text(path)
    gold = GoldSet(path=path, format="conflibert-class")
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if "\t" not in line:
            raise GoldFormatError(f"{path}:{n}: expected 'sentence<TAB>label', found no tab; "
                                  f"ConfliBERT class files have one sentence and its 0-4 label a line",
                                  code="E200")
        sentence, label = line.rsplit("\t", 1)
        label = label.strip()
        rid = f"line{n}"
        if n == 1 and label.lower() in ("label", "class", "labels"):
            continue  # a header row
        if not sentence.strip():
            raise GoldFormatError(f"{path}:{n}: empty sentence before the tab", code="E200")
        if label not in ("0", "1", "2", "3", "4"):
            report_unknown(gold, line=n, record=rid, strict=strict,
                           message=f"unknown penta class '{label}'; expected 0, 1, 2, 3 or 4")
            continue
        # ConfliBERT's labels follow the Phoenix grouping (02 with statements, 16 with verbal
        # conflict), not the 01-split quad grouping; see docs/evaluate.md for the evidence
        gold.records.append(GoldRecord(id=rid, text=sentence.strip(), file=str(path), line=n,
                                       label=int(label), penta_scheme="phoenix"))
    if not gold.records and not gold.skipped:
        raise GoldFormatError(f"{path}: no 'sentence<TAB>label' lines found", code="E204")
    return gold


def _spans(tags: list[str]) -> list[GoldSpan]:
    spans: list[GoldSpan] = []
    start: int | None = None
    role: str | None = None
    for i, tag in enumerate([*tags, "O"]):
        kind, r = (tag[0], tag[2:]) if tag != "O" else ("O", None)
        # An I- tag that does not continue a span of its role starts one (the usual lenient BIO reading).
        if start is not None and (kind != "I" or r != role):
            spans.append(GoldSpan(role=_role(role), start=start, end=i))
            start, role = None, None
        if kind == "B" or (kind == "I" and start is None):
            start, role = i, r
    return spans


def _role(r: str | None) -> SpanRole:
    if r == "S":
        return "S"
    if r == "T":
        return "T"
    return "R"


def read_conflibert_ner(path: Path, *, strict: bool = False) -> GoldSet:
    """Read ``token TAG`` lines with blank lines between sentences; tags are BIO over S, T, R."""
    text = read_text(path)
    gold = GoldSet(path=path, format="conflibert-ner")
    tokens: list[str] = []
    tags: list[str] = []
    first = 0
    bad: list[tuple[int, str]] = []

    def flush() -> None:
        if not tokens:
            return
        rid = f"line{first}"
        if bad:
            shown = ", ".join(f"'{t}' (line {n})" for n, t in bad)
            gold.skipped.append(Skipped(str(path), first, rid, f"sentence not scored: unknown tag {shown}; "
                                        f"expected O, B-S, I-S, B-T, I-T, B-R or I-R"))
        else:
            sentence, offsets = detokenize(tokens)
            gold.records.append(GoldRecord(id=rid, text=sentence, file=str(path), line=first,
                                           tokens=list(tokens), token_offsets=offsets, spans=_spans(tags)))
        tokens.clear()
        tags.clear()
        bad.clear()

    for n, line in enumerate(text.splitlines(), start=1):
        fields = line.split()
        if not fields:
            flush()
            continue
        if len(fields) != 2:
            raise GoldFormatError(f"{path}:{n}: expected 'token TAG' (two fields), found {len(fields)}: "
                                  f"{line.strip()[:60]!r}", code="E201")
        if not tokens:
            first = n
        tok, tag = fields
        if not _TAG.match(tag):
            if strict:
                raise GoldFormatError(f"{path}:{n} record 'line{first}': unknown tag '{tag}'; expected O, "
                                      f"B-S, I-S, B-T, I-T, B-R or I-R", code="E098")
            bad.append((n, tag))
            tag = "O"
        tokens.append(tok)
        tags.append(tag)
    flush()
    if not gold.records and not gold.skipped:
        raise GoldFormatError(f"{path}: no 'token TAG' lines found", code="E204")
    return gold
