package org.autopilot.it.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production code obeys the module rules, and each rule is shown to catch the deliberate violations in
 * {@code org.autopilot.archfixture} (so a rule that silently matches nothing would fail here).
 */
class ArchitectureTest {

    private static JavaClasses production;
    private static JavaClasses fixture;
    private static final ModuleRules AUTOPILOT = new ModuleRules("org.autopilot");
    private static final ModuleRules FIXTURE = new ModuleRules("org.autopilot.archfixture");

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.autopilot");
        fixture = new ClassFileImporter().importPackages("org.autopilot.archfixture");
    }

    @Test
    void productionCodeSpansEveryModule() {
        for (String module : new String[] {"admin", "brokers", "db", "portal", "reporting", "strategy", "trading"}) {
            assertTrue(production.containPackage("org.autopilot." + module),
                    "no classes of module " + module + " imported: the rules would check nothing");
        }
    }

    @Test
    void modulesMeetOnlyThroughTheirApi() {
        AUTOPILOT.onlyApiAcrossModules().check(production);
    }

    @Test
    void modulesHaveNoCycles() {
        AUTOPILOT.noCyclesBetweenModules().check(production);
    }

    @Test
    void domainIsFreeOfInfrastructure() {
        AUTOPILOT.domainIsFreeOfInfrastructure().check(production);
    }

    @Test
    void auditChainHasOneWriter() {
        AUTOPILOT.auditChainHasOneWriter().check(production);
    }

    @Test
    void reportingOnlyInsertsAndReads() {
        AUTOPILOT.reportingOnlyInsertsAndReads().check(production);
    }

    @Test
    void apiRuleReportsTheFixturesBackdoor() {
        EvaluationResult result = FIXTURE.onlyApiAcrossModules().evaluate(fixture);
        assertTrue(result.hasViolation());
        assertReports(result, "AlphaService", "beta.internal.BetaLedger");
    }

    @Test
    void cycleRuleReportsTheFixturesCycle() {
        EvaluationResult result = FIXTURE.noCyclesBetweenModules().evaluate(fixture);
        assertTrue(result.hasViolation());
        assertReports(result, "Cycle detected", "alpha", "beta");
    }

    @Test
    void domainRuleReportsTheFixturesJmsImport() {
        EvaluationResult result = FIXTURE.domainIsFreeOfInfrastructure().evaluate(fixture);
        assertTrue(result.hasViolation());
        assertReports(result, "LeakyOrder", "jakarta.jms.Message");
    }

    @Test
    void writerRuleReportsTheFixturesChainRepairButNotItsAppender() {
        EvaluationResult result = FIXTURE.auditChainHasOneWriter().evaluate(fixture);
        assertTrue(result.hasViolation());
        assertReports(result, "ChainRepair.repair", "AuditEntryRepository.append", "AuditEntry.append");
        assertDoesNotReport(result, "AuditChainAppender");
    }

    @Test
    void insertAndReadRuleReportsTheFixturesDeletesButNotItsRepository() {
        EvaluationResult result = FIXTURE.reportingOnlyInsertsAndReads().evaluate(fixture);
        assertTrue(result.hasViolation());
        assertReports(result, "ChainRepair", "EntityManager.remove", "AuditEntryPurge.purge", "Query.executeUpdate");
        assertDoesNotReport(result, "JpaAuditEntryRepository");
        assertDoesNotReport(result, "JpaAuditOutbox");
    }

    @Test
    void fixtureCleanPartsPassTheApiRule() {
        String report = String.join("\n", FIXTURE.onlyApiAcrossModules().evaluate(fixture).getFailureReport().getDetails());
        assertFalse(report.contains("AlphaFacade"), "alpha.api -> beta.api is allowed, but was reported:\n" + report);
    }

    private static void assertDoesNotReport(EvaluationResult result, String fragment) {
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertFalse(report.contains(fragment), "'" + fragment + "' keeps the rule, but was reported:\n" + report);
    }

    private static void assertReports(EvaluationResult result, String... fragments) {
        String report = String.join("\n", result.getFailureReport().getDetails());
        for (String fragment : fragments) {
            assertTrue(report.contains(fragment), "expected '" + fragment + "' in:\n" + report);
        }
    }
}
