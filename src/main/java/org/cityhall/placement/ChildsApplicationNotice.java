package org.cityhall.placement;

import java.util.List;
import java.util.Optional;

import org.cityhall.notifications.Notice;

/**
 * A notice about a child's school choice application: it leads to the application's page, and its
 * texts name the child and the case number unless the notice says otherwise.
 */
interface ChildsApplicationNotice extends Notice {

	String caseNumber();

	String childName();

	@Override
	default List<String> arguments() {
		return List.of(childName(), caseNumber());
	}

	@Override
	default Optional<String> link() {
		return Optional.of("/my-pages/school-choice/" + caseNumber());
	}
}
