package dev.codelive.app;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering the folders promise: the platform knows nothing of the app or the capabilities, capabilities know
 * nothing of each other or of the app, and neither the platform's packages nor a capability's form cycles.
 */
@AnalyzeClasses(packages = "dev.codelive", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.ProductionCodeOnly.class})
class ArchitectureTest {

    /** Leaves out the platform's test jar, which DoNotIncludeTests does not recognise. */
    static final class ProductionCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule platformDoesNotDependOnTheApp = noClasses()
            .that().resideInAPackage("dev.codelive.platform..")
            .should().dependOnClassesThat().resideInAPackage("dev.codelive.app..");

    @ArchTest
    static final ArchRule platformDoesNotDependOnCapabilities = noClasses()
            .that().resideInAPackage("dev.codelive.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(Capabilities.PACKAGES);

    @ArchTest
    static final ArchRule capabilitiesDoNotDependOnTheApp = noClasses()
            .that().resideInAnyPackage(Capabilities.PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("dev.codelive.app..");

    /** Capabilities talk to each other only through small interfaces in the platform (e.g. Codette asking Timbre). */
    @ArchTest
    static final ArchRule capabilitiesDoNotDependOnEachOther = slices()
            .matching("dev.codelive.(*)..")
            .should().notDependOnEachOther()
            // The app wires everything, and everything stands on the platform and the shared audio engine: what is left
            // is capability to capability.
            .ignoreDependency(resideInAPackage("dev.codelive.app.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAPackage("dev.codelive.platform.."))
            .ignoreDependency(alwaysTrue(), resideInAPackage("dev.codelive.audio.."));

    /** The audio engine is a library under the capabilities: it knows no server, no platform and no capability. */
    @ArchTest
    static final ArchRule theAudioEngineStandsAlone = noClasses()
            .that().resideInAPackage("dev.codelive.audio..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(Capabilities.PACKAGES, "dev.codelive.platform..", "dev.codelive.app.."));

    @ArchTest
    static final ArchRule audioPackagesAreFreeOfCycles = slices()
            .matching("dev.codelive.audio.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule codeLivePackagesAreFreeOfCycles = slices()
            .matching("dev.codelive.codelive.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformPackagesAreFreeOfCycles = slices()
            .matching("dev.codelive.platform.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheEnvironmentReadsTheProcessEnvironment = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.codelive.platform.config.Environment")
            .and().doNotHaveFullyQualifiedName("dev.codelive.app.Main")
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class);

    /** The capability modules' packages. */
    static final class Capabilities {
        static final String[] PACKAGES = {"dev.codelive.codelive..", "dev.codelive.exec..", "dev.codelive.foundry..",
                "dev.codelive.timbre..", "dev.codelive.codette.."};

        private Capabilities() {}
    }

    private static String[] concat(String[] packages, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(packages), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}
