"""What-if bargaining: scenarios, weighted mean and median, BDM's expected-utility model, a spatial model."""

from typing import TYPE_CHECKING

from triadic._lazy import lazy_exports

if TYPE_CHECKING:
    from triadic.simulate._bdm import run_bdm
    from triadic.simulate._core import ModelRun, RoundState, State, weighted_mean, weighted_median
    from triadic.simulate._draft import Draft, capability_table, draft_scenario, draft_to_yaml
    from triadic.simulate._ktab import parse_ktab_text, read_ktab_csv
    from triadic.simulate._plot import plot_result
    from triadic.simulate._runner import (
        MODELS,
        Sensitivity,
        SimulationResult,
        Uncertainty,
        run_model,
        run_scenario,
    )
    from triadic.simulate._scenario import (
        Dimension,
        ModelParams,
        Scenario,
        ScenarioActor,
        Shock,
        load_scenario,
        parse_scenario,
        scenario_to_dict,
    )
    from triadic.simulate._spatial import run_spatial

__all__ = [
    "MODELS",
    "Scenario",
    "ScenarioActor",
    "Dimension",
    "Shock",
    "ModelParams",
    "load_scenario",
    "parse_scenario",
    "scenario_to_dict",
    "read_ktab_csv",
    "parse_ktab_text",
    "State",
    "RoundState",
    "ModelRun",
    "weighted_mean",
    "weighted_median",
    "run_bdm",
    "run_spatial",
    "run_model",
    "run_scenario",
    "SimulationResult",
    "Uncertainty",
    "Sensitivity",
    "plot_result",
    "Draft",
    "draft_scenario",
    "draft_to_yaml",
    "capability_table",
]

# The parts load on first use: importing triadic.simulate does not pull in numpy or the plots.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "._bdm": ("run_bdm",),
        "._core": ("ModelRun", "RoundState", "State", "weighted_mean", "weighted_median"),
        "._draft": ("Draft", "capability_table", "draft_scenario", "draft_to_yaml"),
        "._ktab": ("parse_ktab_text", "read_ktab_csv"),
        "._plot": ("plot_result",),
        "._runner": ("MODELS", "Sensitivity", "SimulationResult", "Uncertainty", "run_model", "run_scenario"),
        "._scenario": (
            "Dimension",
            "ModelParams",
            "Scenario",
            "ScenarioActor",
            "Shock",
            "load_scenario",
            "parse_scenario",
            "scenario_to_dict",
        ),
        "._spatial": ("run_spatial",),
    },
)
