#!/bin/sh
# Seeds the benchmark database (default ecei_bench on 127.0.0.1:3306, root, no password; it is cleaned first!) and
# prints the time of each dashboard query. Extra arguments are passed to Maven, e.g. -Dbench.url=... -Dbench.runs=31
set -e
cd "$(dirname "$0")/.."
exec ./mvnw -B -q test-compile exec:java -Dexec.mainClass=dk.ecei.bench.DashboardBenchmark -Dexec.classpathScope=test "$@"
