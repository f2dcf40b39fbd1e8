"""DuckDB storage: schema, transactional writes, queries and exports."""

from triadic.store.db import Store, WriteResult, default_store_path, event_row, rows_to_arrow
from triadic.store.schema import EVENT_COLUMN_TYPES, EVENT_COLUMNS, SCHEMA_VERSION

__all__ = [
    "Store",
    "WriteResult",
    "default_store_path",
    "event_row",
    "rows_to_arrow",
    "EVENT_COLUMNS",
    "EVENT_COLUMN_TYPES",
    "SCHEMA_VERSION",
]
