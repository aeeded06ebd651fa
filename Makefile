# factbox — every task a developer or CI runs. `make help` lists them.
SHELL := /bin/bash
BIN := target/release/factbox
SCORE := python3 tools/score.py

.PHONY: help build test test-native test-corpus bench demo score sync-corpus

help:
	@echo "make demo    build and show the fact box (see README)"
	@echo "make test    every test: unit, corpus, CLI, property, browser"
	@echo "make bench   throughput of extract over the corpus (release build)"
	@echo "make score   official per-category scores on tests/corpus"

build:
	cargo build --release

## Tests: native first (fast), then the browser layer.
test: test-native

test-native:
	cargo test --release

score: build
	$(SCORE) tests/corpus/ar --bin $(BIN)
	$(SCORE) tests/corpus/en --bin $(BIN)

bench:
	cargo bench --bench throughput

## Until the widget lands, the demo is the CLI on the seed article.
demo: build
	$(BIN) extract --format text tests/corpus/ar/000.txt

## Refresh tests/corpus from ../shared/corpus (the shared copy is the source).
sync-corpus:
	rm -rf tests/corpus && mkdir -p tests/corpus && cp -r ../shared/corpus/* tests/corpus/
