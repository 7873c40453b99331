package dev.podium;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;

class ArchitectureTest {

    private static final JavaClasses PODIUM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.podium");

    @Test
    void views_never_touch_repositories_the_entity_manager_or_flowable() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(PODIUM);
    }

    /**
     * "Now" comes from the injected {@code Clock}, so tests can pin and move it and nothing depends on the day the
     * code runs. Left out on purpose: the embedded database's start-up and shutdown timing (wall time of a process,
     * not business time), the cron of the renewal schedule (it fires in wall time, the check itself reads the clock)
     * and the {@code analyse-activity} command, which runs without the application and defaults to today.
     */
    private static final DescribedPredicate<JavaCall<?>> READING_THE_SYSTEM_TIME = DescribedPredicate.describe(
            "java.time's now() without a Clock", call -> call.getTarget().getName().equals("now")
                    && call.getTargetOwner().getPackageName().equals("java.time")
                    && call.getTarget().getRawParameterTypes().stream()
                            .noneMatch(type -> type.isEquivalentTo(java.time.Clock.class)));

    @Test
    void business_code_reads_now_from_the_injected_clock() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.podium.shared.EmbeddedMariaDb")
                .and().doNotHaveFullyQualifiedName("dev.podium.certificate.RenewalSchedule")
                .and().doNotHaveFullyQualifiedName("dev.podium.activity.ActivityArchiveAnalyser")
                .should().callMethodWhere(READING_THE_SYSTEM_TIME)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("a test must be able to pin the date (issue: the suite failed on Thursdays and Fridays)")
                .check(PODIUM);
    }

    /**
     * Tests date what they create by the application's clock too, or a test passes on one day and fails on another.
     * Left out: benchmarks (they time themselves), and three tests whose "now" only fills a value that is never
     * compared with the application's time (a file's modification time, an account's password date in a unit test,
     * sample values of a serialisation round trip).
     */
    @Test
    void tests_date_their_data_by_the_applications_clock() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("dev.podium");
        noClasses().that().resideOutsideOfPackage("dev.podium.benchmark..")
                .and().doNotHaveFullyQualifiedName("dev.podium.course.CourseLibraryTest")
                .and().doNotHaveFullyQualifiedName("dev.podium.security.DemoPasswordGuardTest")
                .and().doNotHaveFullyQualifiedName("dev.podium.shared.EventSerializationIntegrationTest")
                .should().callMethodWhere(READING_THE_SYSTEM_TIME)
                .because("the tests' clock starts on a fixed day; data dated by the machine drifts away from it")
                .check(tests);
    }

    @Test
    void only_process_packages_use_flowable() {
        noClasses().that().resideOutsideOfPackage("..process..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(PODIUM);
    }

    @Test
    void entities_and_repositories_stay_inside_their_module() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(PODIUM);
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(PODIUM);
    }

    @Test
    void every_public_service_method_says_who_may_call_it() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .and().arePublic()
                .and().doNotHaveModifier(JavaModifier.STATIC)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PreAuthorize.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(PODIUM);
    }

    @Test
    void data_crossing_module_borders_is_not_called_dto() {
        noClasses().should().haveSimpleNameEndingWith("DTO").orShould().haveSimpleNameEndingWith("Dto")
                .check(PODIUM);
    }
}
