# make run   : set up .venv and run extractor on the bundled corpus into out/
# make test  : set up .venv and run the whole test suite (what .ci/run calls)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

.PHONY: setup run test eval schemas
setup: $(STAMP)

run: $(STAMP)
	$(BIN)/extractor run corpus/articles --out out

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/extractor eval corpus --split test

schemas: $(STAMP)
	$(BIN)/extractor schema --out schemas
