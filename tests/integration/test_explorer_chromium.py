"""The web explorer end to end in headless Chromium (Debian's `chromium`), driven over the
Chrome DevTools Protocol: search "openai", open the profile, see the diagram, run a curated
query. Real keystrokes and mouse clicks, a real API (uvicorn) on a real Neo4j.

Chromium comes from scripts/setup_system.sh; the protocol client is `websocket-client`.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
import websocket
from neo4j import Driver

from stratgraph.api.app import create_app

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_diagram_neo4j import load_fixture  # noqa: E402

pytestmark = pytest.mark.neo4j

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,1600", "--remote-debugging-port=0",
    "--remote-allow-origins=*",
]
ARTIFACTS = Path(tempfile.gettempdir()) / "stratgraph-explorer-test"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Page:
    """A minimal DevTools Protocol client for one page target."""

    def __init__(self, ws_url: str) -> None:
        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.ids = itertools.count(1)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        call_id = next(self.ids)
        self.ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def eval(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait(self, expression: str, timeout: float = 30.0, what: str = "") -> Any:
        """Poll a JS expression until it is truthy; fail with a screenshot otherwise."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.eval(expression)
            if value:
                return value
            time.sleep(0.2)
        shot = self.screenshot("timeout")
        body = self.eval("document.body.innerText.slice(0, 2000)")
        raise AssertionError(f"timed out waiting for {what or expression}; screenshot {shot}\n{body}")

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element."""
        box = self.wait(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return r.width ? {x: r.x + r.width / 2, y: r.y + r.height / 2} : null; })()",
            what=f"clickable {selector}",
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box["x"], y=box["y"], button="left", clickCount=1)

    def type_into(self, selector: str, text: str) -> None:
        """Focus, clear, then type as a keyboard would (insertText) and press Enter if asked."""
        self.eval(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.focus(); e.select(); }})()")
        self.send("Input.dispatchKeyEvent", type="keyDown", key="Backspace", code="Backspace", windowsVirtualKeyCode=8)
        self.send("Input.dispatchKeyEvent", type="keyUp", key="Backspace", code="Backspace", windowsVirtualKeyCode=8)
        self.send("Input.insertText", text=text)

    def enter(self) -> None:
        self.send("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter",
                  windowsVirtualKeyCode=13, text="\r")
        self.send("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter",
                  windowsVirtualKeyCode=13)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path = ARTIFACTS / f"{name}.png"
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        self.ws.close()


@pytest.fixture(scope="module")
def api_url(neo4j_driver: Driver, api_settings: Any) -> Iterator[str]:
    """The API (with the explorer) on a free port, reading the fixture graph."""
    load_fixture(neo4j_driver)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(api_settings, driver=neo4j_driver), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture()
def page(tmp_path: Path) -> Iterator[Page]:
    """A fresh headless Chromium (own profile dir) and its first page over CDP."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    assert binary, "Chromium is missing: run scripts/setup_system.sh (Debian package `chromium`)"
    profile = tmp_path / "profile"
    process = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        port = None
        deadline = time.monotonic() + 60
        assert process.stderr is not None
        while port is None and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line and process.poll() is not None:
                raise AssertionError(f"chromium exited with {process.returncode}")
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
        assert port, "chromium did not open its DevTools port"
        threading.Thread(target=lambda: process.stderr.read(), daemon=True).start()  # drain
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
        target = next(t for t in targets if t["type"] == "page")
        cdp = Page(target["webSocketDebuggerUrl"])
        cdp.send("Page.enable")
        cdp.send("Runtime.enable")
        try:
            yield cdp
        finally:
            cdp.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait(timeout=10)


