package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PositionWgs84Test {

	@Test
	void aPointOnTheCentralMeridianHasTheFalseEasting() {
		// SWEREF 99 TM is UTM zone 33: 15° E maps to 500,000 m east by definition.
		Position position = Position.fromWgs84(new Wgs84(62.0, 15.0));

		assertThat(position.easting()).isCloseTo(500_000.0, within(0.001));
	}

	@Test
	void aPointNorthOfAnotherOnTheMeridianIsAboutAsManyMetresFurtherNorth() {
		Position south = Position.fromWgs84(new Wgs84(59.0, 15.0));
		Position north = Position.fromWgs84(new Wgs84(59.0 + 1.0 / 60, 15.0));

		// The meridian's radius of curvature on GRS 80 at 59° N is a(1 - e²) / (1 - e² sin² 59°)^1.5 =
		// 6,382,427 m, so a minute of latitude is 1,856.57 m on the ground, times the scale 0.9996.
		assertThat(north.northing() - south.northing()).isCloseTo(1_856.57 * 0.9996, within(0.1));
	}

	@Test
	void cityHallConvertsThereAndBackToWithinAMillimetre() {
		Position cityHall = new Position(674_032.0, 6_580_485.0);

		Wgs84 point = cityHall.toWgs84();
		Position back = Position.fromWgs84(point);

		assertThat(point.latitude()).isBetween(59.32, 59.34);
		assertThat(point.longitude()).isBetween(18.04, 18.07);
		assertThat(back.easting()).isCloseTo(cityHall.easting(), within(0.001));
		assertThat(back.northing()).isCloseTo(cityHall.northing(), within(0.001));
	}

	@Test
	void aPointOutsideSwedenIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Position.fromWgs84(new Wgs84(48.85, 2.35)));
	}

	@Test
	void latitudeAndLongitudeAreCheckedForRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Wgs84(91, 18));
		assertThatIllegalArgumentException().isThrownBy(() -> new Wgs84(59, 181));
		assertThatIllegalArgumentException().isThrownBy(() -> new Wgs84(Double.NaN, 18));
	}
}
