"""Importers for GDELT, ICEWS and POLECAT files into the canonical event table."""

from typing import TYPE_CHECKING

from triadic._lazy import lazy_exports

if TYPE_CHECKING:
    from triadic.ingest.importers._countries import CountryLookup
    from triadic.ingest.importers._formats import GDELT_VERSIONS, gdelt_columns, header_format
    from triadic.ingest.importers._run import (
        DATASETS,
        FileSummary,
        ImportOptions,
        ImportSummary,
        import_files,
    )
    from triadic.ingest.importers.gdelt import MENTIONS_DDL

__all__ = [
    "DATASETS",
    "GDELT_VERSIONS",
    "MENTIONS_DDL",
    "CountryLookup",
    "FileSummary",
    "ImportOptions",
    "ImportSummary",
    "gdelt_columns",
    "header_format",
    "import_files",
]

# The parts load on first use: numpy, duckdb and pyarrow only when an import runs.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "._countries": ("CountryLookup",),
        "._formats": ("GDELT_VERSIONS", "gdelt_columns", "header_format"),
        "._run": ("DATASETS", "FileSummary", "ImportOptions", "ImportSummary", "import_files"),
        ".gdelt": ("MENTIONS_DDL",),
    },
)
