#!/bin/sh
# The benchmarking report page and PDF, with the documents' caches off and on. Seeds its database (default ecei_bench
# on 127.0.0.1:3306, root, no password; it is cleaned first!). Extra arguments are JVM options, e.g. -Dbench.url=...
# -Dbench.clusters=250; MAVEN_ARGS=-o builds offline. See bench/lib.sh.
set -e
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_java dk.ecei.bench.DocumentBenchmark -Xmx1g "$@"
