"""The provisioned server itself: version, auth, loopback-only sockets, lifecycle, CLI.

All against real Neo4j processes started from the Maven-built home (see tests/conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from stratgraph.graph.server import LocalNeo4j, StartError, parse_env
from stratgraph.graph.server.local import NEO4J_ADMIN
from stratgraph.graph.server.osutil import port_in_use

pytestmark = pytest.mark.neo4j

LOOPBACK_V4 = "0100007F"  # 127.0.0.1 in /proc/net/tcp byte order
LOOPBACK_V6 = {"00000000000000000000000001000000", "0000000000000000FFFF00000100007F"}


def _listening_sockets(pid: int) -> list[tuple[str, int]]:
    """(hex address, port) of every TCP socket in LISTEN state owned by `pid`."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and inode in inodes:  # 0A = LISTEN
                address, port = local.split(":")
                found.append((address, int(port, 16)))
    return found


def test_components_report_community_5_26(local_neo4j: LocalNeo4j) -> None:
    uri, user, password = local_neo4j.credentials()
    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        records, _, _ = driver.execute_query("CALL dbms.components() YIELD name, versions, edition "
                                             "RETURN name, versions, edition")
    assert len(records) == 1
    assert records[0]["name"] == "Neo4j Kernel"
    assert records[0]["versions"][0].startswith("5.26.")
    assert records[0]["edition"] == "community"


def test_wrong_password_is_refused(local_neo4j: LocalNeo4j) -> None:
    uri, user, password = local_neo4j.credentials()
    with GraphDatabase.driver(uri, auth=(user, password + "-wrong")) as driver:
        with pytest.raises(AuthError):
            driver.verify_connectivity()


def test_no_authentication_is_refused(local_neo4j: LocalNeo4j) -> None:
    uri, _, _ = local_neo4j.credentials()
    with GraphDatabase.driver(uri, auth=None) as driver:
        with pytest.raises(AuthError):
            driver.verify_connectivity()


def test_nothing_listens_beyond_loopback(local_neo4j: LocalNeo4j) -> None:
    pid = local_neo4j.pid()
    assert pid is not None
    sockets = _listening_sockets(pid)
    ports = {port for _, port in sockets}
    assert {local_neo4j.bolt_port, local_neo4j.http_port} <= ports, sockets
    for address, port in sockets:
        assert address == LOOPBACK_V4 or address in LOOPBACK_V6, (
            f"port {port} listens on non-loopback address {address}"
        )


def test_password_file_is_private(local_neo4j: LocalNeo4j) -> None:
    assert oct(local_neo4j.password_file.stat().st_mode & 0o777) == "0o600"
    assert len(local_neo4j.password()) >= 24


def test_start_is_a_no_op_when_running(local_neo4j: LocalNeo4j) -> None:
    pid = local_neo4j.pid()
    started = time.monotonic()
    local_neo4j.start(timeout=30)
    assert time.monotonic() - started < 10
    assert local_neo4j.pid() == pid


def test_status_reports_up_version_and_ports(local_neo4j: LocalNeo4j) -> None:
    info = local_neo4j.status()
    assert info["up"] is True and info["state"] == "up"
    assert info["version"].startswith("5.26.")
    assert info["bolt_port"] == local_neo4j.bolt_port
    assert info["http_port"] == local_neo4j.http_port
    assert info["pid"] == local_neo4j.pid()


def test_generated_conf_passes_neo4j_validation(local_neo4j: LocalNeo4j) -> None:
    done = local_neo4j._java(NEO4J_ADMIN, "server", "validate-config", timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No issues found" in done.stdout


def test_browser_is_served(local_neo4j: LocalNeo4j) -> None:
    import urllib.request

    assert local_neo4j.has_browser()
    with urllib.request.urlopen(f"http://127.0.0.1:{local_neo4j.http_port}/browser/", timeout=10) as reply:
        assert reply.status == 200
        assert b"<html" in reply.read().lower()


def _cli_env(server: LocalNeo4j) -> dict[str, str]:
    """Environment that makes the CLI's settings describe `server`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(
        STRATGRAPH_HOME=str(server.home),
        NEO4J_BOLT_PORT=str(server.bolt_port),
        NEO4J_HTTP_PORT=str(server.http_port),
    )
    return env


def test_cli_env_eval_then_driver_query(local_neo4j: LocalNeo4j, tmp_path: Path) -> None:
    stratgraph = Path(sys.executable).with_name("stratgraph")
    probe = (
        "import os; from neo4j import GraphDatabase;"
        "d = GraphDatabase.driver(os.environ['NEO4J_URI'],"
        " auth=(os.environ['NEO4J_USER'], os.environ['NEO4J_PASSWORD']));"
        "print(d.execute_query('RETURN 40 + 2 AS x').records[0]['x']); d.close()"
    )
    script = f'eval "$({stratgraph} neo4j env)" && {sys.executable} -c "{probe}"'
    done = subprocess.run(["bash", "-c", script], env=_cli_env(local_neo4j), cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "42"
    env = subprocess.run([str(stratgraph), "neo4j", "env"], env=_cli_env(local_neo4j), cwd=tmp_path,
                         capture_output=True, text=True, timeout=60, check=True)
    assert parse_env(env.stdout)["NEO4J_URI"] == f"bolt://127.0.0.1:{local_neo4j.bolt_port}"
    status = subprocess.run([str(stratgraph), "neo4j", "status"], env=_cli_env(local_neo4j),
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert status.returncode == 0
    assert "up" in status.stdout and "5.26." in status.stdout


def test_stop_then_status_says_down(spare_neo4j: LocalNeo4j) -> None:
    pid = spare_neo4j.pid()
    assert pid is not None and spare_neo4j.status()["up"]
    started = time.monotonic()
    spare_neo4j.stop()
    stop_seconds = time.monotonic() - started
    info = spare_neo4j.status()
    assert info["state"] == "down" and info["up"] is False and info["pid"] is None
    assert not Path(f"/proc/{pid}").exists()
    assert not port_in_use(spare_neo4j.bolt_port)
    assert stop_seconds < 30
    spare_neo4j.stop()  # a second stop is a quiet no-op
    # and it comes back with the same password and data
    spare_neo4j.start(timeout=120)
    assert spare_neo4j.status()["up"]


def _scratch(local: LocalNeo4j, tmp_path: Path, **kwargs: str) -> LocalNeo4j:
    """An installed but stopped server in `tmp_path`, sharing the session server's jars."""
    from stratgraph.graph.server import free_port

    bolt, http = free_port(), free_port()
    LocalNeo4j(tmp_path, bolt, http, lib_dir=local.lib_dir, quiet=True).install()
    return LocalNeo4j(tmp_path, bolt, http, lib_dir=local.lib_dir, quiet=True, **kwargs)


def test_start_refuses_a_taken_port_and_names_the_setting(local_neo4j: LocalNeo4j, tmp_path: Path) -> None:
    import socket

    server = _scratch(local_neo4j, tmp_path)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", server.bolt_port))
        squatter.listen()
        with pytest.raises(StartError, match=f"Port {server.bolt_port}.*NEO4J_BOLT_PORT"):
            server.start(timeout=30)
    assert server.pid() is None


def test_failed_start_reports_the_jvm_error(local_neo4j: LocalNeo4j, tmp_path: Path) -> None:
    server = _scratch(local_neo4j, tmp_path, heap="1m")
    try:
        with pytest.raises(StartError, match="Too small maximum heap"):
            server.start(timeout=60)
    finally:
        server.stop()
    assert server.pid() is None
