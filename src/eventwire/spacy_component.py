"""A spaCy component that codes each doc's text with eventwire: `nlp.add_pipe("eventwire")` -> `doc._.events`.

A thin wrapper around `eventwire.code_articles`: the doc's text is one article, coded by
eventwire's own pipeline (its own parser, dictionaries and rules), so the events are the same
as `eventwire code` gives for that text, whatever the host pipeline is. The character offsets
of every span in an event (trigger, source, target) are offsets into `doc.text`, so
`doc.char_span(e.trigger.start, e.trigger.end)` finds it in the doc.

Importing this module registers the factory and the extensions; the package declares it as a
`spacy_factories` entry point, so `nlp.add_pipe("eventwire")` also works without the import
(but `doc._.events` exists only once a doc went through the component or the module was
imported).
"""

# No `from __future__ import annotations`: spaCy validates a factory's config against its
# signature's real types, not strings.
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, Dict, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import EventwireError
from eventwire.pipeline import Resources, code_articles, default_resources, load_resources
from eventwire.types import Article, CodedArticle, CoderSettings

# the doc's events and the whole answer (quotes, places, dateline); a doc may carry its own story date
for _name, _default in (("events", ()), ("eventwire", None), ("story_date", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class EventwireComponent:
    """Codes a doc's text as one article and sets `doc._.events` (a tuple of `eventwire.Event`)
    and `doc._.eventwire` (the `CodedArticle`). The story date is `doc._.story_date` if set,
    else the component's `date`."""

    def __init__(self, name: str = "eventwire", date: Union[date, str, None] = None,
                 dictionaries: Optional[str] = None, settings: Optional[Dict[str, Any]] = None,
                 resources: Optional[Resources] = None):
        self.name = name
        self.date = date
        self.dictionaries = Path(dictionaries) if dictionaries else None
        known = set(CoderSettings.__dataclass_fields__)
        unknown = sorted(set(settings or {}) - known)
        if unknown:
            raise EventwireError(f"eventwire component: unknown setting(s) {', '.join(unknown)}; "
                                 f"known: {', '.join(sorted(known))}")
        self.settings = CoderSettings(**(settings or {}))
        self._resources = resources

    @property
    def resources(self) -> Resources:
        """The coder's model and dictionaries, loaded at the first doc (not when the pipe is added)."""
        if self._resources is None:
            self._resources = load_resources(self.dictionaries) if self.dictionaries else default_resources()
        return self._resources

    @resources.setter
    def resources(self, value: Resources) -> None:
        self._resources = value

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Many docs share the coder's parse batches, as `code_articles` does for many articles."""
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            articles = [Article(id=str(n), text=doc.text, date=self._story_date(doc)) for n, doc in enumerate(batch)]
            for doc, coded in zip(batch, code_articles(articles, self.resources, self.settings), strict=True):
                _set(doc, coded)
                yield doc

    def _story_date(self, doc: Doc) -> Optional[date]:
        from eventwire.api import as_date
        given = doc._.story_date if doc._.story_date is not None else self.date
        return as_date(given, "story_date")


def _set(doc: Doc, coded: CodedArticle) -> None:
    doc._.eventwire = coded
    doc._.events = coded.events


@Language.factory("eventwire", default_config={"date": None, "dictionaries": None, "settings": {}},
                  assigns=["doc._.events", "doc._.eventwire"])
def make_component(nlp: Language, name: str, date: Optional[str], dictionaries: Optional[str],
                   settings: Dict[str, Any]) -> EventwireComponent:
    """`nlp.add_pipe("eventwire", config={"date": "2025-05-15", "settings": {"require_dyad": True}})`:
    `date` is the story date of every doc (or set `doc._.story_date`), `dictionaries` a folder
    made by `eventwire dictionaries import-petrarch`, `settings` fields of `CoderSettings`."""
    return EventwireComponent(name, date=date, dictionaries=dictionaries, settings=settings)
