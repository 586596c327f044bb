"""Lexical view of Cypher text: what is code, as opposed to comments, strings and quoted names.

Both the registry (which `$parameters` does a query use?) and the read-only guard (is there a
`LOAD CSV` or a procedure call?) must look only at code: a keyword inside a string or a comment
means nothing, and a keyword hidden behind a comment must still be seen.
"""

from __future__ import annotations

import re

_PARAM = re.compile(r"\$(`[^`]*`|[A-Za-z_][A-Za-z0-9_]*|\d+)")


class CypherTextError(ValueError):
    """The text cannot be tokenised (an unterminated string, comment or quoted name)."""


def code_only(text: str, keep_quoted_names: bool = False) -> str:
    """`text` with comments blanked, string literals emptied and quoted names made `_q_`.

    Lengths are not preserved; only the code's shape matters to the callers. Raises
    `CypherTextError` on an unterminated literal, which Neo4j would refuse anyway.
    With `keep_quoted_names`, `quoted names` stay verbatim (parameter discovery needs them).
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end == -1 else end
            out.append(" ")
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end == -1:
                raise CypherTextError("unterminated /* comment")
            i = end + 2
            out.append(" ")
        elif c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise CypherTextError("unterminated string literal")
            out.append("''")
            i = j + 1
        elif c == "`":
            j = i + 1
            while True:
                j = text.find("`", j)
                if j == -1:
                    raise CypherTextError("unterminated `quoted name`")
                if text.startswith("``", j):  # an escaped backtick inside the name
                    j += 2
                    continue
                break
            out.append(text[i : j + 1] if keep_quoted_names else "`_q_`")
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parameters(text: str) -> set[str]:
    """Names of the `$parameters` used in the code of `text` (quoted ones keep their quotes)."""
    return {m.group(1) for m in _PARAM.finditer(code_only(text, keep_quoted_names=True))}
