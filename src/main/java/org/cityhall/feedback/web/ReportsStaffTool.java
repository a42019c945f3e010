package org.cityhall.feedback.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. Comments and complaints: the departments' reports, merging duplicates and the routing rules. */
@Component
class ReportsStaffTool implements StaffTool {

	@Override
	public int order() {
		return 170;
	}

	@Override
	public String path() {
		return "/staff/reports";
	}

	@Override
	public String labelKey() {
		return "feedback.staff.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.hasRole(StaffRoles.OFFICER) || member.hasRole(StaffRoles.PLATFORM_ADMINISTRATOR);
	}
}
