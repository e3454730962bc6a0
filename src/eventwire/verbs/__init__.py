"""The verb lexicon: trigger patterns mapped to CAMEO codes, and the frames that modify them."""

from eventwire.verbs.lexicon import Frame, Lexicon, Pattern, Word, load_lexicon

__all__ = ["Frame", "Lexicon", "Pattern", "Word", "load_lexicon"]
