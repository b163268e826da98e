package dk.pulje.spring.time;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Time comes from each app's one {@link Clock} bean ({@link PuljeClock}): no other class reads the system clock, so
 * a test or a demo that moves the clock moves everything that asks the time. Reading the time from a given clock
 * ({@code Instant.now(clock)}) and measuring a duration ({@code System.nanoTime()}) are fine.
 */
public final class SystemClockRule {

    private static final Set<String> TIME_TYPES = Set.of(
            "java.time.Instant",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.ZonedDateTime",
            "java.time.OffsetDateTime",
            "java.time.OffsetTime",
            "java.time.Year",
            "java.time.YearMonth",
            "java.time.MonthDay");

    private static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK =
            new DescribedPredicate<>("read the system clock") {
                @Override
                public boolean test(JavaCall<?> call) {
                    String owner = call.getTarget().getOwner().getName();
                    String name = call.getTarget().getName();
                    List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                    if (owner.equals(Clock.class.getName())) {
                        return name.startsWith("system");
                    }
                    if (owner.equals(System.class.getName())) {
                        return name.equals("currentTimeMillis");
                    }
                    if (owner.equals("java.util.Date") && name.equals("<init>")) {
                        return parameters.isEmpty();
                    }
                    return TIME_TYPES.contains(owner)
                            && name.equals("now")
                            && (parameters.isEmpty() || !parameters.get(0).isEquivalentTo(Clock.class));
                }
            };

    private SystemClockRule() {}

    /** No class but the clock's own configuration, and those named (with the reason), reads the system clock. */
    public static ArchRule onlyTheClockBeanReadsTheSystemClock(String... alsoAllowed) {
        Set<String> allowed = Set.of(alsoAllowed);
        return noClasses()
                .that(new DescribedPredicate<JavaClass>("are not the clock bean's configuration") {
                    @Override
                    public boolean test(JavaClass javaClass) {
                        String name = javaClass.getName();
                        return !name.startsWith(PuljeClock.class.getName()) && !allowed.contains(name);
                    }
                })
                .should()
                .callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
                .because("time comes from the app's one Clock bean, which a demo or a test can move");
    }
}
