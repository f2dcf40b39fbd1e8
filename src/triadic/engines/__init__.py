"""Engines that run the coding pipeline at scale: local processes, or Spark (``triadic.engines.spark``).

The Spark engine lives in its own module so that importing triadic never needs pyspark.
"""

from triadic.engines.local import CodeRun, code_inputs, iter_articles

__all__ = ["CodeRun", "code_inputs", "iter_articles"]
