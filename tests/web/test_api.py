"""The HTTP API: every endpoint, and every bad input answered with one JSON message, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

import pytest
from fastapi.testclient import TestClient

from conftest import shared_file
from eventwire.web.app import create_app
from eventwire.web.service import LONG_TEXT_CHARS, MAX_TEXT_CHARS, Gate

pytestmark = pytest.mark.slow  # the coder's model is loaded

# invented wire copy: one cooperation story with a quote, one conflict story a month later
COOPERATION = ('HELSINKI, March 3 (Wirecast) - Finland and Sweden signed a defence cooperation agreement on '
               'Monday, the Finnish foreign minister said in Helsinki. "We stand together," the minister told '
               'reporters.')
ACCUSATION = ('OSLO, April 9 (Wirecast) - Norway accused Sweden of violating a fishing accord on Wednesday. '
              'Swedish officials rejected the charge.')
EXPULSION = 'STOCKHOLM, June 2 (Wirecast) - Finland expelled two Swedish diplomats on Tuesday.'


def no_traceback(response) -> None:
    """What every answer must never show: Python's traceback or source lines."""
    assert "Traceback" not in response.text
    assert 'File "' not in response.text
    assert "site-packages" not in response.text


def error_of(response, status: int) -> str:
    assert response.status_code == status, response.text
    no_traceback(response)
    body = response.json()
    assert set(body) <= {"error", "problems"} and body["error"]
    return body["error"]


@pytest.fixture(scope="module")
def app(resources, tmp_path_factory):
    return create_app(tmp_path_factory.mktemp("web") / "events.duckdb", resources=resources)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def stored(client):
    """The three stories stored; their ids."""
    ids = {}
    for name, text, day in (("cooperation", COOPERATION, "2026-03-03"), ("accusation", ACCUSATION, "2026-04-09"),
                            ("expulsion", EXPULSION, "2026-06-02")):
        r = client.post("/api/articles", json={"text": text, "date": day, "id": name, "title": name.title()})
        assert r.status_code == 201, r.text
        ids[name] = r.json()["id"]
    return ids


# -- health, docs -----------------------------------------------------------------------------

def test_api_health_names_the_model_and_database(client, app):
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["model"].startswith("en_") and body["database"].endswith("events.duckdb")
    assert app.state.db_path.name == "events.duckdb" and app.state.resources is not None


def test_api_docs_are_served_without_a_cdn(client):
    r = client.get("/docs")
    assert r.status_code == 200 and "/static-docs/swagger-ui-bundle.js" in r.text
    assert "cdn" not in r.text.lower()
    assert client.get("/static-docs/swagger-ui-bundle.js").status_code == 200
    schema = client.get("/openapi.json").json()
    for path in ("/api/code", "/api/articles", "/api/events", "/api/dyads/{a}/{b}/trend",
                 "/api/articles/{article_id}", "/api/actors", "/api/health"):
        assert path in schema["paths"], path
    assert "CodeRequest" in schema["components"]["schemas"]


# -- POST /api/code ---------------------------------------------------------------------------

def test_api_code_answers_what_the_cli_writes_as_jsonl(client, resources):
    import io

    from eventwire.io.writers import write_jsonl
    from eventwire.pipeline import code_articles
    from eventwire.types import Article

    r = client.post("/api/code", json={"text": COOPERATION, "date": "2026-03-03", "id": "x"})
    assert r.status_code == 200
    out = io.StringIO()
    list(write_jsonl(code_articles([Article("x", COOPERATION, __import__("datetime").date(2026, 3, 3))], resources), out))
    assert r.json() == json.loads(out.getvalue())
    from eventwire.web.models import CodedArticle
    from eventwire.web.models import Event, Quote
    CodedArticle.model_validate(r.json())  # the schema /docs shows is the shape answered, field for field
    assert set(r.json()) <= set(CodedArticle.model_fields)
    assert set(r.json()["events"][0]) == set(Event.model_fields)
    assert set(r.json()["quotes"][0]) == set(Quote.model_fields)
    events = {(e["source"], e["target"], e["code"]) for e in r.json()["events"]}
    assert ("FIN", "SWE", "057") in events
    trigger = r.json()["events"][0]["trigger"]
    assert COOPERATION[trigger["start"]:trigger["end"]] == trigger["text"]
    assert any(q["text"].startswith("We stand together") for q in r.json()["quotes"])


