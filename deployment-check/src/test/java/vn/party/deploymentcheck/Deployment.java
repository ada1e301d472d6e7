package vn.party.deploymentcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The repository as docker-compose.yml sees it: the parsed compose file plus the files it points at.
 * The root is the system property {@code deployment.root} (set by the module's pom to its parent directory),
 * or {@code ..} when the tests run from the module directory without Maven.
 */
final class Deployment {

    static final String COMPOSE_FILE = "docker-compose.yml";
    static final String ENV_EXAMPLE = "deploy/.env.example";

    /** The services the system consists of, and the module each application service is built from. */
    static final List<String> REQUIRED_SERVICES = List.of(
            "postgres", "keycloak", "membership-service", "inspection-service", "events-service", "gateway");
    static final Map<String, String> MODULE_OF_SERVICE = Map.of(
            "membership-service", "membership-service",
            "inspection-service", "inspection-service",
            "events-service", "events-service",
            "gateway", "gateway");

    private static Deployment instance;

    final Path root;
    final Path composeFile;
    final Map<String, Object> compose;
    final Map<String, String> documentedVariables;

    private Deployment(Path root) {
        this.root = root;
        this.composeFile = root.resolve(COMPOSE_FILE);
        if (!Files.isRegularFile(composeFile)) {
            throw new IllegalStateException("no " + COMPOSE_FILE + " at " + composeFile
                    + " (deployment.root=" + root + ")");
        }
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(composeFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(COMPOSE_FILE + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalStateException(COMPOSE_FILE + " must be a YAML mapping at the top level, found "
                    + (parsed == null ? "nothing" : parsed.getClass().getSimpleName()));
        }
        this.compose = cast(map);
        this.documentedVariables = readEnvExample(root.resolve(ENV_EXAMPLE));
    }

    static synchronized Deployment load() {
        if (instance == null) {
            String configured = System.getProperty("deployment.root");
            Path root = Path.of(configured == null || configured.isBlank() ? ".." : configured)
                    .toAbsolutePath().normalize();
            instance = new Deployment(root);
        }
        return instance;
    }

    // ---- services -------------------------------------------------------------------------------------------

    Map<String, Map<String, Object>> services() {
        Object services = compose.get("services");
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        if (services instanceof Map<?, ?> map) {
            map.forEach((name, definition) -> result.put(String.valueOf(name),
                    definition instanceof Map<?, ?> d ? cast(d) : new LinkedHashMap<>()));
        }
        return result;
    }

    Map<String, Object> service(String name) {
        return services().getOrDefault(name, Map.of());
    }

    boolean isBuilt(String service) {
        return service(service).containsKey("build");
    }

    /** Environment as written (before interpolation), from either the map or the list form. */
    Map<String, String> rawEnv(String service) {
        Object env = service(service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object entry : list) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return result;
    }

    /** Environment after interpolation with the compose defaults. */
    Map<String, String> env(String service) {
        Map<String, String> result = new LinkedHashMap<>();
        rawEnv(service).forEach((k, v) -> result.put(k, resolve(v)));
        return result;
    }

    String resolve(String raw) {
        return Interpolation.resolve(raw, documentedVariables);
    }

    /** The health check command as one string (CMD / CMD-SHELL prefix removed), empty if none. */
    String healthcheckCommand(String service) {
        Object hc = service(service).get("healthcheck");
        if (!(hc instanceof Map<?, ?> map)) {
            return "";
        }
        Object test = map.get("test");
        if (test instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(p -> parts.add(String.valueOf(p)));
            if (!parts.isEmpty() && (parts.get(0).equals("CMD") || parts.get(0).equals("CMD-SHELL"))) {
                parts.remove(0);
            }
            if (!parts.isEmpty() && parts.get(0).equals("NONE")) {
                return "";
            }
            return resolve(String.join(" ", parts));
        }
        return test == null ? "" : resolve(String.valueOf(test));
    }

    boolean healthcheckDisabled(String service) {
        Object hc = service(service).get("healthcheck");
        return hc instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("disable"));
    }

    /** depends_on as service -> condition (null when the short list form gives none). */
    Map<String, String> dependsOn(String service) {
        Object deps = service(service).get("depends_on");
        Map<String, String> result = new LinkedHashMap<>();
        if (deps instanceof List<?> list) {
            list.forEach(d -> result.put(String.valueOf(d), null));
        } else if (deps instanceof Map<?, ?> map) {
            map.forEach((name, spec) -> result.put(String.valueOf(name),
                    spec instanceof Map<?, ?> s && s.get("condition") != null ? String.valueOf(s.get("condition")) : null));
        }
        return result;
    }

    record Volume(String source, String target, boolean bind) {
    }

    List<Volume> volumes(String service) {
        Object volumes = service(service).get("volumes");
        List<Volume> result = new ArrayList<>();
        if (!(volumes instanceof List<?> list)) {
            return result;
        }
        for (Object v : list) {
            if (v instanceof Map<?, ?> m) {
                String source = m.get("source") == null ? null : resolve(String.valueOf(m.get("source")));
                result.add(new Volume(source, resolve(String.valueOf(m.get("target"))),
                        "bind".equals(String.valueOf(m.get("type")))));
            } else {
                String[] parts = resolve(String.valueOf(v)).split(":");
                if (parts.length == 1) {
                    result.add(new Volume(null, parts[0], false)); // anonymous volume
                } else {
                    String source = parts[0];
                    boolean bind = source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
                    result.add(new Volume(source, parts[1], bind));
                }
            }
        }
        return result;
    }

    record PortMapping(Integer published, int target) {
    }

    List<PortMapping> ports(String service) {
        Object ports = service(service).get("ports");
        List<PortMapping> result = new ArrayList<>();
        if (!(ports instanceof List<?> list)) {
            return result;
        }
        for (Object p : list) {
            if (p instanceof Map<?, ?> m) {
                Object published = m.get("published");
                result.add(new PortMapping(published == null ? null : Integer.valueOf(resolve(String.valueOf(published))),
                        Integer.parseInt(resolve(String.valueOf(m.get("target"))))));
            } else {
                String spec = resolve(String.valueOf(p)).replaceAll("/(tcp|udp)$", "");
                String[] parts = spec.split(":");
                int target = Integer.parseInt(parts[parts.length - 1]);
                Integer published = parts.length >= 2 ? Integer.valueOf(parts[parts.length - 2]) : null;
                result.add(new PortMapping(published, target));
            }
        }
        return result;
    }

    List<String> expose(String service) {
        Object expose = service(service).get("expose");
        List<String> result = new ArrayList<>();
        if (expose instanceof List<?> list) {
            list.forEach(e -> result.add(resolve(String.valueOf(e))));
        }
        return result;
    }

    String command(String service) {
        Object command = service(service).get("command");
        if (command instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(p -> parts.add(String.valueOf(p)));
            return String.join(" ", parts);
        }
        return command == null ? "" : String.valueOf(command);
    }

    String image(String service) {
        Object image = service(service).get("image");
        return image == null ? "" : resolve(String.valueOf(image));
    }

    record Build(Path context, Path dockerfile) {
    }

    Optional<Build> build(String service) {
        Object build = service(service).get("build");
        if (build == null) {
            return Optional.empty();
        }
        String context;
        String dockerfile = "Dockerfile";
        if (build instanceof Map<?, ?> m) {
            context = m.get("context") == null ? "." : resolve(String.valueOf(m.get("context")));
            if (m.get("dockerfile") != null) {
                dockerfile = resolve(String.valueOf(m.get("dockerfile")));
            }
        } else {
            context = resolve(String.valueOf(build));
        }
        Path contextDir = root.resolve(context).normalize();
        return Optional.of(new Build(contextDir, contextDir.resolve(dockerfile).normalize()));
    }

    // ---- URLs in environment values ---------------------------------------------------------------------------

    record Endpoint(String variable, String url, String host, Integer port, String path) {
    }

    private static final Pattern URL_START = Pattern.compile("^(jdbc:)?[a-z][a-z0-9+.-]*://");

    /** Every http(s)/jdbc URL in the service's resolved environment (comma separated lists are split). */
    List<Endpoint> endpoints(String service) {
        List<Endpoint> result = new ArrayList<>();
        env(service).forEach((variable, value) -> {
            for (String token : value.split(",")) {
                String url = token.trim();
                if (!URL_START.matcher(url).find()) {
                    continue;
                }
                try {
                    URI uri = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
                    result.add(new Endpoint(variable, url, uri.getHost(), uri.getPort() < 0 ? null : uri.getPort(),
                            uri.getPath() == null ? "" : uri.getPath()));
                } catch (IllegalArgumentException e) {
                    result.add(new Endpoint(variable, url, null, null, ""));
                }
            }
        });
        return result;
    }

    // ---- files ----------------------------------------------------------------------------------------------

    Path path(String relative) {
        return root.resolve(relative).normalize();
    }

    String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modules listed in the root pom.xml. */
    List<String> rootModules() {
        Path pom = path("pom.xml");
        List<String> modules = new ArrayList<>();
        if (Files.isRegularFile(pom)) {
            Matcher m = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>").matcher(read(pom));
            while (m.find()) {
                modules.add(m.group(1));
            }
        }
        return modules;
    }

    /**
     * The module and the repository modules it depends on, directly or not (by artifactId = directory name), in
     * breadth-first order.
     */
    List<String> moduleClosure(String module) {
        List<String> seen = new ArrayList<>();
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of(module));
        Pattern artifact = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");
        while (!queue.isEmpty()) {
            String current = queue.pop();
            Path pom = path(current).resolve("pom.xml");
            if (seen.contains(current) || !Files.isRegularFile(pom)) {
                continue;
            }
            seen.add(current);
            Matcher m = artifact.matcher(read(pom));
            while (m.find()) {
                String name = m.group(1);
                if (!name.equals(current) && !name.contains("/") && !name.contains("..")
                        && Files.isRegularFile(path(name).resolve("pom.xml"))) {
                    queue.add(name);
                }
            }
        }
        return seen;
    }

    private static Map<String, String> readEnvExample(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        for (String line : read(file).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            values.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
        }
        return values;
    }

    /** Every string value in the compose tree (keys excluded), for interpolation checks. */
    static void collectStrings(Object node, String where, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectStrings(v, where.isEmpty() ? String.valueOf(k) : where + "." + k, out));
        } else if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object v : list) {
                collectStrings(v, where + "[" + i++ + "]", out);
            }
        } else if (node instanceof String s) {
            out.put(where, s);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
