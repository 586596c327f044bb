"""A local Neo4j Community 5.26 server, built from Maven Central and run as a daemon.

Layout under the stratgraph home (`.stratgraph/` by default, git-ignored):

    neo4j/lib/        the jars Maven copied (or a symlink to another home's lib/, for tests)
    neo4j/conf/       the generated neo4j.conf (rewritten at every start)
    neo4j/data/       databases and the auth store
    neo4j/logs/       neo4j.log, debug.log, ...
    neo4j/build/      the pom.xml Maven ran on and its output, maven.log
    neo4j/run/        neo4j.pid, written by Neo4j's own bootloader
    neo4j/password    the generated password of the `neo4j` user (mode 600)

The server is Neo4j's own: `org.neo4j.server.startup.Neo4jCommand` (what `bin/neo4j` runs)
starts `CommunityEntryPoint` in a child JVM with neo4j.conf's JVM flags and keeps its pid file;
`Neo4jAdminCommand dbms set-initial-password` sets the password before the first start. We add
the waiting (a real Bolt login), the error messages and the locking.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

from stratgraph.graph.server.conf import LOOPBACK, check_memory, check_port, conf_ports, render_conf
from stratgraph.graph.server.connection import Neo4jConnection
from stratgraph.graph.server.errors import Neo4jServerError, NotInstalledError, StartError
from stratgraph.graph.server.osutil import (generate_password, locked, pid_alive, port_in_use,
                                            say, write_private)
from stratgraph.graph.server.tooling import fetch_jars, find_java, pom_property, pom_text

NEO4J_COMMAND = "org.neo4j.server.startup.Neo4jCommand"
NEO4J_ADMIN = "org.neo4j.server.startup.Neo4jAdminCommand"
MARKER = ".stratgraph-install.json"
USER = "neo4j"


class LocalNeo4j:
    """One local Neo4j server: its home folder, ports and memory, and its lifecycle."""

    def __init__(
        self,
        home: Path,
        bolt_port: int = 7687,
        http_port: int = 7474,
        heap: str = "512m",
        pagecache: str = "512m",
        *,
        lib_dir: Path | None = None,
        quiet: bool = False,
    ) -> None:
        """`home` is the stratgraph home; the server lives in `home/neo4j`.

        `lib_dir` lets a second server (the test instance) reuse another home's jars through a
        symlink instead of copying 140 MB; by default the jars live in `home/neo4j/lib`.
        """
        self.home = Path(home).expanduser().resolve()
        self.neo4j_home = self.home / "neo4j"
        self.bolt_port = check_port(bolt_port, "Bolt port")
        self.http_port = check_port(http_port, "HTTP port")
        self.heap = check_memory(heap, "heap size")
        self.pagecache = check_memory(pagecache, "page cache size")
        own_lib = self.neo4j_home / "lib"
        self.lib_dir = Path(lib_dir).expanduser().resolve() if lib_dir else own_lib
        self.quiet = quiet

    @classmethod
    def from_settings(cls, settings: Any = None) -> LocalNeo4j:
        """The project's local server as the settings (environment, `.env`) describe it."""
        if settings is None:
            from stratgraph.settings import get_settings

            settings = get_settings()
        return cls(
            home=settings.stratgraph_home,
            bolt_port=settings.neo4j_bolt_port,
            http_port=settings.neo4j_http_port,
            heap=settings.neo4j_heap,
            pagecache=settings.neo4j_pagecache,
        )

    # ----------------------------------------------------------------- paths
    @property
    def conf_dir(self) -> Path:
        return self.neo4j_home / "conf"

    @property
    def conf_file(self) -> Path:
        return self.conf_dir / "neo4j.conf"

    @property
    def data_dir(self) -> Path:
        return self.neo4j_home / "data"

    @property
    def logs_dir(self) -> Path:
        return self.neo4j_home / "logs"

    @property
    def run_dir(self) -> Path:
        return self.neo4j_home / "run"

    @property
    def pid_file(self) -> Path:
        return self.run_dir / "neo4j.pid"

    @property
    def password_file(self) -> Path:
        return self.neo4j_home / "password"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "neo4j.log"

    # ------------------------------------------------------------- install
    def _pom_digest(self) -> str:
        return hashlib.sha256(pom_text().encode("utf-8")).hexdigest()

    def jars_installed(self) -> bool:
        """Whether lib/ holds the complete jar set of the current pom.xml."""
        marker = self.lib_dir / MARKER
        try:
            data = json.loads(marker.read_text("utf-8"))
        except (OSError, ValueError):
            return False
        return data.get("pom_sha256") == self._pom_digest()

    def is_installed(self) -> bool:
        """Jars present and a password set: `start` can run without Maven."""
        return self.jars_installed() and self.password_file.is_file()

    def installed_version(self) -> str | None:
        """The Neo4j version of the installed jars (from the install marker)."""
        try:
            data = json.loads((self.lib_dir / MARKER).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        version = data.get("neo4j_version")
        return str(version) if version else None

    def has_browser(self) -> bool:
        """Whether Neo4j Browser's jar is in lib/ (the HTTP server then serves /browser/)."""
        return any(self.lib_dir.glob("neo4j-browser-*.jar"))

    def install(self) -> None:
        """Fetch the jars (first time only), lay out the home, write conf, set the password.

        Idempotent: with jars and password in place it only rewrites neo4j.conf (milliseconds).
        """
        find_java()
        self._ensure_jars()
        self.neo4j_home.mkdir(parents=True, exist_ok=True)
        # Data (with the auth store) and logs are the owner's business only.
        os.chmod(self.neo4j_home, 0o700)
        own_lib = self.neo4j_home / "lib"
        if self.lib_dir != own_lib:
            if own_lib.is_symlink() and own_lib.resolve() != self.lib_dir:
                own_lib.unlink()
            if not own_lib.exists():
                own_lib.symlink_to(self.lib_dir, target_is_directory=True)
        for folder in ("conf", "data", "logs", "run", "import", "plugins"):
            (self.neo4j_home / folder).mkdir(parents=True, exist_ok=True)
        if self.pid() is None:
            # Never rewrite the conf under a running server: its ports are read back from it.
            self.write_conf()
        self._ensure_password()

    def _ensure_jars(self) -> None:
        if self.jars_installed():
            return
        if self.lib_dir.exists() and self.pid() is not None:
            raise Neo4jServerError(
                "The jars in lib/ do not match pom.xml (Neo4j upgrade?) but the server is "
                "running on them: run `stratgraph neo4j stop`, then install again."
            )
        parent = self.lib_dir.parent
        with locked(parent / ".lib.lock"):
            if self.jars_installed():  # another process finished while we waited
                return
            text = pom_text()
            version = pom_property("neo4j.version", text)
            build = parent / "build"
            build.mkdir(parents=True, exist_ok=True)
            (build / "pom.xml").write_text(text, encoding="utf-8")
            staging = parent / f".lib.staging-{os.getpid()}"
            shutil.rmtree(staging, ignore_errors=True)
            self._say(f"Fetching Neo4j {version} jars from Maven Central with Maven "
                      f"(first time ~140 MB, cached in ~/.m2) ...")
            started = time.monotonic()
            fetch_jars(build / "pom.xml", staging, log=build / "maven.log")
            if not (staging / f"neo4j-{version}.jar").is_file():
                raise Neo4jServerError(
                    f"Maven finished but neo4j-{version}.jar is not in {staging}; "
                    f"see {build / 'maven.log'}"
                )
            marker = {"neo4j_version": version, "pom_sha256": hashlib.sha256(
                text.encode("utf-8")).hexdigest(), "jars": len(list(staging.glob("*.jar")))}
            (staging / MARKER).write_text(json.dumps(marker, indent=2), encoding="utf-8")
            old = parent / f".lib.old-{os.getpid()}"
            if self.lib_dir.is_symlink():
                self.lib_dir.unlink()
            elif self.lib_dir.exists():
                self.lib_dir.rename(old)
            staging.rename(self.lib_dir)
            shutil.rmtree(old, ignore_errors=True)
            self._say(f"Neo4j {version}: {marker['jars']} jars in {self.lib_dir} "
                      f"({time.monotonic() - started:.1f} s)")

    def write_conf(self) -> None:
        """(Re)write conf/neo4j.conf from this object's ports and memory sizes."""
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        self.conf_file.write_text(
            render_conf(
                self.neo4j_home,
                bolt_port=self.bolt_port,
                http_port=self.http_port,
                heap=self.heap,
                pagecache=self.pagecache,
            ),
            encoding="utf-8",
        )

    def _ensure_password(self) -> None:
        if self.password_file.is_file():
            os.chmod(self.password_file, 0o600)
            return
        if (self.data_dir / "databases" / "system").exists():
            raise Neo4jServerError(
                f"{self.password_file} is missing but the database in {self.data_dir} already "
                "has a password, which cannot be recovered. Stop the server and delete "
                f"{self.data_dir} (this erases the local graph), then run install again."
            )
        password = generate_password()
        done = self._java(NEO4J_ADMIN, "dbms", "set-initial-password", password, timeout=300)
        if done.returncode != 0:
            raise Neo4jServerError(
                "neo4j-admin dbms set-initial-password failed "
                f"(exit {done.returncode}):\n{done.stdout}{done.stderr}"
            )
        write_private(self.password_file, password + "\n")

    def password(self) -> str:
        """The generated password of the `neo4j` user."""
        try:
            return self.password_file.read_text("utf-8").strip()
        except FileNotFoundError:
            raise NotInstalledError(
                f"No local Neo4j password at {self.password_file}: run "
                "`stratgraph neo4j install` (or set NEO4J_URI to use your own server)."
            ) from None

    # ----------------------------------------------------------- processes
    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["NEO4J_HOME"] = str(self.neo4j_home)
        env["NEO4J_CONF"] = str(self.conf_dir)
        # Both change the bootloader's own JVM; the server's flags come from neo4j.conf only.
        env.pop("HEAP_SIZE", None)
        env.pop("JAVA_OPTS", None)
        return env

    def _java(self, main_class: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
        """Run one of Neo4j's command-line classes the way `bin/neo4j` does."""
        java = find_java()
        cmd = [
            str(java), "-cp", f"{self.neo4j_home / 'lib'}/*", f"-Dbasedir={self.neo4j_home}",
            "-Dfile.encoding=UTF-8", main_class, *args,
        ]
        return subprocess.run(
            cmd, env=self._env(), cwd=self.neo4j_home, capture_output=True, text=True,
            timeout=timeout, stdin=subprocess.DEVNULL, check=False,
        )

    def pid(self) -> int | None:
        """The pid of this home's running server, or None (stale pid files are ignored)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        cmdline = Path(f"/proc/{pid}/cmdline")
        if cmdline.parent.parent.is_dir() and Path("/proc/self").exists():
            try:
                args = cmdline.read_bytes().decode("utf-8", "replace")
            except OSError:
                return None
            # A reused pid must also be a Neo4j JVM of *this* home.
            if "org.neo4j.server" not in args or str(self.neo4j_home) not in args:
                return None
            return pid
        try:
            os.kill(pid, 0)
        except OSError:
            return None
        return pid

    def running_ports(self) -> tuple[int, int]:
        """The (Bolt, HTTP) ports in use: read from the conf of a running server, else ours."""
        if self.pid() is not None and self.conf_file.is_file():
            bolt, http = conf_ports(self.conf_file.read_text("utf-8"))
            if bolt and http:
                return bolt, http
        return self.bolt_port, self.http_port

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of neo4j.log (or debug.log when neo4j.log says nothing)."""
        for log in (self.log_file, self.logs_dir / "debug.log"):
            try:
                text = log.read_text("utf-8", errors="replace").splitlines()
            except OSError:
                continue
            if text:
                return f"--- last {min(lines, len(text))} lines of {log} ---\n" + "\n".join(
                    text[-lines:]
                )
        return f"(no log lines in {self.logs_dir})"

    # ------------------------------------------------------------ lifecycle
    def start(self, timeout: float = 120.0) -> None:
        """Start the server unless it runs, then wait until a Bolt login and query succeed.

        Installs first when needed. On failure raises StartError with the log's last lines.
        """
        deadline = time.monotonic() + timeout
        self.install()
        with locked(self.run_dir / ".lifecycle.lock"):
            if self.pid() is not None:
                bolt, _ = self.running_ports()
                self._wait_for_bolt(bolt, deadline)
                return
            self.write_conf()
            for port, name in ((self.bolt_port, "NEO4J_BOLT_PORT"), (self.http_port, "NEO4J_HTTP_PORT")):
                if port_in_use(port):
                    raise StartError(
                        f"Port {port} on 127.0.0.1 is already taken by another program (another "
                        f"Neo4j?). Stop it, or choose another port with {name}=..., or point "
                        "NEO4J_URI at that server to use it instead."
                    )
            self._say(f"Starting Neo4j on bolt://127.0.0.1:{self.bolt_port} "
                      f"(home {self.neo4j_home}) ...")
            try:
                done = self._java(NEO4J_COMMAND, "start", timeout=max(30.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                raise StartError(f"`neo4j start` did not return in time.\n{self.log_tail()}") from None
            if done.returncode != 0:
                raise StartError(
                    f"`neo4j start` failed (exit {done.returncode}):\n{done.stdout}{done.stderr}\n"
                    f"{self.log_tail()}"
                )
            self._wait_for_bolt(self.bolt_port, deadline)

    def _wait_for_bolt(self, bolt_port: int, deadline: float) -> str:
        """Poll with a real login until the server answers a query; returns its version."""
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError

        uri = f"bolt://{LOOPBACK}:{bolt_port}"
        auth = (USER, self.password())
        last_error: Exception | None = None
        while True:
            if self.pid() is None:
                raise StartError(f"Neo4j exited during start-up.\n{self.log_tail()}")
            try:
                with GraphDatabase.driver(uri, auth=auth, connection_timeout=3.0,
                                          max_connection_lifetime=30) as driver:
                    records, _, _ = driver.execute_query(
                        "CALL dbms.components() YIELD versions RETURN versions[0] AS v"
                    )
                    return str(records[0]["v"])
            except AuthError as exc:
                raise StartError(
                    f"Neo4j refused the password in {self.password_file} ({exc.message}). If "
                    "that file was replaced, stop the server and delete "
                    f"{self.data_dir} (erases the local graph), then install and start again."
                ) from exc
            except Exception as exc:  # noqa: BLE001 - any connection error means "not yet"
                last_error = exc
            if time.monotonic() >= deadline:
                raise StartError(
                    f"Neo4j did not answer on {uri} in time (last error: {last_error!r}). It may "
                    f"still be starting: check `stratgraph neo4j status`.\n{self.log_tail()}"
                )
            time.sleep(0.5)

    def stop(self, timeout: float = 60.0) -> None:
        """Stop the server cleanly (Neo4j checkpoints and closes its stores); no-op if down."""
        with locked(self.run_dir / ".lifecycle.lock"):
            pid = self.pid()
            if pid is None:
                return
            self._say(f"Stopping Neo4j (pid {pid}) ...")
            try:
                self._java(NEO4J_COMMAND, "stop", timeout=timeout)
            except subprocess.TimeoutExpired:
                pass
            end = time.monotonic() + 30.0
            while pid_alive(pid) and time.monotonic() < end:
                time.sleep(0.2)
            if pid_alive(pid):
                self._say(f"Neo4j (pid {pid}) did not stop cleanly; killing it.")
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
                end = time.monotonic() + 10.0
                while pid_alive(pid) and time.monotonic() < end:
                    time.sleep(0.2)
            with contextlib.suppress(OSError):
                self.pid_file.unlink()

    def status(self) -> dict[str, Any]:
        """Up or down, version, ports, pid, home, as a JSON-ready dict."""
        pid = self.pid()
        bolt, http = self.running_ports()
        info: dict[str, Any] = {
            "mode": "local",
            "state": "down",
            "up": False,
            "pid": pid,
            "installed": self.is_installed(),
            "version": self.installed_version(),
            "edition": "community",
            "uri": f"bolt://{LOOPBACK}:{bolt}",
            "bolt_port": bolt,
            "http_port": http,
            "browser_url": f"http://{LOOPBACK}:{http}/browser/" if self.has_browser() else None,
            "home": str(self.neo4j_home),
        }
        if pid is not None:
            try:
                info["version"] = self._wait_for_bolt(bolt, time.monotonic())
                info.update(state="up", up=True)
            except Neo4jServerError:
                info["state"] = "starting or unresponsive"
        return info

    def credentials(self) -> Neo4jConnection:
        """(uri, user, password) of this server; the uri uses the running server's port."""
        bolt, _ = self.running_ports()
        return Neo4jConnection(f"bolt://{LOOPBACK}:{bolt}", USER, self.password())

    def _say(self, message: str) -> None:
        if not self.quiet:
            say(message)
