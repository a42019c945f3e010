package org.cityhall.contact.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

import org.cityhall.contact.ContactLog;
import org.cityhall.contact.ContactQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;

/**
 * Reads the centre's mailbox over IMAP: every unread message becomes a contact waiting to be answered, in
 * Äldre Direkt's queue when it was sent to Äldre Direkt's address, and is then marked read. A message is
 * known by its Message-ID, so a mailbox read twice, or by two nodes at once, makes one contact.
 * On only when {@code cityhall.contact.imap.host} is set.
 */
@Component
@ConditionalOnProperty("cityhall.contact.imap.host")
class MailboxReader {

	private static final Logger LOG = LoggerFactory.getLogger(MailboxReader.class);
	private static final int BODY_LIMIT = 20_000;

	/** Where the mailbox is and whose address is Äldre Direkt's. */
	record Mailbox(String host, int port, boolean ssl, String username, String password, String folder, String aldreDirektAddress) {
	}

	private final Mailbox mailbox;
	private final ContactLog log;
	private final Clock clock;

	MailboxReader(@Value("${cityhall.contact.imap.host}") String host, @Value("${cityhall.contact.imap.port:993}") int port,
			@Value("${cityhall.contact.imap.ssl:true}") boolean ssl, @Value("${cityhall.contact.imap.username}") String username,
			@Value("${cityhall.contact.imap.password}") String password, @Value("${cityhall.contact.imap.folder:INBOX}") String folder,
			@Value("${cityhall.contact.imap.aldre-direkt-address:}") String aldreDirekt, ContactLog log, Clock clock) {
		this(new Mailbox(host, port, ssl, username, password, folder, aldreDirekt), log, clock);
	}

	MailboxReader(Mailbox mailbox, ContactLog log, Clock clock) {
		this.mailbox = mailbox;
		this.log = log;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${cityhall.contact.imap.interval:PT1M}", initialDelayString = "PT30S")
	void poll() {
		try {
			int read = read();
			if (read > 0) {
				LOG.info("{} e-mails to the contact centre became contacts", read);
			}
		}
		catch (MessagingException | IOException ex) {
			LOG.warn("The contact centre's mailbox at {} could not be read: {}", mailbox.host(), ex.getMessage());
		}
	}

	/** Reads the unread messages, and returns how many new contacts they made. */
	int read() throws MessagingException, IOException {
		String protocol = mailbox.ssl() ? "imaps" : "imap";
		Properties properties = new Properties();
		properties.put("mail.store.protocol", protocol);
		properties.put("mail." + protocol + ".connectiontimeout", "10000");
		properties.put("mail." + protocol + ".timeout", "20000");
		Session session = Session.getInstance(properties);
		int made = 0;
		try (Store store = session.getStore(protocol)) {
			store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
			Folder folder = store.getFolder(mailbox.folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					if (log.emailReceived(queueOf(message), messageId(message), sender(message),
							message.getSubject() == null ? "" : message.getSubject(), text(message), received(message))) {
						made++;
					}
					message.setFlag(Flags.Flag.SEEN, true);
				}
			}
			finally {
				folder.close(false);
			}
		}
		return made;
	}

	private ContactQueue queueOf(Message message) throws MessagingException {
		if (mailbox.aldreDirektAddress().isBlank() || message.getAllRecipients() == null) {
			return ContactQueue.GENERAL;
		}
		for (Address to : message.getAllRecipients()) {
			if (to instanceof InternetAddress address && address.getAddress() != null
					&& address.getAddress().equalsIgnoreCase(mailbox.aldreDirektAddress())) {
				return ContactQueue.ALDRE_DIREKT;
			}
		}
		return ContactQueue.GENERAL;
	}

	/** The message's Message-ID; for a message without one, a digest of its sender, subject, date and text. */
	private static String messageId(Message message) throws MessagingException, IOException {
		String[] ids = message.getHeader("Message-ID");
		if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
			return ids[0].strip();
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((sender(message) + "\n" + message.getSubject() + "\n" + message.getSentDate() + "\n" + text(message))
					.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sender(Message message) throws MessagingException {
		Address[] from = message.getFrom();
		if (from == null || from.length == 0) {
			return "";
		}
		return from[0] instanceof InternetAddress address ? address.getAddress().toLowerCase(Locale.ROOT) : from[0].toString();
	}

	private Instant received(Message message) throws MessagingException {
		java.util.Date date = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
		return date == null ? clock.instant() : date.toInstant();
	}

	/** The message's plain text: the first text/plain part, or the HTML part's text with its tags removed. */
	static String text(Part part) throws MessagingException, IOException {
		String text = plain(part);
		if (text == null) {
			text = "";
		}
		return text.length() > BODY_LIMIT ? text.substring(0, BODY_LIMIT) : text.strip();
	}

	private static String plain(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			String html = null;
			for (int i = 0; i < multipart.getCount(); i++) {
				Part child = multipart.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
					continue;
				}
				if (child.isMimeType("text/html") && html == null) {
					html = child.getContent().toString().replaceAll("<[^>]*>", " ").replaceAll("[ \\t]+", " ");
					continue;
				}
				String found = plain(child);
				if (found != null) {
					return found;
				}
			}
			return html;
		}
		if (part.isMimeType("text/html")) {
			return part.getContent().toString().replaceAll("<[^>]*>", " ").replaceAll("[ \\t]+", " ");
		}
		return null;
	}
}
