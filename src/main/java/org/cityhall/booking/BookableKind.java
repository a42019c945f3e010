package org.cityhall.booking;

/** What kind of thing is booked. */
public enum BookableKind {
	/** A time with one place: a wedding ceremony, a single free hour in a hall. */
	SLOT,
	/** A weekly time for a season, allocated to an association. */
	SEASON_TIME,
	/** A course of sessions with an age limit and a number of places. */
	COURSE,
	/** A week of a children's holiday camp. */
	CAMP
}
