"""`python -m stratgraph` is the same as the `stratgraph` command."""

from stratgraph.cli import main

main()
