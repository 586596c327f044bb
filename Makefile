# The two commands of the README:
#   make up     provision everything, start Neo4j, ingest the sample corpus, serve the API
#   make test   provision everything, run unit + Neo4j integration tests (CI runs this)
# Only Python 3.11, Java 17 and Maven are assumed; everything else is installed from PyPI,
# Maven Central and Debian's packages by the targets below.

PYTHON ?= python3
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
