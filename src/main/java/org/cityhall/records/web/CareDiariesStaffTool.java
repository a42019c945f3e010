package org.cityhall.records.web;

import org.cityhall.records.CareDiaries;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.stereotype.Component;

/** On the staff start page. The care diaries of the units a care worker works in. */
@Component
class CareDiariesStaffTool implements StaffTool {

	@Override
	public int order() {
		return 240;
	}

	@Override
	public String path() {
		return "/staff/care-diaries";
	}

	@Override
	public String labelKey() {
		return "records.staff.tool.care-diaries";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.roles().stream().anyMatch(role -> role.role().equals(CareDiaries.CARE_STAFF));
	}
}
