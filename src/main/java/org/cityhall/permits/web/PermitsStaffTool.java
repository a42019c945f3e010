package org.cityhall.permits.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. Residents' parking permits and the wardens' devices, for the traffic department's officers. */
@Component
class PermitsStaffTool implements StaffTool {

	@Override
	public int order() {
		return 210;
	}

	@Override
	public String path() {
		return "/staff/permits";
	}

	@Override
	public String labelKey() {
		return "permits.staff.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.hasRoleIn(StaffRoles.OFFICER, StaffPermitsController.DEPARTMENT);
	}
}