def test_api_code_options_change_the_coding(client):
    both = client.post("/api/code", json={"text": COOPERATION, "date": "2026-03-03"}).json()
    one = client.post("/api/code", json={"text": COOPERATION, "date": "2026-03-03",
                                         "options": {"symmetric_pairs": False}}).json()
    assert len(both["events"]) == 2 and {e["target"] for e in one["events"]} == {""}


def test_api_code_without_an_id_gets_a_stable_one(client):
    first = client.post("/api/code", json={"text": ACCUSATION}).json()
    again = client.post("/api/code", json={"text": ACCUSATION}).json()
    assert first["id"] == again["id"] and first["id"].startswith("web-")
    assert first["date"] is None or first["date"].endswith("-04-09")  # the dateline's month and day


def test_tass_story_codes_the_pla_offer_with_its_speaker(client):
    text = shared_file("examples/tass-2025-05-15.txt").read_text(encoding="utf-8")
    body = client.post("/api/code", json={"text": text}).json()
    event = next(e for e in body["events"] if (e["source"], e["target"]) == ("CHNMIL", "RUSMIL"))
    assert event["quad_class"] in (1, 2) and "Jiang Bin" in event["speaker_span"]["text"]


@pytest.mark.parametrize("body, field", [
    ({}, "text"),
    ({"text": "   "}, "text"),
    ({"text": 5}, "text"),
    ({"text": "Norway accused Sweden.", "date": "2026-13-01"}, "date"),
    ({"text": "Norway accused Sweden.", "date": "yesterday"}, "date"),
    ({"text": "Norway accused Sweden.", "colour": "red"}, "colour"),
    ({"text": "Norway accused Sweden.", "options": {"statments": True}}, "options.statments"),
    ({"text": "Norway accused Sweden.", "options": {"statements": "maybe"}}, "options.statements"),
])
def test_api_code_names_the_bad_field(client, body, field):
    message = error_of(client.post("/api/code", json=body), 422)
    assert message.startswith(f"{field}: ")


def test_api_code_refuses_a_body_that_is_not_json(client):
    r = client.post("/api/code", content=b'{"text": "Norway', headers={"content-type": "application/json"})
    assert "not valid JSON" in error_of(r, 422)
    assert "JSON object" in error_of(client.post("/api/code", json=["a list"]), 422)
    assert "JSON object" in error_of(client.post("/api/code", data={"text": "Norway accused Sweden."}), 422)
    assert "use POST" in error_of(client.get("/api/code"), 405)
    deep = b"[" * 100_000 + b"]" * 100_000
    assert "JSON" in error_of(client.post("/api/code", content=deep, headers={"content-type": "application/json"}), 422)
    assert "not UTF-8" in error_of(client.post("/api/articles", content=b"\xff\xfe{",
                                                    headers={"content-type": "application/json"}), 422)


def test_api_code_refuses_a_text_over_the_coders_limit(client):
    message = error_of(client.post("/api/code", json={"text": "a" * (MAX_TEXT_CHARS + 1)}), 422)
    assert message.startswith("text: too long") and str(MAX_TEXT_CHARS) in message


def test_api_refuses_a_body_over_the_cap_with_413(resources, tmp_path):
    small = create_app(tmp_path / "x.duckdb", resources=resources, max_body_bytes=4096)
    with TestClient(small) as c:
        r = c.post("/api/code", json={"text": "Norway accused Sweden. " * 400})
        assert "too large" in error_of(r, 413)

        def chunks():  # no Content-Length: the cap still holds while the body streams in
            for _ in range(10):
                yield b"x" * 1000

        assert "too large" in error_of(c.post("/api/articles", content=chunks(),
                                              headers={"content-type": "application/json"}), 413)
        assert c.post("/api/code", json={"text": "Norway accused Sweden."}).status_code == 200
    assert not (tmp_path / "x.duckdb").exists()


