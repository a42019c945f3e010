package org.cityhall.billing;

/**
 * The city's Peppol access point, as billing needs one: hand it a validated Peppol BIS Billing 3.0 document
 * for a receiver, and it sends it over the Peppol network (AS4), wrapping it in the standard business
 * document header itself. A city's access-point provider gets an adapter of this port; by default the
 * documents are written to a folder (`cityhall.billing.access-point.folder`) that the provider's client
 * picks up, one file per document, named by the invoice number.
 */
public interface AccessPoint {

	/**
	 * Sends a document. Sending the same invoice number again must not send it twice.
	 *
	 * @param invoiceNumber the invoice's number, unique to the city
	 * @param receiver the receiver's Peppol participant id, {@code 0007:5560360793}
	 * @param document the UBL document, UTF-8
	 * @throws java.io.UncheckedIOException if it could not be handed over; it is tried again
	 */
	void send(long invoiceNumber, String receiver, byte[] document);
}
