"""The one place the version is written; pyproject.toml reads it from here (a plain constant is far
cheaper at start-up than asking importlib.metadata)."""

__version__ = "0.1.0"
