package vn.party.localstack;

import java.util.List;

/**
 * The launcher's command line. {@code demoMembers} is the size of the generated demo register (null: the
 * service's default, 5,000).
 */
record Options(boolean help, boolean reset, boolean infraOnly, Integer demoMembers) {

    /** The largest register the service generates at start; bigger ones are loaded with DemoRegister's main. */
    static final int MAX_DEMO_MEMBERS = 1_000_000;

    Options(boolean help, boolean reset, boolean infraOnly) {
        this(help, reset, infraOnly, null);
    }

    static final String USAGE = """
            Usage: ./run.sh [--reset] [--no-build] [--infra-only] [--demo-members N] [--help]
                   java -jar local-stack/target/local-stack.jar [--reset] [--infra-only] [--demo-members N] [--help]

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
              --demo-members N
                            size of the generated demo register (default 5000: ~60 grassroots organizations;
                            200000 for a province-sized benchmark, loaded in about 30 s). Generated only into an
                            empty register, i.e. on the first run or with --reset: ./run.sh --reset --demo-members 200000
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
        Integer demoMembers = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--demo-members=")) {
                demoMembers = demoMembers(arg.substring("--demo-members=".length()));
                continue;
            }
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--reset" -> reset = true;
                case "--infra-only" -> infraOnly = true;
                case "--demo-members" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--demo-members needs a number, e.g. --demo-members 200000");
                    }
                    demoMembers = demoMembers(args.get(++i));
                }
                // run.sh consumes it; tolerated here so flags can be passed through unchanged
                case "--no-build" -> { }
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return new Options(help, reset, infraOnly, demoMembers);
    }

    private static int demoMembers(String value) {
        int members;
        try {
            members = Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--demo-members needs a number, not '" + value + "'");
        }
        if (members < 0 || members > MAX_DEMO_MEMBERS) {
            throw new IllegalArgumentException("--demo-members must be between 0 and " + MAX_DEMO_MEMBERS
                    + " (larger registers: see benchmarks/README.md)");
        }
        return members;
    }
}
