package org.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Wgs84;
import org.junit.jupiter.api.Test;

/** The first rule whose every condition holds names the department; none, the fallback. */
class RoutingRuleTest {

	private static final RoutingRule.Area SODERMALM = new RoutingRule.Area(59.30, 18.03, 59.325, 18.11);
	private static final List<RoutingRule> RULES = List.of(
			new RoutingRule(UUID.randomUUID(), 10, Optional.empty(), Optional.empty(), List.of("hemtjänst", "Care home"), "elderly-care"),
			new RoutingRule(UUID.randomUUID(), 20, Optional.of("park"), Optional.of(SODERMALM), List.of(), "district-administrations"),
			new RoutingRule(UUID.randomUUID(), 30, Optional.of("street-light"), Optional.empty(), List.of(), "traffic"));

	@Test
	void wordsInTheTextWinOverTheCategoryWhenTheirRuleComesFirst() {
		assertThat(RoutingRules.route(RULES, "street-light", Optional.empty(), "Lampan vid HEMTJÄNSTENS entré", "city-executive-office"))
				.isEqualTo("elderly-care");
		assertThat(RoutingRules.route(RULES, "street-light", Optional.empty(), "Lampan lyser inte", "city-executive-office")).isEqualTo("traffic");
	}

	@Test
	void anAreaRuleTakesOnlyReportsInsideItsArea() {
		assertThat(RoutingRules.route(RULES, "park", Optional.of(new Wgs84(59.315, 18.08)), "Gungan är trasig", "city-executive-office"))
				.isEqualTo("district-administrations");
		assertThat(RoutingRules.route(RULES, "park", Optional.of(new Wgs84(59.34, 17.95)), "Gungan är trasig", "city-executive-office"))
				.isEqualTo("city-executive-office");
		assertThat(RoutingRules.route(RULES, "park", Optional.empty(), "Gungan är trasig", "city-executive-office")).isEqualTo("city-executive-office");
	}

	@Test
	void typedWordsAreSplitAtCommas() {
		assertThat(RoutingRule.words(" äldreboende, hemtjänst ,, ")).containsExactly("äldreboende", "hemtjänst");
		assertThat(RoutingRule.words("  ")).isEmpty();
	}
}