def test_api_codes_off_the_event_loop(client):
    """A long article being coded holds up neither other requests nor a short article's coding."""
    long_text = " ".join(f"Finland and Sweden signed agreement number {i} on Monday, the minister said."
                         for i in range(400))
    assert len(long_text) > LONG_TEXT_CHARS
    done = threading.Event()

    def post() -> None:
        client.post("/api/code", json={"text": long_text, "date": "2026-03-03"})
        done.set()

    worker = threading.Thread(target=post)
    worker.start()
    time.sleep(0.3)
    started = time.perf_counter()
    assert client.get("/api/health").status_code == 200
    answered = time.perf_counter() - started
    short = client.post("/api/code", json={"text": ACCUSATION})
    coding = not done.is_set()
    worker.join()
    assert coding, "the long article was coded before the others were answered: make it longer"
    assert answered < 1.0 and short.status_code == 200 and short.json()["events"]


# -- POST /api/articles -----------------------------------------------------------------------

def test_api_articles_stores_once_by_id_and_by_text(client, stored):
    again = client.post("/api/articles", json={"text": COOPERATION, "date": "2026-03-03", "id": "cooperation"})
    assert again.status_code == 200 and again.json() == {**again.json(), "id": "cooperation", "new": False}
    other_id = client.post("/api/articles", json={"text": COOPERATION, "id": "copy-of-it"})
    assert other_id.status_code == 200 and other_id.json()["id"] == "cooperation" and not other_id.json()["new"]
    assert again.json()["events"] == 2
    assert client.get("/api/articles/copy-of-it").status_code == 404


def test_api_articles_records_one_run_for_the_servers_settings(stored, app):
    from eventwire import Store

    with Store(app.state.service.db) as store:
        runs = store.sql("SELECT id, articles_stored, settings FROM runs").to_pylist()
    assert len(runs) == 1 and runs[0]["articles_stored"] == 3


# -- GET /api/events --------------------------------------------------------------------------

def test_api_events_pages_with_a_total(client, stored):
    everything = client.get("/api/events").json()
    assert everything["total"] == len(everything["events"]) >= 4 and everything["next_offset"] is None
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == everything["total"] and first["next_offset"] == 2
    assert [e["event_key"] for e in first["events"] + second["events"]] == \
        [e["event_key"] for e in everything["events"][:4]]
    beyond = client.get("/api/events", params={"offset": 1000}).json()
    assert beyond["events"] == [] and beyond["total"] == everything["total"]


@pytest.mark.parametrize("params, expect", [
    ({"dyad": "FIN-SWE"}, {("FIN", "SWE"), ("FIN", "SWEGOV")}),  # codes are prefixes
    ({"dyad": "fin-swe", "both": "true"}, {("FIN", "SWE"), ("FIN", "SWEGOV"), ("SWE", "FIN")}),
    ({"actor": "NOR"}, {("NOR", "SWE"), ("SWEGOV", "NOR")}),
    ({"root": "16"}, {("FIN", "SWEGOV")}),
    ({"since": "2026-06-01"}, {("FIN", "SWEGOV")}),
    ({"until": "2026-03-31", "dyad": "SWE-FIN"}, {("SWE", "FIN")}),
    ({"text": "fishing"}, {("NOR", "SWE")}),  # the words of its own evidence sentence
])
def test_api_events_filters_as_the_cli_does(client, stored, params, expect):
    body = client.get("/api/events", params=params).json()
    assert {(e["source"], e["target"]) for e in body["events"]} == expect
    assert all(e["first_article"] in stored.values() and e["evidence"] for e in body["events"])


