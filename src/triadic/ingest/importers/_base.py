"""What every importer shares: the converter interface and assembly of canonical event tables."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from triadic.ingest.importers._source import Quarantined
from triadic.ingest.importers._vec import Arr, Reasons, constant
from triadic.store import EVENT_COLUMNS, Store, rows_to_arrow

__all__ = ["Batch", "Converted", "Converter", "EventConverter", "EVENT_SCHEMA"]

EVENT_SCHEMA: pa.Schema = rows_to_arrow([]).schema


@dataclass(frozen=True, slots=True)
class Batch:
    """Parsed rows of one chunk: string columns ``c0..cN``, their line numbers and file label."""

    table: pa.Table
    lines: np.ndarray
    label: str
    raw: pa.Array  # each row's original line

    @property
    def n(self) -> int:
        return self.table.num_rows

    def field(self, index: int) -> Arr:
        """The column of field ``index`` (0-based position in the row)."""
        return self.table.column(f"c{index}")


@dataclass(slots=True)
class Converted:
    """Canonical rows ready to store, and the rows of the batch that failed a check."""

    table: pa.Table
    quarantined: list[Quarantined] = field(default_factory=list)


class Converter(ABC):
    """Turns parsed rows of one format and version into stored rows."""

    dataset: str
    version: str
    n_fields: int
    used: tuple[int, ...] | None = None  # field indices the converter reads; None for all

    @abstractmethod
    def convert(self, batch: Batch) -> Converted:
        """Check and convert one batch."""

    def write(self, store: Store, converted: Converted) -> tuple[int, int]:
        """Store one converted batch with its quarantined rows in one transaction: ``(added, skipped)``."""
        res = store.insert_events(converted.table, quarantine=[q.as_row() for q in converted.quarantined])
        return res.events_added, res.events_skipped


def split_bad(batch: Batch, reasons: Reasons, dataset: str) -> tuple[Arr | None, list[Quarantined]]:
    """The mask of good rows (None when all are good) and the quarantine records of the bad ones."""
    if not reasons.any:
        return None, []
    ok = reasons.ok()
    bad_idx = pc.indices_nonzero(pc.invert(ok))
    raws = pc.take(batch.raw, bad_idx).to_pylist()
    why = pc.take(reasons.reason, bad_idx).to_pylist()
    lines = batch.lines[bad_idx.to_numpy()]
    out = [Quarantined(dataset, batch.label, int(ln), str(w), str(r))
           for ln, w, r in zip(lines, why, raws, strict=True)]
    return ok, out


class EventConverter(Converter):
    """Base for importers that produce canonical events; subclasses fill :meth:`columns`.

    Args:
        keep_raw: store each row's original line in ``raw`` (else only the file and line pointer).
    """

    def __init__(self, keep_raw: bool = True) -> None:
        self.keep_raw = keep_raw

    @abstractmethod
    def columns(self, batch: Batch, reasons: Reasons) -> dict[str, Arr]:
        """Canonical columns computed from a batch; record row problems in ``reasons``."""

    def convert(self, batch: Batch) -> Converted:
        n = batch.n
        reasons = Reasons(n)
        cols = self.columns(batch, reasons)
        cols.setdefault("dataset", constant(self.dataset, n, pa.string()))
        cols.setdefault("modality", constant("asserted", n, pa.string()))
        cols.setdefault("date_precision", constant("day", n, pa.string()))
        cols.setdefault("confidence", constant(1.0, n, pa.float64()))
        cols.setdefault("rule", constant(f"import:{self.dataset}-{self.version}", n, pa.string()))
        cols["origin_file"] = constant(batch.label, n, pa.string())
        cols["origin_line"] = pa.array(batch.lines, pa.int64())
        if self.keep_raw:
            cols["raw"] = batch.raw
        arrays = []
        for name in EVENT_COLUMNS:
            t = EVENT_SCHEMA.field(name).type
            a = cols.get(name)
            arrays.append(constant(None, n, t) if a is None else pc.cast(a, t))
        table = pa.Table.from_arrays(arrays, schema=EVENT_SCHEMA)
        ok, bad = split_bad(batch, reasons, self.dataset)
        if ok is not None:
            table = table.filter(ok)
        return Converted(table, bad)
