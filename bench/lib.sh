# Sourced by bench/run-*.sh. Builds once (main and test classes, and the test class path written to
# target/bench-classpath.txt by dependency:build-classpath) and starts a harness with plain `java -cp`: no exec:java
# (whose plugin resolution needs the network and mixes the harness into Maven's JVM). MAVEN_ARGS holds extra Maven
# options, e.g. MAVEN_ARGS=-o for offline with a warm cache.
# bench_java MAIN_CLASS DEFAULT_JAVA_OPTS [JVM options...]: JAVA_OPTS replaces the defaults; the arguments are JVM
# options such as -Dbench.url=... (system properties, as the harnesses read them).
bench_java() {
  main=$1
  defaults=$2
  shift 2
  ./mvnw -B -q ${MAVEN_ARGS:-} -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
  exec java ${JAVA_OPTS:-$defaults} "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$main"
}
