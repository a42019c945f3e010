package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cityhall.catalogue.EService.Status;
import org.junit.jupiter.api.Test;

/** The catalogue the city ships: every e-service of the programme, honestly marked, with the published figures. */
class ShippedCatalogueTest {

	static final List<String> PROGRAMME = List.of("housing-queue", "wedding-booking", "school-application",
			"preschool-application", "residents-parking-permit", "radon-readings", "heat-pump-licence", "care-diary",
			"building-permit", "preschool-portal", "komet-parent-training", "art-school-courses",
			"sports-facility-booking", "cycle-trip-planner", "elderly-care-enquiry", "holiday-camp", "swimming",
			"find-and-compare", "navigation-support", "e-invoicing", "food-inspection-results",
			"comments-and-complaints", "alcohol-licence", "no-key-home-help", "mobile-security-alarm",
			"traffic-information", "heavy-traffic-exemption", "job-market-portal", "custodian-annual-report",
			"planning-guidance", "city-museum", "elderly-support-application");

	private final Catalogue catalogue = ShippedCatalogue.get();

	@Test
	void everyEServiceOfTheProgrammeHasADefinition() {
		assertThat(catalogue.all(Locale.ROOT)).extracting(EService::id).containsExactlyInAnyOrderElementsOf(PROGRAMME);
	}

	@Test
	void noEServiceClaimsToBeLiveBeforeItWorks() {
		assertThat(catalogue.all(Locale.ROOT)).extracting(EService::status).containsOnly(Status.UNDER_DEVELOPMENT);
	}

	@Test
	void theHomePageHasTheEightLifeSituationsInOrder() {
		assertThat(catalogue.lifeSituations()).extracting(LifeSituation::id).containsExactly("children-and-school",
				"housing", "parking-and-traffic", "environment-and-building", "elderly-care-and-support",
				"leisure-and-culture", "business", "contact-the-city");
		assertThat(catalogue.countsByLifeSituation().values()).allMatch(count -> count > 0);
	}

	@Test
	void theCitysPublishedDigitalSharesAreThoseReported() {
		Map<String, String> published = Map.of("housing-queue", "0.99", "wedding-booking", "0.9",
				"preschool-application", "0.9", "heat-pump-licence", "0.6", "school-application", "0.5");
		published.forEach((id, share) -> assertThat(catalogue.find(id).orElseThrow().benefit().reportedDigitalShare())
				.as(id).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(share)));
	}

	@Test
	void theParkingPermitEstimateMatchesThePublishedFigures() {
		BenefitEstimate parking = catalogue.find("residents-parking-permit").orElseThrow().benefit();
		assertThat(parking.expectedDigitalShare()).isEqualByComparingTo("0.75");
		// "a saving the size of four full-time posts": about 1,600 working hours a post
		assertThat(parking.hoursSavedPerYear()).isBetween(BigDecimal.valueOf(5_800), BigDecimal.valueOf(7_000));
	}

	@Test
	void publishedVolumesAreUsed() {
		assertThat(catalogue.find("art-school-courses").orElseThrow().benefit().yearlyCases()).isEqualTo(14_000);
		assertThat(catalogue.find("building-permit").orElseThrow().benefit().yearlyCases()).isEqualTo(9_000);
	}

	@Test
	void mostPayBackWithinTheRequirementAndThoseThatDoNotAreFlagged() {
		List<EService> missing = catalogue.all(Locale.ROOT).stream().filter(e -> !catalogue.meetsPaybackRequirement(e)).toList();
		assertThat(missing).extracting(EService::id).contains("navigation-support", "city-museum");
		assertThat(missing.size()).isLessThan(PROGRAMME.size() / 4);
	}

	@Test
	void theHeatPumpLicenceCarriesItsForm() {
		assertThat(catalogue.find("heat-pump-licence").orElseThrow().form())
				.hasValueSatisfying(form -> assertThat(form.steps()).isNotEmpty());
	}

	@Test
	void everyEServiceReadsInBothLanguages() {
		for (EService e : catalogue.all(Locale.ROOT)) {
			assertThat(e.title().sv()).as(e.id()).isNotEqualTo(e.title().en());
			assertThat(e.description().sv()).as(e.id()).isNotBlank();
			assertThat(e.description().en()).as(e.id()).isNotBlank();
		}
	}
}
