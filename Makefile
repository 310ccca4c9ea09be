# Thin wrapper over CMake. `make run` and `make test` work on a fresh
# Debian 12 machine as root: they install what is missing first.

BUILD ?= build
JOBS ?= 2
EDDY := $(BUILD)/eddy

.PHONY: all deps build run test test-js test-golden test-cctest test-compat \
        asan compat provenance bench format clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/Makefile
	@cmake --build $(BUILD) -j$(JOBS)

run: build
	$(EDDY) examples/welcome.js

test: build
	@tools/test.sh $(EDDY)

asan: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEDDY_SANITIZE=ON
	cmake --build build-asan -j$(JOBS)
	# LeakSanitizer cannot run once a test drops its credentials.
	ASAN_OPTIONS=detect_leaks=1 EDDY_TIMEOUT_SCALE=4 tools/test.sh build-asan/eddy --js-only \
	  --exclude 'euid-egid|setuid|uid-gid|setgroups|initgroups'
	ASAN_OPTIONS=detect_leaks=0 EDDY_TIMEOUT_SCALE=8 EDDY_FLAGS=--gc-stress tools/test.sh build-asan/eddy --js-only

compat: build
	@tools/compat.sh $(EDDY) --all

# How much of lib/ repeats Node's own lib/ (fails past 5% in all or 15% in
# a file); Node 22's lib/ comes with its tests (tools/fetch-node-suite.sh).
provenance:
	@tools/fetch-node-suite.sh $(BUILD)/node-tests-22 >/dev/null
	@tools/provenance.py $(BUILD)/node-tests-22/lib

bench: build
	@bench/run.sh $(EDDY)

format:
	clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'test/cctest/*.cc' 'tools/*.cc')

clean:
	rm -rf $(BUILD) build-asan
