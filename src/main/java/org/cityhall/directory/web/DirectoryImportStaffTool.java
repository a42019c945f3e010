package org.cityhall.directory.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. The providers' import for Find & Compare, for officers of the administrations that keep providers. */
@Component
class DirectoryImportStaffTool implements StaffTool {

	@Override
	public int order() {
		return 260;
	}

	@Override
	public String path() {
		return "/staff/directory/import";
	}

	@Override
	public String labelKey() {
		return "directory.staff.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return StaffDirectoryController.DEPARTMENTS.stream().anyMatch(department -> member.hasRoleIn(StaffRoles.OFFICER, department));
	}
}
