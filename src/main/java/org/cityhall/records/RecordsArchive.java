package org.cityhall.records;

import org.cityhall.archive.RetentionClass;

/**
 * How the records module's events are filed in the e-archive. Social documentation in elderly care is
 * disposed of five years after the last entry (SoL 7 kap.); a pre-school's day-to-day records two years
 * after the child left; the week's menu and activities, which name nobody, one year.
 */
final class RecordsArchive {

	/** A care diary's entries and imports. */
	static final RetentionClass CARE_DIARY = RetentionClass.disposeAfterYears(5);
	/** A child's absences, talks and pictures. */
	static final RetentionClass PRESCHOOL_CHILD = RetentionClass.disposeAfterYears(2);
	/** A pre-school's published week. */
	static final RetentionClass PRESCHOOL_WEEK = RetentionClass.disposeAfterYears(1);

	/** The department that keeps care diaries, by its id in the catalogue. */
	static final String ELDERLY_CARE = "elderly-care";
	/** The department that runs the pre-schools. */
	static final String DISTRICTS = "district-administrations";

	private RecordsArchive() {
	}
}
