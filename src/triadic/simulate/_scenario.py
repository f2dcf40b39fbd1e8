"""The scenario value object: actors, dimensions, positions, saliences, shocks and model parameters.

A scenario is read from YAML (:func:`load_scenario`) or from a KTAB CSV file (:func:`read_ktab_csv` in
``_ktab``) and validated into one immutable :class:`Scenario`. Every validation error is a
:class:`~triadic.errors.ScenarioError` whose message names the path of the bad field, such as
``actors[3].salience.sanctions``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from triadic.errors import ScenarioError

__all__ = [
    "Dimension",
    "ScenarioActor",
    "Shock",
    "BdmParams",
    "SpatialParams",
    "NoiseParams",
    "ModelParams",
    "Scenario",
    "load_scenario",
    "parse_scenario",
    "scenario_to_dict",
    "error_path",
]

ShockField = Literal["position", "salience", "capability"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Dimension(_Frozen):
    """One issue dimension: its name, its numeric scale and what its two ends mean."""

    name: str = Field(min_length=1)
    scale: tuple[float, float] = (0.0, 100.0)
    low: str = ""
    high: str = ""

    @field_validator("scale")
    @classmethod
    def _ordered(cls, v: tuple[float, float]) -> tuple[float, float]:
        if not v[0] < v[1]:
            raise ValueError(f"scale must be [low, high] with low < high, got {list(v)}")
        return v

    @property
    def width(self) -> float:
        return self.scale[1] - self.scale[0]


class ScenarioActor(_Frozen):
    """An actor: code, name, capability, and a position and salience (0-1) on every dimension.

    Args:
        risk: risk attitude for the spatial model, -1 (risk seeking) to 1 (risk averse); 0 is neutral.
    """

    code: str = Field(min_length=1)
    name: str = ""
    capability: float = Field(ge=0)
    position: dict[str, float]
    salience: dict[str, float]
    risk: float = Field(default=0.0, ge=-1, le=1)

    @field_validator("salience")
    @classmethod
    def _salience_range(cls, v: dict[str, float]) -> dict[str, float]:
        for k, s in v.items():
            if not 0.0 <= s <= 1.0:
                # The key goes into the message so the path can name it (see error_path).
                raise ValueError(f"@{k}@salience must be between 0 and 1, got {s}")
        return v


class Shock(_Frozen):
    """A change at the start of a bargaining round: set or shift a position, a salience or a capability.

    Args:
        round: the round (1 = the first bargaining round) at whose start the change applies.
        value: the new value; ``delta`` instead adds to the current value. Exactly one is given.
        dimension: required for position and salience shocks.
        label: what the shock stands for ("USA raises trade pressure on CHN"); shocks may share one.
    """

    round: int = Field(ge=1)
    actor: str
    field: ShockField
    dimension: str | None = None
    value: float | None = None
    delta: float | None = None
    label: str = ""


class BdmParams(_Frozen):
    """Parameters of the expected-utility model (see ``_bdm`` for what each means)."""

    q: float = Field(default=1.0, ge=0, le=1)
    t: float = Field(default=1.0, ge=0, le=1)
    p_denominator: Literal["all", "pair"] = "all"
    max_rounds: int = Field(default=10, ge=1, le=1000)
    tolerance: float = Field(default=0.01, gt=0)


class SpatialParams(_Frozen):
    """Parameters of the spatial (SMP-style) model (see ``_spatial``)."""

    max_rounds: int = Field(default=100, ge=1, le=10_000)
    tolerance: float = Field(default=1e-4, gt=0)


class NoiseParams(_Frozen):
    """Noise for ``--runs``: sd of positions as a fraction of the scale width, sd of saliences."""

    position: float = Field(default=0.05, ge=0, le=1)
    salience: float = Field(default=0.10, ge=0, le=1)
    seed: int = 0


class ModelParams(_Frozen):
    """Every model's parameters."""

    bdm: BdmParams = BdmParams()
    spatial: SpatialParams = SpatialParams()
    noise: NoiseParams = NoiseParams()


