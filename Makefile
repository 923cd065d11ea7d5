# SPDX-License-Identifier: Apache-2.0
# Copyright (C) 2026 The snapiface Authors

GO ?= go
PKGS := ./...
# The tools that the tests run for real, and the Debian packages that
# bring them.
DEB_PACKAGES := apparmor libseccomp-dev pkg-config
# Headless Chromium, for the test of the reference site (snapiface docs),
# and the fonts its screenshot shows text with.
CHROMIUM := /usr/bin/chromium
CHROMIUM_PACKAGES := chromium fonts-dejavu-core

.PHONY: help deps fmt vet test check golden bench fuzz ci-fuzz demo

help: ## show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-8s %s\n", $$1, $$2}'

deps: ## install apparmor_parser, libseccomp and chromium (Debian, as root) when missing, and build apparmor_parser 4
	@if ! command -v apparmor_parser >/dev/null 2>&1 && ! test -x /sbin/apparmor_parser || \
	   ! pkg-config --exists libseccomp 2>/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(DEB_PACKAGES); \
		else \
			echo "deps: install $(DEB_PACKAGES) (Debian) to run every test" >&2; \
		fi; \
	fi
	@# Chromium, for the test that opens the reference site of
	@# `snapiface docs` headless (cmd/snapiface/docs_chromium_test.go).
	@if ! test -x $(CHROMIUM); then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(CHROMIUM_PACKAGES); \
		else \
			echo "deps: install $(CHROMIUM_PACKAGES) (Debian) to run the test of the reference site" >&2; \
		fi; \
	fi
	@# apparmor_parser 4.1, for the tests of ABI 4.0 profiles: built once
	@# from Debian's source package into the user's cache (.ci/apparmor4).
	@.ci/apparmor4

fmt: ## check formatting (gofmt)
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet: ## go vet
	$(GO) vet $(PKGS)

test: deps ## run every test (installs the tools first when root on Debian)
	PATH="$$PATH:/sbin:/usr/sbin" $(GO) test -race -count=1 -timeout 30m $(PKGS)

check: fmt vet test ## fmt, vet and tests: run before each commit

# Packages whose tests keep golden files define an -update flag.
GOLDEN_PKGS = $(sort $(patsubst ./%/,./%,$(dir $(shell grep -rl --include='*_test.go' 'flag.Bool."update"' .))))

golden: ## regenerate golden files (then review the diff)
	$(GO) test -count=1 $(GOLDEN_PKGS) -update

BENCHCOUNT ?= 8
BENCHOUT ?= out/bench.txt
BENCH ?= .
BENCHSTAT := $(GO) run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da
# The metrics that say whether issue 15's targets are met: x-ref and
# cpu-x-ref are the reference's time over ours (at least 10), x-yaml and
# cpu-x-yaml ours over yaml.v2's on the same text in the same run (at
# most 1.5); cpu- ones from the process's CPU time, which a loaded
# machine stretches less than the wall clock.
BENCHTARGETS := .unit:(x-ref OR cpu-x-ref OR x-yaml OR cpu-x-yaml)

bench: deps ## run the benchmarks of BENCHMARKS.md (BENCH, all) BENCHCOUNT (8) times into BENCHOUT, their medians, and the targets of issue 15
	@mkdir -p $(dir $(BENCHOUT))
	@echo "bench: load $$(cut -d' ' -f1-3 /proc/loadavg) on $$(nproc) cores" >&2
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchmem -count $(BENCHCOUNT) ./benchmarks > $(BENCHOUT); status=$$?; cat $(BENCHOUT); exit $$status
	@echo "bench: load $$(cut -d' ' -f1-3 /proc/loadavg) on $$(nproc) cores" >&2
	@$(BENCHSTAT) $(BENCHOUT) 2>/dev/null || echo "bench: for medians, $(BENCHSTAT) $(BENCHOUT)"
	@echo; echo "bench: targets of issue 15: x-ref and cpu-x-ref at least 10 (reference / ours, per unit); x-yaml and cpu-x-yaml at most 1.5 (ours / yaml.v2, same text, same run)"
	@$(BENCHSTAT) -filter '$(BENCHTARGETS)' $(BENCHOUT) 2>/dev/null || true

