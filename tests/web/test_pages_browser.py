"""The four pages in a real headless browser (Debian's chromium driven by Playwright) against a live server.

One server (uvicorn on a free loopback port, a temporary database) and one browser serve the whole
module. The tests write docs/screenshots/*.png at a laptop's 1280x800, so the README's pictures
are of the pages as they are now.
"""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO, shared_file

CHROMIUM = Path(os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = REPO / "docs" / "screenshots"
VIEWPORT = {"width": 1280, "height": 800}

pytestmark = pytest.mark.slow

# Invented wire items, one dyad per line where it matters: CHN and RUS in January, February,
# March and May (April has none, so the chart shows an empty month), and other dyads.
INVENTED = [
    ("2025-01-20", "MOSCOW, January 20. Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi "
                   "in Moscow on Monday and praised the partnership between the two countries."),
    ("2025-02-04", "Chinese troops held joint naval drills with the Russian navy in the East China Sea on Tuesday."),
    ("2025-03-11", "BEIJING, March 11. China condemned Russia over a trade dispute on Tuesday, the Chinese foreign "
                   "ministry said."),
    ("2025-03-12", "Russian President Vladimir Putin hosted Chinese President Xi Jinping in the Kremlin on Wednesday. "
                   "Russia signed an energy agreement with China."),
    ("2025-04-02", "India accused Pakistan of shelling border villages in Kashmir on Wednesday. Pakistan denied the "
                   "accusation."),
    ("2025-04-09", "The United States imposed new sanctions on Iran on Wednesday, the Treasury Department said. Iran "
                   "criticised Washington for the move."),
    ("2025-05-20", "French President Emmanuel Macron visited Germany on Tuesday and met Chancellor Friedrich Merz in "
                   "Berlin to discuss defence cooperation."),
]


# -- the server and the browser -------------------------------------------------------------

@pytest.fixture(scope="module")
def server(resources, tmp_path_factory):
    """The app on a free loopback port in a thread, over a new database; its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    from eventwire.web.app import create_app

    app = create_app(tmp_path_factory.mktemp("web") / "events.duckdb", resources=resources)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # the port is ours from here on: no race with another test run
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium), "
                    f"or set EVENTWIRE_CHROMIUM to a Chromium binary")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")
    with sync_api.sync_playwright() as playwright:
        # Debian's browser, never one Playwright would download
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page(browser, server):
    """One tab for the module; a script error on any page fails the test that caused it."""
    context = browser.new_context(viewport=VIEWPORT, base_url=server)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.script_errors = []
    tab.on("pageerror", lambda e: tab.script_errors.append(str(e)))
    # an API error the page shows as a message is logged by the browser too: that one is expected
    tab.on("console", lambda m: tab.script_errors.append(m.text)
           if m.type == "error" and not m.text.startswith("Failed to load resource") else None)
    yield tab
    context.close()


@pytest.fixture(autouse=True)
def no_script_errors(request):
    yield
    if "page" in request.fixturenames:
        tab = request.getfixturevalue("page")
        errors, tab.script_errors[:] = list(tab.script_errors), []
        assert not errors, f"script errors in the page: {errors}"


@pytest.fixture(scope="module")
def stored(server):
    """The invented articles stored through the API (the TASS story is stored through the page)."""
    for day, text in INVENTED:
        body = json.dumps({"text": text, "date": day, "title": f"Invented item of {day}"}).encode()
        request = urllib.request.Request(f"{server}/api/articles", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                assert response.status in (200, 201)
        except urllib.error.HTTPError as e:
            pytest.fail(f"POST /api/articles answered {e.code}: {e.read().decode()}")
    return len(INVENTED)


def screenshot(page, name: str) -> None:
    """Write docs/screenshots/NAME.png when the page looks different from the stored picture.
    Rendering noise (font hinting, a caret) changes a few pixels on every run; rewriting the file
    then would leave every test run with a changed file to commit."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    shot = page.screenshot()
    if not path.exists() or _changed_share(path.read_bytes(), shot) > 0.01:
        path.write_bytes(shot)


def _changed_share(old: bytes, new: bytes) -> float:
    """The share of pixels that differ between two PNGs (1.0 when their sizes differ)."""
    import io

    from PIL import Image, ImageChops

    a, b = Image.open(io.BytesIO(old)).convert("RGB"), Image.open(io.BytesIO(new)).convert("RGB")
    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).convert("L").point(lambda v: 255 if v > 16 else 0)
    return diff.histogram()[255] / (a.size[0] * a.size[1])


def tip_text(page) -> str:
    page.wait_for_selector("#tip:not([hidden])")
    return page.inner_text("#tip")


# -- the pages ------------------------------------------------------------------------------

