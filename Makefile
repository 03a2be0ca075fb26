# MineralsDesk: the two fresh-machine commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint venv bench soak screenshots package package-smoke clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/mineralsdesk

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow" -p no:cacheprovider

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen MINERALSDESK_SOAK=1 $(PY) -m pytest tests/faults -m "slow or not slow"

clean:
	rm -rf $(VENV) build dist *.egg-info
