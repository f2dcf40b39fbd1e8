"""The gold dev sets the benchmarks look for under ../shared/eval, and which are present."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval"


@dataclass(frozen=True)
class DevSet:
    """A named dev set: where it is expected, in which gold format."""

    name: str
    pattern: str  # glob under the eval folder
    gold_format: str
    paths: list[Path] = field(default_factory=list)


KNOWN: tuple[DevSet, ...] = (
    DevSet("ConfliBERT CAMEO class (dev)", "conflibert/cameo_class.dev.tsv", "conflibert-class"),
    DevSet("ConfliBERT CAMEO actor NER (dev)", "conflibert/cameo_ner.dev.txt", "conflibert-ner"),
    DevSet("PETRARCH validation XML", "**/*.xml", "petrarch-xml"),
    DevSet("PLOVER gold JSON", "**/*.json", "plover-json"),
    DevSet("triadic JSONL gold", "**/*.jsonl", "jsonl"),
)


def find_dev_sets(eval_dir: Path) -> tuple[list[DevSet], list[DevSet]]:
    """(present, missing) dev sets under ``eval_dir``."""
    present: list[DevSet] = []
    missing: list[DevSet] = []
    for ds in KNOWN:
        paths = sorted(p for p in eval_dir.glob(ds.pattern) if p.is_file()) if eval_dir.is_dir() else []
        target = present if paths else missing
        target.append(DevSet(ds.name, ds.pattern, ds.gold_format, paths))
    return present, missing
