package org.cityhall.archive.web;

import org.cityhall.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * The archive's API is for archivists; the public key that checks its checkpoints is for everyone
 * (the frame lets through what no module claims).
 */
@Component
@Order(50)
class ArchiveSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/archive/**").hasRole("ARCHIVIST"));
	}
}
