# Thin aliases for the scripts in scripts/; the scripts are the source of truth.
PORT ?= 8787

.PHONY: start stop restart test smoke

start:
	./scripts/start.sh --background

stop:
	./scripts/stop.sh

restart: stop start

test:
	./scripts/test.sh

smoke:
	./scripts/regression_smoke.sh http://127.0.0.1:$(PORT)
