package org.cityhall.testing.browser;

import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * axe-core against WCAG 2.0 and 2.1, levels A and AA, on the page the browser shows. A failure
 * names every rule broken, how badly, what it asks for and each element that breaks it, so it can
 * be fixed from the message alone.
 */
public final class AxeCheck {

	public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private AxeCheck() {
	}

	public static void assertNoViolations(WebDriver driver) {
		String url = driver.getCurrentUrl();
		Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
		if (results.isErrored()) {
			fail("axe could not check " + url + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail(describe(url, violations));
		}
	}

	static String describe(String url, List<Rule> violations) {
		StringBuilder report = new StringBuilder()
				.append("axe found ").append(violations.size()).append(violations.size() == 1 ? " rule" : " rules")
				.append(" of WCAG 2.1 A/AA broken on ").append(url).append('\n');
		for (Rule rule : violations) {
			report.append("\n* ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
					.append(rule.getHelp()).append('\n')
					.append("  ").append(rule.getHelpUrl()).append('\n');
			for (CheckedNode node : rule.getNodes()) {
				report.append("  - target: ").append(node.getTarget()).append('\n')
						.append("    html:   ").append(node.getHtml()).append('\n');
				if (node.getFailureSummary() != null) {
					report.append("    ").append(node.getFailureSummary().replace("\n", "\n    ")).append('\n');
				}
			}
		}
		return report.toString();
	}
}
