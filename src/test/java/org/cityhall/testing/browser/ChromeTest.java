package org.cityhall.testing.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

class ChromeTest {

	@Test
	void namesTheMissingExecutableAndHowToInstallIt() {
		assertThat(Chrome.missing(Path.of("/nonexistent/chromium"), Chrome.DRIVER))
				.hasValue("/nonexistent/chromium is missing, so the browser tests are skipped; install it with: apt-get install chromium chromium-driver");
		assertThat(Chrome.missing(Chrome.BROWSER, Path.of("/nonexistent/chromedriver")))
				.hasValueSatisfying(reason -> assertThat(reason).startsWith("/nonexistent/chromedriver is missing"));
	}

	@Test
	@ExtendWith(BrowserExtension.class)
	void runsHeadlessWithAFreshProfileInAWindowOfTheAgreedSize(WebDriver driver) {
		Capabilities capabilities = ((HasCapabilities) driver).getCapabilities();
		String userAgent = (String) ((JavascriptExecutor) driver).executeScript("return navigator.userAgent");

		assertThat(driver.manage().window().getSize()).isEqualTo(new Dimension(Chrome.WIDTH, Chrome.HEIGHT));
		assertThat(userAgent).contains("HeadlessChrome");
		assertThat(capabilities.getCapability("chrome")).asString().contains("userDataDir=" + System.getProperty("java.io.tmpdir"), "cityhall-chrome-");
	}
}
