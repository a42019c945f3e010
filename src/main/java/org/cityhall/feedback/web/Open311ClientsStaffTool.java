package org.cityhall.feedback.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page, for platform administrators: the Open311 clients and their API keys. */
@Component
class Open311ClientsStaffTool implements StaffTool {

	@Override
	public int order() {
		return 175;
	}

	@Override
	public String path() {
		return Open311ClientsController.PATH;
	}

	@Override
	public String labelKey() {
		return "feedback.clients.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.hasRole(StaffRoles.PLATFORM_ADMINISTRATOR);
	}
}
