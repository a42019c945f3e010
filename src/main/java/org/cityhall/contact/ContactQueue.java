package org.cityhall.contact;

import java.util.Arrays;
import java.util.Optional;

/** The lines residents reach the centre on: the general one, and Äldre Direkt for questions about elderly care. */
public enum ContactQueue {

	GENERAL("general"),
	/** Äldre Direkt: the city's line for older people and their relatives, answered by agents who know elderly care. */
	ALDRE_DIREKT("aldre-direkt");

	private final String code;

	ContactQueue(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<ContactQueue> of(String code) {
		return Arrays.stream(values()).filter(q -> q.code.equals(code)).findFirst();
	}
}
