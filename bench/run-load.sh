#!/bin/sh
# Two application nodes on one MariaDB, 50 clients for 60 s racing saves and claims: 5xx and lost acknowledged writes.
# Uses its own database (default ecei_bench_load on 127.0.0.1:3306, root, no password; it is cleaned first!). -Dbench.clients, -Dbench.seconds.
set -e
export MAVEN_OPTS
cd "$(dirname "$0")/.."
MAVEN_OPTS="${MAVEN_OPTS:--Xmx768m}" exec ./mvnw -B -q test-compile exec:java -Dexec.mainClass=dk.ecei.bench.TwoNodeLoadBenchmark -Dexec.classpathScope=test \
  -Dexec.cleanupDaemonThreads=false "$@"
