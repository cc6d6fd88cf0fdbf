package io.infraviz.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages' layers, read from the compiled product classes (not the tests, not the benchmark):
 * each layer uses only the layers below it, no two packages depend on each other (directly or
 * round a loop), and the headless layers never touch Swing, AWT or JGraphX.
 */
class LayeringTest {
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.infraviz");
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("io.infraviz.model..")
                .layer("engine").definedBy("io.infraviz.engine..")
                .layer("sim").definedBy("io.infraviz.sim..")
                .layer("analysis, scenario").definedBy("io.infraviz.analysis..", "io.infraviz.scenario..")
                .layer("diagram, export, configs").definedBy("io.infraviz.diagram..", "io.infraviz.export..", "io.infraviz.configs..")
                .layer("ui, cli").definedBy("io.infraviz.ui..", "io.infraviz.cli..")
                .layer("App").definedBy("io.infraviz")
                // The engine is a bare event loop: it knows nothing of the infrastructure either.
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("engine").mayNotAccessAnyLayer()
                .whereLayer("sim").mayOnlyAccessLayers("model", "engine")
                .whereLayer("analysis, scenario").mayOnlyAccessLayers("model", "engine", "sim")
                .whereLayer("diagram, export, configs").mayOnlyAccessLayers("model", "engine", "sim", "analysis, scenario")
                .whereLayer("ui, cli").mayOnlyAccessLayers("model", "engine", "sim", "analysis, scenario",
                        "diagram, export, configs")
                .whereLayer("App").mayOnlyAccessLayers("ui, cli")
                .ensureAllClassesAreContainedInArchitecture()
                .check(product);
    }

    /** Inside the simulation too: the network, then the run's state, then its services, then the flows, then the facade. */
    @Test
    void insideTheSimulationEachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("net").definedBy("io.infraviz.sim.net..")
                .layer("world").definedBy("io.infraviz.sim.world..")
                .layer("services").definedBy("io.infraviz.sim.lb..", "io.infraviz.sim.db..",
                        "io.infraviz.sim.monitoring..", "io.infraviz.sim.security..")
                .layer("flows").definedBy("io.infraviz.sim.request..", "io.infraviz.sim.fault..")
                .layer("facade").definedBy("io.infraviz.sim")
                .whereLayer("net").mayNotAccessAnyLayer()
                .whereLayer("world").mayOnlyAccessLayers("net")
                .whereLayer("services").mayOnlyAccessLayers("net", "world")
                .whereLayer("flows").mayOnlyAccessLayers("net", "world", "services")
                .check(product);
    }

    @Test
    void noTwoTopLevelPackagesDependOnEachOther() {
        slices().matching("io.infraviz.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        // Every package its own slice: also sim and sim.db, scenario and scenario.lesson.
        slices().matching("io.infraviz.(**)").should().beFreeOfCycles().check(product);
    }

    @Test
    void headlessPackagesUseNoUserInterface() {
        noClasses().that().resideInAnyPackage("io.infraviz.model..", "io.infraviz.engine..", "io.infraviz.sim..",
                        "io.infraviz.analysis..", "io.infraviz.scenario..", "io.infraviz.configs..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "com.mxgraph..")
                .check(product);
    }

    @Test
    void engineTakesNoChanceAndNoClockOfItsOwn() {
        noClasses().that().resideInAPackage("io.infraviz.engine..")
                .should().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().areAssignableTo(Random.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("runs are reproducible from a seed and simulated time")
                .check(product);
    }

    @Test
    void benchmarkIsNotInTheProduct() {
        noClasses().should().resideInAPackage("io.infraviz.bench..")
                .because("the benchmark lives in src/bench/java, out of target/infraviz.jar")
                .check(product);
    }
}
