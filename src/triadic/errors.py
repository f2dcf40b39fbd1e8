"""One exception tree for the whole library.

Every error triadic raises on purpose derives from :class:`TriadicError`. Each carries a
catalogue code (``E0xx``) so users can search for it, and a message that says what was wrong
and what to do about it. The CLI turns any of these into one line and a non-zero exit.
"""

from __future__ import annotations

__all__ = [
    "TriadicError",
    "InputError",
    "ConfigError",
    "DictionaryError",
    "StoreError",
    "PipelineError",
    "ModelError",
    "AnalysisError",
    "ScenarioError",
    "GoldFormatError",
    "ImportFormatError",
    "EngineError",
    "DependencyError",
]


class TriadicError(Exception):
    """Base of every error triadic raises deliberately.

    Args:
        message: what was wrong and what to do.
        code: catalogue code such as ``"E012"``; shown before the message.
    """

    exit_code = 1
    default_code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        self.code = code or self.default_code
        self.message = message
        super().__init__(f"[{self.code}] {message}")


class InputError(TriadicError):
    """An input file, path or argument is missing, unreadable or malformed."""

    exit_code = 2
    default_code = "E010"


class ConfigError(TriadicError):
    """A setting, option value or configuration file is invalid."""

    exit_code = 2
    default_code = "E020"


class DictionaryError(ConfigError):
    """A user or shipped dictionary (actors, patterns) fails validation."""

    default_code = "E030"


class StoreError(TriadicError):
    """The DuckDB store cannot be opened, written or queried."""

    exit_code = 3
    default_code = "E040"


class PipelineError(TriadicError):
    """The NLP pipeline cannot be loaded or run."""

    exit_code = 4
    default_code = "E050"


class ModelError(TriadicError):
    """A learned model is missing, incompatible or cannot be trained."""

    exit_code = 4
    default_code = "E060"


class AnalysisError(TriadicError):
    """An analysis has degenerate or insufficient input (no events, one actor, NaN scores)."""

    exit_code = 5
    default_code = "E070"


class ScenarioError(InputError):
    """A bargaining scenario file is invalid; the message names the path of the bad field."""

    default_code = "E080"


class GoldFormatError(InputError):
    """A gold-standard file for evaluation is malformed; the message names the record and line."""

    default_code = "E090"


class ImportFormatError(InputError):
    """A GDELT, ICEWS or POLECAT file cannot be read as that format."""

    default_code = "E100"


class EngineError(TriadicError):
    """A processing engine (local multiprocess, Spark) failed."""

    exit_code = 6
    default_code = "E110"


class DependencyError(TriadicError):
    """An optional dependency is missing; the message says what to install."""

    exit_code = 7
    default_code = "E120"
