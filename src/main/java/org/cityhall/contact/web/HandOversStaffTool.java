package org.cityhall.contact.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. The contacts the Contact Centre handed to the officer's departments. */
@Component
class HandOversStaffTool implements StaffTool {

	@Override
	public int order() {
		return 155;
	}

	@Override
	public String path() {
		return "/staff/contact/handovers";
	}

	@Override
	public String labelKey() {
		return "contact.staff.tool.handovers";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.hasRole(StaffRoles.OFFICER);
	}
}
