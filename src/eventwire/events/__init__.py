"""Events: reading who did what to whom out of a sentence's dependency structure, as small passes."""

from eventwire.events.coder import code_sentence
from eventwire.events.strategy import BUNDLED, TABARI, Strategy, choose_strategy

__all__ = ["code_sentence", "Strategy", "BUNDLED", "TABARI", "choose_strategy"]
