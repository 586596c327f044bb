# The two commands of the README:
#   make up     provision everything, start Neo4j, ingest the sample corpus, serve the API
#   make test   provision everything, run unit + Neo4j integration tests (CI runs this)
# Only Python 3.11, Java 17 and Maven are assumed; everything else is installed from PyPI,
# Maven Central and Debian's packages by the targets below.

# The venv's interpreter: the distribution's Python when it is 3.11+ and can make venvs
# (Debian builds it with PGO and LTO; extraction runs about a sixth faster on it than on a
# plain source build such as pyenv's), else `python3` on PATH. `make PYTHON=...` overrides.
PYTHON ?= $(or $(shell for p in /usr/bin/python3 python3; do \
	$$p -c 'import ensurepip, sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done),python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: up test install system neo4j unit clean-neo4j

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

system:
	bash scripts/setup_system.sh $(SYSTEM_FLAGS)

neo4j: install
	$(BIN)/stratgraph neo4j install

up: SYSTEM_FLAGS = --no-browser
up: install system neo4j
	$(BIN)/stratgraph neo4j start
	$(BIN)/stratgraph ingest ingest/samples/*.txt
	$(BIN)/stratgraph stats
	$(BIN)/stratgraph neo4j env
	$(BIN)/stratgraph serve --host $(HOST) --port $(PORT)

test: install system neo4j
	$(BIN)/pytest

unit: install
	$(BIN)/pytest -m "not neo4j"

clean-neo4j:
	-$(BIN)/stratgraph neo4j stop
	rm -rf .stratgraph
