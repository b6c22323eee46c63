#!/bin/sh
# Heap and RSS while evidence streams: one 200 MB upload, 10 concurrent 50 MB uploads and downloads. Uses its own
# database (default ecei_bench_evidence on 127.0.0.1:3306, root, no password; it is cleaned first!) and a temporary
# evidence directory. The application runs in its own JVM (JAVA_OPTS, default -Xmx768m), so RSS is the application's
# (and its in-process clients', which stream). Extra arguments are JVM options, e.g. -Dbench.url=...
set -e
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_java dk.ecei.bench.EvidenceBenchmark -Xmx768m "$@"
