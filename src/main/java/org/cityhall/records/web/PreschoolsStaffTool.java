package org.cityhall.records.web;

import org.cityhall.records.Preschools;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. The pre-school portal of the pre-schools a member of staff works at. */
@Component
class PreschoolsStaffTool implements StaffTool {

	@Override
	public int order() {
		return 250;
	}

	@Override
	public String path() {
		return "/staff/preschools";
	}

	@Override
	public String labelKey() {
		return "records.staff.tool.preschools";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.roles().stream().anyMatch(role -> role.role().equals(Preschools.PRESCHOOL_STAFF));
	}
}