def test_annotate_highlights_the_tass_story_and_stores_it(page, stored):
    story = shared_file("examples/tass-2025-05-15.txt").read_text(encoding="utf-8")
    page.goto("/")
    assert page.get_attribute('nav a[aria-current="page"]', "href") == "/"
    page.fill("#text", story)
    page.click("#code-button")
    row = page.locator("#events tbody[data-event]", has_text="0312").first
    row.wait_for()
    assert "CHNMIL → RUSMIL" in row.inner_text()
    assert "Jiang Bin" in row.inner_text()
    i = row.get_attribute("data-event")

    # keyboard focus on the trigger shows the code, its name, the dyad, date, confidence, speaker
    trigger = page.locator(f'#annotated mark.trigger[data-events~="{i}"][tabindex="0"]')
    assert trigger.inner_text() == "strengthen"
    trigger.focus()
    tip = tip_text(page)
    assert "0312" in tip and "cooperate" in tip and "CHNMIL → RUSMIL" in tip
    assert "2025-05-15" in tip and "confidence 0.8" in tip and "Jiang Bin" in tip
    assert "lit" in row.get_attribute("class")  # the event's row lights up with its words

    # hovering the source actor names its code and the event
    page.locator(f'#annotated mark.actor.source[data-events~="{i}"]').first.hover()
    assert "CHNMIL" in tip_text(page)
    assert page.locator("#annotated q.quote").count() >= 3
    assert page.locator("#annotated mark.place").count() >= 1
    assert page.locator("#annotated mark.speaker", has_text="Jiang Bin").count() >= 1
    page.mouse.move(1, 1)
    trigger.blur()
    trigger.focus()
    assert "0312" in tip_text(page)
    screenshot(page, "annotate")

    # the keyboard can pass the highlights: the skip link, then Tab lands on the first event
    page.click("text=Skip to the events")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.event") == "0"

    page.click("#store-button")
    page.wait_for_selector("#store-status a")
    assert page.inner_text("#store-status").startswith("Stored as")
    # a second click is refused by the button, and the API would say it is stored already
    assert page.is_disabled("#store-button")


def test_annotate_codes_an_uploaded_file(page, stored):
    page.goto("/")
    story = "Indian troops held joint exercises with the Japanese army near Delhi on Friday."
    page.set_input_files("#file", files=[{"name": "drills.txt", "mimeType": "text/plain",
                                          "buffer": story.encode("utf-8")}])
    page.wait_for_selector("#events tbody[data-event]")
    assert page.input_value("#text") == story and page.input_value("#title") == "drills"
    assert page.inner_text("#annotated") == story  # highlighting never changes the text


def test_annotate_coding_options_reach_the_coder(page, stored):
    page.goto("/")
    page.fill("#text", "The Brazilian foreign minister said on Monday that the harvest would be large.")
    page.click("#code-button")
    page.wait_for_selector("#no-events:not([hidden])")  # a bare statement is no event by default
    page.click("details.options summary")
    page.check("#opt-statements")
    page.focus("#text")
    page.keyboard.press("Control+Enter")  # the keyboard shortcut codes it again
    page.wait_for_selector("#events tbody[data-event]:has-text('010')")


def test_dyad_chart_draws_both_directions_with_empty_periods(page, stored):
    shared_file("examples/tass-2025-05-15.txt")  # stored by the Annotate test, which needs it
    page.goto("/dyad")
    page.fill("#actor-a", "Putin")  # the autocomplete offers the dictionary's code for a name
    page.wait_for_selector('#actors-a option[value="RUSGOV"]', state="attached")
    assert "Vladimir Putin" in page.get_attribute('#actors-a option[value="RUSGOV"]', "label")
    page.goto("/dyad?a=CHN&b=RUS&by=month")
    page.wait_for_selector("#chart[data-points]")
    assert int(page.get_attribute("#chart", "data-points")) > 0
    drawn = page.evaluate("""() => {
        const chart = Chart.getChart(document.getElementById('chart'));
        return chart.data.datasets.map((d, i) => ({label: d.label, type: d.type || 'bar',
            tall: chart.getDatasetMeta(i).data.filter(e => e.height > 1 || (d.type === 'line' && !e.skip)).length}));
    }""")
    assert sum(d["tall"] for d in drawn if d["type"] == "bar") > 0, drawn
    assert any(d["label"].startswith("CHN→RUS") and d["tall"] for d in drawn)
    assert any(d["label"].startswith("RUS→CHN") and d["tall"] for d in drawn)
    assert any("Goldstein" in d["label"] and d["tall"] for d in drawn)
    periods = page.locator("#periods tbody tr")
    labels = [periods.nth(k).locator("td").first.inner_text() for k in range(periods.count())]
    assert labels[:5] == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"]
    assert "zero" in periods.nth(3).get_attribute("class")  # April: no events, shown as zero

    # a click on March's bars lists March's events with their sentences and article links
    box = page.locator("#chart").bounding_box()
    x, y = page.evaluate("""() => {
        const chart = Chart.getChart(document.getElementById('chart'));
        const bar = chart.getDatasetMeta(0).data[2];
        return [bar.x, chart.chartArea.bottom - 4];
    }""")
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_selector("#period-events li")
    assert page.inner_text("#period-title").startswith("Events of 2025-03")
    first = page.locator("#period-events li").first
    assert "condemned" in page.inner_text("#period-events") or "energy" in page.inner_text("#period-events")
    assert first.locator("a").get_attribute("href").startswith("/articles/")

    # the keyboard reaches the same: focus the chart, End chooses the last period (May, the TASS story)
    page.focus("#chart")
    page.keyboard.press("End")
    page.wait_for_selector("#period-title:has-text('2025-05')")
    page.wait_for_selector("#period-events li:has-text('Liberation Army')")
    screenshot(page, "dyad")

    # an actor with itself has one direction: one column of counts and one of Goldstein means
    page.goto("/dyad?a=RUS&b=RUS")
    page.wait_for_selector("#chart[data-points]")
    assert page.locator("#periods thead th").all_inner_texts()[1:2] == ["RUS→RUS"]
    assert page.locator("#periods thead th").count() == 7


