"""API benchmark: three curated queries, 32 concurrent clients, through the API and direct.

    .venv/bin/python bench/api.py                      # own Neo4j in a temp home, 100k claims
    .venv/bin/python bench/api.py --home /tmp/bench    # keep the server and graph for reruns
    .venv/bin/python bench/api.py --uri bolt://... --password ... --skip-load

It starts (or reuses) a Neo4j, generates a graph of at least 100,000 claims through the real
loader, starts `uvicorn` on loopback with the real app, then runs the same workload twice:
through HTTP (httpx, async) and directly through the Neo4j async driver in READ transactions.
Each of the `--clients` clients sends one request every `--interval-ms` (0 = back to back, a
saturation test). Prints p50/p99 per query and overall, and the API/direct ratio.
Targets: p50 <= 10 ms, p99 <= 50 ms, ratio <= 1.3. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/api.py` from a checkout
    sys.path.insert(0, str(ROOT))

QUERIES = ("entity_profile", "stance_timeline", "fact_evidence")
TARGETS = {"p50": 10.0, "p99": 50.0, "ratio": 1.3}


@dataclass
class Workload:
    """Parameter sets per query, drawn from the loaded graph so every request finds data."""

    params: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def draw(self, rng: random.Random) -> tuple[str, dict[str, Any]]:
        name = rng.choice(QUERIES)
        return name, rng.choice(self.params[name])


def sample_workload(driver: Any, size: int = 200, seed: int = 3) -> Workload:
    """Real ids: entities with claims, actors with stances, existing (s, p, o) triples."""
    with driver.session() as session:
        entities = [r["id"] for r in session.run(
            "MATCH (e:Entity) WHERE e.id STARTS WITH 'org:' OR e.id STARTS WITH 'person:' "
            "RETURN e.id AS id LIMIT $n", n=size)]
        actors = [r["id"] for r in session.run(
            "MATCH (a:Entity)-[:SUPPORTS|OPPOSES]->(:PolicyPosition) RETURN DISTINCT a.id AS id LIMIT $n",
            n=size)]
        triples = session.run(
            "MATCH (s:Entity)-[r:RELEASED|LEADS|INVESTS_IN|CRITICIZED]->(o:Entity) "
            "RETURN s.id AS s, type(r) AS p, o.id AS o LIMIT $n", n=size).data()
    if not (entities and actors and triples):
        raise SystemExit("the graph has no data to query: load it first (drop --skip-load)")
    return Workload({
        "entity_profile": [{"id": e} for e in entities],
        "stance_timeline": [{"actor": a} for a in actors],
        "fact_evidence": [{"subject": t["s"], "predicate": t["p"], "object": t["o"]} for t in triples],
    })


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))  # nearest rank
    return ordered[index]


@dataclass
class Run:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: int = 0
    seconds: float = 0.0

    def add(self, name: str, ms: float) -> None:
        self.latencies.setdefault(name, []).append(ms)

    @property
    def all(self) -> list[float]:
        return [v for values in self.latencies.values() for v in values]

    def summary(self) -> dict[str, dict[str, float]]:
        rows = {name: {"p50": percentile(v, 50), "p99": percentile(v, 99), "n": len(v)}
                for name, v in sorted(self.latencies.items())}
        rows["all"] = {"p50": percentile(self.all, 50), "p99": percentile(self.all, 99), "n": len(self.all)}
        return rows


async def drive(call: Callable[[str, dict[str, Any]], Awaitable[bool]], workload: Workload,
                clients: int, requests: int, interval_ms: float, seed: int = 11) -> Run:
    """`clients` concurrent loops sharing `requests` requests, each paced at `interval_ms`."""
    run = Run()
    remaining = requests
    lock = asyncio.Lock()

    async def client(number: int) -> None:
        nonlocal remaining
        rng = random.Random(seed + number)
        await asyncio.sleep(rng.random() * interval_ms / 1000)  # spread the starts
        while True:
            async with lock:
                if remaining <= 0:
                    return
                remaining -= 1
            name, params = workload.draw(rng)
            started = time.perf_counter()
            ok = await call(name, params)
            elapsed = (time.perf_counter() - started) * 1000
            if ok:
                run.add(name, elapsed)
            else:
                run.errors += 1
            if interval_ms:
                await asyncio.sleep(max(0.0, interval_ms - elapsed) / 1000)

    started = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    run.seconds = time.perf_counter() - started
    return run


class RawHttp:
    """A minimal HTTP/1.1 keep-alive GET client over asyncio streams, one connection per client.

    httpx costs a few milliseconds of CPU per request under 32-way concurrency; on a 2-core
    machine shared with the server and Neo4j that measures the client, not the API (it caps
    near 300 req/s even on a route that touches no database). `--client httpx` keeps it.
    """

    def __init__(self, port: int, connections: int) -> None:
        self.port = port
        self.size = connections
        self.pool: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()

    async def open(self) -> None:
        for _ in range(self.size):
            self.pool.put_nowait(await asyncio.open_connection("127.0.0.1", self.port))

    async def close(self) -> None:
        while not self.pool.empty():
            _, writer = self.pool.get_nowait()
            writer.close()

    async def get(self, path: str) -> int:
        reader, writer = await self.pool.get()
        try:
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode("ascii"))
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            return int(head.split(b" ", 2)[1])
        finally:
            self.pool.put_nowait((reader, writer))


async def bench_api(port: int, workload: Workload, clients: int, requests: int, interval_ms: float,
                    client: str = "raw") -> Run:
    from urllib.parse import urlencode

    if client == "httpx":
        import httpx

        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
        http = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=30)

        async def call(name: str, params: dict[str, Any]) -> bool:
            try:
                response = await http.get(f"/queries/{name}", params=params)
            except httpx.HTTPError:
                return False
            return response.status_code == 200

        close = http.aclose
    else:
        raw = RawHttp(port, clients)
        await raw.open()

        async def call(name: str, params: dict[str, Any]) -> bool:
            try:
                return await raw.get(f"/queries/{name}?{urlencode(params)}") == 200
            except (OSError, asyncio.IncompleteReadError, ValueError):
                return False

        close = raw.close
    try:
        await drive(call, workload, clients, min(requests, 300), 0)  # warm-up, not counted
        return await drive(call, workload, clients, requests, interval_ms)
    finally:
        await close()


async def bench_direct(uri: str, auth: tuple[str, str], database: str, workload: Workload,
                       clients: int, requests: int, interval_ms: float, timeout: float) -> Run:
    from neo4j import AsyncGraphDatabase

    from stratgraph.queries.registry import get_registry

    registry = get_registry()
    async with AsyncGraphDatabase.driver(uri, auth=auth, max_connection_pool_size=clients * 2) as driver:

        async def call(name: str, params: dict[str, Any]) -> bool:
            query = registry[name]
            async with driver.session(database=database, default_access_mode="READ") as session:
                tx = await session.begin_transaction(timeout=timeout)
                try:
                    result = await tx.run(query.cypher, query.bind(params))
                    await result.data()
                finally:
                    await tx.close()
            return True

        await drive(call, workload, clients, min(requests, 300), 0)
        return await drive(call, workload, clients, requests, interval_ms)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_api(uri: str, user: str, password: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    """uvicorn with the real app factory on 127.0.0.1:port; returns once /health answers 200."""
    import httpx

    env = {**os.environ, "NEO4J_URI": uri, "NEO4J_USER": user, "NEO4J_PASSWORD": password}
    command = [sys.executable, "-m", "uvicorn", "--factory", "stratgraph.api.app:create_app",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
               "--no-access-log", "--workers", str(workers), "--timeout-keep-alive", "120"]
    process = subprocess.Popen(command, env=env, cwd=tempfile.gettempdir())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise SystemExit("uvicorn exited early")
        time.sleep(0.3)
    process.terminate()
    raise SystemExit("the API did not become healthy within 60 s")


def claim_count(driver: Any) -> int:
    with driver.session() as session:
        return session.run("MATCH (c:Claim) RETURN count(c) AS n").single()["n"]


def report(api: Run, direct: Run, label: str) -> dict[str, float]:
    a, d = api.summary(), direct.summary()
    print(f"\n== {label}")
    print(f"{'query':18} {'API p50':>9} {'API p99':>9} {'direct p50':>11} {'direct p99':>11} {'p50 ratio':>10}")
    for name in (*QUERIES, "all"):
        ratio = a[name]["p50"] / d[name]["p50"]
        print(f"{name:18} {a[name]['p50']:9.2f} {a[name]['p99']:9.2f} {d[name]['p50']:11.2f} "
              f"{d[name]['p99']:11.2f} {ratio:10.2f}")
    print(f"throughput: API {len(api.all) / api.seconds:.0f} req/s, direct {len(direct.all) / direct.seconds:.0f} req/s;"
          f" errors: API {api.errors}, direct {direct.errors}")
    overall = {"p50": a["all"]["p50"], "p99": a["all"]["p99"], "ratio": a["all"]["p50"] / d["all"]["p50"]}
    verdict = ", ".join(f"{k} {overall[k]:.2f} {'<=' if overall[k] <= TARGETS[k] else '>'} {TARGETS[k]}"
                        for k in ("p50", "p99", "ratio"))
    print(f"targets (API): {verdict}")
    return overall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=6000, help="requests per run")
    parser.add_argument("--interval-ms", type=float, default=100.0,
                        help="each client's pacing (0 = back to back)")
    parser.add_argument("--saturate", action="store_true", help="also run back to back (interval 0)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers")
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw",
                        help="HTTP client of the benchmark (see RawHttp)")
    parser.add_argument("--home", type=Path, help="keep the bench Neo4j here (reused when present)")
    parser.add_argument("--uri", help="use this Neo4j instead of starting one")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--password", default="")
    parser.add_argument("--skip-load", action="store_true", help="use the graph already loaded")
    args = parser.parse_args(argv)

    from neo4j import GraphDatabase

    from stratgraph.graph.server import LocalNeo4j

    server = None
    if args.uri:
        uri, user, password = args.uri, args.user, args.password
    else:
        home = args.home or Path(tempfile.mkdtemp(prefix="stratgraph-bench-"))
        lib = LocalNeo4j.from_settings().lib_dir
        server = LocalNeo4j(home, free_port(), free_port(), "1g", "1g", lib_dir=lib, quiet=True)
        print(f"starting Neo4j in {home} ...")
        server.start(timeout=240)
        uri, user, password = server.credentials()
    api_process = None
    try:
        with GraphDatabase.driver(uri, auth=(user, password)) as driver:
            have = claim_count(driver)
            if not args.skip_load and have < args.claims:
                from bench.graphgen import load_synthetic

                print(f"graph has {have:,} claims; generating {args.claims:,} through the loader ...")
                with driver.session() as session:
                    session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
                started = time.monotonic()
                load_synthetic(driver, args.claims)
                print(f"loaded in {time.monotonic() - started:.0f} s")
            print(f"graph: {claim_count(driver):,} claims")
            workload = sample_workload(driver)
        port = free_port()
        api_process = start_api(uri, user, password, port, args.workers)
        from stratgraph.settings import get_settings

        timeout = get_settings().query_timeout
        first = (f"one request every {args.interval_ms:g} ms each" if args.interval_ms
                 else "back to back (saturation)")
        plans = [(args.interval_ms, f"{args.clients} clients, {first}, {args.workers} uvicorn worker(s)")]
        if args.saturate and args.interval_ms:
            plans.append((0.0, f"{args.clients} clients, back to back (saturation), {args.workers} worker(s)"))
        for interval, label in plans:
            api = asyncio.run(bench_api(port, workload, args.clients, args.requests, interval, args.client))
            direct = asyncio.run(bench_direct(uri, (user, password), "neo4j", workload, args.clients,
                                              args.requests, interval, timeout))
            report(api, direct, label)
    finally:
        if api_process is not None:
            api_process.terminate()
            api_process.wait(timeout=30)
        if server is not None and not args.home:
            server.stop()
            shutil.rmtree(server.home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
