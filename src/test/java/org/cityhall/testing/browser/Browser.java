package org.cityhall.testing.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A visitor's browser on the application under test. {@link #visit(String)} is the one call a
 * journey makes per page: it loads the page, checks that it arrived with the expected HTTP status
 * and without a script, security-policy or loading error in the browser, and runs axe on it.
 * Keyboard helpers press keys the way a keyboard-only visitor does.
 */
public final class Browser {

	private static final Duration WAIT = Duration.ofSeconds(10);
	private static final int MAX_DESCRIBED_LENGTH = 200;

	private final WebDriver driver;
	private final String baseUrl;

	Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public WebDriver driver() {
		return driver;
	}

	/** The absolute address of a path in the application, such as {@code /eservices?q=parkering}. */
	public String url(String path) {
		return baseUrl + path;
	}

	/** Loads a page that should answer 200 OK, and checks it. */
	public void visit(String path) {
		visit(path, 200);
	}

	/** Loads a page that should answer with the given status, such as an error page, and checks it. */
	public void visit(String path, int expectedStatus) {
		driver.get(url(path));
		checkPage(expectedStatus);
	}

	/**
	 * Checks the page the browser shows now, reached by following a link or sending a form:
	 * the HTTP status, the browser's error log and axe.
	 */
	public void checkPage(int expectedStatus) {
		waitUntil(page -> "complete".equals(script("return document.readyState")));
		String url = driver.getCurrentUrl();
		Object status = script("const nav = performance.getEntriesByType('navigation')[0]; return nav ? nav.responseStatus : 0;");
		assertEquals(expectedStatus, ((Number) status).intValue(), () -> "HTTP status of " + url);
		List<String> errors = browserErrors(url, expectedStatus);
		if (!errors.isEmpty()) {
			fail("The browser reported errors on " + url + " (or late, from the page before it):\n  " + String.join("\n  ", errors));
		}
		AxeCheck.assertNoViolations(driver);
	}

	/** {@code lang} of the page's {@code html} element. */
	public String language() {
		return driver.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	/** The path and query of the page shown, without the host. */
	public String path() {
		String url = driver.getCurrentUrl();
		return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	/** The element that has the keyboard focus, the body when none has. */
	public WebElement activeElement() {
		return driver.switchTo().activeElement();
	}

	/** {@code id} of the focused element, empty when it has none. */
	public String activeElementId() {
		return (String) script("return document.activeElement ? document.activeElement.id : '';");
	}

	public WebElement pressTab() {
		return press(Keys.TAB);
	}

	public WebElement pressEnter() {
		return press(Keys.ENTER);
	}

	/** Sends one key to the focused element, as a keyboard does, and answers the element focused after it. */
	public WebElement press(CharSequence key) {
		new Actions(driver).sendKeys(key).perform();
		return activeElement();
	}

	/**
	 * Presses TAB until the element found by {@code target} has the focus, failing with the
	 * elements passed on the way when it is not reached within {@code maxPresses}.
	 */
	public WebElement tabTo(By target, int maxPresses) {
		WebElement wanted = driver.findElement(target);
		List<String> passed = new ArrayList<>();
		for (int i = 0; i < maxPresses; i++) {
			WebElement focused = pressTab();
			if (focused.equals(wanted)) {
				return focused;
			}
			passed.add(describe(focused));
		}
		return fail(target + " was not reached in " + maxPresses + " presses of TAB; focus went through:\n  " + String.join("\n  ", passed));
	}

	/**
	 * Presses ENTER on the focused link or button and waits for the page it leads to, then checks
	 * that page as {@link #checkPage(int)} does.
	 */
	public void pressEnterToLoadPage(int expectedStatus) {
		loadingNextPage(this::pressEnter, expectedStatus);
	}

	/** Does what leaves the page (a click, a key), waits for the next page and checks it. */
	public void loadingNextPage(Runnable action, int expectedStatus) {
		WebElement oldRoot = driver.findElement(By.tagName("html"));
		action.run();
		// The old page is gone once its root no longer answers, however the driver words it.
		waitUntil(page -> {
			try {
				oldRoot.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
		checkPage(expectedStatus);
	}

	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, WAIT).until(condition);
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/** The start of an element's HTML, to say in a failure which element it was. */
	public String describe(WebElement element) {
		String html = element.getDomProperty("outerHTML");
		if (html == null) {
			return element.getTagName();
		}
		String oneLine = html.replaceAll("\\s+", " ");
		return oneLine.length() <= MAX_DESCRIBED_LENGTH ? oneLine : oneLine.substring(0, MAX_DESCRIBED_LENGTH) + "…";
	}

	/**
	 * Severe entries in the browser's console since the last check: script errors, Content
	 * Security Policy violations, assets that failed to load. An error page's own status is not
	 * one of them.
	 */
	private List<String> browserErrors(String url, int expectedStatus) {
		String ownStatus = url + " - Failed to load resource: the server responded with a status of " + expectedStatus;
		List<String> errors = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().startsWith(ownStatus)) {
				errors.add(entry.getMessage());
			}
		}
		return errors;
	}
}
