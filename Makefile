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

.PHONY: setup run test eval schemas peers bench
setup: $(STAMP)

run: $(STAMP)
	$(BIN)/extractor run corpus/articles --out out

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/extractor eval corpus --split test

schemas: $(STAMP)
	$(BIN)/extractor schema --out schemas

# the peers (quantulum3, CQE) live in their own virtualenv, outside the project's dependencies
peers: $(STAMP)
	$(BIN)/python bench/peers.py --setup
	$(BIN)/python bench/peers.py --split test

bench: $(STAMP)
	$(BIN)/python bench/repair_bench.py --n 1000 --seed 7
	$(BIN)/python bench/throughput.py --n 200

# make fuzz [FUZZ_SECONDS=60] : fuzz extract_text and the file readers (atheris is installed into the
# venv here, it is not a project dependency; without a wheel the harness falls back to a random loop)
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: $(STAMP)
	$(BIN)/python -m pip install -q 'atheris>=2.3,<4' || echo "atheris not installed: using the plain random-input loop"
	$(BIN)/python fuzz/fuzz_extract.py --seconds $(FUZZ_SECONDS)
