"""Starting Spark: the dependency checks and a session that stays on loopback for local masters."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from triadic.errors import DependencyError, EngineError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

__all__ = ["check_spark", "is_local_master", "spark_session"]

_INSTALL = "install it with: pip install 'triadic[spark]'"


def check_spark() -> None:
    """Raise a DependencyError saying what to install when pyspark or a Java runtime is missing."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise DependencyError(f"the spark engine needs pyspark, which is not installed; {_INSTALL}",
                              code="E121") from None
    java_home = os.environ.get("JAVA_HOME")
    java = Path(java_home) / "bin" / "java" if java_home else None
    if java is not None and not java.is_file():
        raise DependencyError(f"JAVA_HOME is '{java_home}' but it has no bin/java; point it at a Java 17 "
                              "runtime or unset it", code="E122")
    if java is None and shutil.which("java") is None:
        raise DependencyError("the spark engine needs a Java 17+ runtime and none was found on PATH; install "
                              "one (e.g. 'apt-get install openjdk-17-jre-headless') or set JAVA_HOME",
                              code="E122")


def is_local_master(master: str | None) -> bool:
    """True for ``local``, ``local[N]``, ``local[*]`` (and no master at all outside spark-submit)."""
    if master is None:
        # spark-submit starts the JVM first and hands its gateway to Python: then the cluster's master applies
        return "PYSPARK_GATEWAY_PORT" not in os.environ and "--master" not in os.environ.get(
            "PYSPARK_SUBMIT_ARGS", "")
    return master == "local" or master.startswith("local[")


@contextmanager
def spark_session(master: str | None = None, app_name: str = "triadic") -> Iterator[SparkSession]:
    """A Spark session for the duration of the block; stopped afterwards if this call started it.

    Local masters bind the driver to 127.0.0.1 and run without the web UI: traffic off loopback is
    neither needed nor wanted on one machine. Under ``spark-submit`` the cluster's own settings apply.
    """
    check_spark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None and (master is None or active.sparkContext.master == master):
        yield active
        return
    local = is_local_master(master)
    # executors start Python workers with this interpreter, so they see the same triadic and spaCy model
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if local:
        os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
        builder = (builder.master(master or "local[*]")
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.ui.enabled", "false")
                   .config("spark.sql.shuffle.partitions", "8"))
    elif master is not None:
        builder = builder.master(master)
    builder = builder.config("spark.sql.execution.arrow.pyspark.enabled", "true")
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # py4j and JVM start-up failures come in many types; all end the run here
        raise EngineError(f"cannot start Spark (master {master or 'default'}): {exc}; check the master URL "
                          "and that Java 17+ works ('java -version')", code="E112") from exc
    spark.sparkContext.setLogLevel("ERROR")
    try:
        yield spark
    finally:
        spark.stop()
