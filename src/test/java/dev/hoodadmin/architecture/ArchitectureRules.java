package dev.hoodadmin.architecture;

import com.tngtech.archunit.lang.ArchRule;
import dev.hoodadmin.engine.AccountWorkspace;
import dev.hoodadmin.store.Database;
import dev.hoodadmin.store.Schema;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of Hood Admin, as rules that fail the build when broken. Read them as the package map:
 * a headless core (the engine and what it is made of, the simulator and the command line) under two
 * JavaFX faces ({@code ui} views, {@code app} assembling them).
 */
final class ArchitectureRules {
    static final String[] CORE = {"dev.hoodadmin.api..", "dev.hoodadmin.ratelimit..", "dev.hoodadmin.outbox..",
            "dev.hoodadmin.store..", "dev.hoodadmin.engine..", "dev.hoodadmin.sim..", "dev.hoodadmin.account..",
            "dev.hoodadmin.logging..", "dev.hoodadmin.cli.."};

    /** The core runs without a screen: the command line and the tests use it as the window does. */
    static final ArchRule CORE_IS_HEADLESS = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.hoodadmin.app..", "dev.hoodadmin.ui..")
            .because("the command line and the tests open accounts without JavaFX");

    /** The HTTP client knows the contract, not what is done with it. */
    static final ArchRule API_STANDS_ALONE = noClasses().that().resideInAPackage("dev.hoodadmin.api..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.hoodadmin.outbox..", "dev.hoodadmin.store..",
                    "dev.hoodadmin.engine..");

    /** Views show what the engine gives them; they never touch the data file or the simulator. */
    static final ArchRule VIEWS_NEVER_OPEN_DATABASES = noClasses().that().resideInAPackage("dev.hoodadmin.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.hoodadmin.store..", "dev.hoodadmin.sim..");

    /** An account's data file is opened in one place: the account workspace, for the window and every command. */
    static final ArchRule ONE_PLACE_OPENS_ACCOUNT_DATA = noClasses()
            .that().doNotHaveFullyQualifiedName(AccountWorkspace.class.getName())
            .should().callMethod(Database.class, "open", Path.class, Schema.class);

    private ArchitectureRules() {
    }

    /** No cycles between the packages right below {@code root}: each can be read and tested on its own. */
    static ArchRule noCyclesBelow(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }
}
