# QuartiersWerkstatt – set-up, start, tests, benchmarks, bundle.
# Every target creates the virtual environment (.venv) first if it is missing or out of date.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEMO    ?= demo.werkstatt

.PHONY: run test test-extended bench lint bundle clean translations

$(STAMP): pyproject.toml requirements/lock.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q -c requirements/lock.txt -e ".[dev]"
	@touch $(STAMP)

## Start the app on the demo workspace (created on first run).
run: $(STAMP)
	@test -f $(DEMO) || $(BIN)/werkstatt demo $(DEMO)
	@$(BIN)/werkstatt open $(DEMO); rc=$$?; [ $$rc -eq 3 ] && exit 0 || exit $$rc

## The whole test suite (what CI runs).
test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist worksteal

## Long reliability profile: 100 crash kills, 10,000 fuzzed inputs.
test-extended: $(STAMP)
	WERKSTATT_PROFILE=extended $(BIN)/python -m pytest -q tests/reliability

## Benchmarks with same-run baselines; prints a table and writes bench.json.
bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks.run

## Extract German texts (lupdate), fill English from resources/i18n/en_strings.py, compile the .qm.
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

lint: $(STAMP)
	$(BIN)/ruff check app tests db
	$(BIN)/lint-imports

bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec
	@du -sh dist/werkstatt

clean:
	rm -rf build dist bench.json .pytest_cache
