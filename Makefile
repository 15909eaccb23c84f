# Two commands do all set-up on a fresh Debian machine (as root, or with sudo):
#   make demo   capture every specimen app and leave a page to open (out/demo/index.html)
#   make test   run the test suite against real Chromium and chromedriver
# Each installs what it needs, once: Debian packages, then the virtual environment in .venv/.

SHELL    := /bin/bash
PYTHON   ?= python3
VENV     := .venv
STAMP    := $(VENV)/.installed
APT_PKGS := chromium chromium-driver fonts-noto-cjk
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test system venv clean

demo: system venv
	$(VENV)/bin/cancelcheck demo --out out/demo

test: system venv
	$(VENV)/bin/pytest $(PYTEST_ARGS)

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

clean:
	rm -rf $(VENV) out .pytest_cache
