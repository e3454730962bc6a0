"""The web app: one FastAPI application holding the coder, the database path and the routers."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.errors import EventwireError, UsageError
from eventwire.types import CoderSettings
from eventwire.web.pages import not_found_page
from eventwire.web.service import MAX_BODY_BYTES, BodyLimit, Service, StoreBusy

log = logging.getLogger("eventwire.web")
STATIC = Path(__file__).resolve().parent / "static"


def create_app(db: Path | None = None, *, resources=None, settings: CoderSettings | None = None,
               max_body_bytes: int = MAX_BODY_BYTES, dictionaries: Path | None = None) -> FastAPI:
    """The app over the event database `db` (None: the CLI's default file). The coder's
    resources are loaded here, once, unless given (tests pass theirs); `settings` are the coder
    settings a request starts from. Bodies over `max_body_bytes` are refused with 413.
    `dictionaries`: the imported folder `resources` were loaded from, recorded with stored rows."""
    from eventwire import __version__
    from eventwire.web import api, pages

    if resources is None:
        from eventwire.pipeline import default_resources
        resources = default_resources()
    settings = settings or CoderSettings()
    service = Service(resources, settings, db, dictionaries)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        service.close()  # the coder thread ends with the server

    # the /docs and /redoc pages with their scripts served by the app, not fetched from a CDN
    app = FastAPIOffline(title="eventwire", version=__version__, lifespan=lifespan, static_url="/static-docs",
                         description="Code news text into CAMEO/PLOVER political events and browse the event "
                                     "database. The JSON API is under /api; errors are `{\"error\": \"...\"}`.")
    app.state.resources = resources
    app.state.settings = settings
    app.state.db_path = Path(db) if db is not None else None
    app.state.service = service
    app.state.max_body_bytes = max_body_bytes
    _add_error_handlers(app)
    app.include_router(api.router, prefix="/api")
    app.include_router(pages.router)
    if STATIC.is_dir():  # the pages' scripts and styles; the JSON API needs none
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # outermost, so an oversized body is refused before anything reads it
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Every error is JSON `{"error": message}` (but a browser asking for a path that is no page
    gets an HTML page); a bug is logged with its traceback and answered with a message that
    holds none."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [_problem(e) for e in exc.errors()]
        message = "; ".join(f"{p['field']}: {p['message']}" if p["field"] else p["message"] for p in problems)
        return JSONResponse({"error": message, "problems": problems}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        status = exc.status_code
        if status == 404 and message == "Not Found" and _browser(request):
            return not_found_page(request)
        if status == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        elif status == 405:
            allowed = {k.lower(): v for k, v in (exc.headers or {}).items()}.get("allow", "")
            message = f"{request.method} is not allowed on {request.url.path}" + (f"; use {allowed}" if allowed else "")
        elif status == 400 and message == "There was an error parsing the body":
            # FastAPI's answer when the body cannot even be parsed: bytes that are not UTF-8, deep nesting
            status, message = 422, "the request body cannot be read as JSON: not UTF-8 text, or nested too deeply"
        return JSONResponse({"error": message}, status_code=status, headers=exc.headers)

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, exc: StoreBusy) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=503, headers={"Retry-After": "1"})

    @app.exception_handler(EventwireError)
    async def refused(request: Request, exc: EventwireError) -> JSONResponse:
        # a bad filter or input is the caller's to fix (400); a database that cannot be used is not
        status = 400 if isinstance(exc, (UsageError, ValueError)) else 503
        return JSONResponse({"error": str(exc)}, status_code=status)

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": f"internal error ({type(exc).__name__}); the server log has the details"},
                            status_code=500)


def _browser(request: Request) -> bool:
    """A browser asking for a page, not a program calling the API: it gets HTML errors."""
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def _problem(error: dict) -> dict:
    """One validation error as `{field, message}`: "text", "options.statements", "limit"."""
    loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path")]
    kind = error.get("type", "")
    if kind == "json_invalid":
        ctx = error.get("ctx") or {}
        return {"field": "", "message": f"the request body is not valid JSON ({ctx.get('error', 'cannot parse it')} "
                                         f"at character {error.get('loc', ('', '?'))[-1]})"}
    message = error.get("msg", "invalid value").removeprefix("Value error, ")
    if kind == "string_too_long" and loc == ["text"]:
        limit = (error.get("ctx") or {}).get("max_length")
        message = (f"too long: the coder takes at most {limit} characters in one request; "
                   f"split the text or use `eventwire ingest`")
    elif kind == "missing":
        message = "required"
    elif kind == "extra_forbidden":
        message = "unknown field"
    elif kind in ("model_attributes_type", "dict_type") and not loc:
        message = "the body must be a JSON object, sent with Content-Type: application/json"
    return {"field": ".".join(loc), "message": message}
