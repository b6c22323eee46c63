#!/usr/bin/env bash
# The benchmarking report's page and PDF for a cluster among 2,500 (issue 13), the documents' caches off and on.
# Seeds its database (default ecei_bench on 127.0.0.1:3306, root, no password; it is cleaned first!). Extra
# arguments are JVM options, e.g. -Dbench.url=jdbc:mariadb://127.0.0.1:3306/ecei_bench_x?createDatabaseIfNotExist=true
# -Dbench.runs=20 -Dbench.clusters=250 (JAVA_OPTS, default -Xmx1g); MAVEN_ARGS=-o builds offline (see bench/lib.sh).
# With PROFILE=pdf it runs dk.ecei.document.PdfRenderProfile instead (the PDF renderer alone, no database).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
main=dk.ecei.bench.DocumentBenchmark
[ "${PROFILE:-}" = pdf ] && main=dk.ecei.document.PdfRenderProfile
bench_java "$main" -Xmx1g "$@"