# The fuzz targets, one PACKAGE:TARGET a line: a new target is a new
# line. Each package keeps its seed corpus in testdata/fuzz/TARGET, which
# plain `go test` runs too; crashers found are added there.
FUZZ_TARGETS := \
	./snap:FuzzInfoFromSnapYaml \
	./internal/yamlpos:FuzzLine \
	./interfaces/policy:FuzzParseDeclaration \
	./interfaces/seccomp:FuzzParse \
	./interfaces/apparmor/aare:FuzzGlob \
	./interfaces/builtin:FuzzPathAttrs \
	./interfaces/builtin:FuzzDBusNames \
	./interfaces/builtin:FuzzDeviceAttrs \
	./interfaces/auditlog:FuzzParse \

FUZZTIME ?= 30s
# CI_FUZZTIME is how long .ci/run fuzzes each target, after the tests.
CI_FUZZTIME ?= 20s
# FUZZ_GATE=0 reports what fuzzing finds without failing: .ci/run's
# exploration finds inputs no change caused (the scanner of snap.yaml
# text met a new corner of YAML in 3 s of one run and 20 minutes of
# another), so it prints them for a seed corpus and does not gate.
# What gates is every seed corpus, which `make test` runs.
FUZZ_GATE ?= 1

fuzz: ## fuzz each of FUZZ_TARGETS for FUZZTIME (30s); fail on a finding unless FUZZ_GATE=0
	@found=; for t in $(FUZZ_TARGETS); do \
		pkg="$${t%%:*}"; target="$${t#*:}"; \
		echo "fuzz: $$t for $(FUZZTIME)"; \
		before=$$(ls "$$pkg/testdata/fuzz/$$target" 2>/dev/null); \
		if ! $(GO) test "$$pkg" -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME); then \
			found="$$found $$t"; \
			for f in "$$pkg/testdata/fuzz/$$target"/*; do \
				case "$$before" in *"$${f##*/}"*) continue;; esac; \
				echo "fuzz: new input $$f (add it to the seed corpus with the fix):"; cat "$$f"; \
			done; \
		fi; \
	done; \
	if [ -n "$$found" ]; then \
		echo "fuzz: found failing inputs in:$$found" >&2; \
		if [ "$(FUZZ_GATE)" != 0 ]; then exit 1; fi; \
		echo "fuzz: FUZZ_GATE=0: reported, not failing" >&2; \
	fi

ci-fuzz: ## fuzz each target for CI_FUZZTIME (20s), as .ci/run does: findings reported, not failing
	$(MAKE) --no-print-directory fuzz FUZZTIME=$(CI_FUZZTIME) FUZZ_GATE=0

# The example VM manager: what policy auto-connects, plus the plugs that
# need a manual connection, each checked against policy first.
DEMO_ARGS := examples/vm-manager.yaml --declaration examples/vm-manager.declaration.yaml --auto \
	--plug vm-manager:multipass-support --plug vm-manager:kvm

# The daemon's side: the example set up by both backends in a root of
# its own, then its daemon's command run under its compiled filter.
DEMO_ROOT := out/demo/root
DEMO_EXEC := sh -c 'grep -E "^(NoNewPrivs|Seccomp|Seccomp_filters):" /proc/self/status; \
	unshare --user true 2>&1 || echo "unshare --user: denied by the filter, as the policy says"'

demo: deps ## render and check the confinement of the example snap (into out/demo), set it up and run it
	$(GO) run ./cmd/snapiface profile $(DEMO_ARGS) --check --out out/demo
	$(GO) run ./cmd/snapiface profile $(DEMO_ARGS) --json
	$(GO) run ./examples/daemon --root $(DEMO_ROOT) --plug vm-manager:multipass-support --plug vm-manager:kvm examples/vm-manager.yaml
	$(GO) run ./cmd/snapiface exec --tag snap.vm-manager.daemon --root $(DEMO_ROOT) -- $(DEMO_EXEC)
