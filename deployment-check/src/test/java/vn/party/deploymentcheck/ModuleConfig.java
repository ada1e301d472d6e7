package vn.party.deploymentcheck;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * A module's src/main/resources/application.properties (and application-&lt;profile&gt;.properties), read at test
 * time: the other modules are written independently, so nothing here is hard-coded.
 */
final class ModuleConfig {

    /** One property line. {@code profiles} is empty for an unprofiled key. */
    record Entry(List<String> profiles, String name, String value, String file) {

        boolean appliesInProd() {
            return profiles.isEmpty() || profiles.contains("prod");
        }
    }

    final String module;
    final Path resources;
    final Path mainFile;
    final List<Entry> entries = new ArrayList<>();

    private ModuleConfig(String module, Path resources, List<Path> libraryConfigs) {
        this.module = module;
        this.resources = resources;
        this.mainFile = resources.resolve("application.properties");
        if (Files.isRegularFile(mainFile)) {
            readInto(mainFile, null);
        }
        for (Path library : libraryConfigs) {
            if (Files.isRegularFile(library)) {
                readInto(library, null);
            }
        }
        if (Files.isDirectory(resources)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(resources, "application-*.properties")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    readInto(file, name.substring("application-".length(), name.length() - ".properties".length()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The module's application[-profile].properties, plus the META-INF/microprofile-config.properties of the
     * module and of the repository modules it depends on (a shared REST client module may declare its URL there).
     */
    static ModuleConfig of(Deployment deployment, String module) {
        List<Path> libraries = deployment.moduleClosure(module).stream()
                .map(m -> deployment.path(m).resolve("src/main/resources/META-INF/microprofile-config.properties"))
                .toList();
        return new ModuleConfig(module, deployment.path(module).resolve("src/main/resources"), libraries);
    }

    boolean exists() {
        return Files.isRegularFile(mainFile);
    }

    /**
     * The environment variable name SmallRye Config matches a property with: every character that is not a
     * letter or digit becomes {@code _}, then upper case ({@code quarkus.rest-client.membership.url} ->
     * {@code QUARKUS_REST_CLIENT_MEMBERSHIP_URL}).
     */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** A declared property (any profile) that the environment variable sets, if there is one. */
    Optional<Entry> declaredFor(String envVariable) {
        for (Entry entry : entries) {
            // quoted map keys (quarkus.rest-client."membership".url) are matched with and without the quotes
            if (envName(entry.name()).equals(envVariable) || envName(entry.name().replace("\"", "")).equals(envVariable)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    List<Entry> named(String property) {
        return entries.stream().filter(e -> e.name().equals(property)).toList();
    }

    private String describe(Path file) {
        Path moduleDir = resources.getParent().getParent().getParent();
        Path root = moduleDir.getParent();
        return root.relativize(file).toString();
    }

    private void readInto(Path file, String fileProfile) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            List<String> profiles = new ArrayList<>();
            String name = key;
            if (key.startsWith("%")) {
                int dot = key.indexOf('.');
                if (dot < 0) {
                    continue;
                }
                profiles.addAll(Arrays.asList(key.substring(1, dot).split(",")));
                name = key.substring(dot + 1);
            }
            if (fileProfile != null) {
                profiles.add(fileProfile);
            }
            entries.add(new Entry(List.copyOf(profiles), name, properties.getProperty(key), describe(file)));
        }
    }
}
