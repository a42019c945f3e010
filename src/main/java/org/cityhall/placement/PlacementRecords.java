package org.cityhall.placement;

import org.cityhall.archive.RetentionClass;

/** How school choice's records are filed: under the education department, kept (bevaras). */
final class PlacementRecords {

	static final String DEPARTMENT = "education";
	static final RetentionClass RETENTION = RetentionClass.KEEP;

	private PlacementRecords() {
	}
}
