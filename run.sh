#!/usr/bin/env bash
# Runs the whole system on this machine, without Docker: PostgreSQL (embedded binaries), Keycloak, the three
# services and the gateway. Needs only a JDK 17+ and access to Maven Central. Ctrl-C stops everything.
# The work is done by the launcher in local-stack/ (java -jar local-stack/target/local-stack.jar).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_HOME=".local/keycloak-${KEYCLOAK_VERSION}"
KEYCLOAK_ZIP=".local/dist/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
LAUNCHER=local-stack/target/local-stack.jar

usage() {
  cat <<EOF
Usage: ./run.sh [--reset] [--no-build] [--infra-only] [--demo-members N] [--help]

Builds the project, makes sure Keycloak ${KEYCLOAK_VERSION} is unpacked in ${KEYCLOAK_HOME}, then starts
PostgreSQL (5433), Keycloak (8180), membership-service (8081), inspection-service (8082),
events-service (8083) and the gateway (8080). Ctrl-C stops everything.

  --reset       wipe the local data first (.local/postgres, Keycloak's database, logs):
                the demo realm is re-imported from deploy/keycloak/demo/realm-demo.json,
                demo data re-seeded (the effect-signing keys in .local/keys are kept)
  --no-build    skip './mvnw -B -q install -DskipTests' (already built)
  --infra-only  start only PostgreSQL and Keycloak
  --demo-members N
                size of the generated demo register (default 5000 members in ~60 grassroots
                organizations; e.g. 200000 for benchmarks/member-search.sh). Generated only into an empty
                register (first run, or with --reset): ./run.sh --reset --demo-members 200000
  --help        this text

Everything lives under .local/ (git-ignored); logs in .local/logs/<name>.log.
EOF
}

build=true
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --no-build) build=false ;;
    --reset|--infra-only) args+=("$1") ;;
    --demo-members=*) args+=("$1") ;;
    --demo-members)
      if [ $# -lt 2 ]; then echo "--demo-members needs a number, e.g. --demo-members 200000" >&2; exit 2; fi
      args+=("$1" "$2"); shift ;;
    *) echo "Unknown option: $1" >&2; echo >&2; usage >&2; exit 2 ;;
  esac
  shift
done

# The same JDK as the Maven wrapper: JAVA_HOME if set, else java from the PATH.
if [ -n "${JAVA_HOME:-}" ] && [ -x "${JAVA_HOME}/bin/java" ]; then
  JAVA="${JAVA_HOME}/bin/java"
else
  JAVA="$(command -v java || true)"
fi
if [ -z "$JAVA" ]; then
  echo "No JDK found: install JDK 17 or newer (java on the PATH or JAVA_HOME)." >&2
  exit 1
fi
java_version="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${java_version%%.*}" -lt 17 ] 2>/dev/null; then
  echo "JDK ${java_version} found at ${JAVA}; JDK 17 or newer is needed." >&2
  exit 1
fi
# jar(1) unpacks the Keycloak zip (unzip is often missing on a fresh machine); it sits next to java in a JDK.
JAR_TOOL="$(dirname "$(readlink -f "$JAVA")")/jar"

if $build; then
  echo "Building everything (./mvnw -B -q install -DskipTests; skip with --no-build)..."
  ./mvnw -B -q install -DskipTests
elif [ ! -f "$LAUNCHER" ]; then
  echo "${LAUNCHER} is missing: run ./run.sh without --no-build first." >&2
  exit 1
fi

if [ ! -f "${KEYCLOAK_HOME}/bin/kc.sh" ]; then
  if [ ! -f "$KEYCLOAK_ZIP" ]; then
    echo "Downloading Keycloak ${KEYCLOAK_VERSION} from Maven Central (about 176 MB, only once)..."
    mkdir -p .local/dist
    # Run outside the reactor (.local has no pom.xml), so the goal runs once and needs no module built.
    (cd .local && ../mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip" -DoutputDirectory=dist)
  fi
  echo "Unpacking Keycloak into ${KEYCLOAK_HOME}..."
  unpack_dir=".local/.keycloak-unpack"
  rm -rf "$unpack_dir"
  mkdir -p "$unpack_dir"
  if [ -x "$JAR_TOOL" ]; then
    (cd "$unpack_dir" && "$JAR_TOOL" xf "../dist/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip")
  elif command -v unzip >/dev/null; then
    unzip -q "$KEYCLOAK_ZIP" -d "$unpack_dir"
  else
    echo "Neither ${JAR_TOOL} (part of a JDK) nor unzip is available to unpack ${KEYCLOAK_ZIP}." >&2
    exit 1
  fi
  mv "${unpack_dir}/keycloak-${KEYCLOAK_VERSION}" "$KEYCLOAK_HOME"
  rm -rf "$unpack_dir"
  chmod +x "${KEYCLOAK_HOME}"/bin/*.sh # jar xf does not keep the executable bit
fi

# exec: the launcher replaces this shell, so Ctrl-C reaches it directly and it stops everything in order.
exec "$JAVA" -jar "$LAUNCHER" ${args[@]+"${args[@]}"}
