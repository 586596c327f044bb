"""Small operating-system helpers of the server module: locks, ports, private files.

Kept out of local.py so the lifecycle code reads as lifecycle only.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from stratgraph.graph.server.conf import LOOPBACK


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive advisory lock, so two shells or test sessions never install or start twice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def port_in_use(port: int) -> bool:
    """Whether something already listens on 127.0.0.1:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((LOOPBACK, port)) == 0


def write_private(path: Path, text: str) -> None:
    """Write a file readable by its owner only (mode 600), atomically."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def say(message: str) -> None:
    """Progress for people, on stderr so stdout stays clean for `env` and pipes."""
    print(message, file=sys.stderr, flush=True)

_PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def generate_password(length: int = 32) -> str:
    """Letters and digits only: a token starting with '-' (as `token_urlsafe` can give) is
    read by neo4j-admin as an option and the password goes missing."""
    return "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(length))


def pid_alive(pid: int) -> bool:
    """Whether process `pid` exists; a zombie child (we are its parent) counts as gone."""
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state != "Z"
