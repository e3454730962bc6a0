"""eventwire: code news text into CAMEO/PLOVER political events, with the evidence for each."""

from eventwire.pipeline import Resources, code, code_articles, load_resources
from eventwire.types import Actor, ActorMention, Article, CodedArticle, CoderSettings, Event, Span

__version__ = "0.1.0"

__all__ = ["Actor", "ActorMention", "Article", "CodedArticle", "CoderSettings", "Event", "Resources",
           "Span", "code", "code_articles", "load_resources", "__version__"]
