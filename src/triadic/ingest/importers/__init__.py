"""Importers for GDELT, ICEWS and POLECAT files into the canonical event table."""

from triadic.ingest.importers._countries import CountryLookup
from triadic.ingest.importers._formats import GDELT_VERSIONS, gdelt_columns, header_format
from triadic.ingest.importers._run import DATASETS, FileSummary, ImportOptions, ImportSummary, import_files
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
