"""Regenerate src/triadic/events/data/cameo_codebook.tsv from the field's reference tables.

Usage: python scripts/build_codebook.py ../shared/reference

Fixes GDELT's known defects: the 1056 line that swallowed 106, the missing 1213, and the mangled
quotes in 044.
ICEWS weights differ from GDELT's for 016, 022, 164 and 165; both are kept as columns.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ICEWS_DIFF = {"016": -5.0, "022": 3.4, "164": -6.5, "165": -7.0}


def main(ref: Path) -> None:
    names: dict[str, str] = {}
    for line in (ref / "cameo/CAMEO.eventcodes.txt").read_text().splitlines()[1:]:
        code, _, name = line.partition("\t")
        m = re.match(r"(.*?)(\d{3,4}):\[(-?\d+\.\d)\]\s*(.*)", name)
        if m:  # the defective line: "...engagement106:[-5.0] Demand withdrawal"
            names[code] = m.group(1).strip()
            names[m.group(2)] = m.group(4).strip()
        else:
            names[code] = name.strip()
    names.setdefault("1213", "Reject judicial cooperation")
    # GDELT's lookup has mangled Mac-Roman quotes in 044 ("a \u00d2hird\u00d3location")
    names = {c: n.replace("\u00d2hird\u00d3", "third ") for c, n in names.items()}
    weights: dict[str, float] = {}
    for line in (ref / "cameo/CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]:
        code, _, w = line.partition("\t")
        weights[code.strip()] = float(w)
    weights.setdefault("106", -5.0)
    weights.setdefault("1213", weights.get("121", -4.0))
    plover: dict[str, tuple[str, str]] = {}
    for line in (ref / "plover/CAMEO2PLOVER-2021.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        ptype = parts[0] if parts else ""
        mode = parts[1] if len(parts) > 1 else ""
        if ptype:
            plover[m.group(1)] = (ptype, mode)
    out = ["code\tname\tgoldstein_gdelt\tgoldstein_icews\tplover_type\tplover_mode"]
    for code in sorted(names, key=lambda c: (c[:2], c)):
        if code not in weights:
            continue
        pt, pm = "", ""
        for k in (code, code[:3], code[:2]):
            if k in plover:
                pt, pm = plover[k]
                if k != code:
                    pm = ""
                break
        g = weights[code]
        gi = ICEWS_DIFF.get(code, g)
        out.append(f"{code}\t{names[code]}\t{g}\t{gi}\t{pt}\t{pm}")
    dest = Path(__file__).resolve().parents[1] / "src/triadic/events/data/cameo_codebook.tsv"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("\n".join(out) + "\n")
    print(f"wrote {len(out) - 1} codes to {dest}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"))
