package org.cityhall.testing.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a test method a {@link Browser} on the application the Spring test context started on a
 * random port, or the bare {@link WebDriver}. One Chromium serves the whole test run and closes
 * with it; every test gets it as a first-time visitor, without cookies. Where Chromium or
 * chromedriver is missing, the tests are skipped with the reason printed, before the application
 * starts.
 *
 * <pre>{@code
 * @CityHallWebTest
 * @ExtendWith(BrowserExtension.class)
 * class SomeJourneyTest {
 *
 *     @Test
 *     void someoneFindsTheParkingPermit(Browser browser) {
 *         browser.visit("/eservices?q=parkering");
 *     }
 * }
 * }</pre>
 */
public final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		skipWithoutChromium(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		skipWithoutChromium(context);
	}

	private static void skipWithoutChromium(ExtensionContext context) {
		Chrome.missing().ifPresent(reason -> {
			System.err.println(context.getDisplayName() + ": " + reason);
			Assumptions.abort(reason);
		});
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == Browser.class || type == WebDriver.class;
	}

	/** A {@link Browser} on the application, or the bare {@link WebDriver} for pages of a test's own. */
	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Chrome chrome = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chrome.class, type -> Chrome.start(), Chrome.class);
		chrome.forgetVisitor();
		if (parameter.getParameter().getType() == WebDriver.class) {
			return chrome.driver();
		}
		return new Browser(chrome.driver(), "http://localhost:" + serverPort(context));
	}

	private static String serverPort(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new ParameterResolutionException(
					"A Browser needs the application on a port: annotate " + context.getRequiredTestClass().getSimpleName() + " with @CityHallWebTest");
		}
		return port;
	}
}
