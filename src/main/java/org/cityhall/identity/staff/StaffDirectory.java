package org.cityhall.identity.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cityhall.shared.ScopedRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The city's staff as the city has registered them, with the roles it has given them. */
@Component
public class StaffDirectory {

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An active member of staff with their roles; empty if unknown or no longer active. */
	public Optional<StaffMember> find(String staffId) {
		return jdbc.sql("SELECT id, name, email, department FROM identity_staff WHERE id = :id AND active")
				.param("id", staffId)
				.query((rs, row) -> new StaffMember(rs.getString("id"), rs.getString("name"), rs.getString("email"),
						rs.getString("department"), rolesOf(rs.getString("id"))))
				.optional();
	}

	public List<StaffMember> all() {
		return jdbc.sql("SELECT id FROM identity_staff WHERE active ORDER BY name").query(String.class).list().stream()
				.map(this::find).flatMap(Optional::stream).toList();
	}

	/** Registers or updates a member of staff and replaces their roles. */
	@Transactional
	public void save(StaffMember member) {
		jdbc.sql("""
				INSERT INTO identity_staff (id, name, email, department) VALUES (:id, :name, :email, :department)
				ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email,
				    department = EXCLUDED.department, active = TRUE
				""")
				.param("id", member.id()).param("name", member.name()).param("email", member.email())
				.param("department", member.department())
				.update();
		jdbc.sql("DELETE FROM identity_staff_role WHERE staff_id = :id").param("id", member.id()).update();
		for (ScopedRole role : member.roles()) {
			jdbc.sql("INSERT INTO identity_staff_role (staff_id, role, scope) VALUES (:id, :role, :scope)")
					.param("id", member.id()).param("role", role.role()).param("scope", role.scope())
					.update();
		}
	}

	private Set<ScopedRole> rolesOf(String staffId) {
		return jdbc.sql("SELECT role, scope FROM identity_staff_role WHERE staff_id = :id")
				.param("id", staffId)
				.query((rs, row) -> new ScopedRole(rs.getString("role"), rs.getString("scope")))
				.list().stream().collect(Collectors.toUnmodifiableSet());
	}

	/** A member of staff: who they are and what they may do where. */
	public record StaffMember(String id, String name, String email, String department, Set<ScopedRole> roles) {

		public StaffMember {
			roles = Set.copyOf(roles);
		}
	}
}
