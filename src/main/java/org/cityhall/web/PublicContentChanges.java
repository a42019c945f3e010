package org.cityhall.web;

/**
 * Tells the frame that something {@link PublicContent} pages show has changed while CityHall runs,
 * such as an information page published that e-service pages now link to. The frame forgets the
 * answers it kept on this node once the caller's transaction commits (at once outside one); other
 * nodes render theirs afresh within {@code cityhall.web.public-content-max-age}.
 */
public interface PublicContentChanges {

	void changed();
}
