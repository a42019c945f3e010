package org.cityhall.placement.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. School choice rounds, for the education department's officers and head teachers. */
@Component
class PlacementStaffTool implements StaffTool {

	@Override
	public int order() {
		return 220;
	}

	@Override
	public String path() {
		return "/staff/placement";
	}

	@Override
	public String labelKey() {
		return "placement.staff.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.hasRoleIn(StaffRoles.OFFICER, StaffPlacementController.DEPARTMENT)
				|| member.roles().stream().anyMatch(role -> role.role().equals(StaffPlacementController.HEAD_TEACHER));
	}
}
