"""The read-only guard: what a query may contain, judged from its text and from Neo4j's plan.

Community Edition has no read-only role, so this is the defence, in three layers, any of which
refuses on its own:

1. the text (comments and strings set aside): one statement, starting with a reading clause;
   no `LOAD CSV`, no `USE`, no `... IN TRANSACTIONS`; procedures only from an allowlist of
   read procedures; functions only built-in or from namespaces known to be pure;
2. the plan (`EXPLAIN`, never executed): the query type Neo4j reports must be `r`, and no
   operator may load CSV or call a procedure outside the allowlist;
3. the transaction it finally runs in is a READ transaction with a timeout (see `readonly`),
   so even a write the first two missed is refused by the server.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from stratgraph.queries.cypher_text import CypherTextError, code_only
from stratgraph.queries.errors import QueryFailed, QueryRefused

READING_CLAUSES = frozenset({"MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "FINISH"})

# Read procedures a researcher may call; everything else (db.create*, dbms.* admin, apoc.*,
# gds.*, user plugins) is refused. Compared case-insensitively.
SAFE_PROCEDURE_NAMES = (
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes",
    "db.index.fulltext.queryRelationships",
    "db.index.vector.queryNodes",
    "db.ping",
    "dbms.components",
)
SAFE_PROCEDURES = frozenset(name.lower() for name in SAFE_PROCEDURE_NAMES)
# Namespaced functions allowed (the built-in temporal, spatial and vector ones); un-namespaced
# built-ins (count, toLower, ...) cannot reach outside the transaction.
SAFE_FUNCTION_NAMESPACES = frozenset(
    {"date", "datetime", "localdatetime", "time", "localtime", "duration", "point", "vector", "db"}
)
_SAFE_DB_FUNCTIONS = frozenset({"db.nameFromElementId".lower()})

_NAME = r"[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*"
_CALL = re.compile(rf"(\bCALL\s+)?\b({_NAME})\s*\(", re.IGNORECASE)
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
_USE = re.compile(r"\bUSE\b", re.IGNORECASE)
_TRANSACTIONS = re.compile(r"\bTRANSACTIONS\b", re.IGNORECASE)
_QUOTED_CALL = re.compile(r"(\bCALL\s+`|`\s*\()", re.IGNORECASE)
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_PLAN_PROCEDURE = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*\(")
_FORBIDDEN_OPERATORS = ("LoadCSV", "Create", "Delete", "Detach", "Merge", "Locking", "Set",
                        "Remove", "Foreach", "Transaction", "Command", "Show", "Terminate")


def strip_statement(text: str) -> str:
    """The statement without surrounding blanks and one trailing `;` (as cypher-shell users type)."""
    text = text.strip()
    if text.endswith(";"):
        text = text[:-1].rstrip()
    return text


def check_text(text: str) -> None:
    """Refuse, from the text alone, anything that is not a single read statement.

    The verdict depends only on the text, so it is cached: curated queries are scanned once.
    """
    failure = _text_verdict(text)
    if failure is not None:
        kind, message = failure
        raise (QueryFailed if kind == "failed" else QueryRefused)(message)


@lru_cache(maxsize=1024)
def _text_verdict(text: str) -> tuple[str, str] | None:
    try:
        _check_text(text)
    except QueryFailed as exc:
        return ("failed", exc.message)
    except QueryRefused as exc:
        return ("refused", exc.message)
    return None


def _check_text(text: str) -> None:
    try:
        code = code_only(text)
    except CypherTextError as exc:
        raise QueryFailed(f"invalid Cypher: {exc}") from exc
    if not code.strip():
        raise QueryRefused("the query is empty")
    if ";" in code:
        raise QueryRefused("one statement at a time: remove the `;` between statements")
    first = _FIRST_WORD.match(code)
    keyword = first.group(1).upper() if first else ""
    if keyword not in READING_CLAUSES:
        raise QueryRefused(
            f"only read queries are allowed: a statement must start with "
            f"{', '.join(sorted(READING_CLAUSES))}, not {keyword or code.strip()[:20]!r}"
        )
    if _LOAD_CSV.search(code):
        raise QueryRefused("LOAD CSV reaches outside the graph and is not allowed")
    if _USE.search(code):
        raise QueryRefused("USE is not allowed: queries run on the configured database only")
    if _TRANSACTIONS.search(code):
        raise QueryRefused("CALL { ... } IN TRANSACTIONS and transaction commands are not allowed")
    if _QUOTED_CALL.search(code):
        raise QueryRefused("procedures and functions must be called by their plain names")
    for match in _CALL.finditer(code):
        name = re.sub(r"\s+", "", match.group(2))
        if match.group(1):
            check_procedure(name)
        elif "." in name:
            check_function(name)


def check_procedure(name: str) -> None:
    """Refuse any procedure not on the read allowlist."""
    if name.lower() not in SAFE_PROCEDURES:
        raise QueryRefused(
            f"procedure {name} is not allowed; allowed read procedures: "
            + ", ".join(SAFE_PROCEDURE_NAMES)
        )


def check_function(name: str) -> None:
    """Refuse namespaced functions outside the pure built-in namespaces (apoc.*, plugins)."""
    namespace = name.split(".", 1)[0].lower()
    if namespace not in SAFE_FUNCTION_NAMESPACES:
        raise QueryRefused(f"function {name} is not allowed (only built-in functions are)")
    if namespace == "db" and name.lower() not in _SAFE_DB_FUNCTIONS:
        raise QueryRefused(f"function {name} is not allowed")


def _operators(plan: Any) -> list[tuple[str, str]]:
    """(operator type, details) of every operator in an EXPLAIN plan tree."""
    if not plan:
        return []
    if isinstance(plan, dict):
        operator = str(plan.get("operatorType", ""))
        args = plan.get("args") or {}
        children = plan.get("children") or []
    else:
        operator = str(getattr(plan, "operator_type", ""))
        args = getattr(plan, "arguments", {}) or {}
        children = getattr(plan, "children", []) or []
    found = [(operator, str(args.get("Details", "")))]
    for child in children:
        found += _operators(child)
    return found


def check_plan(query_type: Any, plan: Any) -> None:
    """Refuse unless Neo4j plans a pure read with no forbidden operator."""
    kind = getattr(query_type, "value", query_type)
    if str(kind) != "r":
        raise QueryRefused(
            f"only read queries are allowed; Neo4j plans this one as {_KINDS.get(str(kind), kind)}"
        )
    for operator, details in _operators(plan):
        base = operator.split("@", 1)[0]
        if base.startswith("ProcedureCall"):
            match = _PLAN_PROCEDURE.match(details)
            if not match:
                raise QueryRefused("a procedure call the guard cannot identify is not allowed")
            check_procedure(match.group(1))
        elif any(base.startswith(prefix) for prefix in _FORBIDDEN_OPERATORS):
            raise QueryRefused(f"the plan contains a {base} operator, which is not allowed")


_KINDS = {"rw": "read-write", "w": "write", "s": "a schema change", "None": "unknown"}
