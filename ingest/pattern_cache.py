"""Compiled rule patterns, kept on disk between runs.

A language's relation rules expand to some 350 regular expressions of about 1,200 characters
each. Python's `re` parses and compiles them in pure Python: half a second per language, paid
again by every process (each batch worker, each `stratgraph extract` run) before its first
article, which was a tenth of the extraction benchmark. What that work produces, the
instruction list the C matcher runs, is plain data, so the first run saves it and later runs
hand it straight to the matcher, the way Python keeps `.pyc` files beside modules.

The saved form depends on CPython's private `re._parser`, `re._compiler` and `_sre.compile`.
The cache file's key includes the Python version and the `re` engine's magic number, the C
matcher validates every instruction list it is given, and any failure (an interpreter whose
internals differ, a damaged or unwritable file) falls back to `re.compile`: the cache can
only save time, never change a match. `STRATGRAPH_PATTERN_CACHE=off` turns it off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any, Callable

from stratgraph.settings import get_settings

try:  # CPython 3.11+ layout; anything else compiles the plain way
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

Spec = tuple[str, int]
"""A pattern and its flags."""


def cache_dir() -> Path | None:
    """Where the compiled patterns live, or None when the setting turns the cache off."""
    setting = get_settings().stratgraph_pattern_cache.strip()
    if setting.lower() == "off":
        return None
    return Path(setting) if setting else get_settings().stratgraph_home / "cache" / "patterns"


def compile_all(name: str, specs: list[Spec]) -> list[re.Pattern[str]]:
    """The compiled `specs`, from the cache file of this exact list when one is usable.

    Raises `CompileError` (which says which spec) for a pattern `re.compile` would refuse."""
    folder = cache_dir()
    if folder is None or _sre is None:
        return _plain(specs)
    path = folder / f"{name}-{_key(specs)}.bin"
    try:
        return _from_parts(marshal.loads(zlib.decompress(path.read_bytes())))
    except (OSError, ValueError, EOFError, TypeError, RuntimeError, zlib.error):
        pass  # absent, damaged or from other internals: compile, then try to save
    try:
        parts = [_parts(pattern, flags) for pattern, flags in specs]
        patterns = _from_parts(parts)
    except Exception:  # noqa: BLE001 - a bad pattern, or internals unlike 3.11-3.13
        return _plain(specs)  # re.compile's own verdict, and its error message
    _save(path, zlib.compress(marshal.dumps(parts), 1))
    return patterns


def cached_data(name: str, key: str, build: Callable[[], Any]) -> Any:
    """`build()`, from the cache folder when a file for this `key` is there: for data that costs
    a process a noticeable part of its start (the place names of `proper_names.places`, the
    parsed knowledge-base files). A value marshal cannot write is returned uncached; the same
    atomic save and clean-up as the patterns."""
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha256(f"{sys.implementation.cache_tag}:{key}".encode()).hexdigest()[:20]
    path = folder / f"{name}-{digest}.bin"
    try:
        return marshal.loads(zlib.decompress(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        pass
    value = build()
    try:
        data = marshal.dumps(value)
    except ValueError:  # e.g. a date in a YAML file: the value is fine, only not cacheable
        return value
    _save(path, zlib.compress(data, 1))
    return value


class CompileError(ValueError):
    """A pattern of the list does not compile: `index` says which."""

    def __init__(self, index: int, error: re.error):
        super().__init__(str(error))
        self.index = index


def _plain(specs: list[Spec]) -> list[re.Pattern[str]]:
    out = []
    for index, (pattern, flags) in enumerate(specs):
        try:
            out.append(re.compile(pattern, flags))
        except re.error as exc:
            raise CompileError(index, exc) from exc
    return out


def _key(specs: list[Spec]) -> str:
    digest = hashlib.sha256()
    digest.update(f"{sys.implementation.cache_tag}:{_constants.MAGIC}".encode())
    for pattern, flags in specs:
        digest.update(f"{int(flags)}\0{pattern}\0".encode())
    return digest.hexdigest()[:20]


def _parts(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` hands `_sre.compile`, as marshal-able plain values."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    return (pattern, int(flags | parsed.state.flags), code, parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _from_parts(parts: list[tuple[Any, ...]]) -> list[re.Pattern[str]]:
    return [_sre.compile(*item) for item in parts]


def _save(path: Path, data: bytes) -> None:
    """Write atomically (two workers may save the same file) and drop the files of earlier
    rule versions; a read-only home only means no cache."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        tmp = None
        stem = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{stem}-*.bin"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
