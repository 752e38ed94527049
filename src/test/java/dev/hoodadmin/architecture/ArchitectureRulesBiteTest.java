package dev.hoodadmin.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.hoodadmin.api.archfixture.ApiThatReadsTheOutbox;
import dev.hoodadmin.architecture.cycle.a.LeftOfCycle;
import dev.hoodadmin.architecture.cycle.b.RightOfCycle;
import dev.hoodadmin.outbox.archfixture.OutboxThatShowsADialog;
import dev.hoodadmin.ui.archfixture.ViewThatOpensADatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each rule fails on a class written to break it (in the test tree only), so the rules can bite. */
class ArchitectureRulesBiteTest {

    private static void assertBreaks(ArchRule rule, Class<?>... wrong) {
        JavaClasses fixture = new ClassFileImporter().importClasses(wrong);
        assertThatThrownBy(() -> rule.check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(wrong[0].getSimpleName());
    }

    @Test
    void aCoreClassUsingJavaFxBreaksTheHeadlessRule() {
        assertBreaks(ArchitectureRules.CORE_IS_HEADLESS, OutboxThatShowsADialog.class);
    }

    @Test
    void anApiClassUsingTheOutboxBreaksItsRule() {
        assertBreaks(ArchitectureRules.API_STANDS_ALONE, ApiThatReadsTheOutbox.class);
    }

    @Test
    void aViewOpeningADatabaseBreaksBothDatabaseRules() {
        assertBreaks(ArchitectureRules.VIEWS_NEVER_OPEN_DATABASES, ViewThatOpensADatabase.class);
        assertBreaks(ArchitectureRules.ONE_PLACE_OPENS_ACCOUNT_DATA, ViewThatOpensADatabase.class);
    }

    @Test
    void twoPackagesUsingEachOtherBreakTheCycleRule() {
        assertBreaks(ArchitectureRules.noCyclesBelow("dev.hoodadmin.architecture.cycle"),
                LeftOfCycle.class, RightOfCycle.class);
    }
}
