"""Java and Maven discovery, and what the user reads when either is missing or fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stratgraph.graph.server.errors import JavaNotFoundError, MavenError
from stratgraph.graph.server.tooling import (
    fetch_jars,
    find_java,
    find_maven,
    parse_java_major,
    pom_property,
    pom_text,
)


def _script(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)
    return path


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('java version "1.8.0_292"', 8),
        ("garbage", None),
    ],
)
def test_parse_java_major(output: str, major: int | None) -> None:
    assert parse_java_major(output) == major


def test_no_java_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(JavaNotFoundError, match="Java 17"):
        find_java()


def test_old_java_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _script(tmp_path / "bin", "java", "echo 'java version \"1.8.0_292\"' >&2")
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(JavaNotFoundError, match="Java 8"):
        find_java()


def test_java_home_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    java = _script(tmp_path / "bin", "java", "echo 'openjdk version \"21.0.2\"' >&2")
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    assert find_java() == java


def test_no_maven_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MavenError, match="apt-get install maven"):
        find_maven()


def test_maven_failure_shows_its_last_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _script(tmp_path / "bin", "mvn", "echo 'Could not resolve org.neo4j:neo4j:5.26.30'; exit 1")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}/usr/bin:/bin")
    pom = tmp_path / "pom.xml"
    pom.write_text(pom_text())
    with pytest.raises(MavenError) as info:
        fetch_jars(pom, tmp_path / "lib", log=tmp_path / "maven.log")
    message = str(info.value)
    assert "Could not resolve org.neo4j:neo4j:5.26.30" in message
    assert "exit 1" in message
    assert "stratgraph neo4j install" in message


def test_pom_pins_a_5_26_community_server_and_the_browser() -> None:
    text = pom_text()
    assert pom_property("neo4j.version", text).startswith("5.26.")
    assert pom_property("neo4j.browser.version", text).startswith("5.24.")
    for artifact in ("<artifactId>neo4j</artifactId>", "<artifactId>neo4j-server</artifactId>",
                     "<artifactId>neo4j-bolt</artifactId>", "<artifactId>neo4j-browser</artifactId>"):
        assert artifact in text
    assert "enterprise" not in text.lower()
