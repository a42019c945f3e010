package org.cityhall.cases;

/**
 * Someone asked for a case that is not theirs to see or handle: another department's, or another
 * person's. Pages answer 403 for staff and 404 for residents, so a case number reveals nothing.
 */
public class CaseAccessDenied extends RuntimeException {

	public CaseAccessDenied(String message) {
		super(message);
	}
}