class Scenario(_Frozen):
    """A validated bargaining scenario."""

    name: str = "scenario"
    description: str = ""
    dimensions: tuple[Dimension, ...] = Field(min_length=1)
    actors: tuple[ScenarioActor, ...] = Field(min_length=2)
    shocks: tuple[Shock, ...] = ()
    parameters: ModelParams = ModelParams()

    # arrays ------------------------------------------------------------------------------------
    @property
    def codes(self) -> list[str]:
        return [a.code for a in self.actors]

    @property
    def dimension_names(self) -> list[str]:
        return [d.name for d in self.dimensions]

    def capabilities(self) -> np.ndarray:
        """Capabilities, shape (actors,)."""
        return np.array([a.capability for a in self.actors], dtype=float)

    def positions(self) -> np.ndarray:
        """Positions in scale units, shape (actors, dimensions)."""
        return np.array([[a.position[d] for d in self.dimension_names] for a in self.actors], dtype=float)

    def saliences(self) -> np.ndarray:
        """Saliences 0-1, shape (actors, dimensions)."""
        return np.array([[a.salience[d] for d in self.dimension_names] for a in self.actors], dtype=float)

    def risks(self) -> np.ndarray:
        return np.array([a.risk for a in self.actors], dtype=float)

    def lows(self) -> np.ndarray:
        return np.array([d.scale[0] for d in self.dimensions], dtype=float)

    def highs(self) -> np.ndarray:
        return np.array([d.scale[1] for d in self.dimensions], dtype=float)


def error_path(loc: tuple[int | str, ...], msg: str) -> tuple[str, str]:
    """Turn a pydantic location into ``actors[3].salience.sanctions`` and clean the message."""
    parts: list[str] = []
    for p in loc:
        if isinstance(p, int):
            parts.append(f"[{p}]")
        else:
            parts.append(("." if parts else "") + str(p))
    path = "".join(parts)
    # Dict-level validators tuck the offending key between @...@ so the path can name it.
    if msg.count("@") >= 2:
        _, key, rest = msg.split("@", 2)
        path = f"{path}.{key}"
        msg = rest
    msg = msg.removeprefix("Value error, ")
    return path, msg


def _check_consistency(sc: Scenario, source: str) -> None:
    """Cross-field checks pydantic cannot express: dimension coverage, scales, unique codes, shocks."""
    dims = sc.dimension_names
    if len(set(dims)) != len(dims):
        dup = next(d for d in dims if dims.count(d) > 1)
        raise ScenarioError(f"{source}: dimensions: '{dup}' is defined twice; give each dimension a "
                            "unique name", code="E084")
    codes = sc.codes
    if len(set(codes)) != len(codes):
        dup = next(c for c in codes if codes.count(c) > 1)
        raise ScenarioError(f"{source}: actors: code '{dup}' is used twice; actor codes must be unique",
                            code="E083")
    for i, a in enumerate(sc.actors):
        for fld, values in (("position", a.position), ("salience", a.salience)):
            for d in dims:
                if d not in values:
                    raise ScenarioError(
                        f"{source}: actors[{i}].{fld}.{d}: missing; actor '{a.code}' needs a {fld} on "
                        f"every dimension ({', '.join(dims)})", code="E084")
            for d in values:
                if d not in dims:
                    raise ScenarioError(
                        f"{source}: actors[{i}].{fld}.{d}: unknown dimension '{d}'; the scenario's "
                        f"dimensions are {', '.join(dims)}", code="E084")
        for dim in sc.dimensions:
            x = a.position[dim.name]
            if not dim.scale[0] <= x <= dim.scale[1]:
                raise ScenarioError(
                    f"{source}: actors[{i}].position.{dim.name}: {x} is outside the dimension's scale "
                    f"[{dim.scale[0]:g}, {dim.scale[1]:g}]", code="E083")
    if not any(a.capability > 0 for a in sc.actors):
        raise ScenarioError(f"{source}: actors: every capability is 0; at least one actor needs power",
                            code="E083")
    for i, s in enumerate(sc.shocks):
        if s.actor not in codes:
            raise ScenarioError(f"{source}: shocks[{i}].actor: unknown actor '{s.actor}'; the scenario's "
                                f"actors are {', '.join(codes)}", code="E085")
        if (s.value is None) == (s.delta is None):
            raise ScenarioError(f"{source}: shocks[{i}]: give exactly one of 'value' or 'delta'", code="E083")
        if s.field == "capability":
            if s.dimension is not None:
                raise ScenarioError(f"{source}: shocks[{i}].dimension: a capability shock takes no "
                                    "dimension", code="E084")
        elif s.dimension is None:
            raise ScenarioError(f"{source}: shocks[{i}].dimension: a {s.field} shock needs a dimension "
                                f"({', '.join(dims)})", code="E084")
        elif s.dimension not in dims:
            raise ScenarioError(f"{source}: shocks[{i}].dimension: unknown dimension '{s.dimension}'; the "
                                f"scenario's dimensions are {', '.join(dims)}", code="E084")
        if s.field == "salience" and s.value is not None and not 0 <= s.value <= 1:
            raise ScenarioError(f"{source}: shocks[{i}].value: a salience must be between 0 and 1, got "
                                f"{s.value}", code="E083")
        if s.field == "capability" and s.value is not None and s.value < 0:
            raise ScenarioError(f"{source}: shocks[{i}].value: a capability cannot be negative", code="E083")


