"""Finding Java and Maven, and running Maven on the shipped pom.xml.

Kept apart from the lifecycle code so the messages for a machine without Java or Maven live in
one place, and so tests can check them without a JVM.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

from stratgraph.graph.server.errors import JavaNotFoundError, MavenError

MIN_JAVA = 17
_JAVA_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')


def pom_text() -> str:
    """The pom.xml shipped with the package (works from a checkout and from a wheel)."""
    return resources.files("stratgraph.graph.server").joinpath("pom.xml").read_text("utf-8")


def pom_property(name: str, text: str | None = None) -> str:
    """A `<properties>` value of the pom, e.g. the pinned Neo4j version."""
    text = pom_text() if text is None else text
    match = re.search(rf"<{re.escape(name)}>([^<]+)</{re.escape(name)}>", text)
    if not match:
        raise MavenError(f"pom.xml has no <{name}> property")
    return match.group(1).strip()


def find_java() -> Path:
    """The `java` executable Neo4j will run on: $JAVA_HOME/bin/java first, then PATH.

    Raises JavaNotFoundError when there is none or when it is older than Java 17.
    """
    candidates: list[str] = []
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidates.append(str(Path(java_home) / "bin" / "java"))
    on_path = shutil.which("java")
    if on_path:
        candidates.append(on_path)
    for candidate in candidates:
        if Path(candidate).is_file() and os.access(candidate, os.X_OK):
            major = java_major(candidate)
            if major is not None and major >= MIN_JAVA:
                return Path(candidate)
            raise JavaNotFoundError(
                f"{candidate} is Java {major}, Neo4j 5.26 needs Java {MIN_JAVA} or 21: install "
                "one (Debian: apt-get install openjdk-17-jre-headless) or point JAVA_HOME at it."
            )
    raise JavaNotFoundError(
        "No Java runtime found (neither $JAVA_HOME/bin/java nor java on PATH). Neo4j 5.26 needs "
        "Java 17 or 21: install one (Debian: apt-get install openjdk-17-jre-headless)."
    )


def java_major(java: str | Path) -> int | None:
    """The major version of a `java` executable (8 for 1.8, 17 for 17.0.x), or None."""
    try:
        done = subprocess.run(
            [str(java), "-version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_java_major(done.stderr + done.stdout)


def parse_java_major(output: str) -> int | None:
    """Parse `java -version` output: `version "17.0.15"` -> 17, `version "1.8.0_x"` -> 8."""
    match = _JAVA_VERSION.search(output)
    if not match:
        return None
    major = int(match.group(1))
    if major == 1 and match.group(2):
        return int(match.group(2))
    return major


def find_maven() -> Path:
    """The `mvn` executable, or a MavenError that says how to get one."""
    mvn = shutil.which("mvn")
    if not mvn:
        raise MavenError(
            "Maven (mvn) is not on PATH; stratgraph uses it to fetch Neo4j's jars from Maven "
            "Central. Install it (Debian: apt-get install maven) and retry."
        )
    return Path(mvn)


def fetch_jars(pom: Path, lib_dir: Path, log: Path, timeout: float = 1800.0) -> None:
    """Run Maven on `pom` to copy every runtime jar into `lib_dir`; its output goes to `log`.

    Maven's default local repository (~/.m2, or whatever the user's settings.xml says) is
    used, so only the first install on a machine downloads anything.
    """
    mvn = find_maven()
    cmd = [
        str(mvn),
        "-B",
        "-ntp",
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        f"-Dneo4j.lib={lib_dir}",
    ]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as out:
        out.write("$ " + " ".join(cmd) + "\n")
        out.flush()
        try:
            done = subprocess.run(
                cmd, stdout=out, stderr=subprocess.STDOUT, timeout=timeout, check=False,
                cwd=pom.parent,
            )
        except subprocess.TimeoutExpired as exc:
            raise MavenError(
                f"Maven did not finish in {timeout:.0f} s fetching Neo4j's jars; see {log}"
            ) from exc
    if done.returncode != 0:
        tail = "\n".join(log.read_text("utf-8", errors="replace").splitlines()[-30:])
        raise MavenError(
            f"Maven failed (exit {done.returncode}) fetching Neo4j's jars from Maven Central.\n"
            f"--- last lines of {log} ---\n{tail}\n---\n"
            "Check that Maven Central is reachable (proxy settings live in ~/.m2/settings.xml) "
            "and retry `stratgraph neo4j install`."
        )
