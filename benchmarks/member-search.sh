#!/usr/bin/env bash
# Times the member register's list/search endpoint on a running local stack. Start the stack first, in another
# terminal, with a province-sized register:
#     ./run.sh --reset --demo-members 200000
# then:  benchmarks/member-search.sh [--base http://localhost:8081] [--requests 200] [--warmup 20]
# Defaults: membership-service directly (:8081), 200 timed requests per query kind, sequential, localhost only,
# stops by itself (at most --max-seconds 600). --base http://localhost:8080 measures through the gateway
# (paced under its 600 requests/minute limit). See benchmarks/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [ -n "${JAVA_HOME:-}" ] && [ -x "${JAVA_HOME}/bin/java" ]; then JAVA="${JAVA_HOME}/bin/java"; else JAVA=java; fi
exec "$JAVA" MemberSearchBenchmark.java "$@"