def test_search_profile_diagram_and_curated_query(api_url: str, page: Page) -> None:
    page.send("Page.navigate", url=f"{api_url}/")
    page.wait("document.readyState === 'complete' && !!document.getElementById('search-input')")

    # 1. search "openai" as a user types it
    page.type_into("#search-input", "openai")
    page.enter()
    page.wait("location.hash.startsWith('#/search')", what="search route")
    names = page.wait(
        "[...document.querySelectorAll('#search-results li.result a')].map(a => a.textContent)",
        what="search results",
    )
    assert "OpenAI" in names

    # 2. open the profile
    page.click("#search-results li.result a")
    page.wait("document.querySelector('#profile h1')?.textContent === 'OpenAI'", what="profile")
    profile = page.eval("document.getElementById('profile').innerText")
    assert "org:openai" in profile and "OpenIA" in profile and "Q21708200" in profile

    # 3. the diagram: an SVG inside the explorer's frame, nodes and cited edges (read once the
    # frame's document has loaded: a document still parsing shows only its first nodes)
    counts = page.wait(
        "(() => { const d = document.getElementById('diagram')?.contentDocument;"
        " if (!d || d.readyState !== 'complete' || d.URL === 'about:blank') return null;"
        " const n = d.querySelectorAll('svg g.node').length;"
        " const e = [...d.querySelectorAll('svg g.edge > title')].map(t => t.textContent);"
        " return n ? {nodes: n, edges: e} : null; })()",
        timeout=45, what="diagram svg",
    )
    assert counts["nodes"] >= 6
    assert any("Microsoft said it would invest billions more in OpenAI." in t for t in counts["edges"])
    assert all("” — " in t for t in counts["edges"]), "every edge carries a citation"
    # clicking an edge in the diagram shows its citations in the side panel
    page.eval(
        "(() => { const d = document.getElementById('diagram').contentDocument;"
        " const root = d.querySelector('[data-sg-diagram]');"
        " const id = [...d.querySelectorAll('svg g.edge')].find(g => g.classList.contains('INVESTS_IN')).id;"
        " root.sgSelect(id); })()"
    )
    panel = page.eval("document.getElementById('diagram').contentDocument.querySelector('[data-sg-details]').innerText")
    assert "Microsoft INVESTS_IN OpenAI" in panel and "Fixture: Microsoft adds to its OpenAI stake" in panel

    # stance timeline and facts with citations are on the profile too
    stances = page.wait("document.querySelector('#stance-section ol')?.innerText", what="stances")
    assert "opposes" in stances and "supports" in stances
    facts = page.wait("document.querySelectorAll('#facts-section tbody tr').length", what="facts")
    assert facts == 12
    page.screenshot("profile")

    # 4. run a curated query from its form
    page.click("header nav a[href='#/queries']")
    page.wait("document.querySelectorAll('#catalogue li a').length > 5", what="catalogue")
    page.click("#catalogue a[href='#/queries/money_and_partners']")
    page.wait("!!document.getElementById('param-org')", what="query form")
    page.type_into("#param-org", "org:openai")
    page.click("#run-query")
    page.wait("document.getElementById('row-count')?.textContent === '1 rows'", what="query result")
    result = page.eval("document.getElementById('query-result').innerText")
    assert "INVESTS_IN" in result and "Microsoft" in result
    assert page.eval("location.hash").startswith("#/queries/money_and_partners?org=org%3Aopenai")
    page.screenshot("query")


def test_standalone_html_diagram_works_offline(page: Page, tmp_path: Path) -> None:
    """The `--format html` file opened from disk: filters, search and citations, no server."""
    from stratgraph.graph.diagram import render_graph
    from stratgraph.graph.diagram.build import build_graph
    from stratgraph.graph.diagram.offline import claims_from_jsonl, neighbourhood
    from stratgraph.graph.schema import get_schema

    schema = get_schema()
    fixture = Path(__file__).resolve().parents[1] / "data" / "diagram_fixture.jsonl"
    claims = neighbourhood(claims_from_jsonl(str(fixture), schema), "org:openai", schema, depth=2)
    graph = build_graph(claims, schema, "org:openai")
    graph.graph["focus_name"] = "OpenAI"
    html_file = tmp_path / "openai.html"
    html_file.write_bytes(render_graph(graph, "html"))

    page.send("Page.navigate", url=html_file.as_uri())
    page.wait("document.querySelectorAll('svg g.node').length === 12", what="diagram nodes")
    hidden = "document.querySelectorAll('svg g.edge.sg-hidden').length"
    assert page.eval(hidden) == 0
    # "influence only" hides the 5 edges whose relation bears no influence (dashed ones)
    page.click("input[data-sg-filter='influence-only']")
    page.wait(f"{hidden} === 5", what="non-influence edges hidden")
    assert page.eval("[...document.querySelectorAll('svg g.edge.sg-hidden')].every(g => !g.classList.contains('influence'))")
    # unticking the Person type hides people and their edges
    page.click("input[data-sg-filter='type:Person']")
    page.wait("document.querySelectorAll('svg g.node.Person.sg-hidden').length === 3", what="people hidden")
    # the search box marks matching nodes, accents and case ignored
    page.type_into("[data-sg-controls] input[type=search]", "DEEPSEEK")
    page.wait("document.querySelectorAll('svg g.node.sg-match').length === 2", what="search matches")
    # a real click on an edge opens its citations in the side panel
    page.eval("document.querySelector('[data-sg-controls] button:last-of-type').click()")  # fit
    page.click("svg g.edge.INVESTS_IN text")
    panel = page.wait("document.querySelector('[data-sg-details] ol')?.innerText", what="citations panel")
    assert "Microsoft said it would invest billions more in OpenAI." in panel
    assert "Fixture: Microsoft adds to its OpenAI stake" in panel
    page.screenshot("standalone")
