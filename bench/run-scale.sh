#!/bin/sh
# Seeds the benchmark databases (default ecei_bench and ecei_bench_engine on 127.0.0.1:3306, root, no password; both
# are cleaned first!) for 250, 2,500 and 25,000 clusters, starts the application on each and prints p50/p99 of every
# main page and API (one client and ten), statements per request, the dashboard's queries, the Bronze steps beside a
# bare engine, and the link rendering ratio. Extra arguments are JVM options, e.g. -Dbench.scales=250,2500
# -Dbench.runs=10; MAVEN_ARGS=-o builds offline. See bench/lib.sh.
set -e
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_java dk.ecei.bench.ScaleBenchmark -Xmx2g "$@"
