package org.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.shared.Wgs84;
import org.junit.jupiter.api.Test;

/** The first rule whose every condition holds names the department; none, the fallback. */
class RoutingRuleTest {

	private static final RoutingArea SODERMALM = RoutingArea.box(59.30, 18.03, 59.325, 18.11);
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
	void anAreaIsAPolygonGivenAsWktOrGeoJson() {
		RoutingArea triangle = RoutingArea.parse("POLYGON ((18.00 59.30, 18.10 59.30, 18.00 59.40, 18.00 59.30))");
		assertThat(triangle.contains(new Wgs84(59.31, 18.01))).isTrue();
		assertThat(triangle.contains(new Wgs84(59.39, 18.09))).as("inside the box, outside the triangle").isFalse();
		String geoJson = "{\"type\": \"Feature\", \"properties\": {\"name\": \"Södermalm\"}, \"geometry\": {\"type\": \"Polygon\", "
				+ "\"coordinates\": [[[18.00, 59.30], [18.10, 59.30], [18.00, 59.40], [18.00, 59.30]]]}}";
		assertThat(RoutingArea.parse(geoJson)).isEqualTo(triangle);
		assertThat(RoutingArea.parse(RoutingArea.parse(geoJson).wkt())).as("kept as WKT and read again").isEqualTo(triangle);
		RoutingArea two = RoutingArea.parse("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": "
				+ "{\"type\": \"MultiPolygon\", \"coordinates\": [[[[18.0, 59.3], [18.1, 59.3], [18.1, 59.4], [18.0, 59.3]]], "
				+ "[[[17.0, 59.0], [17.1, 59.0], [17.1, 59.1], [17.0, 59.0]]]]}}]}");
		assertThat(two.contains(new Wgs84(59.01, 17.09))).isTrue();
		assertThat(two.contains(new Wgs84(59.5, 17.5))).isFalse();
	}

	@Test
	void whatIsNotAnAreaIsRefusedWithWhatIsWrong() {
		assertThat(refusal("Södermalm")).isEqualTo("feedback.rules.error.area-unreadable");
		assertThat(refusal("{\"type\": \"Polygon\", \"coordinates\": [[[18.0, 59.3], [18.1]]]}")).isEqualTo("feedback.rules.error.area-unreadable");
		assertThat(refusal("POINT (18.07 59.31)")).isEqualTo("feedback.rules.error.area-not-polygon");
		assertThat(refusal("{\"type\": \"LineString\", \"coordinates\": [[18.0, 59.3], [18.1, 59.4]]}")).isEqualTo("feedback.rules.error.area-not-polygon");
		assertThat(refusal("POLYGON ((18.0 59.3, 18.1 59.4, 18.1 59.3, 18.0 59.4, 18.0 59.3))")).as("a bow tie: its edges cross")
				.isEqualTo("feedback.rules.error.area-invalid");
		assertThat(refusal("{\"type\": \"Polygon\", \"coordinates\": [[[18.0, 59.3], [18.1, 59.3], [18.1, 59.4], [18.0, 59.4]]]}"))
				.as("not closed").isEqualTo("feedback.rules.error.area-invalid");
		assertThat(refusal("POLYGON ((6580000 674000, 6590000 674000, 6590000 684000, 6580000 674000))")).as("SWEREF 99 TM metres, not degrees")
				.isEqualTo("feedback.rules.error.area-degrees");
	}

	private static String refusal(String typed) {
		try {
			RoutingArea.parse(typed);
			return "accepted";
		}
		catch (RoutingArea.Refused refused) {
			return refused.messageKey();
		}
	}

	@Test
	void typedWordsAreSplitAtCommas() {
		assertThat(RoutingRule.words(" äldreboende, hemtjänst ,, ")).containsExactly("äldreboende", "hemtjänst");
		assertThat(RoutingRule.words("  ")).isEmpty();
	}
}
