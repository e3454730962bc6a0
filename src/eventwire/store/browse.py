"""Reads for browsing the store page by page (the HTTP API): a page of events with its total, one article with all coded in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pyarrow as pa

from eventwire.store.db import Store, content_hash
from eventwire.store.export import EventFilter, _select, _where


def count_events(store: Store, f: EventFilter) -> int:
    """How many deduplicated events pass the filter (its limit aside)."""
    where, params = _where(f)
    return store.con.execute(f"SELECT count(*) FROM events e{where}", params).fetchall()[0][0]


def events_page(store: Store, f: EventFilter, limit: int, offset: int) -> pa.Table:
    """Events `offset` to `offset + limit` of what `query_events` lists for the filter, in its order."""
    sql, params = _select(replace(f, limit=limit))
    return store.query(sql + " OFFSET ?", [*params, offset])


def find_article(store: Store, article_id: str, text: str) -> dict | None:
    """The stored article this one is (`id`, `events`, `undated`): the same id, or the same text
    stored under another id (ingest keeps one copy of a story); None if it is not stored."""
    rows = store.query("SELECT id, events, undated FROM articles WHERE id = ? OR content_hash = ? "
                       "ORDER BY id <> ? LIMIT 1", [article_id, content_hash(text), article_id]).to_pylist()
    return rows[0] if rows else None


def run_exists(store: Store, run: int) -> bool:
    """Whether the ingest run `run` is recorded (a database replaced meanwhile has not got it)."""
    return bool(store.con.execute("SELECT count(*) FROM runs WHERE id = ?", [run]).fetchall()[0][0])


def article_rows(store: Store, article_id: str) -> dict[str, list[dict]] | None:
    """One stored article: {"article": [its row], "mentions": [...], "quotes": [...], "places":
    [...]}, each list in the article's order (mentions carry their event's key and trigger
    offsets); None if no article has this id."""
    article = _rows(store, "SELECT * FROM articles WHERE id = ?", [article_id])
    if not article:
        return None
    return {"article": article,
            "mentions": _rows(store, "SELECT * FROM mentions WHERE article_id = ? ORDER BY ordinal", [article_id]),
            "quotes": _rows(store, "SELECT * FROM quotes WHERE article_id = ? ORDER BY ordinal", [article_id]),
            "places": _rows(store, "SELECT * FROM places WHERE article_id = ? ORDER BY ordinal", [article_id])}


def _rows(store: Store, sql: str, params: Sequence) -> list[dict]:
    return store.query(sql, params).to_pylist()
