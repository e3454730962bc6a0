"""Events: reading who did what to whom out of a sentence's dependency structure."""

from eventwire.events.extract import code_sentence

__all__ = ["code_sentence"]
