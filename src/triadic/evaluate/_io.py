"""Helpers shared by the gold readers: reading files and reporting bad labels."""

from __future__ import annotations

from pathlib import Path

from triadic.errors import GoldFormatError, InputError
from triadic.evaluate._gold import GoldSet, Skipped
from triadic.events.codebook import get_codebook, normalise_code

__all__ = ["read_text", "report_unknown", "cameo_code", "line_of"]


def read_text(path: Path) -> str:
    """The file's text; a clear error when it is missing, unreadable or not UTF-8."""
    if not path.is_file():
        raise GoldFormatError(f"gold file '{path}' does not exist or is not a file", code="E094")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GoldFormatError(
            f"gold file '{path}' is not UTF-8 text (byte {exc.start}); re-save it as UTF-8", code="E094"
        ) from exc
    except OSError as exc:
        raise GoldFormatError(f"cannot read gold file '{path}': {exc.strerror}", code="E094") from exc


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


def report_unknown(gold: GoldSet, *, line: int, record: str, message: str, strict: bool) -> None:
    """An unknown label: an error when ``strict``, else a Skipped entry that the report lists."""
    if strict:
        raise GoldFormatError(f"{gold.path}:{line} record '{record}': {message}", code="E098")
    gold.skipped.append(Skipped(file=str(gold.path), line=line, record=record, reason=message))


def cameo_code(raw: str, *, restore_zero: bool = True) -> str | None:
    """The normalised CAMEO event code, or None when it is not a code in the codebook.

    Args:
        restore_zero: put back a leading zero a spreadsheet dropped ("42" → "042"); off for formats
            that always write codes as strings, where "212" is a wrong code, not "0212".
    """
    if not restore_zero:
        code = raw.strip()
        return code if code in get_codebook() else None
    try:
        code = normalise_code(raw)
    except InputError:
        return None
    return code if code in get_codebook() else None
