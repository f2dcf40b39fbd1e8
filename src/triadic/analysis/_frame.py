"""Result tables: a list of typed rows that converts to Arrow or pandas for notebooks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, Protocol, TypeVar

import pyarrow as pa

from triadic.errors import DependencyError

__all__ = ["Frame", "Row"]


class Row(Protocol):
    """What every analysis row offers: a nested JSON form and a flat record for tables."""

    def to_dict(self) -> dict[str, Any]: ...

    def to_record(self) -> dict[str, Any]: ...


R = TypeVar("R", bound=Row)


class Frame(list[R], Generic[R]):
    """Rows of one analysis result. It is a plain list of dataclasses, plus table conversions.

    pandas is optional: :meth:`to_arrow` always works, :meth:`to_pandas` needs pandas installed.
    """

    def __init__(self, rows: Iterable[R] = ()) -> None:
        super().__init__(rows)

    def to_dicts(self) -> list[dict[str, Any]]:
        """The JSON form of every row (what ``--format json`` prints)."""
        return [r.to_dict() for r in self]

    def to_records(self) -> list[dict[str, Any]]:
        """Flat rows (what ``--format csv`` prints)."""
        return [r.to_record() for r in self]

    def to_arrow(self) -> pa.Table:
        """An Arrow table with one column per flat field; list fields stay list columns."""
        return pa.Table.from_pylist(self.to_records())

    def to_pandas(self) -> Any:
        """A pandas DataFrame (needs ``pip install pandas``)."""
        try:
            import pandas  # noqa: F401
        except ImportError:
            raise DependencyError(
                "to_pandas() needs pandas, which is not installed; run 'pip install pandas' "
                "or use to_arrow()",
                code="E079",
            ) from None
        return self.to_arrow().to_pandas()
