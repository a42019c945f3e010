package org.cityhall.catalogue.information;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.SignedInAs;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo city's editors and publishers of information pages, signed in for MockMvc. */
final class StaffMembers {

	private StaffMembers() {
	}

	static RequestPostProcessor editor(String department) {
		return SignedInAs.staff("content-editor-" + department, ScopedRole.inDepartment(StaffRoles.CONTENT_EDITOR, department));
	}

	static RequestPostProcessor publisher(String department) {
		return SignedInAs.staff("content-publisher-" + department, ScopedRole.inDepartment(StaffRoles.CONTENT_PUBLISHER, department));
	}

	/** Someone who both writes and publishes in a department: still never approves their own version. */
	static RequestPostProcessor editorAndPublisher(String department) {
		return SignedInAs.staff("content-both-" + department, ScopedRole.inDepartment(StaffRoles.CONTENT_EDITOR, department),
				ScopedRole.inDepartment(StaffRoles.CONTENT_PUBLISHER, department));
	}
}
