package org.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the public sees of a report has no identity number, e-mail address or phone number left in it. */
class ScreeningTest {

	@Test
	void removesIdentityNumbersEmailAddressesAndPhoneNumbers() {
		String written = "Lampan utanför Skånegatan 51 är trasig sedan 2026-11-20. Ring mig på 070-123 45 67 eller +46 8 508 290 00, "
				+ "mejla karin.ek@example.org, mitt personnummer är 197911039886 och 19791103-9886.";
		String screened = Screening.screen(written);
		assertThat(screened).doesNotContain("070", "508 290", "karin.ek", "example.org", "197911039886", "19791103-9886")
				.contains("Skånegatan 51", "2026-11-20", Screening.REMOVED);
	}

	@Test
	void leavesTextWithoutPersonalDataAsItIs() {
		assertThat(Screening.screen("Gatlyktan vid lekplatsen i Vitabergsparken blinkar, stolpe 1234.")).isEqualTo(
				"Gatlyktan vid lekplatsen i Vitabergsparken blinkar, stolpe 1234.");
	}
}
