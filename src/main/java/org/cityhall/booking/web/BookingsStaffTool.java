package org.cityhall.booking.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. Bookings: the resources of the member's departments, their calendars, check-in lists and seasons. */
@Component
class BookingsStaffTool implements StaffTool {

	@Override
	public int order() {
		return 200;
	}

	@Override
	public String path() {
		return "/staff/bookings";
	}

	@Override
	public String labelKey() {
		return "booking.staff.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.roles().stream().anyMatch(role -> role.role().equals(StaffRoles.OFFICER));
	}
}
