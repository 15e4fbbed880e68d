package org.diplograph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

/**
 * The layering docs/architecture.md describes, enforced: packages import each other in no circle; every package is
 * named here as a feature or a shared layer, so a new one is placed before it is used; the fact kernel ({@code fact})
 * and the shared layers below it (GraphQL conventions, SQL plumbing, the date model, the HTTP edge) import no feature;
 * SQL, whether jOOQ, JDBC or Spring's JDBC, stays out of the GraphQL and HTTP layers and the controllers; features
 * reach each other only downwards, or through interfaces registered with the kernel; a feature's sub-packages (the
 * event taxonomy, each data set's files) lie below it and its API ({@code action.api}) above it; likewise the GraphQL
 * endpoint ({@code web.endpoint}) above the HTTP edge, node ids and execution limits above the GraphQL conventions, and
 * how facts are written ({@code fact.write}) above what they are.
 */
@DatabaseIndependent
class ArchitectureTest {

    /** The features, lowest first: each may use those before it and none after it. */
    private static final List<String> FEATURE_ORDER = List.of("source", "country", "actor", "statement", "action",
            "relation", "figure", "timeline", "audit", "dataset", "draft");

    /** What every feature may use: the kernel and the layers below it (the HTTP edge uses them too, never a feature). */
    private static final List<String> SHARED_LAYERS = List.of("fact", "graphql", "sql", "date", "web");

    private static final String[] FEATURES = FEATURE_ORDER.stream().map(name -> "org.diplograph." + name + "..")
            .toArray(String[]::new);

    private static final String[] SQL = {"org.jooq..", "java.sql..", "javax.sql..", "org.springframework.jdbc.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.diplograph");

    @Test
    void packagesImportEachOtherInNoCircle() {
        slices().matching("org.diplograph.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyClassHasANameOfItsOwnSoThatANameFindsOneClass() {
        Map<String, List<String>> byName = MAIN.stream()
                .filter(type -> !type.isAnonymousClass() && !type.getSimpleName().isEmpty())
                .filter(type -> !type.getPackageName().startsWith("org.diplograph.sql.schema"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        byName.values().removeIf(classes -> classes.size() == 1);
        assertThat(byName).as("class names used more than once (nested classes included)").isEmpty();
    }

    @Test
    void everyPackageIsAFeatureOrASharedLayerNamedHere() {
        Set<String> named = new TreeSet<>(FEATURE_ORDER);
        named.addAll(SHARED_LAYERS);
        Set<String> found = MAIN.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("org.diplograph."))
                .map(name -> name.substring("org.diplograph.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).as("top-level packages; place a new one in FEATURE_ORDER or SHARED_LAYERS")
                .containsExactlyElementsOf(named);
    }

    @Test
    void theKernelAndTheLayersBelowItImportNoFeature() {
        noClasses().that().resideInAnyPackage(SHARED_LAYERS.stream().map(name -> "org.diplograph." + name + "..")
                        .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(MAIN);
    }

    @Test
    void theGraphQlAndHttpLayersHoldNoSql() {
        noClasses().that().resideInAnyPackage("org.diplograph.graphql..", "org.diplograph.web..", "org.diplograph.date..")
                .should().dependOnClassesThat().resideInAnyPackage(SQL)
                .check(MAIN);
    }

    @Test
    void controllersReachTheDatabaseOnlyThroughRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage(SQL)
                .check(MAIN);
    }

    @Test
    void featuresBelowDoNotReachFeaturesAbove() {
        for (int i = 0; i < FEATURE_ORDER.size(); i++) {
            for (int j = i + 1; j < FEATURE_ORDER.size(); j++) {
                noClasses().that().resideInAPackage("org.diplograph." + FEATURE_ORDER.get(i) + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.diplograph." + FEATURE_ORDER.get(j) + "..")
                        .because("features are layered " + String.join(" < ", FEATURE_ORDER))
                        .allowEmptyShould(true)
                        .check(MAIN);
            }
        }
    }

    @Test
    void subPackagesPointOneWayFromTheirParent() {
        noClasses().that().resideInAPackage("org.diplograph.action")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.action.api..")
                .because("the API (controllers, loaders, mutations) builds on the actions, not the other way round")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.diplograph.action.code..")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.action")
                .because("the event taxonomy is what actions are coded with, not the other way round").check(MAIN);
        noClasses().that().resideInAnyPackage("org.diplograph.dataset.file..", "org.diplograph.dataset.gdelt..",
                        "org.diplograph.dataset.icews..", "org.diplograph.dataset.polecat..")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.dataset")
                .because("the files and each format's rows are read without knowing how they are imported").check(MAIN);
        noClasses().that().resideInAPackage("org.diplograph.web")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.web.endpoint..")
                .because("the HTTP edge (security, refusals, client identity) serves the endpoint, which builds on it")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.diplograph.graphql")
                .should().dependOnClassesThat().resideInAnyPackage("org.diplograph.graphql.node..",
                        "org.diplograph.graphql.execution..")
                .because("connections, paging and errors are what node ids and execution limits build on").check(MAIN);
        noClasses().that().resideInAPackage("org.diplograph.graphql.node..")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.graphql.execution..")
                .because("node ids are looked up the same whatever a request may cost").check(MAIN);
        noClasses().that().resideInAPackage("org.diplograph.fact")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.fact.write..")
                .because("what a fact is (provenance, revisions, the feed) does not depend on how it is written")
                .check(MAIN);
    }
}
