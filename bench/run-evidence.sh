#!/bin/sh
# Heap and RSS while evidence streams: one 200 MB upload, 10 concurrent 50 MB uploads and downloads. Uses its own
# database (default ecei_bench_evidence on 127.0.0.1:3306, root, no password; it is cleaned first!) and a temporary
# evidence directory. Extra arguments are passed to Maven, e.g. -Dbench.url=...
set -e
export MAVEN_OPTS
cd "$(dirname "$0")/.."
MAVEN_OPTS="${MAVEN_OPTS:--Xmx768m}" exec ./mvnw -B -q test-compile exec:java -Dexec.mainClass=dk.ecei.bench.EvidenceBenchmark -Dexec.classpathScope=test \
  -Dexec.cleanupDaemonThreads=false "$@"
