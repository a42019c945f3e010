package org.cityhall.contact.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. The knowledge base of answers, which agents and departments' officers keep. */
@Component
class AnswersStaffTool implements StaffTool {

	@Override
	public int order() {
		return 160;
	}

	@Override
	public String path() {
		return "/staff/contact/answers";
	}

	@Override
	public String labelKey() {
		return "contact.staff.tool.answers";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.hasRole(StaffRoles.CONTACT_CENTRE_AGENT) || member.hasRole(StaffRoles.OFFICER);
	}
}
