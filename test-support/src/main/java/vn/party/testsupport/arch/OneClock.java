package vn.party.testsupport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Issue 19 point 4 as an architecture rule: main code reads time only through the one clock,
 * {@code vn.party.common.time.PartyClock} (Vietnam's zone, pinned in tests). No other production class calls a
 * {@code now(...)} of java.time ({@code Instant}, {@code LocalDate}, {@code Year}, {@code YearMonth} …), a
 * {@code Clock.system*} factory or {@code System.currentTimeMillis}, and none but test-support pins the clock.
 */
public final class OneClock {

    /** The one class allowed to read the system clock. */
    public static final String CLOCK_CLASS = "vn.party.common.time.PartyClock";
    /** Test-only code (its jar is on the test class path only). */
    public static final String TEST_SUPPORT_PACKAGE = "vn.party.testsupport..";

    private OneClock() {
    }

    /** No call reading the system time outside {@link #CLOCK_CLASS}. */
    public static ArchRule rule() {
        return noClasses().that().resideOutsideOfPackage(TEST_SUPPORT_PACKAGE)
                .and().doNotHaveFullyQualifiedName(CLOCK_CLASS)
                .and(notNestedIn(CLOCK_CLASS))
                .should().callMethodWhere(readsTheSystemTime())
                .because("time is read through PartyClock, in Vietnam's zone and pinnable in tests (issue 19)");
    }

    /** Only test-support pins the clock. */
    public static ArchRule onlyTestsPin() {
        return noClasses().that().resideOutsideOfPackage(TEST_SUPPORT_PACKAGE)
                .and().doNotHaveFullyQualifiedName(CLOCK_CLASS)
                .and(notNestedIn(CLOCK_CLASS))
                .should().callMethodWhere(pinsTheClock())
                .allowEmptyShould(true)
                .because("production code must not shift time");
    }

    /** The production classes on the test class path: the service's own and the system's modules (vn.party). */
    public static JavaClasses productionClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.party");
    }

    static DescribedPredicate<JavaCall<?>> readsTheSystemTime() {
        return new DescribedPredicate<>("read the system time (java.time now(), Clock.system*, System.currentTimeMillis)") {
            @Override
            public boolean test(JavaCall<?> call) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                if (owner.startsWith("java.time.") && name.equals("now")) {
                    return true;
                }
                if (owner.equals("java.time.Clock") && name.startsWith("system")) {
                    return true;
                }
                return owner.equals("java.lang.System") && name.equals("currentTimeMillis");
            }
        };
    }

    static DescribedPredicate<JavaCall<?>> pinsTheClock() {
        return new DescribedPredicate<>("pin the clock (PartyClock.Pinning)") {
            @Override
            public boolean test(JavaCall<?> call) {
                return call.getTargetOwner().getName().equals(CLOCK_CLASS + "$Pinning");
            }
        };
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> notNestedIn(String outer) {
        return DescribedPredicate.describe("are not nested in " + outer,
                c -> !c.getName().startsWith(outer + "$"));
    }
}
