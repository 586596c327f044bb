"""The generated neo4j.conf: loopback only, ports, auth, known keys, JVM flags, memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratgraph.graph.server.conf import JVM_ADDITIONAL, conf_ports, parse_conf, render_conf

# Every key the generator may write, each checked against Neo4j 5.26's declared settings
# (`neo4j-admin server validate-config` accepts them; the integration suite re-runs it).
KNOWN_KEYS = {
    "server.config.strict_validation.enabled",
    "server.directories.data",
    "server.directories.logs",
    "server.directories.run",
    "server.directories.import",
    "server.directories.plugins",
    "server.default_listen_address",
    "server.default_advertised_address",
    "server.bolt.enabled",
    "server.bolt.listen_address",
    "server.bolt.advertised_address",
    "server.bolt.tls_level",
    "server.http.enabled",
    "server.http.listen_address",
    "server.http.advertised_address",
    "server.https.enabled",
    "dbms.routing.enabled",
    "dbms.security.auth_enabled",
    "dbms.usage_report.enabled",
    "server.memory.heap.initial_size",
    "server.memory.heap.max_size",
    "server.memory.pagecache.size",
    "internal.dbms.bolt.netty_server_shutdown_quiet_period",
    "server.jvm.additional",
}


def _conf(tmp_path: Path, **overrides: object) -> dict[str, list[str]]:
    args: dict[str, object] = {"bolt_port": 17687, "http_port": 17474, "heap": "512m", "pagecache": "256m"}
    args.update(overrides)
    text = render_conf(tmp_path / "neo4j", **args)  # type: ignore[arg-type]
    values: dict[str, list[str]] = {}
    for key, value in parse_conf(text):
        values.setdefault(key, []).append(value)
    return values


def test_every_listener_is_on_loopback(tmp_path: Path) -> None:
    conf = _conf(tmp_path)
    assert conf["server.default_listen_address"] == ["127.0.0.1"]
    addresses = {k: v[0] for k, v in conf.items() if k.endswith(("listen_address", "advertised_address"))}
    assert {"server.bolt.listen_address", "server.http.listen_address"} <= set(addresses)
    for key, value in addresses.items():
        assert value.split(":")[0] == "127.0.0.1", f"{key}={value} is not loopback"


def test_ports_come_from_arguments(tmp_path: Path) -> None:
    conf = _conf(tmp_path, bolt_port=23456, http_port=23457)
    assert conf["server.bolt.listen_address"] == ["127.0.0.1:23456"]
    assert conf["server.http.listen_address"] == ["127.0.0.1:23457"]
    text = render_conf(tmp_path, bolt_port=23456, http_port=23457, heap="1g", pagecache="1g")
    assert conf_ports(text) == (23456, 23457)


def test_auth_on_https_off_strict_validation_on(tmp_path: Path) -> None:
    conf = _conf(tmp_path)
    assert conf["dbms.security.auth_enabled"] == ["true"]
    assert conf["server.https.enabled"] == ["false"]
    assert conf["server.bolt.enabled"] == ["true"]
    assert conf["server.config.strict_validation.enabled"] == ["true"]


def test_only_known_keys_and_no_duplicates(tmp_path: Path) -> None:
    conf = _conf(tmp_path)
    assert set(conf) <= KNOWN_KEYS, set(conf) - KNOWN_KEYS
    for key, values in conf.items():
        if key != "server.jvm.additional":
            assert len(values) == 1, f"{key} set {len(values)} times"


def test_jvm_flags_of_the_shipped_conf_are_present(tmp_path: Path) -> None:
    flags = _conf(tmp_path)["server.jvm.additional"]
    assert flags == list(JVM_ADDITIONAL)
    for needed in (
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "-Dio.netty.tryReflectionSetAccessible=true",
        "-XX:+UseG1GC",
    ):
        assert needed in flags


def test_memory_and_folders(tmp_path: Path) -> None:
    conf = _conf(tmp_path, heap="768m", pagecache="128m")
    assert conf["server.memory.heap.initial_size"] == ["768m"]
    assert conf["server.memory.heap.max_size"] == ["768m"]
    assert conf["server.memory.pagecache.size"] == ["128m"]
    home = (tmp_path / "neo4j").resolve()
    assert conf["server.directories.data"] == [str(home / "data")]
    for key in ("data", "logs", "run", "import", "plugins"):
        assert Path(conf[f"server.directories.{key}"][0]).is_absolute()


@pytest.mark.parametrize(
    "overrides",
    [
        {"heap": "lots"},
        {"pagecache": "0"},
        {"heap": "512 m"},
        {"bolt_port": 0},
        {"http_port": 70000},
        {"bolt_port": 17474, "http_port": 17474},
    ],
)
def test_bad_values_are_refused_before_any_jvm(tmp_path: Path, overrides: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        _conf(tmp_path, **overrides)


def test_parse_conf_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        parse_conf("server.bolt.enabled true\n")
    assert parse_conf("# c\n\n a = b \n") == [("a", "b")]


def test_generated_passwords_never_look_like_options() -> None:
    from stratgraph.graph.server.osutil import generate_password

    passwords = {generate_password() for _ in range(2000)}
    assert len(passwords) == 2000
    assert all(p.isalnum() and len(p) == 32 for p in passwords)
