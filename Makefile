# Two commands: `make run` (the portal with demo content) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)

MAKEMESSAGES := $(BIN)/python manage.py makemessages --locale=id --no-obsolete --add-location=file \
	--ignore=.venv --ignore=var --ignore=node_modules --ignore=docs

.PHONY: run test setup system-packages lint messages bench screenshots clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

# axe-core, which the browser tests inject into pages (order-only: npm keeps the
# tarball's old file times, so only a missing file triggers the install).
node_modules/axe-core/axe.min.js:
	npm ci --no-audit --no-fund

# The Debian packages (WeasyPrint's libraries, gettext, Chromium, npm): a quick
# check when they are there, apt-get for the missing ones.
system-packages:
	bin/install-system-packages

setup: system-packages $(STAMP)
	$(BIN)/python manage.py compilemessages --ignore=.venv --verbosity=0

run: setup
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py seed_demo
	@echo
	@echo "  Portal:  http://127.0.0.1:8000/"
	@echo "  Admin:   http://127.0.0.1:8000/admin/"
	@echo "  E-mail:  var/mail/ (one file per message)"
	@echo "  Ctrl-C stops the web server and the queue worker."
	@echo
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start

# Refresh the Indonesian catalogue after changing source strings, then translate
# the new entries in locale/id/LC_MESSAGES/django.po.
messages: $(STAMP)
	$(MAKEMESSAGES)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=sinopen_site.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=sinopen_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	@# The catalogue must hold every source string: extract and compare.
	$(MAKEMESSAGES) --verbosity=0
	@git diff --quiet -I '^"POT-Creation-Date' -- locale 2>/dev/null \
		|| { echo "locale/ is out of date: run 'make messages' and translate"; \
		     git diff --stat -- locale; exit 1; }

test: lint | node_modules/axe-core/axe.min.js
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Refresh the README's gallery: the browser journey, saving into docs/.
screenshots: setup | node_modules/axe-core/axe.min.js
	SINOPEN_SCREENSHOT_DIR=$(CURDIR)/docs/screenshots $(BIN)/python -m pytest tests/browser

bench: setup
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var node_modules
