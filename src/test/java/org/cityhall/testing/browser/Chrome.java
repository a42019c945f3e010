package org.cityhall.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, one per JVM. The executables are
 * always given explicitly, so Selenium Manager never looks for, let alone downloads, a browser or
 * a driver.
 */
final class Chrome implements AutoCloseable {

	static final Path BROWSER = Path.of("/usr/bin/chromium");
	static final Path DRIVER = Path.of("/usr/bin/chromedriver");
	static final String INSTALL = "apt-get install chromium chromium-driver";

	static final List<String> FLAGS = List.of(
			"--headless",
			"--no-sandbox",
			"--disable-gpu",
			"--disable-dev-shm-usage",
			"--disable-background-networking",
			"--disable-component-update",
			"--disable-sync",
			"--disable-quic",
			"--no-first-run");

	static final int WIDTH = 1280;
	static final int HEIGHT = 1024;

	/**
	 * Selenium warns on every start when it has no DevTools bindings for this Chromium's version;
	 * the tests use none (chromedriver's own commands need none), so the warning is noise. The
	 * loggers are held here so their level outlives garbage collection.
	 */
	private static final List<Logger> QUIETED = List.of(
			Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

	static {
		QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
	}

	private final ChromeDriver driver;
	private final Path profile;
	private final Thread shutdownHook;
	private boolean closed;

	private Chrome(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		this.shutdownHook = new Thread(this::quit, "quit-test-chrome");
		Runtime.getRuntime().addShutdownHook(shutdownHook);
	}

	/** Why the browser cannot run on this machine, or empty when it can. */
	static Optional<String> missing() {
		return missing(BROWSER, DRIVER);
	}

	static Optional<String> missing(Path browser, Path driver) {
		return Stream.of(browser, driver)
				.filter(file -> !Files.isExecutable(file))
				.findFirst()
				.map(file -> file + " is missing, so the browser tests are skipped; install it with: " + INSTALL);
	}

	static Chrome start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("cityhall-chrome-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a profile directory for Chromium", ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments(FLAGS);
		options.addArguments("--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(DRIVER.toFile())
				.usingAnyFreePort()
				.withSilent(true)
				.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		return new Chrome(driver, profile);
	}

	ChromeDriver driver() {
		return driver;
	}

	/** Forgets every cookie, the language choice among them, so each test starts as a first-time visitor. */
	void forgetVisitor() {
		driver.get("about:blank");
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	@Override
	public void close() {
		quit();
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook is running or has run: nothing left to remove
		}
	}

	private synchronized void quit() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ignored) {
			// a leftover directory under the temporary directory does no harm
		}
	}
}