def parse_scenario(data: Any, source: str = "scenario") -> Scenario:
    """Validate a mapping (parsed YAML) into a :class:`Scenario`.

    Args:
        source: file name used in error messages.
    """
    if not isinstance(data, dict):
        raise ScenarioError(f"{source}: a scenario must be a mapping with 'dimensions' and 'actors'",
                            code="E081")
    try:
        sc = Scenario.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        path, msg = error_path(tuple(err["loc"]), err["msg"])
        more = f" (and {len(exc.errors()) - 1} more problem(s))" if len(exc.errors()) > 1 else ""
        raise ScenarioError(f"{source}: {path or 'scenario'}: {msg}{more}", code="E083") from None
    _check_consistency(sc, source)
    return sc


def load_scenario(path: str | Path) -> Scenario:
    """Read a scenario from YAML, or from KTAB CSV when the file ends in ``.csv``."""
    p = Path(path)
    if not p.exists():
        raise ScenarioError(f"scenario file '{p}' does not exist", code="E081")
    if not p.is_file():
        raise ScenarioError(f"scenario '{p}' is not a file; give a .yaml or KTAB .csv file", code="E081")
    if p.suffix.lower() == ".csv":
        from triadic.simulate._ktab import read_ktab_csv

        return read_ktab_csv(p)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"cannot read scenario '{p}': {exc}", code="E081") from exc
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or "syntax error"
        raise ScenarioError(f"scenario '{p}' is not valid YAML{where}: {problem}", code="E081") from None
    return parse_scenario(data, source=p.name)


def scenario_to_dict(sc: Scenario) -> dict[str, Any]:
    """A plain mapping that :func:`parse_scenario` reads back (for writing YAML)."""
    out: dict[str, Any] = {"name": sc.name, "description": sc.description}
    out["dimensions"] = [
        {"name": d.name, "scale": [d.scale[0], d.scale[1]], "low": d.low, "high": d.high}
        for d in sc.dimensions
    ]
    out["actors"] = []
    for a in sc.actors:
        row: dict[str, Any] = {"code": a.code, "name": a.name, "capability": a.capability,
                               "position": dict(a.position), "salience": dict(a.salience)}
        if a.risk:
            row["risk"] = a.risk
        out["actors"].append(row)
    if sc.shocks:
        out["shocks"] = [s.model_dump(exclude_none=True) for s in sc.shocks]
    out["parameters"] = sc.parameters.model_dump()
    return out
