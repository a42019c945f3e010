package org.cityhall.permits;

/** Where a permit stands. An ended permit may still run to the last day of its paid period. */
public enum PermitStatus {
	ACTIVE, SUSPENDED, ENDED
}
