/**
 * Telling people what happened: an e-mail, a text message and an entry in their inbox on My pages,
 * in the language they chose. Other modules publish events that implement {@link org.cityhall.notifications.Notice};
 * this module decides where each goes from the recipient's own verified e-mail address and mobile
 * number and their preferences, which it keeps. Delivery goes through an outbox, at least once:
 * nothing is lost in a crash, and nobody sees a notice twice in their inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared", "web"})
package org.cityhall.notifications;
