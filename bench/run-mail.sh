#!/bin/sh
# The mail sender's cost per mail with Jakarta Mail's stream provider found by a ServiceLoader over the class path and
# with it named by its system property (as MailDelivery names it), A B A B in one run against an in-JVM SMTP server.
# Extra arguments are JVM options, e.g. -Dbench.mails=300 -Dbench.rounds=4. No database. See bench/lib.sh.
set -e
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_java dk.ecei.bench.MailSendBenchmark -Xmx512m "$@"
