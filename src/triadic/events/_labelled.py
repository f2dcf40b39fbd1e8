"""Labelled sentences for training the event classifier, read from JSONL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from triadic.errors import InputError
from triadic.events.codebook import get_codebook, penta_of_root

__all__ = ["LabelledSentence", "read_labelled", "labelled_from_dict"]


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """One training sentence: its penta class always, its CAMEO root and code when the annotator gave them."""

    text: str
    penta: int
    root: str | None = None
    cameo: str | None = None


def labelled_from_dict(obj: object, where: str) -> LabelledSentence:
    """Validate one record: ``text`` plus exactly one of ``cameo``, ``root`` or ``penta``.

    Args:
        where: "file:line", put in front of every error message.
    """
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with 'text' and a label", code="E067")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: 'text' must be a non-empty string", code="E067")
    given = [k for k in ("cameo", "root", "penta") if obj.get(k) is not None]
    if not given:
        raise InputError(f"{where}: no label; give one of \"cameo\": \"042\", \"root\": \"04\" or "
                         f"\"penta\": 1", code="E067")
    if len(given) > 1:
        raise InputError(f"{where}: give only one of 'cameo', 'root', 'penta' (found {', '.join(given)})",
                         code="E067")
    key, value = given[0], obj[given[0]]
    if key == "penta":
        if isinstance(value, bool) or not isinstance(value, int | str) or str(value) not in "01234" \
                or len(str(value)) != 1:
            raise InputError(f"{where}: 'penta' must be 0-4 (0 statement, 1 verbal cooperation, "
                             f"2 material cooperation, 3 verbal conflict, 4 material conflict), "
                             f"got {value!r}", code="E067")
        return LabelledSentence(text=text.strip(), penta=int(value))
    code = str(value).strip()
    if key == "root":
        if not code.isdigit() or not 1 <= int(code) <= 20:
            raise InputError(f"{where}: 'root' must be a CAMEO root 01-20, got {value!r}", code="E067")
        root = f"{int(code):02d}"
        return LabelledSentence(text=text.strip(), penta=penta_of_root(root), root=root)
    # Codes must be strings: an integer 42 has already lost the leading zero of "042".
    if not isinstance(value, str) or code not in get_codebook():
        raise InputError(f"{where}: 'cameo' must be a known CAMEO code written as a string such as \"042\", "
                         f"got {value!r}", code="E067")
    return LabelledSentence(text=text.strip(), penta=penta_of_root(code[:2]), root=code[:2], cameo=code)


def read_labelled(path: str | Path) -> list[LabelledSentence]:
    """Read a JSONL file of labelled sentences; blank lines are skipped, a bad line stops with its number."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"labelled file '{p}' does not exist", code="E067") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read labelled file '{p}': {exc}", code="E067") from exc
    out: list[LabelledSentence] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}:{n}: not valid JSON ({exc.msg}); each line must be one object such as "
                             f'{{"text": "...", "cameo": "042"}}', code="E067") from None
        out.append(labelled_from_dict(obj, f"{p}:{n}"))
    if not out:
        raise InputError(f"labelled file '{p}' has no records", code="E067")
    return out
