"""CLI start-up: `triadic --help` against a bare Python start and against importing typer + rich, same run.

Usage: .venv/bin/python benchmarks/cli_startup.py [RUNS]   (default 7)

Each case runs in a fresh interpreter RUNS times, interleaved so that load on the machine hits all alike;
the median wall time is reported.
  python:      `python -c pass` (interpreter start, site packages);
  typer+rich:  `python -c "import typer, rich.console"`, the floor any Typer CLI pays;
  --help:      what `triadic --help` runs (the app imported and asked for its help).
Prints the ratios --help / typer+rich (about 5 when this was written: typer, rich, pydantic and the help
rendering; a jump means a command module imports something heavy again) and --help / python, and which
heavy libraries (numpy, scipy, sklearn, spacy, matplotlib, duckdb, pyarrow, fastapi) `import triadic.cli`
loaded (target: none). Target for `triadic --help` itself: under 1.5 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

CASES = {
    "python": "pass",
    "typer+rich": "import typer, rich.console",
    "--help": "import sys; sys.argv = ['triadic', '--help']\nfrom triadic.cli import main\ntry:\n    main()\n"
              "except SystemExit:\n    pass",
}
HEAVY = ("numpy", "scipy", "sklearn", "spacy", "matplotlib", "duckdb", "pyarrow", "fastapi")


def _time(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    times: dict[str, list[float]] = {k: [] for k in CASES}
    for _ in range(runs):
        for name, code in CASES.items():
            times[name].append(_time(code))
    med = {k: statistics.median(v) for k, v in times.items()}
    for name, t in med.items():
        print(f"{name:<12} median {t * 1000:7.0f} ms over {runs} runs")
    print(f"ratio --help / typer+rich: {med['--help'] / med['typer+rich']:.2f}  (about 5 expected)")
    print(f"ratio --help / python:     {med['--help'] / med['python']:.2f}")
    probe = f"import sys, triadic.cli; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    print(f"heavy libraries loaded by 'import triadic.cli': {out.stdout.strip() or 'none'}")


if __name__ == "__main__":
    main()
