package org.cityhall.identity.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.cityhall.identity.Vehicle;
import org.cityhall.shared.Address;
import org.cityhall.shared.Position;
import org.junit.jupiter.api.Test;

/** The values the registers hold check what they are given. */
class RegisterValuesTest {

	@Test
	void aPostalCodeIsKeptAsFiveDigitsAndShownWithItsSpace() {
		Address address = new Address(" Götgatan 22 ", "118 46", "Stockholm");

		assertThat(address.postalCode()).isEqualTo("11846");
		assertThat(address.formattedPostalCode()).isEqualTo("118 46");
		assertThat(address.oneLine()).isEqualTo("Götgatan 22, 118 46 Stockholm");
		assertThat(address).isEqualTo(new Address("Götgatan 22", "11846", "Stockholm"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Address("Götgatan 22", "01846", "Stockholm"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Address("Götgatan 22", "1184", "Stockholm"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Address(" ", "11846", "Stockholm"));
	}

	@Test
	void aPositionIsInSwedenAndMeasuresStraightLines() {
		Position slussen = new Position(674_300, 6_579_700);

		assertThat(slussen.distanceTo(new Position(674_600, 6_580_100))).isEqualTo(500.0);
		assertThat(slussen.distanceTo(slussen)).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> new Position(59.3, 18.07));
		assertThatIllegalArgumentException().isThrownBy(() -> new Position(674_300, Double.NaN));
	}

	@Test
	void aPlateIsNormalisedToUpperCaseWithoutSpaces() {
		assertThat(Vehicle.normalisePlate(" abc 12d ")).isEqualTo("ABC12D");
		assertThat(Vehicle.isPlate("ABC12D")).isTrue();
		assertThat(Vehicle.isPlate("ABC1234")).isFalse();
		assertThat(new Vehicle("abc 123", "198504121234", " ", true, "Volvo V60").user()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new Vehicle("ABC123", "12345", null, true, "Volvo"));
	}

	@Test
	void aQuotedFieldMayHoldTheSeparatorAndQuotes() {
		assertThat(CsvLines.split("ABC123;\"Volvo; \"\"V60\"\"\";;true")).isEqualTo(List.of("ABC123", "Volvo; \"V60\"", "", "true"));
		assertThat(CsvLines.split("a;\"open")).isNull();
	}
}
