package org.cityhall.permits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.cityhall.shared.Position;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The demo city's zones: the inner districts where residents' parking applies, and nowhere else. */
class ZonesTest {

	private final Zones zones = new Zones(new ClassPathResource("permits/zones.geojson"));

	@Test
	void everyAddressOfTheInnerDistrictsLiesInAZoneAndTheOuterDistrictsInNone() {
		// The demo city puts every address within 1.2 km of its district's centre (identity's DemoDistricts).
		Map<String, Position> inner = Map.of("Södermalm", new Position(674_730, 6_578_990), "Kungsholmen", new Position(672_480, 6_580_950),
				"Norrmalm", new Position(673_330, 6_582_210), "Östermalm", new Position(675_450, 6_581_870));
		List<Position> outer = List.of(new Position(667_330, 6_581_440), new Position(670_770, 6_577_190), new Position(674_830, 6_575_700),
				new Position(678_460, 6_574_980), new Position(671_500, 6_574_940));
		inner.forEach((district, centre) -> {
			for (int degrees = 0; degrees < 360; degrees += 15) {
				for (double metres : new double[] {0, 600, 1_200}) {
					double radians = Math.toRadians(degrees);
					Position address = new Position(centre.easting() + metres * Math.cos(radians), centre.northing() + metres * Math.sin(radians));
					assertThat(zones.at(address)).as("%s, %s m at %s°", district, metres, degrees).isPresent();
				}
			}
		});
		outer.forEach(centre -> {
			for (int degrees = 0; degrees < 360; degrees += 15) {
				double radians = Math.toRadians(degrees);
				Position address = new Position(centre.easting() + 1_200 * Math.cos(radians), centre.northing() + 1_200 * Math.sin(radians));
				assertThat(zones.at(address)).as("outer district at %s, %s°", centre, degrees).isEmpty();
			}
			assertThat(zones.at(centre)).isEmpty();
		});
	}

	@Test
	void theCarOwnersAddressOnSödermalmIsInZoneS() {
		assertThat(zones.at(new Position(674_730, 6_578_990))).map(Zone::code).contains("S");
		assertThat(zones.find("s")).map(zone -> zone.price(PermitPeriod.QUARTER).amount().intValue()).contains(2900);
	}

	@Test
	void zonesAreServedToMapsInWgs84() {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> features = (List<Map<String, Object>>) zones.asWgs84GeoJson().get("features");
		assertThat(features).hasSize(4);
		@SuppressWarnings("unchecked")
		List<List<List<double[]>>> coordinates = (List<List<List<double[]>>>) ((Map<String, Object>) features.get(0).get("geometry")).get("coordinates");
		double[] first = coordinates.get(0).get(0).get(0);
		// Stockholm: about 18° east, 59.3° north.
		assertThat(first[0]).isBetween(17.9, 18.2);
		assertThat(first[1]).isBetween(59.25, 59.40);
	}

	@Test
	void overlappingZonesStopTheStartWithTheZonesNamed() {
		String square = "[[[674000,6578000],[675000,6578000],[675000,6579000],[674000,6579000],[674000,6578000]]]";
		String prices = "\"prices\":{\"MONTH\":1,\"QUARTER\":2,\"YEAR\":3}";
		String file = "{\"type\":\"FeatureCollection\",\"features\":["
				+ "{\"type\":\"Feature\",\"properties\":{\"code\":\"A\"," + prices + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + square + "}},"
				+ "{\"type\":\"Feature\",\"properties\":{\"code\":\"B\"," + prices + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + square + "}}]}";
		assertThatThrownBy(() -> new Zones(new ByteArrayResource(file.getBytes(), "test zones")))
				.hasMessageContaining("zones A and B overlap");
	}

	@Test
	void aZoneWithoutAPriceForEveryPeriodIsRefused() {
		String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"A\",\"prices\":{\"MONTH\":1}},"
				+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[674000,6578000],[675000,6578000],[675000,6579000],[674000,6578000]]]}}]}";
		assertThatThrownBy(() -> new Zones(new ByteArrayResource(file.getBytes(), "test zones"))).hasMessageContaining("zone A has no price for a quarter");
	}
}
