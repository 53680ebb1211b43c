package dev.codelive.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering the folders promise: the platform knows nothing of the app, and its packages form no cycles. */
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
    static final ArchRule platformPackagesAreFreeOfCycles = slices()
            .matching("dev.codelive.platform.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheEnvironmentReadsTheProcessEnvironment = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.codelive.platform.config.Environment")
            .and().doNotHaveFullyQualifiedName("dev.codelive.app.Main")
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class);
}
