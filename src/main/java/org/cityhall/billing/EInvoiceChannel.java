package org.cityhall.billing;

/**
 * How the city's e-faktura invoice files reach Bankgirot's e-faktura service: hand it a file in the service's
 * format and it delivers it (through the bank's file transfer, or a technical distributor's). A city's
 * channel gets an adapter of this port; by default the files are written to a folder
 * ({@code cityhall.billing.e-invoice.folder}) that the city's file transfer picks up.
 */
public interface EInvoiceChannel {

	/**
	 * Delivers a file. Delivering the same name again must not deliver it twice.
	 *
	 * @param name the file's name, unique to the city
	 * @param file the file, ISO 8859-1
	 * @throws java.io.UncheckedIOException if it could not be handed over; the invoices stay to be sent
	 */
	void deliver(String name, byte[] file);
}
