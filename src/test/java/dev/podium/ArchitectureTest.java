package dev.podium;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
