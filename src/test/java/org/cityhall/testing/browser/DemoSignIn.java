package org.cityhall.testing.browser;

import org.openqa.selenium.By;

/** Signing in and out in a journey with the demo city's eID persona picker and staff picker. */
public final class DemoSignIn {

	private DemoSignIn() {
	}

	/** Signs in as the demo persona with this id (e.g. {@code DemoPersonas.PARENT.id()}). */
	public static void resident(Browser browser, String personaId) {
		browser.visit("/login");
		click(browser, By.id("login-demo"));
		browser.find(By.id("persona-" + personaId)).click();
		click(browser, By.id("demo-sign-in"));
	}

	/** Signs in as the demo staff member whose picker id this is (e.g. {@code staff-officer-education}). */
	public static void staff(Browser browser, String staffMemberId) {
		browser.visit("/login/staff");
		click(browser, By.id("login-demo-staff"));
		browser.find(By.id(staffMemberId)).click();
		click(browser, By.id("demo-staff-sign-in"));
	}

	public static void signOut(Browser browser) {
		click(browser, By.id("logout"));
	}

	/** Clicks a control that loads the next page, which must answer 200. */
	public static void click(Browser browser, By control) {
		browser.loadingNextPage(() -> browser.find(control).click(), 200);
	}
}