def test_events_page_through_filter_and_export(page, stored):
    shared_file("examples/tass-2025-05-15.txt")  # stored by the Annotate test, which needs it
    page.goto("/events?limit=5")
    page.wait_for_selector("#events tbody tr")
    assert page.locator("#events tbody tr").count() == 5
    total = int(re.search(r"of (\d+) events", page.inner_text("#range")).group(1))
    assert total >= 15
    assert page.is_disabled("#prev")
    page.click("#next")
    page.wait_for_selector("#range:has-text('6–10 of')")
    assert "page=2" in page.url and page.inner_text("#page-of").startswith("page 2 of")
    page.go_back()
    page.wait_for_selector("#range:has-text('1–5 of')")

    page.fill("#f-source", "chn")
    page.fill("#f-target", "rus")
    page.check("#f-both")
    page.fill("#f-since", "2025-03-01")
    page.click("#filter-form button[type=submit]")
    page.wait_for_url(re.compile(r"since=2025-03-01"))
    page.wait_for_selector("#events[aria-busy=false]")
    dyads = page.locator("#events tbody td.dyad").all_inner_texts()
    assert dyads and all(re.fullmatch(r"(CHN\S* → RUS\S*|RUS\S* → CHN\S*)", d) for d in dyads), dyads
    dates = page.locator("#events tbody td.date").all_inner_texts()
    assert all(d >= "2025-03-01" for d in dates)
    shown = int(re.search(r"of (\d+) events", page.inner_text("#range")).group(1))

    csv = page.request.get(page.get_attribute("#csv-link", "href"))
    assert csv.ok and csv.headers["content-type"].startswith("text/csv")
    lines = csv.text().strip().splitlines()
    assert "event_key" in lines[0] and len(lines) - 1 == shown
    screenshot(page, "events")


def test_article_page_highlights_a_stored_article(page, stored):
    shared_file("examples/tass-2025-05-15.txt")  # stored by the Annotate test, which needs it
    page.goto("/events?text=Liberation+Army&limit=10")
    page.wait_for_selector("#events tbody tr")
    page.locator("#events tbody tr a", has_text="open").first.click()
    page.wait_for_selector("#annotated mark.trigger")
    assert page.url.startswith(page.url.split("/articles/")[0] + "/articles/")
    assert "TASS" in page.inner_text("#meta") and "2025-05-15" in page.inner_text("#meta")
    row = page.locator("#events tbody[data-event]", has_text="0312").first
    assert "Jiang Bin" in row.inner_text()
    i = row.get_attribute("data-event")
    page.locator(f'#annotated mark.trigger[data-events~="{i}"][tabindex="0"]').focus()
    tip = tip_text(page)
    assert "0312" in tip and "CHNMIL → RUSMIL" in tip
    assert page.locator("#annotated mark.actor.source").count() >= 1
    assert page.locator("#annotated q.quote").count() >= 3
    assert page.locator("#annotated mark.place").count() >= 1
    assert "Jiang Bin" in page.inner_text("#quotes")
    screenshot(page, "article")


# -- errors are sentences on the page -------------------------------------------------------

def message(page) -> str:
    page.wait_for_selector("#message:not([hidden])")
    text = page.inner_text("#message")
    assert "Traceback" not in text and "File \"" not in text
    return text


def test_errors_show_as_a_message(page, stored):
    page.goto("/articles/no-such-article")
    assert "no-such-article" in message(page)

    page.goto("/dyad?a=CHN&b=R;U")
    assert "R;U" in message(page)

    page.goto("/dyad")
    page.fill("#actor-a", "CHN")
    page.click("#dyad-form button[type=submit]")
    assert "two actors" in message(page)

    page.goto("/events?source=CHN")
    assert "target" in message(page)

    page.goto("/")
    page.click("#code-button")
    assert "Paste" in message(page)
    page.fill("#text", "x " * 120_000)
    page.click("#code-button")
    assert "text" in message(page)
