package vn.party.testsupport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Issue 12's acceptance as an architecture rule: outside membership-service no class asks membership for the
 * organization tree on a request path. Concretely, no REST client ({@code @RegisterRestClient}) declares a request
 * path into the tree: no path under {@code /organizations} (the list, one organization's record, its ancestry,
 * subtree or children) except {@code /organizations/{id}/committee} (an organization's committee posts, which are not
 * the tree), and no ancestry, ancestors, subtree, children or organization-feed path anywhere; the one exception is
 * the organization replica's own feed client (package {@code vn.party.replica}), which its scheduled consumer calls
 * off any request path. Scope checks, subtree questions and an organization's name or type read the local replica.
 */
public final class NoOrganizationTreeCalls {

    /** Where the one allowed caller of the organization feed lives. */
    public static final String REPLICA_PACKAGE = "vn.party.replica..";

    private static final List<String> TREE_FRAGMENTS = List.of("ancestry", "ancestors", "subtree", "children",
            "organization-feed");
    /** Any path into membership's organizations: the list, a record, anything below one. */
    private static final Pattern ORGANIZATIONS = Pattern.compile(".*/organizations(/.*)?$");
    /** The one path under {@code /organizations} that is not the tree: an organization's committee posts. */
    private static final Pattern COMMITTEE = Pattern.compile(".*/organizations/[^/]+/committee/?$");

    private NoOrganizationTreeCalls() {
    }

    public static ArchRule rule() {
        return classes().that().areAnnotatedWith(RegisterRestClient.class)
                .and().resideOutsideOfPackage(REPLICA_PACKAGE)
                .should(notDeclareATreePath())
                .allowEmptyShould(true)
                .because("scope checks and subtree queries read the local organization replica; no request path"
                        + " calls membership for the tree (issue 12)");
    }

    /** The production classes on the test class path: the service's own and the system's modules (vn.party). */
    public static JavaClasses productionClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.party");
    }

    /** Whether a request path (class path + method path) reads membership's organization tree. */
    public static boolean isTreePath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (TREE_FRAGMENTS.stream().anyMatch(lower::contains)) {
            return true;
        }
        return ORGANIZATIONS.matcher(lower).matches() && !COMMITTEE.matcher(lower).matches();
    }

    private static ArchCondition<JavaClass> notDeclareATreePath() {
        return new ArchCondition<>("not declare a request path into membership's organization tree") {
            @Override
            public void check(JavaClass client, ConditionEvents events) {
                String base = path(client.tryGetAnnotationOfType(Path.class));
                List<String> paths = new ArrayList<>();
                boolean methods = false;
                for (JavaMethod method : client.getMethods()) {
                    if (method.isAnnotatedWith(Path.class) || isHttpMethod(method)) {
                        methods = true;
                        paths.add(join(base, path(method.tryGetAnnotationOfType(Path.class))));
                    }
                }
                if (!methods) {
                    paths.add(base);
                }
                for (String path : paths) {
                    if (isTreePath(path)) {
                        events.add(SimpleConditionEvent.violated(client, client.getName() + " calls " + path
                                + ": the organization tree is read from the local replica, not from membership"));
                    }
                }
            }
        };
    }

    private static boolean isHttpMethod(JavaMethod method) {
        return method.getAnnotations().stream().anyMatch(a -> a.getRawType().isAnnotatedWith(jakarta.ws.rs.HttpMethod.class));
    }

    private static String path(Optional<Path> annotation) {
        return annotation.map(Path::value).orElse("");
    }

    private static String join(String base, String path) {
        if (path.isEmpty()) {
            return base;
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + (path.startsWith("/") ? path : "/" + path);
    }
}
