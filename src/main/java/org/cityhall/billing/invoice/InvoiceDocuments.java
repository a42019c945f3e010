package org.cityhall.billing.invoice;

import java.util.Locale;
import java.util.Map;

import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Seller;
import org.cityhall.documents.PdfDocuments;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An invoice, reminder or credit note as the payer reads and keeps it: a PDF/A document (by
 * {@link PdfDocuments}, as the cases' receipts are), in the payer's language, with the city as seller,
 * the lines, VAT per rate, the total, the day to pay by, the bankgiro number and the OCR reference.
 */
@Component
public class InvoiceDocuments {

	private final ITemplateEngine templates;
	private final PdfDocuments pdfs;
	private final Seller seller;

	InvoiceDocuments(ITemplateEngine templates, PdfDocuments pdfs, Seller seller) {
		this.templates = templates;
		this.pdfs = pdfs;
		this.seller = seller;
	}

	/** The invoice's PDF/A in the language. */
	public byte[] pdf(InvoiceView invoice, Locale locale) {
		return pdfs.render(templates.process("billing/pdf/invoice",
				new Context(locale, Map.of("invoice", invoice, "seller", seller, "view", InvoiceText.of(invoice, locale)))));
	}

	/** The file name to download it as. */
	public static String filename(InvoiceView invoice) {
		return (invoice.kind() == InvoiceView.Kind.CREDIT_NOTE ? "kreditfaktura-" : "faktura-") + invoice.number() + ".pdf";
	}
}
