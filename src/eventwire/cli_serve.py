"""`eventwire serve`: the web app and HTTP API on uvicorn, the coder loaded once at start."""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path

from eventwire.errors import ExitCode, UsageError


def add_serve_parser(sub) -> None:
    """The `serve` subcommand's options (the coder options as `code` and `ingest` have them)."""
    from eventwire.cli import add_coder_options

    s = sub.add_parser(
        "serve", help="the web app and HTTP API (annotate, browse events, dyad trends)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Serve the pages and the JSON API (documented at /docs) over an event database.\n"
                    "Loopback only by default: the API codes and stores whatever it is sent, so give\n"
                    "--host 0.0.0.0 only behind a proxy that decides who may.\n\n"
                    "Example:\n  eventwire serve --db news.duckdb\n"
                    "  curl -s localhost:8000/api/code -H 'content-type: application/json' \\\n"
                    "       -d '{\"text\": \"Russia attacked Ukraine on Monday.\", \"date\": \"2025-05-15\"}'")
    s.add_argument("--db", type=Path, default=Path("eventwire.duckdb"),
                   help="the database file to read and store into, created on the first store "
                        "(default: eventwire.duckdb)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    s.add_argument("--max-body", type=int, default=None, metavar="BYTES",
                   help="largest request body accepted (default 2 MiB); larger ones get 413")
    s.add_argument("--log-level", choices=["critical", "error", "warning", "info", "debug"], default="info",
                   help="server log detail (default: info, one line per request)")
    add_coder_options(s)


def cmd_serve(args) -> int:
    import uvicorn

    from eventwire.cli import coder_options, load_coder_resources
    from eventwire.web.app import create_app
    from eventwire.web.service import MAX_BODY_BYTES

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be 0 to 65535, not {args.port}")
    if args.max_body is not None and args.max_body < 1024:
        raise UsageError(f"--max-body must be at least 1024 bytes, not {args.max_body}")
    if args.db.is_dir():
        raise UsageError(f"--db {args.db}: is a folder, not a database file")
    if not args.db.parent.is_dir():
        raise UsageError(f"--db {args.db}: the folder {args.db.parent} does not exist (create it first)")
    settings, dictionaries = coder_options(args)
    print("eventwire: loading the coder (model and dictionaries) ...", file=sys.stderr, flush=True)
    resources = load_coder_resources(dictionaries)
    app = create_app(args.db, resources=resources, settings=settings, dictionaries=dictionaries,
                     max_body_bytes=args.max_body or MAX_BODY_BYTES)
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level=args.log_level,
                            timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    _announce(server, args)
    try:
        server.run()
    except SystemExit:  # uvicorn exits when it cannot bind; it has logged why (address in use)
        print(f"eventwire: error: cannot listen on {args.host}:{args.port}", file=sys.stderr)
        return ExitCode.DATA
    return ExitCode.OK if server.started else ExitCode.DATA


def _announce(server, args) -> None:
    """Print the URL once the socket is bound (with --port 0 only then is the port known)."""
    startup = server.startup

    async def announced(sockets=None):
        await startup(sockets=sockets)
        if not server.started:
            return
        port = server.servers[0].sockets[0].getsockname()[1] if server.servers else args.port
        host = args.host if ":" not in args.host else f"[{args.host}]"
        print(f"eventwire: serving {args.db} at http://{host}:{port}/ (API docs: http://{host}:{port}/docs); "
              "Ctrl-C stops", file=sys.stderr, flush=True)
        if not _loopback(args.host):
            print(f"eventwire: warning: listening on {args.host}: anyone who can reach this machine can "
                  "code and store articles", file=sys.stderr, flush=True)

    server.startup = announced


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
