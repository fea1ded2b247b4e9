package org.autopilot.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * The module rules of Autopilot, for any root package: {@code <root>.<module>..} is a module, and
 * {@code <root>.<module>.api..} its only door. Parametrised by the root so that the same rules run against the
 * deliberately broken fixture in {@code org.autopilot.archfixture}.
 */
final class ModuleRules {

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

    private Optional<String> moduleOf(String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
