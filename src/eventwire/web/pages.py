"""The browser pages (annotate, dyad, events, article): server-rendered shells that their scripts fill from /api."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from eventwire import __version__

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

# (key, label, path): the shared navigation, in the order an analyst works
NAV: tuple[tuple[str, str, str], ...] = (
    ("annotate", "Annotate", "/"),
    ("dyad", "Dyad", "/dyad"),
    ("events", "Events", "/events"),
)

router = APIRouter(include_in_schema=False)
_templates = Jinja2Templates(directory=TEMPLATES)


def _page(request: Request, template: str, page: str, title: str, **context) -> HTMLResponse:
    # root_path: the pages still find /static and /api when a proxy serves the app under a prefix
    base = request.scope.get("root_path", "").rstrip("/")
    return _templates.TemplateResponse(request, template, {
        "page": page, "title": title, "nav": NAV, "base": base, "version": __version__, **context})


@router.get("/", response_class=HTMLResponse)
def annotate_page(request: Request) -> HTMLResponse:
    """Paste or upload an article: its actors, triggers, quotes and places highlighted, its events listed."""
    return _page(request, "annotate.html", "annotate", "Annotate an article")


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(request: Request) -> HTMLResponse:
    """Events between two actors per period, by QuadClass and Goldstein mean, both directions."""
    return _page(request, "dyad.html", "dyad", "Dyad trend")


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    """The stored events, filtered and paginated, with their evidence and a CSV export."""
    return _page(request, "events.html", "events", "Stored events")


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    """One stored article with its events, quotes and places highlighted."""
    return _page(request, "article.html", "article", "Article", article_id=article_id)


def not_found_page(request: Request) -> HTMLResponse:
    """What a browser gets for a path that is no page: a page saying so, with the navigation."""
    response = _page(request, "not_found.html", "", "Page not found", path=request.url.path)
    response.status_code = 404
    return response
