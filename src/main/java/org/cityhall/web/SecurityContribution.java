package org.cityhall.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's part of the one security filter chain: its login, its authorization rules. The frame
 * applies every contribution, in {@link org.springframework.core.annotation.Order order}, before its
 * own headers and before letting everything not claimed through to public pages.
 */
@FunctionalInterface
public interface SecurityContribution {

	void contribute(HttpSecurity http) throws Exception;
}
