package org.cityhall.archive.web;

import org.cityhall.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * The archivists' pages and the archive's API are for staff with the archivist role, whose authority
 * identity grants from the staff tables; the rules come before the one that lets any staff member
 * reach {@code /staff/**}. The public key that checks the checkpoints is for everyone (the frame lets
 * through what no module claims).
 */
@Component
@Order(5)
class ArchiveSecurity implements SecurityContribution {

	/** The Spring Security authority of the staff role {@code archivist}. */
	static final String ARCHIVIST = "ROLE_ARCHIVIST";

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/staff/archive", "/staff/archive/**").hasAuthority(ARCHIVIST)
				.requestMatchers("/api/v1/archive/**").hasAuthority(ARCHIVIST));
	}
}
