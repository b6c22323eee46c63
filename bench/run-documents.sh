#!/bin/sh
# The benchmarking report's page and PDF for a cluster among 2,500 (issue 13), with a plain java -cp so that it runs
# without network (MAVEN_ARGS=-o) where exec:java cannot resolve its plugin. Default database ecei_bench on
# 127.0.0.1:3306, root, no password; it is cleaned first! Extra arguments are JVM options, e.g.
# -Dbench.url=jdbc:mariadb://127.0.0.1:3306/ecei_bench_x?createDatabaseIfNotExist=true -Dbench.runs=20
# (JAVA_OPTS, default -Xmx1g). With PROFILE=pdf it runs dk.ecei.document.PdfRenderProfile instead (no database).
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q ${MAVEN_ARGS:-} -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
main=dk.ecei.bench.DocumentBenchmark
[ "${PROFILE:-}" = pdf ] && main=dk.ecei.document.PdfRenderProfile
exec java ${JAVA_OPTS:--Xmx1g} "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$main"
