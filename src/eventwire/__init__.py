"""eventwire: code news text into CAMEO/PLOVER political events, with the evidence for each."""

# before the imports: a module that `eventwire.api` imports may read it while this package loads
__version__ = "0.1.0"

from eventwire.api import Store, ingest, open_store, to_arrow
from eventwire.pipeline import Resources, code, code_articles, load_resources
from eventwire.types import Actor, ActorMention, Article, CodedArticle, CoderSettings, Event, Span

__all__ = ["Actor", "ActorMention", "Article", "CodedArticle", "CoderSettings", "Event", "Resources",
           "Span", "Store", "code", "code_articles", "ingest", "load_resources", "open_store", "to_arrow",
           "__version__"]
