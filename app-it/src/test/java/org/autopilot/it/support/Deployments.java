package org.autopilot.it.support;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Testable;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy: always the real EAR built by app-ear, optionally with a test war
 * added so that in-container tests run beside the application and use its modules' api types.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as the run command deploys it. */
    public static EnterpriseArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "autopilot.ear")
                .importFrom(new File(System.getProperty("autopilot.ear")))
                .as(EnterpriseArchive.class);
    }

    /** The application plus a war holding the given test classes, the in-container helpers and Awaitility. */
    public static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "autopilot-it.war")
                .addClasses(testClasses)
                .addClasses(InContainer.class, Webhooks.class, TradingDesk.class)
                .addAsLibraries(jarOf(Awaitility.class), jarOf(Matcher.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .setWebXML("test-war-web.xml")
                .addAsWebInfResource("test-war-oidc.json", "oidc.json")
                // stub venues run inside the server (com.sun.net.httpserver); tests catch fault-tolerance exceptions
                .setManifest(new StringAsset("Manifest-Version: 1.0\n"
                        + "Dependencies: jdk.httpserver, org.eclipse.microprofile.fault-tolerance.api\n"));
        return application().addAsModule(Testable.archiveToTest(tests));
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
