/**
 * The Contact Centre: one number and one desk that sees a resident's whole matter. Agents look a resident
 * up (audited, with the purpose), see their matters from every module as My pages shows them, log each
 * contact (channel, topic, outcome, time taken), answer from a knowledge base, start an e-service on the
 * resident's behalf by phone, or hand the matter to a department. E-mail to the centre becomes a contact
 * through an IMAP mailbox. Äldre Direkt, the line for elderly care questions, is a queue of its own.
 * <p>
 * The API: {@link org.cityhall.contact.ContactLog}, {@link org.cityhall.contact.ResidentLookups} and
 * {@link org.cityhall.contact.KnowledgeBase}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact",
		allowedDependencies = {"shared", "web", "audit", "identity", "catalogue", "cases"})
package org.cityhall.contact;
