package social.woolly.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of STYLE.md §2, checked on the compiled main classes. */
@AnalyzeClasses(packages = "social.woolly", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsToolkitFree = noClasses()
            .that()
            .resideInAPackage("social.woolly.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..", "social.woolly.ui..")
            .because("core must build, run and be tested without a UI toolkit");

    @ArchTest
    static final ArchRule onlyConcurrentHopsOntoTheFxThread = noClasses()
            .that()
            .resideOutsideOfPackage("social.woolly.ui.concurrent..")
            .should()
            .callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("BackgroundRunner is the only way on and off the FX thread");

    @ArchTest
    static final ArchRule ikonliOnlyInIcons = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("social.woolly.ui.common.Icons")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.kordamp.ikonli..")
            .because("icons are chosen in one place");

    @ArchTest
    static final ArchRule okHttpStaysInApi = noClasses()
            .that()
            .resideOutsideOfPackages("social.woolly.core.api..", "social.woolly")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("okhttp3..")
            .because("everything else sees ApiCall, records and ApiException");

    @ArchTest
    static final ArchRule gsonStaysInApiAndStore = noClasses()
            .that()
            .resideOutsideOfPackages("social.woolly.core.api..", "social.woolly.core.store..", "social.woolly")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.google.gson..")
            .because("the wire format lives in core.api and local files in core.store (ADR 0002)");

    @ArchTest
    static final ArchRule keychainStaysInStore = noClasses()
            .that()
            .resideOutsideOfPackage("social.woolly.core.store..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.github.javakeyring..")
            .because("secrets are kept behind TokenStore");
}
