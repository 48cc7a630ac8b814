# NS-dashboard: `make run` starts the dashboard, `make test` runs every test. Both set up first.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Without login ([auth] in .streamlit/secrets.toml) the dashboard serves this machine only;
# with login set up, make run HOST=0.0.0.0 serves the network (README, "Sikkerhed og drift").
HOST ?= 127.0.0.1
PORT ?= 8501
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup chromium db run test bench lint clean-db

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

setup: $(STAMP)

# Debian's Chromium for the browser tests; never a browser download.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "Installerer Debians chromium med apt-get"; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium; \
	fi

# The demo database, when there is none (NS_DB_PATH or data/ns.duckdb).
db: setup
	$(BIN)/python -m data.demo --if-missing

run: db chromium
	$(BIN)/python dashboard.py --server.address $(HOST) --server.port $(PORT)

test: setup chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

bench: setup chromium
	$(BIN)/python -m bench.bench

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

clean-db:
	rm -f data/ns.duckdb data/ns.duckdb.wal
