# factbox — every task a developer or CI runs. `make help` lists them.
SHELL := /bin/bash
BIN := target/release/factbox
SCORE := python3 tools/score.py

.PHONY: wasm-toolchain fuzz help build lint wasm-server package test-package test-render test test-native test-corpus bench demo score sync-corpus wasm size test-browser test-engines bench-browser

help:
	@echo "make demo    build and show the fact box (see README)"
	@echo "make test    every test: lint, unit, corpus, CLI, property, browser"
	@echo "make test-engines  the end-to-end checks in Firefox and WebKit (part of make test)"
	@echo "make lint    clippy (native and wasm, -D warnings) and rustfmt"
	@echo "make bench   throughput of extract and of the CLI (one core, all), the box on a phone profile"
	@echo "make score   official per-category scores on tests/corpus"
	@echo "make wasm    build the browser module into www/pkg (wasm-bindgen --target web)"
	@echo "make wasm-server  the server's wasm for Node (render), into target/server/pkg"
	@echo "make package the npm tarball and the versioned CDN files, in dist/"
	@echo "make size    gzipped bytes of the wasm and its JS"

build:
	cargo build --release

## Tests: lint and native first (fast), then the browser layer.
test: lint test-native test-browser test-package test-render

## Clippy denies every warning (allowed lints, with reasons, in Cargo.toml),
## on the native targets and on the wasm libraries (browser and server); rustfmt per rustfmt.toml,
## except the files tools/fmt-pending lists (see tools/fmt-check.sh).
lint:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) --features server --target-dir target/server -- -D warnings
	tools/fmt-check.sh

test-native:
	cargo test --release

## Per-category scores, then each language in two halves: rules are written
## from the even-numbered articles' errors; the odd ones (and, among them, the
## articles added in the second corpus round: ar 021+, en 033+) are watched.
score: build
	$(SCORE) tests/corpus/ar --bin $(BIN)
	$(SCORE) tests/corpus/en --bin $(BIN)
	python3 tools/halves.py tests/corpus/ar --bin $(BIN)
	python3 tools/halves.py tests/corpus/en --bin $(BIN)
	python3 tools/halves.py tests/corpus/ar --bin $(BIN) --from 21
	python3 tools/halves.py tests/corpus/en --bin $(BIN) --from 33

bench: bench-browser
	cargo bench --bench throughput
	cargo bench --bench pathological
	cargo bench --bench cli

## The browser build: the crate for wasm32 with the size-tuned `wasm`
## profile, then wasm-bindgen's ES module glue into www/pkg.
## It is built by a pinned nightly that compiles std with the crate
## (`build-std`), so a panic is a bare trap: no panic messages, no
## `core::fmt`, no source locations (9.5 KB gzipped; the box never panics by
## design, and the element reports a trap as any failed call).
## `make wasm-toolchain` installs that nightly (CI runs it);
## `make wasm WASM_DEBUG=1` builds on stable with readable panics instead.
WASM_TARGET := wasm32-unknown-unknown
WASM_TOOLCHAIN := nightly-2026-05-20
ifdef WASM_DEBUG
WASM_CARGO := cargo build --features debug-panic
WASM_DIR := target
else
WASM_CARGO := RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
  cargo +$(WASM_TOOLCHAIN) build -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size --target-dir target/std
WASM_DIR := target/std
endif
WASM_FILE := $(WASM_DIR)/$(WASM_TARGET)/wasm/factbox.wasm
WASM_BINDGEN ?= wasm-bindgen
CHROMEDRIVER ?= $(shell command -v chromedriver)

## The names the wasm and the glue share are shortened in both
## (tools/names.mjs). The JavaScript ships minified (tools/minify.mjs): the
## glue, its DOM snippet and the JS API's api.js in place; the element,
## www/fact-box.js, is its source src/web/fact-box.js with the glue and the
## snippet inside, one file (tools/bundle.mjs).
## The wasm carries no language tables: each language's, the file build.rs
## writes (src/lang/load.rs), goes beside it as pkg/factbox-<code>.bin, which
## the element fetches for its article's language only (tools/out_dir.py
## finds build.rs's output folder in cargo's messages).
wasm: node_modules/.package-lock.json
	mkdir -p $(WASM_DIR)
	$(WASM_CARGO) --lib --profile wasm --target $(WASM_TARGET) --message-format=json-render-diagnostics > $(WASM_DIR)/wasm-build.jsonl
	$(WASM_BINDGEN) --target web --remove-name-section --remove-producers-section --out-dir www/pkg $(WASM_FILE)
	out=$$(python3 tools/out_dir.py < $(WASM_DIR)/wasm-build.jsonl) && for f in "$$out"/lang/*.bin; do \
	  cp "$$f" www/pkg/factbox-$$(basename "$$f"); done
	node tools/names.mjs www/pkg/factbox_bg.wasm www/pkg/factbox.js www/pkg/factbox.d.ts www/pkg/factbox_bg.wasm.d.ts
	node tools/minify.mjs www/pkg/factbox.js www/pkg/factbox.js src/web/api.js www/pkg/api.js \
	  $$(for f in www/pkg/snippets/*/src/web/dom.js; do echo "$$f $$f"; done)
	node tools/bundle.mjs
	cp src/web/api.d.ts www/pkg/api.d.ts

wasm-toolchain:
	rustup toolchain install $(WASM_TOOLCHAIN) --profile minimal --component rust-src

