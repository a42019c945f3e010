package org.cityhall.billing.web;

import java.util.Locale;
import java.util.UUID;

import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.invoice.InvoiceDocuments;
import org.cityhall.documents.PdfDocuments;
import org.cityhall.shared.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An invoice's PDF/A for its payer, in the page's language. Only the payer – signed in, or acting for the
 * payer – gets it; to anyone else it does not exist.
 */
@Controller
class InvoicePagesController {

	private final Invoices invoices;
	private final InvoiceDocuments documents;

	InvoicePagesController(Invoices invoices, InvoiceDocuments documents) {
		this.invoices = invoices;
		this.documents = documents;
	}

	@GetMapping("/invoices/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, Actor actor, Locale locale) {
		InvoiceView invoice = invoiceOf(id, actor);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(PdfDocuments.MEDIA_TYPE))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(InvoiceDocuments.filename(invoice)).build().toString())
				.body(documents.pdf(invoice, locale));
	}

	private InvoiceView invoiceOf(String id, Actor actor) {
		UUID invoiceId;
		try {
			invoiceId = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return invoices.find(invoiceId)
				.filter(invoice -> invoice.isPayer(actor.who()) || invoice.isPayer(actor.forWhom()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
