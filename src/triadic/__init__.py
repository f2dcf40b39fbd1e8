"""triadic: who is playing whom in world politics."""

__version__ = "0.1.0"

__all__ = ["__version__"]
