package org.cityhall.billing.web;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.web.StaffTool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** On the staff start page. Bank payments to place or refund, for officers of the department that keeps the city's accounts. */
@Component
class PaymentsStaffTool implements StaffTool {

	private final String department;

	PaymentsStaffTool(@Value("${cityhall.billing.staff-department:service-administration}") String department) {
		this.department = department;
	}

	@Override
	public int order() {
		return 270;
	}

	@Override
	public String path() {
		return "/staff/billing";
	}

	@Override
	public String labelKey() {
		return "billing.staff.tool";
	}

	@Override
	public boolean offeredTo(Actor member) {
		return member.hasRoleIn(StaffRoles.OFFICER, department);
	}
}