@pytest.mark.parametrize("params, status, start", [
    ({"since": "2026-02-30"}, 400, "since: "),
    ({"until": "soon"}, 400, "until: "),
    ({"dyad": "FIN"}, 400, "dyad: "),
    ({"dyad": "FIN-SWE-NOR"}, 400, "dyad: "),
    ({"actor": "FIN; DROP TABLE events"}, 400, "actor: "),
    ({"limit": 0}, 422, "limit: "),
    ({"limit": 5000}, 422, "limit: "),
    ({"limit": "ten"}, 422, "limit: "),
    ({"offset": -1}, 422, "offset: "),
    ({"both": "perhaps"}, 422, "both: "),
])
def test_api_events_refuses_bad_filters_by_name(client, stored, params, status, start):
    assert error_of(client.get("/api/events", params=params), status).startswith(start)


def test_api_events_as_csv(client, stored):
    r = client.get("/api/events.csv", params={"dyad": "NOR-SWE"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    lines = r.text.strip().splitlines()
    assert lines[0].startswith('"event_key","source","target"') and len(lines) == 2


def test_api_events_of_an_empty_database_are_none(resources, tmp_path):
    with TestClient(create_app(tmp_path / "none.duckdb", resources=resources)) as c:
        assert c.get("/api/events").json()["total"] == 0
        assert c.get("/api/dyads/FIN/SWE/trend").json()["rows"] == []
        assert c.get("/api/articles/x").status_code == 404
    assert not (tmp_path / "none.duckdb").exists()  # reading creates no file


# -- GET /api/dyads/{a}/{b}/trend ------------------------------------------------------------

def test_api_trend_has_both_directions_and_every_period(client, stored):
    body = client.get("/api/dyads/FIN/SWE/trend", params={"by": "month"}).json()
    assert body["directions"] == [["FIN", "SWE"], ["SWE", "FIN"]]
    assert body["periods"] == ["2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"]
    rows = {(r["label"], r["source"], r["target"]): r for r in body["rows"]}
    assert rows[("2026-03", "FIN", "SWE")]["material_cooperation"] + rows[("2026-03", "FIN", "SWE")][
        "verbal_cooperation"] == 1
    assert rows[("2026-06", "FIN", "SWE")]["events"] == 1 and rows[("2026-06", "FIN", "SWE")]["goldstein_mean"] < 0
    assert ("2026-04", "FIN", "SWE") not in rows  # a quiet month: no row, but listed in periods
    one_way = client.get("/api/dyads/FIN/SWE/trend", params={"one_way": "true", "since": "2026-01-15",
                                                               "until": "2026-04-30"}).json()
    assert {(r["source"], r["target"]) for r in one_way["rows"]} == {("FIN", "SWE")}
    assert one_way["periods"][0] == "2026-01-01" and one_way["periods"][-1] == "2026-04-01"


@pytest.mark.parametrize("url, status, start", [
    ("/api/dyads/FIN/SWE/trend?by=decade", 422, "by: "),
    ("/api/dyads/FIN/SWE/trend?since=2026-99-01", 400, "since: "),
    ("/api/dyads/FIN/SWE/trend?since=2026-05-01&until=2026-04-01", 400, "since "),
    ("/api/dyads/F%20N/SWE/trend", 400, "a: "),
])
def test_api_trend_refuses_bad_input(client, stored, url, status, start):
    assert error_of(client.get(url), status).startswith(start)


# -- GET /api/articles/{id} ------------------------------------------------------------------

def test_api_article_has_text_events_quotes_places_with_spans(client, stored):
    body = client.get(f"/api/articles/{stored['cooperation']}").json()
    text = body["text"]
    assert text == COOPERATION and body["title"] == "Cooperation" and body["date"] == "2026-03-03"
    assert {(e["source"], e["target"]) for e in body["events"]} == {("FIN", "SWE"), ("SWE", "FIN")}
    for e in body["events"]:
        for span in (e["trigger"], e["source_span"], e["target_span"]):
            assert text[span["start"]:span["end"]] == span["text"]
    first = body["events"][0]
    assert text[first["source_span"]["start"]:first["source_span"]["end"]] == "Finland"
    assert any(q["text"].startswith("We stand together") and text[q["span"]["start"]:q["span"]["end"]] == q["text"]
               for q in body["quotes"])
    assert "Helsinki" in {p["name"] for p in body["places"]}
    assert all(text[p["span"]["start"]:p["span"]["end"]] == p["span"]["text"] for p in body["places"])


def test_api_unknown_article_is_404(client, stored):
    assert "no stored article" in error_of(client.get("/api/articles/no-such-story"), 404)
    assert "no such page" in error_of(client.get("/api/nothing-here"), 404)


# -- GET /api/actors --------------------------------------------------------------------------

def test_api_actors_by_name_code_and_dated_role(client):
    by_name = client.get("/api/actors", params={"q": "finland"}).json()
    assert by_name["actors"][0]["code"] == "FIN" and by_name["actors"][0]["kind"] == "country"
    by_code = client.get("/api/actors", params={"q": "SWE", "limit": 3}).json()
    assert by_code["actors"][0]["name"] == "Sweden" and len(by_code["actors"]) == 3 and by_code["total"] > 3
    people = client.get("/api/actors", params={"q": "Trudeau", "kind": "person"}).json()["actors"]
    justin = next(p for p in people if p["name"] == "Justin Trudeau")
    assert any(r["code"] == "CANGOV" and r["start"] == "2015-11-04" for r in justin["roles"])
    assert client.get("/api/actors", params={"q": "zzqqxx"}).json() == {"query": "zzqqxx", "total": 0, "actors": []}


@pytest.mark.parametrize("params, field", [({}, "q"), ({"q": ""}, "q"), ({"q": "x" * 101}, "q"),
                                           ({"q": "fin", "limit": 0}, "limit"), ({"q": "fin", "kind": "planet"}, "kind")])
def test_api_actors_refuses_bad_queries(client, params, field):
    assert error_of(client.get("/api/actors", params=params), 422).startswith(f"{field}: ")


# -- failures ---------------------------------------------------------------------------------

def test_api_an_internal_error_is_a_message_without_traceback(resources, tmp_path, monkeypatch):
    app = create_app(tmp_path / "x.duckdb", resources=resources)

    def broken():
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(app.state.service, "actor_index", broken)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/actors", params={"q": "fin"})
    message = error_of(r, 500)
    assert "internal error" in message and "passwd" not in message


def test_api_a_database_held_by_another_program_is_503(resources, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_LOCK_TIMEOUT", "0.5")  # the wait for the file before answering 503
    db = tmp_path / "held.duckdb"
    with TestClient(create_app(db, resources=resources)) as c:
        assert c.post("/api/articles", json={"text": EXPULSION}).status_code == 201
        holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                                   f"con = duckdb.connect({str(db)!r}); print('held', flush=True); time.sleep(60)"],
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "held"
            r = c.get("/api/events")
            assert "in use" in error_of(r, 503) and r.headers.get("retry-after")
        finally:
            holder.kill()
            holder.wait()
        assert c.get("/api/events").status_code == 200


def test_service_stores_posts_together_once_per_id_and_text(resources, tmp_path):
    """Posts that meet in one write are stored as ingest stores a batch: once per id and text."""
    import asyncio

    from eventwire.pipeline import code_articles
    from eventwire.types import Article, CoderSettings
    from eventwire.web.service import Service

    service = Service(resources, CoderSettings(), tmp_path / "batch.duckdb")
    articles = [Article("e1", EXPULSION), Article("a1", ACCUSATION), Article("e2", EXPULSION), Article("a1", ACCUSATION)]
    coded = list(code_articles(articles, resources))

    async def post_all():
        return await asyncio.gather(*(service.store(a, c, CoderSettings()) for a, c in zip(articles, coded)))

    try:
        results = asyncio.run(post_all())
    finally:
        service.close()
    assert [found["id"] for found, _ in results] == ["e1", "a1", "e1", "a1"]
    assert [run is not None for _, run in results] == [True, True, False, False]
    # all four in one write, as when they arrive while another write is under way
    service = Service(resources, CoderSettings(), tmp_path / "together.duckdb")
    with service.writing() as store:
        together = service._write(store, [(a, c, CoderSettings(), None) for a, c in zip(articles, coded)])
    service.close()
    assert [(found["id"], run) for found, run in together] == [("e1", 1), ("a1", 1), ("e1", None), ("a1", None)]


def test_serve_command_prints_its_url_and_answers(tmp_path):
    import re
    import signal

    import httpx2

    db = tmp_path / "served.duckdb"
    server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", "0",
                               "--log-level", "warning", "--statements"], stderr=subprocess.PIPE, text=True)
    try:
        url = None
        for line in server.stderr:
            if (found := re.search(r"serving .* at (http://127\.0\.0\.1:\d+)/", line)):
                url = found.group(1)
                break
        assert url, "no URL printed"
        health = httpx2.get(f"{url}/api/health", timeout=30).json()
        assert health["status"] == "ok" and health["database"] == str(db)
        stored = httpx2.post(f"{url}/api/articles", json={"text": EXPULSION}, timeout=60)
        assert stored.status_code == 201
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    assert db.exists()


