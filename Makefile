# Loyalty Desktop — the two commands that matter: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test venv system-deps system-deps-run bench screenshots clean demo

run: system-deps-run $(STAMP)
	$(PY) -m loyalty_desktop --demo

test: system-deps $(STAMP)
	$(VENV)/bin/lint-imports --no-cache
	$(PY) -m pytest -p no:cacheprovider

venv: $(STAMP)

$(STAMP): pyproject.toml
	@if [ ! -x $(PY) ]; then \
	  $(PYTHON) -m venv $(VENV) || { bash installer/system-deps.sh venv && $(PYTHON) -m venv $(VENV); }; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Debian packages Qt needs for a window (run) and for the tests (Xvfb, poppler); installed
# with apt-get when missing and running as root, otherwise listed with the command to run.
system-deps-run:
	@bash installer/system-deps.sh run

system-deps:
	@bash installer/system-deps.sh test

bench: $(STAMP)
	$(PY) -m benchmarks.run

screenshots: system-deps $(STAMP)
	xvfb-run -a -s "-screen 0 1440x900x24" $(PY) -m loyalty_desktop.ui.screenshots docs/screenshots

demo: $(STAMP)
	$(PY) -m resources.demo.generate demo-files

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

# --- Installers (installer/README.md) ---------------------------------------------------------
# `make installer`: the PyInstaller one-folder build in dist/loyalty-desktop/ and, on Debian or
# Ubuntu, dist/loyalty-desktop_<version>_<arch>.deb (PyInstaller 0.5–1.5 min + xz 1.5–3 min on 2 cores).
# `make installer-test` (root, Debian/Ubuntu): builds it, installs it with dpkg -i, runs the
# installed command and window under Xvfb, measures size and cold start, removes it with
# dpkg -r and checks nothing is left. Too slow for every `make test`, which runs the fast
# structural test tests/e2e/test_installer_structure.py instead.
INSTALLER_STAMP := $(VENV)/.installer-stamp

.PHONY: installer installer-test

$(INSTALLER_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[installer]'
	@touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP)
	$(PY) installer/build.py

installer-test: system-deps installer
	LOYALTY_INSTALLER_TEST=1 LOYALTY_DEB="$$(ls -t dist/loyalty-desktop_*.deb | head -1)" \
	  $(PY) -m pytest -p no:cacheprovider -s -rs tests/e2e/test_installer_deb.py

# --- Translations (loyalty_desktop/resources/translations/update.py) ---------------------------
# Extracts every message with pyside6-lupdate, fills sv/da/nl/ru from the tables in
# loyalty_desktop/resources/translations/source/ and compiles the .qm files with pyside6-lrelease.
.PHONY: translations
translations: $(STAMP)
	$(PY) -m loyalty_desktop.resources.translations.update