## The server's wasm, for Node (`render`, `factbox/server`): the crate with
## the `server` feature (the html writer, no DOM layer) in its own target
## dir, so the browser's build stays as it is; ES module glue for Node.
SERVER_WASM := target/server/$(WASM_TARGET)/wasm/factbox.wasm
wasm-server:
	cargo build --lib --profile wasm --target $(WASM_TARGET) --features server --target-dir target/server
	$(WASM_BINDGEN) --target experimental-nodejs-module --remove-name-section --remove-producers-section --out-dir target/server/pkg $(SERVER_WASM)

## What a site installs (tools/package.mjs): dist/<name>-<version>.tgz (npm
## pack: element, prebuilt wasm and glue, types, README, LICENSE) and
## dist/cdn/<version>/ (the same files, integrity.json, tag.html); the
## package's server/ is the server's wasm (not on the CDN: it runs in Node).
## CDN_BASE=https://cdn.example/factbox/0.1.0/ sets the URL tag.html uses.
package: wasm wasm-server
	node tools/package.mjs

## Installs the tarball into an empty folder and uses it as the README says
## (its server `render` is compared with the CLI's, hence `build`).
test-package: build package node_modules/.package-lock.json
	node tests/e2e/package.mjs

## Server-rendered boxes (`factbox render`) in Chromium, JavaScript off and on.
test-render: build wasm node_modules/.package-lock.json
	node tests/e2e/render.mjs

## Serves www/ on 127.0.0.1:8000 (python's http.server sends application/wasm).
demo: wasm
	@echo "factbox demo: http://127.0.0.1:8000/"
	python3 -m http.server --bind 127.0.0.1 8000 -d www

## What a page downloads, gzip -9 (issue 13's measure): a page with the
## element loads the wasm, www/fact-box.js (the glue and its snippet
## inside) and its article's language file; the total is a page with an
## Arabic article (the larger file). A page using the JS API instead loads
## the glue, its snippet, api.js and both files: printed apart.
size: wasm
	@gz() { gzip -9c "$$1" | wc -c; }; sum() { t=0; for f in "$$@"; do t=$$((t + $$(gz "$$f"))); done; echo $$t; }; \
	api="www/pkg/factbox.js $$(ls www/pkg/snippets/*/src/web/dom.js) www/pkg/api.js"; \
	for f in www/pkg/factbox_bg.wasm www/fact-box.js www/pkg/factbox-ar.bin www/pkg/factbox-en.bin $$api; do printf '%8d  %s\n' "$$(gz $$f)" "$$f"; done; \
	printf '%8d  a page with the JS API (both languages)\n' "$$(sum www/pkg/factbox_bg.wasm $$api www/pkg/factbox-ar.bin www/pkg/factbox-en.bin)"; \
	printf '%8d  a page with the element, English article\n' "$$(sum www/pkg/factbox_bg.wasm www/fact-box.js www/pkg/factbox-en.bin)"; \
	printf '%8d  total (gzip -9): a page with the element, Arabic article\n' "$$(sum www/pkg/factbox_bg.wasm www/fact-box.js www/pkg/factbox-ar.bin)"

## Browser tests: the DOM layer in headless Chromium (wasm-bindgen-test; a
## dev build, since tests unwind and the wasm profile aborts; the runner adds
## headless and no-sandbox, tests/webdriver.json the quiet-browser flags),
## then the demo end to end on the real build (Node + playwright-core, the
## system Chromium), then the box, highlight, keyboard and editor markup in
## Firefox and WebKit (tests/e2e/engines.mjs).
## The browser tests' npm packages (playwright-core, driving the system Chromium; vite and typescript, for the package's bundler and types tests).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

test-browser: wasm node_modules/.package-lock.json
	CHROMEDRIVER=$(CHROMEDRIVER) WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver.json \
	  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target $(WASM_TARGET) --test web
	node tests/e2e/e2e.mjs
	node tests/e2e/harden.mjs
	node tests/e2e/bidi.mjs
	node tests/e2e/newspage.mjs
	node tests/e2e/editor.mjs
	node tests/e2e/layout.mjs
	node tests/e2e/a11y.mjs
	node tests/e2e/engines.mjs

## The end-to-end checks in Firefox and WebKit (also the last step of
## test-browser): plain W3C WebDriver to the system firefox-esr (headless,
## through geckodriver) and WebKitGTK's MiniBrowser (WebKitWebDriver, under
## an Xvfb the test starts); FACTBOX_ENGINES=firefox or webkit runs one.
test-engines: wasm node_modules/.package-lock.json
	node tests/e2e/engines.mjs

## extract() on the seed article inside the page, timed with performance.now();
## then the demo on a phone profile (FACTBOX_BEFORE_JS=old/fact-box.js compares).
bench-browser: wasm node_modules/.package-lock.json
	node tests/e2e/bench.mjs

## Fuzz extract (both languages) with cargo-fuzz on the stable toolchain;
## `cargo install cargo-fuzz` first. FUZZ_SECONDS=1800 for a long run.
FUZZ_SECONDS ?= 300
fuzz:
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run extract -- -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10

## Refresh tests/corpus from ../shared/corpus (the shared copy is the source).
sync-corpus:
	rm -rf tests/corpus && mkdir -p tests/corpus && cp -r ../shared/corpus/* tests/corpus/
