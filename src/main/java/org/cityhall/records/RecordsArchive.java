package org.cityhall.records;

import org.cityhall.archive.RetentionClass;

/**
 * How the records module's events are filed in the e-archive. A care diary's and a child's records are
 * kept as their e-service's definition says ({@code retention:} in care-diary.yml and
 * preschool-portal.yml); the week's menu, activities and talk times, which name nobody, one year.
 */
@org.springframework.stereotype.Component
class RecordsArchive {

	static final String CARE_DIARY_SERVICE = "care-diary";
	static final String PRESCHOOL_SERVICE = "preschool-portal";

	/** A pre-school's published week and its talk times. */
	static final RetentionClass PRESCHOOL_WEEK = RetentionClass.disposeAfterYears(1);

	/** The department that keeps care diaries, by its id in the catalogue. */
	static final String ELDERLY_CARE = "elderly-care";
	/** The department that runs the pre-schools. */
	static final String DISTRICTS = "district-administrations";

	private final org.cityhall.catalogue.Catalogue catalogue;

	RecordsArchive(org.cityhall.catalogue.Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** A care diary's entries and imports: as the care diary's definition says. */
	RetentionClass careDiary() {
		return of(CARE_DIARY_SERVICE);
	}

	/** A child's absences, talks and pictures: as the pre-school portal's definition says. */
	RetentionClass preschoolChild() {
		return of(PRESCHOOL_SERVICE);
	}

	private RetentionClass of(String eservice) {
		return catalogue.find(eservice).map(org.cityhall.catalogue.EService::retention)
				.orElseThrow(() -> new IllegalStateException("the catalogue has no e-service " + eservice));
	}
}
