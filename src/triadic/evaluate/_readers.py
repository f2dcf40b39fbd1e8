"""Gold-format detection and the one entry point that reads any supported gold file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from triadic.errors import GoldFormatError
from triadic.evaluate._gold import GOLD_FORMATS, GoldSet
from triadic.evaluate._read_conflibert import read_conflibert_class, read_conflibert_ner
from triadic.evaluate._read_jsonl import read_jsonl_gold
from triadic.evaluate._read_petrarch import read_petrarch_xml
from triadic.evaluate._read_plover import read_plover_json

__all__ = ["read_gold", "detect_format", "READERS"]

READERS: dict[str, Callable[..., GoldSet]] = {
    "petrarch-xml": read_petrarch_xml,
    "plover-json": read_plover_json,
    "conflibert-class": read_conflibert_class,
    "conflibert-ner": read_conflibert_ner,
    "jsonl": read_jsonl_gold,
}
_BIO_LINE = re.compile(r"^\S+\s+(O|[BI]-\S+)$")
_CLASS_LINE = re.compile(r"^.+\t\s*\S+\s*$")


def detect_format(path: Path) -> str:
    """Guess a gold file's format from its name and first lines."""
    if not path.is_file():
        raise GoldFormatError(f"gold file '{path}' does not exist or is not a file", code="E094")
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as fh:
            head = fh.read(16_384)
    except OSError as exc:
        raise GoldFormatError(f"cannot read gold file '{path}': {exc.strerror}", code="E094") from exc
    suffix = path.suffix.lower()
    start = head.lstrip()[:1]
    if suffix == ".xml" or start == "<":
        return "petrarch-xml"
    if suffix == ".jsonl" or (start == "{"):
        return "jsonl"
    if suffix == ".json" or start == "[":
        return "plover-json"
    lines = [ln for ln in head.splitlines()[:-1] or head.splitlines() if ln.strip()][:40]
    if lines and all(_BIO_LINE.match(ln.strip()) for ln in lines):
        return "conflibert-ner"
    if lines and all(_CLASS_LINE.match(ln) for ln in lines):
        return "conflibert-class"
    raise GoldFormatError(
        f"cannot tell the gold format of '{path}'; pass --gold-format with one of {', '.join(GOLD_FORMATS)}",
        code="E095")


def read_gold(path: str | Path, gold_format: str = "auto", *, strict: bool = False) -> GoldSet:
    """Read one gold file; ``gold_format`` is one of :data:`GOLD_FORMATS` or ``auto``.

    Args:
        strict: make unknown labels an error instead of a reported, skipped record.
    """
    p = Path(path)
    fmt = detect_format(p) if gold_format == "auto" else gold_format
    reader = READERS.get(fmt)
    if reader is None:
        raise GoldFormatError(f"unknown gold format '{gold_format}'; expected auto or one of "
                              f"{', '.join(GOLD_FORMATS)}", code="E202")
    return reader(p, strict=strict)
