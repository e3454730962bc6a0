"""Query stored events with filters; export them as Parquet, CSV, GDELT 2.0 or PLOVER JSON."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TextIO

import duckdb
import pyarrow as pa

from eventwire.store.db import Store, StoreError, actor_country

CODE = re.compile(r"^[A-Za-z]{3}[A-Za-z0-9]*$")


@dataclass(frozen=True)
class EventFilter:
    dyad: tuple[str, str] | None = None  # (source prefix, target prefix)
    both: bool = False  # the dyad in both directions
    actor: str | None = None  # source or target starts with it
    root: str | None = None  # CAMEO root or code prefix
    since: date | None = None
    until: date | None = None
    text: str | None = None  # words in any report's evidence sentence
    limit: int | None = None


def parse_dyad(value: str) -> tuple[str, str]:
    """"CHN-RUS" -> ("CHN", "RUS")."""
    parts = [p.strip().upper() for p in value.split("-")]
    if len(parts) != 2 or not all(CODE.match(p) for p in parts):
        raise ValueError(f"{value!r} is not SOURCE-TARGET, e.g. CHN-RUS or CHNMIL-UKR")
    return parts[0], parts[1]


def _where(f: EventFilter) -> tuple[str, list]:
    """The filter as SQL over `events e`, with every user value a parameter."""
    clauses, params = [], []
    if f.dyad:
        a, b = f.dyad
        one = "(starts_with(e.source, ?) AND starts_with(e.target, ?))"
        if f.both:
            clauses.append(f"({one} OR {one})")
            params += [a, b, b, a]
        else:
            clauses.append(one)
            params += [a, b]
    if f.actor:
        clauses.append("(starts_with(e.source, ?) OR starts_with(e.target, ?))")
        params += [f.actor.upper(), f.actor.upper()]
    if f.root:
        clauses.append("starts_with(e.code, ?)")
        params.append(f.root)
    if f.since:
        clauses.append("e.event_date >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("e.event_date <= ?")
        params.append(f.until)
    if f.text:
        clauses.append("e.event_key IN (SELECT event_key FROM mentions WHERE evidence ILIKE ? ESCAPE '\\')")
        params.append("%" + re.sub(r"([%_\\])", r"\\\1", f.text) + "%")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query_events(store: Store, f: EventFilter | None = None) -> pa.Table:
    f = f or EventFilter()
    where, params = _where(f)
    limit = f" LIMIT {int(f.limit)}" if f.limit else ""
    return store.query(f"SELECT e.* FROM events e{where} ORDER BY e.event_date, e.num_mentions DESC, e.event_key"
                       f"{limit}", params)


def write_events(table: pa.Table, fmt: str, out: Path | TextIO) -> None:
    """table (a readable subset, for people), csv, jsonl or parquet (to a file)."""
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("parquet output needs a file: --out FILE")
        import pyarrow.parquet as pq
        pq.write_table(table, out)
        return
    stream, close = (out.open("w", encoding="utf-8", newline=""), True) if isinstance(out, Path) else (out, False)
    try:
        if fmt == "csv":
            import csv
            w = csv.writer(stream)
            w.writerow(table.column_names)
            for row in table.to_pylist():
                w.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else v for v in row.values()])
        elif fmt == "jsonl":
            for row in table.to_pylist():
                stream.write(json.dumps(row, ensure_ascii=False, default=_iso) + "\n")
        elif fmt == "table":
            _table(table, stream)
        else:
            raise ValueError(f"unknown format {fmt!r}")
    finally:
        if close:
            stream.close()


def _iso(v):
    return v.isoformat() if isinstance(v, (date, datetime)) else str(v)


def _table(table: pa.Table, stream: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, width=max(120, Console(file=stream).width))
    out = Table(title=f"{table.num_rows} event(s)", title_justify="left")
    for col in ("date", "source", "target", "code", "event", "Q", "G", "mentions/articles/sources", "where",
                "evidence"):
        out.add_column(col, no_wrap=col in ("date", "source", "target", "code"))
    for r in table.to_pylist():
        evidence = (r["evidence"] or "")[:110] + ("…" if len(r["evidence"] or "") > 110 else "")
        out.add_row(str(r["event_date"] or "?"), r["source"] or "", r["target"] or "—", r["code"] or "",
                    r["name"] or "", str(r["quad_class"]), f"{r['goldstein']:+.1f}",
                    f"{r['num_mentions']}/{r['num_articles']}/{r['num_sources']}",
                    f"{r['location']}, {r['location_country']}" if r["location"] else "", evidence)
    console.print(out)


# -- exports ----------------------------------------------------------------------------------

GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{f}" for n in (1, 2) for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                                "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
       "NumSources", "NumArticles", "AvgTone"]
    + [f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
       for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"])


def export(store: Store, fmt: str, path: Path, f: EventFilter | None = None) -> int:
    """Write the (filtered) events to `path`; returns the number written.

    - parquet, csv: the events table as stored.
    - gdelt: the 61 tab-separated columns of the GDELT 2.0 Events table, no header. Differences,
      by necessity: country codes are ISO 3166 alpha-3 (GDELT uses FIPS 10-4 in its geo fields
      and CAMEO country codes for actors, which mostly coincide with ISO3); GLOBALEVENTID is
      a stable 63-bit number derived from the event key; AvgTone is 0 (no tone is computed).
    - plover: JSON Lines, one PLOVER/POLECAT-style event per line.
    """
    table = query_events(store, f)
    if fmt in ("parquet", "csv"):
        write_events(table, fmt, path)
        return table.num_rows
    extra = _extras(store, [r for r in table.column("event_key").to_pylist()])
    added = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    with path.open("w", encoding="utf-8", newline="") as out:
        for r in table.to_pylist():
            more = extra.get(r["event_key"], {})
            if fmt == "gdelt":
                out.write("\t".join(_clean(v) for v in _gdelt_row(r, more, added)) + "\n")
            elif fmt == "plover":
                out.write(json.dumps(_plover(r, more), ensure_ascii=False) + "\n")
            else:
                raise ValueError(f"unknown export format {fmt!r}")
    return table.num_rows


def _extras(store: Store, keys: list[str]) -> dict[str, dict]:
    """Per event: the first article's URL, whether it was in a lead sentence, actor names."""
    if not keys:
        return {}
    store.con.register("_export_keys", pa.table({"event_key": keys}))
    try:
        rows = store.con.execute("""
            SELECT m.event_key, min(m.sentence) AS first_sentence,
                   arg_min(coalesce(nullif(a.url, ''), a.id), a.id) AS url,
                   arg_max(m.source_text, m.confidence) AS source_name,
                   arg_max(m.target_text, m.confidence) AS target_name
            FROM mentions m JOIN articles a ON a.id = m.article_id
            SEMI JOIN _export_keys k ON k.event_key = m.event_key
            GROUP BY m.event_key""").fetchall()
    finally:
        store.con.unregister("_export_keys")
    return {k: {"first_sentence": s, "url": u, "source_name": sn, "target_name": tn} for k, s, u, sn, tn in rows}


