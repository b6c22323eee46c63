#!/bin/sh
# Two application nodes on one MariaDB, 50 clients for 60 s racing saves and claims: 5xx and lost acknowledged writes.
# Uses its own database (default ecei_bench_load on 127.0.0.1:3306, root, no password; it is cleaned first!).
# Extra arguments are JVM options: -Dbench.url=..., -Dbench.clients=50, -Dbench.claimers=10, -Dbench.seconds=60.
set -e
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_java dk.ecei.bench.TwoNodeLoadBenchmark -Xmx1g "$@"
