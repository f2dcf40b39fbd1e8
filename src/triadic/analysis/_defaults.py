"""Documented defaults of the analysis parameters (docs/analysis.md explains each choice)."""

from __future__ import annotations

__all__ = [
    "THRESHOLD",
    "MIN_EVENTS",
    "EVIDENCE",
    "MEASURES",
    "SPAN",
    "BOOTSTRAP",
    "SERIES_WINDOW",
    "GRAPH_WINDOW",
    "HORIZON",
]

# |score| must exceed this for an edge to be signed; scores lie in [-1, 1]
THRESHOLD = 0.1
# fewer events than this between two actors in a window means no edge at all
MIN_EVENTS = 2
# event ids kept per edge as evidence (the edge's n_events says how many there were)
EVIDENCE = 20
# edge score: net cooperation, or mean Goldstein / 10; both lie in [-1, 1]
MEASURES = ("net", "goldstein")
# consecutive windows over which the trend detectors fit slopes
SPAN = 3
# bootstrap resamples for the trend detectors' intervals
BOOTSTRAP = 1000
# windows after a wedge over which the target's tie to the adversary is followed
HORIZON = 2
SERIES_WINDOW = "month"
GRAPH_WINDOW = "all"
