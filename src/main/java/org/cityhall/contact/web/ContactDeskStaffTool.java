package org.cityhall.contact.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. The Contact Centre's desk, for its agents. */
@Component
class ContactDeskStaffTool implements StaffTool {

	@Override
	public int order() {
		return 150;
	}

	@Override
	public String path() {
		return "/staff/contact";
	}

	@Override
	public String labelKey() {
		return "contact.staff.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.hasRole(StaffRoles.CONTACT_CENTRE_AGENT);
	}
}
