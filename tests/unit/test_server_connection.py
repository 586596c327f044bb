"""NEO4J_URI override, `env` output that a shell can eval, and the password file's mode."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stratgraph.graph.server import (
    LocalNeo4j,
    Neo4jConnection,
    Neo4jServerError,
    NotInstalledError,
    format_env,
    parse_env,
    resolve_connection,
    uses_external_server,
)
from stratgraph.graph.server.osutil import write_private
from stratgraph.settings import Settings

TRICKY = "p a$s'w\"o`rd\\;|&*"


def _local(tmp_path: Path, password: str | None = "secret-pw", bolt: int = 17001) -> LocalNeo4j:
    """A LocalNeo4j that looks installed (password file) without any jar or JVM."""
    server = LocalNeo4j(tmp_path, bolt_port=bolt, http_port=bolt + 1)
    if password is not None:
        server.neo4j_home.mkdir(parents=True)
        write_private(server.password_file, password + "\n")
    return server


def _settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(stratgraph_home=tmp_path, neo4j_bolt_port=17001, neo4j_http_port=17002, **values)  # type: ignore[arg-type]


def test_format_env_round_trips_through_parse_env() -> None:
    conn = Neo4jConnection("bolt://127.0.0.1:7687", "neo4j", TRICKY)
    for export in (True, False):
        values = parse_env(format_env(conn, export=export))
        assert values["NEO4J_URI"] == conn.uri
        assert values["NEO4J_USER"] == "neo4j"
        assert values["NEO4J_PASSWORD"] == TRICKY


def test_format_env_is_accepted_by_eval_in_a_real_shell() -> None:
    text = format_env(Neo4jConnection("bolt://127.0.0.1:7687", "neo4j", TRICKY))
    script = 'eval "$1"; sh -c \'printf "%s\\n%s\\n%s" "$NEO4J_URI" "$NEO4J_USER" "$NEO4J_PASSWORD"\''
    done = subprocess.run(["bash", "-c", script, "_", text], capture_output=True, text=True, check=True)
    # Printed by a child process: the variables are exported, not just shell variables.
    assert done.stdout.split("\n") == ["bolt://127.0.0.1:7687", "neo4j", TRICKY]


def test_password_file_is_owner_only(tmp_path: Path) -> None:
    server = _local(tmp_path)
    mode = stat.S_IMODE(os.stat(server.password_file).st_mode)
    assert mode == 0o600
    assert server.password() == "secret-pw"


def test_existing_password_file_is_tightened_not_replaced(tmp_path: Path) -> None:
    server = _local(tmp_path)
    os.chmod(server.password_file, 0o644)
    server._ensure_password()
    assert stat.S_IMODE(os.stat(server.password_file).st_mode) == 0o600
    assert server.password() == "secret-pw"


def test_lost_password_with_existing_database_says_what_to_do(tmp_path: Path) -> None:
    server = _local(tmp_path, password=None)
    (server.data_dir / "databases" / "system").mkdir(parents=True)
    with pytest.raises(Neo4jServerError, match="delete"):
        server._ensure_password()


def test_neo4j_uri_wins_and_nothing_local_is_touched(tmp_path: Path) -> None:
    settings = _settings(
        tmp_path, neo4j_uri="neo4j+s://example.invalid:7687", neo4j_user="me", neo4j_password="pw"
    )
    assert resolve_connection(settings) == ("neo4j+s://example.invalid:7687", "me", "pw")
    assert resolve_connection(settings, start=True).uri == "neo4j+s://example.invalid:7687"
    assert uses_external_server(settings)
    assert not (tmp_path / "neo4j").exists()


def test_without_neo4j_uri_the_local_credentials_are_used(tmp_path: Path) -> None:
    _local(tmp_path)
    conn = resolve_connection(_settings(tmp_path))
    assert conn == ("bolt://127.0.0.1:17001", "neo4j", "secret-pw")
    assert not uses_external_server(_settings(tmp_path))


def test_not_installed_says_how_to_install(tmp_path: Path) -> None:
    with pytest.raises(NotInstalledError, match="stratgraph neo4j install"):
        resolve_connection(_settings(tmp_path))


def test_uri_exported_by_env_still_means_the_local_server(tmp_path: Path) -> None:
    local = _local(tmp_path)
    own = _settings(tmp_path, neo4j_uri="bolt://localhost:17001", neo4j_password="secret-pw")
    assert not uses_external_server(own, local)
    other_password = _settings(tmp_path, neo4j_uri="bolt://127.0.0.1:17001", neo4j_password="x")
    assert uses_external_server(other_password, local)
    other_port = _settings(tmp_path, neo4j_uri="bolt://127.0.0.1:7999", neo4j_password="secret-pw")
    assert uses_external_server(other_port, local)
    remote = _settings(tmp_path, neo4j_uri="bolt://db.example:17001", neo4j_password="secret-pw")
    assert uses_external_server(remote, local)


def _cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], **env: str):  # type: ignore[no-untyped-def]
    from stratgraph.cli import app
    from stratgraph.cli.neo4j_cmd import register
    from stratgraph.settings import get_settings

    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("STRATGRAPH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    if not any(group.name == "neo4j" for group in app.registered_groups):
        register(app)
    try:
        return CliRunner().invoke(app, args)
    finally:
        get_settings.cache_clear()


@pytest.mark.parametrize("command", ["start", "stop"])
def test_cli_start_stop_leave_the_users_server_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    result = _cli(tmp_path, monkeypatch, ["neo4j", command],
                  NEO4J_URI="bolt://db.example:7687", NEO4J_PASSWORD="pw")
    assert result.exit_code == 0, result.output
    assert "your server" in result.output
    assert not (tmp_path / "home").exists()


def test_cli_env_reports_the_users_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _cli(tmp_path, monkeypatch, ["neo4j", "env", "--no-export"],
                  NEO4J_URI="bolt://db.example:7687", NEO4J_USER="alice", NEO4J_PASSWORD="pw")
    assert result.exit_code == 0, result.output
    values = parse_env(result.stdout)
    assert values["NEO4J_URI"] == "bolt://db.example:7687"
    assert values["NEO4J_USER"] == "alice"
    assert values["NEO4J_PASSWORD"] == "pw"
    assert not result.stdout.startswith("export")


def test_cli_env_without_install_fails_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _cli(tmp_path, monkeypatch, ["neo4j", "env"])
    assert result.exit_code == 1
    assert "stratgraph neo4j install" in result.output


def test_cli_status_of_a_down_local_server_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _cli(tmp_path, monkeypatch, ["neo4j", "status", "--json"])
    assert result.exit_code == 3
    assert '"state": "down"' in result.stdout


def test_log_tail_gives_the_last_lines(tmp_path: Path) -> None:
    server = LocalNeo4j(tmp_path)
    assert "no log lines" in server.log_tail()
    server.logs_dir.mkdir(parents=True)
    server.log_file.write_text("".join(f"line {i}\n" for i in range(100)))
    tail = server.log_tail(30)
    assert "line 99" in tail and "line 70" in tail and "line 69" not in tail
    assert str(server.log_file) in tail


def test_stale_pid_file_means_down(tmp_path: Path) -> None:
    server = _local(tmp_path)
    server.run_dir.mkdir(parents=True)
    server.pid_file.write_text(str(os.getpid()))  # alive, but not a Neo4j of this home
    assert server.pid() is None
    assert server.status()["state"] == "down"
