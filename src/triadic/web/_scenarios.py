"""Scenarios the simulation page offers (bundled, or from a folder given to ``triadic serve``) and uploads.

Uploaded text is untrusted: it is size-limited by the request model, YAML anchors and aliases are refused
(they let a few bytes expand into an enormous document), and the scenario's size is bounded so that one
request cannot occupy the server for long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from triadic.errors import InputError, ScenarioError
from triadic.simulate import Scenario, load_scenario, parse_ktab_text, parse_scenario, run_scenario
from triadic.web._models import ScenarioInfo, SimulateOut, SimulateRequest

__all__ = ["ScenarioLibrary", "simulate"]

_MAX_ACTORS = 60
_MAX_DIMENSIONS = 10
_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


def _bundled_dir() -> Path:
    return Path(str(resources.files("triadic.web").joinpath("data/scenarios")))


@dataclass(frozen=True, slots=True)
class ScenarioLibrary:
    """Scenario files by name (file stem): the bundled ones, then those in ``folder`` (which win)."""

    folder: Path | None = None

    def files(self) -> dict[str, Path]:
        out: dict[str, Path] = {}
        for d in (_bundled_dir(), self.folder):
            if d is None or not d.is_dir():
                continue
            for p in sorted(d.iterdir()):
                if p.suffix.lower() in (".yaml", ".yml", ".csv") and p.is_file() and _NAME_RE.match(p.stem):
                    out[p.stem] = p
        return out

    def infos(self) -> list[ScenarioInfo]:
        """Every scenario that loads; broken files are left out of the list (the CLI reports them)."""
        out = []
        for name, p in self.files().items():
            try:
                sc = load_scenario(p)
            except ScenarioError:
                continue
            out.append(
                ScenarioInfo(
                    name=name,
                    title=sc.name,
                    description=sc.description,
                    actors=sc.codes,
                    dimensions=sc.dimension_names,
                )
            )
        return out

    def load(self, name: str) -> Scenario:
        p = self.files().get(name)
        if p is None:
            known = ", ".join(self.files()) or "none"
            raise InputError(f"unknown scenario '{name[:100]}'; choose one of: {known}", code="E165")
        return load_scenario(p)


def _no_aliases(text: str) -> None:
    try:
        for ev in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(ev, yaml.AliasEvent) or getattr(ev, "anchor", None):
                raise InputError(
                    "uploaded scenario uses YAML anchors or aliases (&name / *name); write the "
                    "values out in full",
                    code="E165",
                )
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise InputError(f"uploaded scenario is not valid YAML{where}: {problem}", code="E165") from None


def _parse_upload(text: str, fmt: str) -> Scenario:
    if fmt == "ktab":
        return parse_ktab_text(text, source="uploaded KTAB CSV")
    _no_aliases(text)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:  # e.g. python-specific tags, which safe_load refuses to construct
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"uploaded scenario cannot be read as plain YAML: {problem}", code="E165") from None
    return parse_scenario(data, source="uploaded scenario")


def simulate(req: SimulateRequest, library: ScenarioLibrary) -> SimulateOut:
    """Run the requested scenario and model; ScenarioError and InputError describe bad input."""
    if (req.scenario is None) == (req.text is None):
        raise InputError(
            "give either 'scenario' (a name from /api/scenarios) or 'text' (an uploaded scenario), "
            "not both or neither",
            code="E165",
        )
    if req.text is not None:
        sc = _parse_upload(req.text, req.format)
        label = "uploaded"
    else:
        sc = library.load(req.scenario or "")
        label = req.scenario or ""
    if len(sc.actors) > _MAX_ACTORS or len(sc.dimensions) > _MAX_DIMENSIONS:
        raise InputError(
            f"scenario has {len(sc.actors)} actors and {len(sc.dimensions)} dimensions; the dashboard "
            f"runs at most {_MAX_ACTORS} and {_MAX_DIMENSIONS} (use 'triadic simulate' for bigger ones)",
            code="E165",
        )
    res = run_scenario(sc, req.model, runs=req.runs, seed=req.seed)
    return SimulateOut(
        scenario=label if label != "uploaded" else f"uploaded: {sc.name}",
        actors=list(res.actors),
        dimensions=list(res.dimensions),
        result=res.to_dict(),
    )
