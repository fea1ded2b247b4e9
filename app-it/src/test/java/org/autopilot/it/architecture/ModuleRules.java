package org.autopilot.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/**
 * The module rules of Autopilot, for any root package: {@code <root>.<module>..} is a module, and
 * {@code <root>.<module>.api..} its only door. Parametrised by the root so that the same rules run against the
 * deliberately broken fixture in {@code org.autopilot.archfixture}.
 */
final class ModuleRules {

    /** The types through which code reads or writes rows (besides the criteria and JDBC packages). */
    private static final Set<String> DATABASE_TYPES = Set.of("jakarta.persistence.EntityManager",
            "jakarta.persistence.EntityManagerFactory", "jakarta.persistence.Query", "jakarta.persistence.TypedQuery",
            "jakarta.persistence.StoredProcedureQuery");

    private final String root;

    ModuleRules(String root) {
        this.root = root;
    }

    /** A class may use another module only through that module's {@code api} package. */
    ArchRule onlyApiAcrossModules() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use other modules only through their api package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> from = moduleOf(origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            Optional<String> to = moduleOf(target);
                            if (from.isPresent() && to.isPresent() && !from.equals(to)
                                    && !target.startsWith(root + "." + to.get() + ".api")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                        + " reaches into module '" + to.get() + "' past its api package"));
                            }
                        }
                    }
                });
    }

    /** Modules depend on each other without cycles. */
    ArchRule noCyclesBetweenModules() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** The domain model stays free of Faces, JMS, EJB and HTTP. */
    ArchRule domainIsFreeOfInfrastructure() {
        return noClasses().that().resideInAPackage(root + ".*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.faces..", "jakarta.jms..", "jakarta.ejb..", "jakarta.servlet..", "jakarta.ws.rs..",
                        "java.net.http..", "org.primefaces..")
                .as("domain packages must not use Faces, JMS, EJB or HTTP types");
    }

    /**
     * The audit chain has one writer: only the reporting module's application layer (the appender behind the
     * single queue consumer) appends entries, so no other code can build a link out of order or from forged data.
     */
    ArchRule auditChainHasOneWriter() {
        String repository = root + ".reporting.domain.AuditEntryRepository";
        String entry = root + ".reporting.domain.AuditEntry";
        return noClasses().that().resideOutsideOfPackage(root + ".reporting.application..")
                .should().callMethodWhere(DescribedPredicate.describe("append to the audit chain",
                        (JavaMethodCall call) -> call.getName().equals("append")
                                && (call.getTargetOwner().isAssignableTo(repository)
                                || call.getTargetOwner().getName().equals(entry))))
                .as("only " + root + ".reporting.application appends to the audit chain");
    }

    /**
     * The reporting module stores by inserting and reads by querying, nothing else: only its
     * {@code infrastructure.persistence} package talks to the database (EntityManager, queries, JDBC), and no class
     * of the module removes, merges, bulk-updates or runs native SQL, except the audit outbox's repository
     * ({@code infrastructure.persistence.JpaAuditOutbox}), whose one statement deletes appended events from the
     * outbox. Together with the chain repository's missing update and delete, no other code path of the module can
     * change or drop an audit entry (and on MySQL/MariaDB, triggers refuse it anyway).
     */
    ArchRule reportingOnlyInsertsAndReads() {
        String reporting = root + ".reporting..";
        ArchRule databaseOnlyInPersistence = noClasses().that().resideInAPackage(reporting)
                .and().resideOutsideOfPackage(root + ".reporting.infrastructure.persistence..")
                .should().dependOnClassesThat(DescribedPredicate.describe("talk to the database (JPA queries, JDBC)",
                        ModuleRules::talksToTheDatabase));
        ArchRule noChangingCalls = noClasses().that().resideInAPackage(reporting)
                .and().doNotHaveFullyQualifiedName(root + ".reporting.infrastructure.persistence.JpaAuditOutbox")
                .should().callMethodWhere(DescribedPredicate.describe("change or delete stored rows",
                        ModuleRules::changesStoredRows));
        return CompositeArchRule.of(databaseOnlyInPersistence).and(noChangingCalls)
                .as("the reporting module only inserts and reads, and only through its persistence package");
    }

    private static boolean talksToTheDatabase(JavaClass type) {
        String pkg = type.getPackageName();
        return DATABASE_TYPES.contains(type.getName()) || pkg.startsWith("jakarta.persistence.criteria")
                || pkg.equals("java.sql") || pkg.equals("javax.sql");
    }

    private static boolean changesStoredRows(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        return owner.isAssignableTo("jakarta.persistence.EntityManager")
                && Set.of("remove", "merge", "createNativeQuery").contains(name)
                || owner.isAssignableTo("jakarta.persistence.Query") && name.equals("executeUpdate")
                || owner.isAssignableTo("jakarta.persistence.criteria.CriteriaBuilder")
                && Set.of("createCriteriaUpdate", "createCriteriaDelete").contains(name);
    }

    private Optional<String> moduleOf(String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
