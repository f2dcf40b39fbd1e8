VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LEARN_STAMP := $(VENV)/.learn-installed
# The tests also cover `triadic train --backend transformer`, so `make test` adds the `learn` extra. Torch is
# pinned to the CPU wheel this machine keeps on disk; any other spec pulls a multi-GB CUDA build from PyPI.
# `make test LEARN=0` skips the extra (its tests then skip).
TORCH ?= torch==2.13.0
LEARN ?= 1

.PHONY: setup demo test lint typecheck bench clean

$(PY):
	python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

$(LEARN_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install --quiet "$(TORCH)"
	$(PY) -m pip install --quiet -e ".[dev,learn]"
	touch $(LEARN_STAMP)

ifeq ($(LEARN),1)
TEST_SETUP := $(LEARN_STAMP)
else
TEST_SETUP := $(STAMP)
endif

demo: setup
	$(VENV)/bin/triadic demo

test: $(TEST_SETUP)
	bash scripts/install-system-deps.sh
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy src

bench: setup
	$(PY) benchmarks/accuracy.py
	$(PY) benchmarks/speed.py

clean:
	rm -rf $(VENV) triadic.duckdb .pytest_cache
