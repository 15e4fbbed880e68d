package org.diplograph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering README "Architecture" describes, enforced: packages import each other in no circle; the fact kernel
 * ({@code fact}) and the shared layers below it (GraphQL conventions, SQL plumbing, the date model) import no
 * feature; SQL stays out of the GraphQL and HTTP layers; features reach each other's nodes only downwards, or through
 * interfaces registered with the kernel.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {"org.diplograph.source..", "org.diplograph.country..",
            "org.diplograph.actor..", "org.diplograph.statement..", "org.diplograph.action..",
            "org.diplograph.figure..", "org.diplograph.relation..", "org.diplograph.timeline..", "org.diplograph.audit..",
            "org.diplograph.web.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.diplograph");

    @Test
    void packagesImportEachOtherInNoCircle() {
        slices().matching("org.diplograph.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theKernelAndTheLayersBelowItImportNoFeature() {
        noClasses().that().resideInAnyPackage("org.diplograph.fact..", "org.diplograph.graphql..",
                        "org.diplograph.sql..", "org.diplograph.date..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(MAIN);
    }

    @Test
    void theGraphQlAndHttpLayersHoldNoSql() {
        noClasses().that().resideInAnyPackage("org.diplograph.graphql..", "org.diplograph.web..", "org.diplograph.date..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..")
                .check(MAIN);
    }

    @Test
    void controllersReachTheDatabaseOnlyThroughRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..")
                .check(MAIN);
    }

    @Test
    void featuresBelowDoNotReachFeaturesAbove() {
        String[] order = {"source", "country", "actor", "statement", "action", "figure"};
        for (int i = 0; i < order.length; i++) {
            for (int j = i + 1; j < order.length; j++) {
                noClasses().that().resideInAPackage("org.diplograph." + order[i] + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.diplograph." + order[j] + "..")
                        .because("features are layered source < country < actor < statement < action < figure")
                        .check(MAIN);
            }
        }
    }
}
