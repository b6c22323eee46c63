#!/bin/sh
# Seeds the benchmark database (default ecei_bench on 127.0.0.1:3306, root, no password; it is cleaned first!) and
# prints the time of each dashboard query. Extra arguments are JVM options, e.g. -Dbench.url=... -Dbench.runs=31
# -Dbench.clusters=250; MAVEN_ARGS=-o builds offline. See bench/lib.sh.
set -e
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_java dk.ecei.bench.DashboardBenchmark -Xmx1g "$@"
