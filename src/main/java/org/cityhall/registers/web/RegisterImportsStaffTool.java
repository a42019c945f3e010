package org.cityhall.registers.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. The public registers' imports, for officers of the departments that keep a register. */
@Component
class RegisterImportsStaffTool implements StaffTool {

	@Override
	public int order() {
		return 230;
	}

	@Override
	public String path() {
		return "/staff/registers/imports";
	}

	@Override
	public String labelKey() {
		return "registers.staff.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return ImportsController.DEPARTMENTS.values().stream().anyMatch(department -> member.hasRoleIn(StaffRoles.OFFICER, department));
	}
}
