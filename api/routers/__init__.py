"""One module per API area; each is found and mounted by `mount_routers`.

A module exposes either `router` (an `APIRouter`, included as is) or `install(app)` (for an
area whose routes depend on start-up state, such as one route per curated query, or that
mounts static files). Adding an area is adding a file here: no other module changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from fastapi import FastAPI


def area_modules() -> list[ModuleType]:
    """Every router module of this package, in name order."""
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        modules.append(importlib.import_module(f"{__name__}.{info.name}"))
    return modules


def mount_routers(app: FastAPI) -> list[str]:
    """Mount every area on `app`; returns the names mounted (for logs and tests)."""
    mounted = []
    for module in area_modules():
        install = getattr(module, "install", None)
        router = getattr(module, "router", None)
        if callable(install):
            install(app)
        elif router is not None:
            app.include_router(router)
        else:
            raise RuntimeError(f"{module.__name__} has neither `router` nor `install(app)`")
        mounted.append(module.__name__.rsplit(".", 1)[1])
    return mounted
