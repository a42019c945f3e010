package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The text filter finds e-services the way residents type. */
class CatalogueFilterTest {

	private final Catalogue catalogue = ShippedCatalogue.get();

	private static final Locale SV = Locale.forLanguageTag("sv");

	@Test
	void swedishLettersMayBeTypedWithoutTheirDots() {
		assertThat(catalogue.filter("forskola", SV)).extracting(EService::id).contains("preschool-application", "preschool-portal");
		assertThat(catalogue.filter("förskola", SV)).extracting(EService::id).contains("preschool-application", "preschool-portal");
	}

	@Test
	void everyWordMustMatchAndCaseDoesNotMatter() {
		assertThat(catalogue.filter("PARKERING tillstand", SV)).extracting(EService::id).containsExactly("residents-parking-permit");
	}

	@Test
	void englishWordsFindTheSameServicesOnASwedishPage() {
		assertThat(catalogue.filter("heat pump", SV)).extracting(EService::id).contains("heat-pump-licence");
	}

	@Test
	void titleMatchesComeFirst() {
		assertThat(catalogue.filter("radon", Locale.ENGLISH)).first().extracting(EService::id).isEqualTo("radon-readings");
	}

	@Test
	void aQueryOfOnlyPunctuationListsEverything() {
		assertThat(catalogue.filter(" -- ", SV)).hasSize(catalogue.all(SV).size());
	}

	@Test
	void nothingMatchesGibberish() {
		assertThat(catalogue.filter("zzzqqq", SV)).isEmpty();
	}

	@Test
	void anOverlongQueryIsRefusedRatherThanCut() {
		assertThatThrownBy(() -> catalogue.filter("a".repeat(Catalogue.MAX_QUERY_LENGTH + 1), SV))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
