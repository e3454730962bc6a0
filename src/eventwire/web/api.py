"""The JSON API under /api: code a text, store it, list events, a dyad's trend, one article, actors, health."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

router = APIRouter(tags=["api"])


class Health(BaseModel):
    status: str = Field(description='"ok" when the coder is loaded and requests are served')
    version: str = Field(description="eventwire's version")
    model: str = Field(description="the spaCy pipeline the coder parses with")
    database: str = Field(description="the event database file this server reads and writes")
    database_exists: bool = Field(description="false until the first article is stored")


@router.get("/health", response_model=Health, summary="Is the server up, and with what")
def health(request: Request) -> Health:
    from eventwire import __version__

    service = request.app.state.service
    meta = getattr(service.resources.nlp, "meta", None) or {}
    model = f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}".strip() if meta else ""
    return Health(status="ok", version=__version__, model=model, database=str(service.db),
                  database_exists=service.db.exists())