def _clean(v) -> str:
    if v is None:
        return ""
    return str(v).replace("\t", " ").replace("\n", " ")


def _actor_fields(code: str | None, name: str | None) -> list:
    code = code or ""
    igo = code.startswith("IGO")
    country = actor_country(code) if not igo else ""
    rest = code[3:] if (country or igo) else code
    types = [rest[i:i + 3] for i in range(0, len(rest), 3)][:3]
    known = code[:6] if igo else ""
    return [code, (name or "").upper(), country, known, "", "", ""] + types + [""] * (3 - len(types))


def _gdelt_row(r: dict, more: dict, added: str) -> list:
    d = r["event_date"]
    key = int(r["event_key"][:15], 16)
    geo_type = "" if not r["location_country"] else (4 if r["latitude"] is not None else 1)
    action = [geo_type, r["location"] or "", r["location_country"] or "", "", "", r["latitude"] if r["latitude"]
              is not None else "", r["longitude"] if r["longitude"] is not None else "", ""]
    return ([key, d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "", d.year if d else "",
             f"{d.year + (d.timetuple().tm_yday / 365):.4f}" if d else ""]
            + _actor_fields(r["source"], more.get("source_name"))
            + _actor_fields(r["target"], more.get("target_name"))
            + [1 if more.get("first_sentence") == 1 else 0, r["code"], (r["code"] or "")[:3], r["root"],
               r["quad_class"], r["goldstein"], r["num_mentions"], r["num_sources"], r["num_articles"], 0]
            + [""] * 16 + action + [added, more.get("url", r["first_article"])])


def _plover(r: dict, more: dict) -> dict:
    def actor(code):
        code = code or ""
        country = actor_country(code)
        return {"code": code, "country": country, "sector": code[len(country):len(country) + 3] if country
                else code[:3]}

    return {"id": r["event_key"], "date": r["event_date"].isoformat() if r["event_date"] else None,
            "event_type": r["plover"] or "", "mode": "", "context": [], "cameo": r["code"],
            "quad_class": r["quad_class"], "goldstein": r["goldstein"],
            "actors": {"source": actor(r["source"]), "target": actor(r["target"]) if r["target"] else None},
            "location": {"name": r["location"], "country": r["location_country"], "lat": r["latitude"],
                         "lon": r["longitude"]} if r["location"] else None,
            "num_mentions": r["num_mentions"], "num_articles": r["num_articles"], "num_sources": r["num_sources"],
            "evidence": {"sentence": r["evidence"], "article": r["first_article"], "url": more.get("url")}}


# -- read-only SQL ----------------------------------------------------------------------------

READ_TYPES = {"SELECT", "EXPLAIN"}


def run_sql(path: Path | str, sql: str) -> pa.Table:
    """Run one read-only statement on its own read-only connection."""
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as e:
        raise StoreError(f"{path}: cannot be opened ({str(e).splitlines()[0]})") from None
    try:
        try:
            statements = con.extract_statements(sql)
        except duckdb.Error as e:
            raise StoreError(f"SQL error: {str(e).splitlines()[0]}") from None
        if len(statements) != 1:
            raise StoreError("eventwire sql runs exactly one statement")
        kind = str(statements[0].type).rsplit(".", 1)[-1]
        if kind not in READ_TYPES:
            raise StoreError(f"eventwire sql is read-only: a {kind} statement is not allowed")
        try:
            return con.sql(sql).to_arrow_table()
        except duckdb.Error as e:
            raise StoreError(f"SQL error: {str(e).splitlines()[0]}") from None
    finally:
        con.close()

