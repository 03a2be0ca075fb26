# MineralsDesk: the two fresh-machine commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint venv bench soak screenshots package package-smoke clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	@# setuptools prints a warning block on every editable install (even with --quiet): its output is shown
	@# only when the install fails.
	@echo "Installing MineralsDesk and its dependencies into $(VENV) ..."
	@$(PY) -m pip install --quiet -e '.[test]' > $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	@sh packaging/desktop-libs.sh $(PY)
	$(VENV)/bin/mineralsdesk

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# Two workers (the machine CI runs on has 2 cores), each taking whole modules: a module's fixtures are built once.
test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow" -p no:cacheprovider -n 2 --dist loadscope

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen MINERALSDESK_SOAK=1 $(PY) -m pytest tests/faults -m "slow or not slow"

# Benchmarks (not tests; they take a while): one table, also saved to benchmarks/results/latest.md.
# SIZES="1000 10000 100000 1000000" adds the million-version log (cloned once from the 100k log and cached: ~11 min, 8.8 GB).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen MINERALSDESK_BENCH_SIZES="$(SIZES)" $(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info packaging/build packaging/dist

# The one-folder app (packaging/README.md). PyInstaller is a packaging tool, not a test extra: installed here.
PYINSTALLER := $(VENV)/bin/pyinstaller
$(PYINSTALLER): $(STAMP)
	$(PY) -m pip install --quiet "pyinstaller>=6.10,<7"

package: $(PYINSTALLER)
	$(PYINSTALLER) --noconfirm --clean --log-level WARN --distpath packaging/dist --workpath packaging/build \
		packaging/mineralsdesk.spec
	@du -sh packaging/dist/mineralsdesk

package-smoke:
	@test -x packaging/dist/mineralsdesk/mineralsdesk || $(MAKE) package
	sh packaging/smoke.sh packaging/dist/mineralsdesk

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m mineralsdesk.gui.screenshots docs/screenshots
	for l in $(LANGS); do QT_QPA_PLATFORM=offscreen $(PY) -m mineralsdesk.gui.screenshots docs/screenshots/$$l $$l || exit 1; done

# Translations (docs/architecture.md, issue 22): lupdate extracts every tr()/translate()/QT_TRANSLATE_NOOP message of
# the app, the documents and the command line into mineralsdesk/assets/translations/*.ts (no line numbers: merges
# stay quiet; one copy, shipped: mineralsdesk/i18n.py reads them without Qt); English keeps only its plural forms;
# the translations come from resources/translations/messages/*.json. lrelease builds the .qm the app loads. The
# results are committed, so a fresh clone needs no Qt tools; tests/test_translations.py fails on a message left
# unfinished or whose placeholders differ from the source's.
LANGS := fr de es ja
TS_DIR := mineralsdesk/assets/translations
TR_TOOLS := resources/translations
QM_DIR := mineralsdesk/assets/translations
TR_SOURCES := mineralsdesk
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -no-obsolete $(TR_SOURCES) \
		-ts $(foreach l,$(LANGS),$(TS_DIR)/mineralsdesk_$(l).ts)
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -no-obsolete -pluralonly $(TR_SOURCES) \
		-ts $(TS_DIR)/mineralsdesk_en.ts
	$(PY) $(TR_TOOLS)/english_plurals.py $(TS_DIR)/mineralsdesk_en.ts
	$(PY) $(TR_TOOLS)/fill_translations.py $(foreach l,$(LANGS),$(TS_DIR)/mineralsdesk_$(l).ts)
	mkdir -p $(QM_DIR)
	for l in en $(LANGS); do \
		$(VENV)/bin/pyside6-lrelease -silent $(TS_DIR)/mineralsdesk_$$l.ts -qm $(QM_DIR)/mineralsdesk_$$l.qm || exit 1; done
