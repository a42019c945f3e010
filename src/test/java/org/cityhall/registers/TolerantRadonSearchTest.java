package org.cityhall.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.cityhall.shared.Position;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The radon register found as people type: a table of typed queries and the buildings each must find,
 * over a quarter of its own (names the demo city does not use).
 */
@CityHallWebTest
class TolerantRadonSearchTest {

	static final String A = "Stockholm Ärtskidan 3:14";
	static final String B = "Stockholm Ärtskidan 3:2";
	static final String C = "Stockholm Ärtskidan 31:1";
	static final String WITHOUT_READING = "Stockholm Ärtskidan 3:15";

	@Autowired
	Properties properties;

	@Autowired
	RadonReadings radon;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void quarter() {
		jdbc.sql("delete from registers_property where designation like 'Stockholm Ärtskidan %'").update();
		LocalDate measured = LocalDate.of(2025, 2, 10);
		radon.record(properties.register(A, "Skarpnäck", new Position(678_400, 6_575_000),
				List.of(new PropertyAddress("Lövångersgatan", 10, 14, "12849", "Bagarmossen"))), 340, measured,
				RadonReading.Method.LONG_TERM);
		radon.record(properties.register(B, "Skarpnäck", new Position(678_420, 6_575_020),
				List.of(new PropertyAddress("Åkerövägen", 5, 5, "12849", "Bagarmossen"))), 90, measured,
				RadonReading.Method.LONG_TERM);
		radon.record(properties.register(C, "Skarpnäck", new Position(678_440, 6_575_040),
				List.of(new PropertyAddress("Lövångersgatan", 16, 16, "12849", "Bagarmossen"))), 210, measured,
				RadonReading.Method.SHORT_TERM);
		properties.register(WITHOUT_READING, "Skarpnäck", new Position(678_460, 6_575_060),
				List.of(new PropertyAddress("Lövångersgatan", 18, 20, "12849", "Bagarmossen")));
	}

	static Stream<Arguments> typed() {
		return Stream.of(
				Arguments.of("Lövångersgatan 12", List.of(A)),
				Arguments.of("LÖVÅNGERSGATAN 12", List.of(A)),
				Arguments.of("lovangersgatan 12", List.of(A)),
				Arguments.of("Lovangersg. 12", List.of(A)),
				Arguments.of("lövångersg. 10", List.of(A)),
				Arguments.of("Lövångersgatan 14B", List.of(A)),
				Arguments.of("Lövångersgatan 12, 128 49 Bagarmossen", List.of(A)),
				Arguments.of("lovangersgatan 16", List.of(C)),
				Arguments.of("lovangersgatan 9", List.of()),
				Arguments.of("lovangersgatan 19", List.of()),
				Arguments.of("Lövångersgatan", List.of(A, C)),
				Arguments.of("akerov. 5", List.of(B)),
				Arguments.of("Åkerövägen 5 bagarmossen", List.of(B)),
				Arguments.of("Ärtskidan 3:14", List.of(A)),
				Arguments.of("stockholm artskidan 3:2", List.of(B)),
				Arguments.of("artskidan 3", List.of(A, B)),
				Arguments.of("ARTSKIDAN 31", List.of(C)),
				Arguments.of("artskid", List.of(A, B, C)),
				Arguments.of("  ärtskidan   3:14 ", List.of(A)),
				Arguments.of("Ärtskidan 3:1", List.of()),
				Arguments.of("50%_", List.of()));
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@MethodSource("typed")
	void findsTheBuildingsAsTyped(String query, List<String> expected) {
		RadonReadings.Found found = radon.search(query, 1);
		assertThat(found.buildings()).extracting(b -> b.property().designation())
				.filteredOn(d -> d.startsWith("Stockholm Ärtskidan"))
				.containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@MethodSource("typed")
	void findsNothingOutsideTheQuarterForTheQuartersOwnNames(String query, List<String> expected) {
		assertThat(radon.search(query, 1).buildings()).extracting(b -> b.property().designation())
				.allMatch(d -> d.startsWith("Stockholm Ärtskidan"));
	}

	@org.junit.jupiter.api.Test
	void aReadingAboveTheReferenceLevelAsksForAction() {
		RadonReadings.Building building = radon.search("Ärtskidan 3:14", 1).buildings().get(0);
		assertThat(building.latest().becquerel()).isEqualTo(340);
		assertThat(building.latest().actionNeeded()).isTrue();
		assertThat(radon.search("Ärtskidan 3:2", 1).buildings().get(0).latest().actionNeeded()).isFalse();
		assertThat(building.property().addresses()).extracting(PropertyAddress::label)
				.containsExactly("Lövångersgatan 10–14, 128 49 Bagarmossen");
	}

	@org.junit.jupiter.api.Test
	void aPropertyIsFoundByItsDesignationWithoutTheMunicipalityOrAccents() {
		assertThat(properties.byDesignation("artskidan 3:15")).map(RegisteredProperty::designation).hasValue(WITHOUT_READING);
		assertThat(properties.byDesignation("Stockholm Ärtskidan 3:2")).map(RegisteredProperty::designation).hasValue(B);
		assertThat(properties.byDesignation("artskidan 3:")).isEmpty();
	}
}
