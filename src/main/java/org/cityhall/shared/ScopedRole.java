package org.cityhall.shared;

import java.util.Objects;

/**
 * A role a member of staff holds within a scope: {@code officer} in {@code department:traffic},
 * {@code platform-administrator} in {@code city}. Roles are data, given and taken by the city.
 */
public record ScopedRole(String role, String scope) implements java.io.Serializable {

	public static final String CITY = "city";

	public ScopedRole {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(scope, "scope");
	}

	public static ScopedRole inDepartment(String role, String department) {
		return new ScopedRole(role, "department:" + department);
	}

	public static ScopedRole cityWide(String role) {
		return new ScopedRole(role, CITY);
	}

	/** Whether this role reaches a department: held in it, or city-wide. */
	public boolean covers(String department) {
		return CITY.equals(scope) || scope.equals("department:" + department);
	}
}
