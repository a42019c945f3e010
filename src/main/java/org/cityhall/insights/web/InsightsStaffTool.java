package org.cityhall.insights.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. The programme's adoption and benefits, for programme analysts. */
@Component
class InsightsStaffTool implements StaffTool {

	@Override
	public int order() {
		return 300;
	}

	@Override
	public String path() {
		return "/staff/insights";
	}

	@Override
	public String labelKey() {
		return "insights.staff.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.hasRole(StaffRoles.PROGRAMME_ANALYST);
	}
}
