package org.cityhall.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cityhall.shared.Position;
import org.cityhall.shared.Wgs84;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SWEREF 99 TM against points whose values follow from the projection's definition, not from the code
 * under test: on the central meridian (15° E) the easting is 500,000 m and the northing is the scale
 * factor 0.9996 times the length of the meridian arc from the equator on GRS 80, integrated here; east
 * and west of the meridian the projection is symmetric; and a round trip returns where it started.
 */
class CoordinateTransformsTest {

	private static final double A = 6_378_137.0;
	private static final double F = 1 / 298.257222101;
	private static final double E2 = F * (2 - F);

	/** The meridian arc from the equator to a latitude on GRS 80, by Simpson's rule over 2,000 steps. */
	static double meridianArc(double latitudeDegrees) {
		double phi = Math.toRadians(latitudeDegrees);
		int steps = 2_000;
		double h = phi / steps;
		double sum = 0;
		for (int i = 0; i <= steps; i++) {
			double s = Math.sin(i * h);
			double m = A * (1 - E2) / Math.pow(1 - E2 * s * s, 1.5);
			sum += m * (i == 0 || i == steps ? 1 : (i % 2 == 1 ? 4 : 2));
		}
		return sum * h / 3;
	}

	@ParameterizedTest(name = "{0}° N on the central meridian")
	@CsvSource({"56", "59.3", "60", "63.5", "67"})
	void onTheCentralMeridianTheEastingIs500000AndTheNorthingTheScaledArc(double latitude) {
		Position position = Position.fromWgs84(new Wgs84(latitude, 15));
		assertThat(position.easting()).isCloseTo(500_000, within(0.001));
		assertThat(position.northing()).isCloseTo(0.9996 * meridianArc(latitude), within(0.001));
		Wgs84 back = position.toWgs84();
		assertThat(back.latitude()).isCloseTo(latitude, within(1e-9));
		assertThat(back.longitude()).isCloseTo(15, within(1e-9));
	}

	@Test
	void theArcAtSixtyDegreesIsTheTextbookValue() {
		// Published for GRS 80 / WGS 84 (the two differ below a millimetre here): 6,654,072.82 m.
		assertThat(meridianArc(60)).isCloseTo(6_654_072.82, within(0.01));
	}

	@ParameterizedTest(name = "{0}° N, {1}° either side")
	@CsvSource({"59.33, 3.07", "58.0, 1.0", "65.6, 5.0"})
	void eastAndWestOfTheMeridianAreMirrorImages(double latitude, double offset) {
		Position east = Position.fromWgs84(new Wgs84(latitude, 15 + offset));
		Position west = Position.fromWgs84(new Wgs84(latitude, 15 - offset));
		assertThat(east.easting() - 500_000).isCloseTo(500_000 - west.easting(), within(0.001));
		assertThat(east.northing()).isCloseTo(west.northing(), within(0.001));
	}

	@ParameterizedTest(name = "E {0}, N {1}")
	@CsvSource({"674730, 6578990", "663120, 6583990", "181500, 6101500", "1080000, 7680000"})
	void aRoundTripReturnsWithinAMillimetre(double easting, double northing) {
		Position start = new Position(easting, northing);
		Position back = Position.fromWgs84(start.toWgs84());
		assertThat(back.distanceTo(start)).isLessThan(0.001);
	}

	@Test
	void aBoxOfLongitudesAndLatitudesHoldsAllFourCornersOnTheGrid() {
		Box box = Box.ofWgs84(18.0, 59.3, 18.1, 59.35);
		for (double[] corner : new double[][] {{18.0, 59.3}, {18.1, 59.3}, {18.0, 59.35}, {18.1, 59.35}}) {
			Position p = Position.fromWgs84(new Wgs84(corner[1], corner[0]));
			assertThat(p.easting()).isBetween(box.minEasting() - 1e-6, box.maxEasting() + 1e-6);
			assertThat(p.northing()).isBetween(box.minNorthing() - 1e-6, box.maxNorthing() + 1e-6);
		}
		// The grid is turned against the meridians east of 15°: the western edge's north end lies west of its south end.
		assertThat(Position.fromWgs84(new Wgs84(59.35, 18.0)).easting())
				.isLessThan(Position.fromWgs84(new Wgs84(59.3, 18.0)).easting());
	}
}
