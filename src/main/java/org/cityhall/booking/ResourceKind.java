package org.cityhall.booking;

/** What kind of place a resource is. */
public enum ResourceKind {
	/** City Hall's ceremony room, for civil weddings. */
	CEREMONY_ROOM,
	/** A sports hall. */
	HALL,
	/** A playing field. */
	FIELD,
	/** A swimming pool. */
	POOL,
	/** A holiday camp. */
	CAMP
}
