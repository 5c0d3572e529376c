package jp.omakase.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a fresh {@link Browser} into a test method; when the test fails, saves a screenshot and the page HTML
 * under {@code target/browser-failures/<test class>/<test>}; quits the browser after the test.
 */
public final class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class, k -> new Browser(), Browser.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null && context.getExecutionException().isPresent()) {
            String build = System.getProperty("omakase.build.dir", "target");
            String name = (context.getRequiredTestMethod().getName() + "-" + context.getDisplayName()).replaceAll("[^A-Za-z0-9._-]+", "_");
            Path file = Path.of(build, "browser-failures", context.getRequiredTestClass().getSimpleName(), name);
            browser.save(file);
            System.err.println("Browser state saved to " + file + ".png/.html");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
