"""What a connection to an event database may do: nothing beyond the database file, and capped memory, threads, time and waiting."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import TypeVar

import duckdb
import pyarrow as pa

from eventwire.errors import EventwireError, UsageError

T = TypeVar("T")

# the environment variables that change the defaults (see docs/security.md)
ENVIRONMENT = {"memory_limit": "EVENTWIRE_MEMORY_LIMIT", "temp_limit": "EVENTWIRE_TEMP_LIMIT",
               "threads": "EVENTWIRE_THREADS", "timeout": "EVENTWIRE_SQL_TIMEOUT",
               "lock_wait": "EVENTWIRE_LOCK_TIMEOUT"}

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)\s*$", re.IGNORECASE)
_UNITS = {"B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12,
          "KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40}


class LimitError(UsageError, ValueError):
    """A limit that is not a size, a thread count or a number of seconds: a usage error (exit 2)."""


class QueryTimeout(EventwireError):
    """A query ran longer than its time limit and was stopped."""


class ResultTooLarge(EventwireError):
    """A query's result would not fit in the memory limit."""


def size_bytes(value: str, name: str = "memory limit") -> int:
    """"2GB" -> 2_000_000_000, "512MiB" -> 536_870_912; a LimitError names `name` otherwise."""
    m = _SIZE.match(str(value))
    if not m or float(m.group(1)) <= 0:
        raise LimitError(f"{name}: {value!r} is not a size such as 512MB or 4GB")
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()])


@dataclass(frozen=True)
class Limits:
    """The caps of a reading connection. `timeout` (seconds, None for none) stops a user's SQL;
    `lock_wait` is how long to wait for another process to let go of the database file: by
    default 30 s to read (an ingest holds it only while it commits a batch) and 300 s to write
    (a reader may run a long export)."""

    memory_limit: str = "2GB"  # DuckDB's memory for one query; a larger result is refused too
    temp_limit: str = "4GB"  # how much a query may spill to disk, beside the database
    threads: int = min(4, os.cpu_count() or 1)
    timeout: float | None = 60.0
    lock_wait: float | None = None

    def __post_init__(self) -> None:
        size_bytes(self.memory_limit, "memory limit")
        size_bytes(self.temp_limit, "temp limit")
        if isinstance(self.threads, bool) or not isinstance(self.threads, int) or not 1 <= self.threads <= 256:
            raise LimitError(f"threads: {self.threads!r} is not a number of threads from 1 to 256")
        if self.timeout is not None and not (isinstance(self.timeout, (int, float)) and self.timeout > 0):
            raise LimitError(f"timeout: {self.timeout!r} is not a number of seconds above 0")
        if self.lock_wait is not None and not (isinstance(self.lock_wait, (int, float)) and self.lock_wait >= 0):
            raise LimitError(f"lock wait: {self.lock_wait!r} is not a number of seconds, 0 or more")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> "Limits":
        """The defaults, changed by the EVENTWIRE_* variables, changed by `overrides` that are
        not None (command-line options, keyword arguments)."""
        environ = os.environ if environ is None else environ
        values: dict = {}
        for name, var in ENVIRONMENT.items():
            raw = environ.get(var, "").strip()
            if raw:
                values[name] = _parse(name, raw, var)
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise TypeError(f"unknown limits: {', '.join(sorted(unknown))}")
        return cls(**values)

    def wait(self, read_only: bool) -> float:
        """Seconds to wait for the database file before giving up."""
        if self.lock_wait is not None:
            return float(self.lock_wait)
        return 30.0 if read_only else 300.0

    def with_timeout(self, seconds: float | None) -> "Limits":
        """These limits with another timeout; 0 or None means none."""
        return replace(self, timeout=seconds or None)

    def duckdb_config(self, read_only: bool) -> dict:
        """DuckDB settings for a connection: no file but the database (no read_csv, COPY,
        ATTACH, glob), no extension installed or loaded, no URL; for reading, memory, spill and
        thread caps. `lock` then locks it, so SQL cannot undo any of it."""
        config: dict = {"enable_external_access": False, "autoinstall_known_extensions": False,
                        "autoload_known_extensions": False, "allow_community_extensions": False}
        if read_only:
            config.update(memory_limit=self.memory_limit, max_temp_directory_size=self.temp_limit,
                          threads=self.threads)
        return config


def lock(con: duckdb.DuckDBPyConnection) -> None:
    """Lock a new connection's configuration (DuckDB's lock_configuration), after turning off
    its progress bar, which would garble a command's output (a per-connection setting, so not
    part of duckdb_config). A connection that shares a database instance another connection of
    this process opened finds it locked already. Raises if the lock did not hold."""
    for statement in ("SET enable_progress_bar = false", "SET lock_configuration = true"):
        try:
            con.execute(statement)
        except duckdb.InvalidInputException:
            pass  # "the configuration has been locked" by the connection that opened the instance
    locked = con.execute("SELECT current_setting('lock_configuration')").fetchall()
    if locked != [(True,)]:
        raise EventwireError("DuckDB's configuration could not be locked: refusing to read the database")


def _parse(name: str, raw: str, var: str):
    try:
        if name == "threads":
            return int(raw)
        if name in ("timeout", "lock_wait"):
            seconds = float(raw)
            return None if name == "timeout" and seconds == 0 else seconds
    except ValueError:
        raise LimitError(f"{var}={raw!r} is not a number") from None
    return raw


def timed(interrupt: Callable[[], None], seconds: float | None, run: Callable[[], T]) -> T:
    """run(), stopped by interrupt() (DuckDB's connection.interrupt) once `seconds` have passed;
    a stopped run raises QueryTimeout whatever error the interruption surfaced as."""
    if not seconds:
        return run()
    fired = threading.Event()

    def stop() -> None:
        fired.set()
        interrupt()

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()
    try:
        return run()
    except Exception:
        if fired.is_set():
            raise QueryTimeout(f"the query was stopped after {seconds:g} s (its time limit; raise it with "
                               f"--timeout or {ENVIRONMENT['timeout']})") from None
        raise
    finally:
        timer.cancel()


def capped_table(reader: pa.RecordBatchReader, max_bytes: int) -> pa.Table:
    """All batches of `reader` as one table, refused once they pass `max_bytes`: a result is
    held in memory outside DuckDB's own memory limit, so it gets the same cap."""
    batches, total = [], 0
    for batch in reader:
        total += batch.nbytes
        if total > max_bytes:
            raise ResultTooLarge(f"the result is larger than the memory limit ({max_bytes / 1e6:,.0f} MB); "
                                 f"select fewer rows (LIMIT) or aggregate, or raise the limit with "
                                 f"--memory-limit or {ENVIRONMENT['memory_limit']}")
        batches.append(batch)
    return pa.Table.from_batches(batches, schema=reader.schema)
