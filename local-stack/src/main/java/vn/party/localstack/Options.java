package vn.party.localstack;

import java.util.List;

/** The launcher's command line. */
record Options(boolean help, boolean reset, boolean infraOnly) {

    static final String USAGE = """
            Usage: ./run.sh [--reset] [--no-build] [--infra-only] [--help]
                   java -jar local-stack/target/local-stack.jar [--reset] [--infra-only] [--help]

            Runs the whole system on this machine without Docker, each part as its own process:
              PostgreSQL 18 (embedded binaries)  localhost:5433   databases membership, inspection, events (user party/party)
              Keycloak 26.7.3 (realm "party")     localhost:8180   admin console admin/admin
              membership-service                  localhost:8081
              inspection-service                  localhost:8082
              events-service                      localhost:8083
              gateway                             localhost:8080   the only entry point clients need

            Options:
              --reset       delete the persisted data first (PostgreSQL data, Keycloak's database, logs);
                            the realm is re-imported from deploy/keycloak/realm.json and demo data re-seeded.
                            Keycloak imports the realm only when it does not exist yet: after editing
                            realm.json, run with --reset.
              --infra-only  start only PostgreSQL and Keycloak (e.g. to run one service with quarkus:dev)
              --no-build    (run.sh only) do not run the Maven build first
              --help        this text

            Data lives under .local/ in the repository (git-ignored): .local/postgres, Keycloak's database in
            .local/keycloak-26.7.3/data, logs in .local/logs/<name>.log, pid files in .local/run/.
            Ctrl-C stops everything in reverse order.
            """;

    static Options parse(List<String> args) {
        boolean help = false;
        boolean reset = false;
        boolean infraOnly = false;
        for (String arg : args) {
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--reset" -> reset = true;
                case "--infra-only" -> infraOnly = true;
                // run.sh consumes it; tolerated here so flags can be passed through unchanged
                case "--no-build" -> { }
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return new Options(help, reset, infraOnly);
    }
}
