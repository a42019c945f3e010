package org.cityhall.notifications.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ways CityHall reaches someone besides their inbox. */
public enum Channel {

	EMAIL("email"), SMS("mobile");

	private final String path;

	Channel(String path) {
		this.path = path;
	}

	/** The channel's part of the contact details' addresses and of its message keys: {@code email} or {@code mobile}. */
	public String path() {
		return path;
	}

	static Optional<Channel> fromPath(String path) {
		return Arrays.stream(values()).filter(channel -> channel.path.equals(path)).findFirst();
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}
}