@pytest.mark.parametrize("argv, message", [(["--port", "70000"], "--port"),
                                           (["--db", "no/such/folder/x.duckdb"], "does not exist"),
                                           (["--max-body", "10"], "--max-body")])
def test_serve_command_refuses_bad_options(argv, message, capsys):
    from eventwire.cli import main

    assert main(["serve", *argv]) == 2
    assert message in capsys.readouterr().err


def test_coding_in_threads_at_once_gives_what_coding_in_turn_gives(resources):
    """What the two coder threads rely on: the resources are only read while coding."""
    from concurrent.futures import ThreadPoolExecutor

    from eventwire.pipeline import code_articles
    from eventwire.types import Article

    texts = [COOPERATION, ACCUSATION, EXPULSION] * 6
    articles = [Article(f"t{n}", text.replace("Wednesday", ["Monday", "Tuesday", "Friday"][n % 3]))
                for n, text in enumerate(texts)]

    def code(article: Article) -> dict:
        return next(iter(code_articles([article], resources))).to_dict()

    in_turn = [code(a) for a in articles]
    with ThreadPoolExecutor(3) as pool:
        at_once = list(pool.map(code, articles))
    assert at_once == in_turn


def test_gate_gives_a_writer_the_database_alone():
    gate, log = Gate(), []

    def reader(n: int) -> None:
        with gate.reading():
            log.append(f"r{n}+")
            time.sleep(0.05)
            log.append(f"r{n}-")

    def writer() -> None:
        with gate.writing():
            log.append("w+")
            time.sleep(0.05)
            log.append("w-")

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(3)] + [threading.Thread(target=writer)]
    threads += [threading.Thread(target=reader, args=(n,)) for n in range(3, 5)]
    for t in threads:
        t.start()
        time.sleep(0.005)
    for t in threads:
        t.join()
    w = log.index("w+")
    assert log[w + 1] == "w-"  # nobody read while the writer wrote
    assert sum(1 for x in log[:w] if x.endswith("+")) == sum(1 for x in log[:w] if x.endswith("-"))


def test_unknown_page_in_a_browser_is_an_html_page(client):
    # a program calling a wrong path gets JSON; a browser gets a page with the navigation
    page = client.get("/no-such-page", headers={"accept": "text/html,application/xhtml+xml"})
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "/no-such-page" in page.text and 'href="/dyad"' in page.text
    api = client.get("/api/no-such-endpoint", headers={"accept": "text/html"})
    assert api.status_code == 404 and api.json()["error"].startswith("no such page or endpoint")
