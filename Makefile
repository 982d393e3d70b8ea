# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

BUNDLE_VENV := build/bundle-venv
BUNDLE_PY := $(BUNDLE_VENV)/bin/python
LOCK := requirements/bundle.lock
VERSION = $(shell $(PYTHON) -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")

.PHONY: run test screenshots clean lock package icons translations

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(VENV)/bin/educonnect-desktop $(ARGS)

test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

screenshots: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

# The bundle's dependencies, pinned with every file's SHA-256 for Linux, Windows and macOS.
# Rerun after any change to [project] dependencies in pyproject.toml or to requirements/bundle.in.
lock: $(STAMP_RUN)
	$(PY) -m pip install --quiet 'uv>=0.5'
	$(VENV)/bin/uv pip compile pyproject.toml requirements/bundle.in --universal --python-version 3.11 \
		--generate-hashes --quiet -o $(LOCK)

# A separate venv, from the lock only (hashes checked); `package` installs the project into it
# as a plain (non-editable) package, built offline with the locked setuptools.
$(BUNDLE_VENV)/.installed: $(LOCK) pyproject.toml
	rm -rf $(BUNDLE_VENV)
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_PY) -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	touch $@

# The application's catalogues (docs/translations.md): lupdate collects every tr() of the UI,
# and the QT_TRANSLATE_NOOP texts of the lower layers (core.messages), into one .ts per language (keeping what is translated), lrelease compiles them to the .qm
# files the application loads. Both are committed, so a build needs no Qt tools.
TRANSLATIONS_DIR := educonnect_desktop/resources/translations
TRANSLATION_LANGUAGES := en ar
TRANSLATED_SOURCES := educonnect_desktop/ui educonnect_desktop/core educonnect_desktop/store educonnect_desktop/services educonnect_desktop/messaging educonnect_desktop/importers educonnect_desktop/sync educonnect_desktop/letters educonnect_desktop/secret_store.py
LUPDATE ?= $(VENV)/bin/pyside6-lupdate
LRELEASE ?= $(VENV)/bin/pyside6-lrelease
translations: $(STAMP_RUN)
	for lang in $(TRANSLATION_LANGUAGES); do \
		$(LUPDATE) -silent -locations relative -no-obsolete -source-language fr -target-language $$lang \
			$$(find $(TRANSLATED_SOURCES) -name '*.py' | sort) -ts $(TRANSLATIONS_DIR)/educonnect_$$lang.ts || exit 1; \
		$(LRELEASE) -silent -nounfinished $(TRANSLATIONS_DIR)/educonnect_$$lang.ts -qm $(TRANSLATIONS_DIR)/educonnect_$$lang.qm || exit 1; \
	done

icons: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/make_icons.py

# dist/educonnect-desktop/ (the one-folder bundle) and its tarball with a .sha256 beside it.
package: $(BUNDLE_VENV)/.installed
	$(BUNDLE_PY) -m pip install --quiet --no-deps --no-build-isolation --no-index --force-reinstall .
	$(BUNDLE_PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller build.spec
	$(BUNDLE_PY) scripts/package_tarball.py dist/educonnect-desktop $(VERSION)

clean:
	rm -rf $(VENV) build dist .pytest_cache
