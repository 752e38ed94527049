package dev.hoodadmin.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The production classes keep the rules of {@link ArchitectureRules}. */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.hoodadmin");

    @Test
    void theCoreIsHeadless() {
        ArchitectureRules.CORE_IS_HEADLESS.check(PRODUCTION);
    }

    @Test
    void theApiStandsAlone() {
        ArchitectureRules.API_STANDS_ALONE.check(PRODUCTION);
    }

    @Test
    void viewsNeverOpenDatabases() {
        ArchitectureRules.VIEWS_NEVER_OPEN_DATABASES.check(PRODUCTION);
    }

    @Test
    void onePlaceOpensAnAccountsDataFile() {
        ArchitectureRules.ONE_PLACE_OPENS_ACCOUNT_DATA.check(PRODUCTION);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        ArchitectureRules.noCyclesBelow("dev.hoodadmin").check(PRODUCTION);
    }
}
