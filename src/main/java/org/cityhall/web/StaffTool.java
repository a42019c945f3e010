package org.cityhall.web;

import org.cityhall.shared.Actor;

/**
 * A module's tool on the staff start page (/staff): the bookings of a department, the permits, the register
 * imports, the school choice rounds. The start page lists the tools offered to the member, in {@link #order()},
 * and knows no module.
 */
public interface StaffTool {

	/** Lower comes first. */
	int order();

	/** Where the tool starts, e.g. {@code /staff/bookings}. */
	String path();

	/** The message key of the link's text. */
	String labelKey();

	/** Whether the member's roles let them use the tool (the tool's pages check again). */
	boolean offeredTo(Actor member);
}
