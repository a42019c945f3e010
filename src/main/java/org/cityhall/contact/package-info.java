/**
 * The Contact Centre: one number and one desk that sees a resident's whole matter. Agents look a resident
 * up (audited, with the purpose), see their matters from every module as My pages shows them, log each
 * contact (channel, topic, outcome, time taken), answer from a knowledge base, start an e-service on the
 * resident's behalf by phone, or hand the matter to a department with a note, which the department's officers
 * take and close. E-mail to the centre becomes a contact through an IMAP mailbox, and the agent's reply goes
 * back through notifications. Äldre Direkt, the line for elderly care questions, is a queue of its own.
 * <p>
 * The API: {@link org.cityhall.contact.ContactLog}, {@link org.cityhall.contact.ResidentLookups},
 * {@link org.cityhall.contact.HandOvers} and {@link org.cityhall.contact.KnowledgeBase}; the events
 * {@link org.cityhall.contact.ContactHandedOver}, {@link org.cityhall.contact.HandOverClosed} and
 * {@link org.cityhall.contact.EmailReplied}, each filed in the archive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact",
		allowedDependencies = {"shared", "web", "audit", "archive", "notifications", "identity", "catalogue", "cases"})
package org.cityhall.contact;
