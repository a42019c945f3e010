package org.cityhall.billing.peppol;

import java.math.BigDecimal;
import java.util.Objects;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CreditedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EndpointIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.InvoicedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.LineExtensionAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PayableAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PayableRoundingAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PriceAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExclusiveAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxInclusiveAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxableAmountType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Seller;
import org.cityhall.shared.Party;
import com.helger.ubl21.UBL21Marshaller;
import org.springframework.stereotype.Component;

/**
 * An invoice to an organisation as a Peppol BIS Billing 3.0 document (UBL 2.1 Invoice, EN 16931): the city
 * as seller with its organisation number (ICD 0007) as its Peppol address, VAT number and "Godkänd för
 * F-skatt", the buyer by its organisation number, payment by credit transfer to the bankgiro number with the
 * OCR reference, one line per fee with its VAT category (S with its rate, or E, exempt), the VAT per
 * category and the totals with the rounding; a credit note to an organisation likewise, as a UBL CreditNote
 * that refers to the invoice it credits. What it makes is checked by {@link PeppolValidator} before it is
 * sent.
 */
@Component
public class PeppolInvoices {

	static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
	static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
	/** ISO 6523 ICD of Swedish organisation numbers (Bolagsverket). */
	static final String SWEDISH_ORGANISATION_NUMBER = "0007";
	static final String EXEMPTION = "Undantagen från skatteplikt enligt mervärdesskattelagen";

	private final Seller seller;

	PeppolInvoices(Seller seller) {
		this.seller = seller;
	}

	/** The invoice's UBL document, as bytes (UTF-8). */
	public byte[] xml(InvoiceView invoice) {
		byte[] xml = UBL21Marshaller.invoice().getAsBytes(ubl(invoice));
		if (xml == null) {
			throw new IllegalStateException("invoice " + invoice.number() + " could not be written as UBL");
		}
		return xml;
	}

	/** The credit note's UBL document (a CreditNote referring to the invoice it credits), as bytes (UTF-8). */
	public byte[] xml(InvoiceView creditNote, InvoiceView credited) {
		byte[] xml = UBL21Marshaller.creditNote().getAsBytes(creditNote(creditNote, credited));
		if (xml == null) {
			throw new IllegalStateException("credit note " + creditNote.number() + " could not be written as UBL");
		}
		return xml;
	}

	/**
	 * A credit note to an organisation as a Peppol BIS Billing 3.0 credit note (type 381): the same parties,
	 * VAT and totals as an invoice, the credited lines, and the invoice it credits (BT-25, BT-26).
	 */
	CreditNoteType creditNote(InvoiceView creditNote, InvoiceView credited) {
		Objects.requireNonNull(creditNote, "creditNote");
		if (creditNote.kind() != InvoiceView.Kind.CREDIT_NOTE || !(creditNote.payer() instanceof Party.Organisation buyer)) {
			throw new IllegalArgumentException("invoice " + creditNote.number() + " is no credit note to an organisation");
		}
		if (!credited.id().equals(creditNote.credits())) {
			throw new IllegalArgumentException("credit note " + creditNote.number() + " does not credit invoice " + credited.number());
		}
		String currency = creditNote.total().currency().getCurrencyCode();
		CreditNoteType ubl = new CreditNoteType();
		ubl.setCustomizationID(CUSTOMIZATION);
		ubl.setProfileID(PROFILE);
		ubl.setID(Long.toString(creditNote.number()));
		ubl.setIssueDate(creditNote.issueDate());
		ubl.setCreditNoteTypeCode("381");
		if (creditNote.reason() != null) {
			ubl.addNote(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType(creditNote.reason()));
		}
		ubl.setDocumentCurrencyCode(currency);
		ubl.setBuyerReference(creditNote.lines().get(0).matter());
		BillingReferenceType reference = new BillingReferenceType();
		DocumentReferenceType invoiceReference = new DocumentReferenceType();
		invoiceReference.setID(Long.toString(credited.number()));
		invoiceReference.setIssueDate(credited.issueDate());
		reference.setInvoiceDocumentReference(invoiceReference);
		ubl.addBillingReference(reference);
		ubl.setAccountingSupplierParty(supplier());
		ubl.setAccountingCustomerParty(customer(buyer));
		ubl.addTaxTotal(taxTotal(creditNote));
		ubl.setLegalMonetaryTotal(totals(creditNote));
		int number = 1;
		for (InvoiceView.Line line : creditNote.lines()) {
			CreditNoteLineType ublLine = new CreditNoteLineType();
			ublLine.setID(Integer.toString(number++));
			ublLine.addNote(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType(line.matter()));
			CreditedQuantityType quantity = new CreditedQuantityType(BigDecimal.ONE);
			quantity.setUnitCode("C62");
			ublLine.setCreditedQuantity(quantity);
			ublLine.setLineExtensionAmount(amount(new LineExtensionAmountType(), line.net(), currency));
			ublLine.setItem(item(line));
			ublLine.setPrice(price(line, currency));
			ubl.addCreditNoteLine(ublLine);
		}
		return ubl;
	}

	InvoiceType ubl(InvoiceView invoice) {
		Objects.requireNonNull(invoice, "invoice");
		if (invoice.kind() != InvoiceView.Kind.INVOICE || !(invoice.payer() instanceof Party.Organisation buyer)) {
			throw new IllegalArgumentException("invoice " + invoice.number() + " is no invoice to an organisation");
		}
		String currency = invoice.total().currency().getCurrencyCode();
		InvoiceType ubl = new InvoiceType();
		ubl.setCustomizationID(CUSTOMIZATION);
		ubl.setProfileID(PROFILE);
		ubl.setID(Long.toString(invoice.number()));
		ubl.setIssueDate(invoice.issueDate());
		ubl.setDueDate(invoice.dueDate());
		ubl.setInvoiceTypeCode("380");
		ubl.setDocumentCurrencyCode(currency);
		ubl.setBuyerReference(invoice.lines().get(0).matter());

		ubl.setAccountingSupplierParty(supplier());
		ubl.setAccountingCustomerParty(customer(buyer));

		PaymentMeansType means = new PaymentMeansType();
		means.setPaymentMeansCode("30");
		means.addPaymentID(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType(invoice.ocr().value()));
		FinancialAccountType account = new FinancialAccountType();
		account.setID(seller.bankgiroDigits());
		BranchType branch = new BranchType();
		branch.setID("SE:BANKGIRO");
		account.setFinancialInstitutionBranch(branch);
		means.setPayeeFinancialAccount(account);
		ubl.addPaymentMeans(means);
		ubl.addTaxTotal(taxTotal(invoice));
		ubl.setLegalMonetaryTotal(totals(invoice));

		int number = 1;
		for (InvoiceView.Line line : invoice.lines()) {
			InvoiceLineType ublLine = new InvoiceLineType();
			ublLine.setID(Integer.toString(number++));
			ublLine.addNote(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType(line.matter()));
			InvoicedQuantityType quantity = new InvoicedQuantityType(BigDecimal.ONE);
			quantity.setUnitCode("C62");
			ublLine.setInvoicedQuantity(quantity);
			ublLine.setLineExtensionAmount(amount(new LineExtensionAmountType(), line.net(), currency));
			ublLine.setItem(item(line));
			ublLine.setPrice(price(line, currency));
			ubl.addInvoiceLine(ublLine);
		}
		return ubl;
	}

	private static CustomerPartyType customer(Party.Organisation buyer) {
		CustomerPartyType customer = new CustomerPartyType();
		PartyType buyerParty = new PartyType();
		buyerParty.setEndpointID(endpoint(buyer.number().value()));
		buyerParty.setPostalAddress(address(null, null, null));
		PartyLegalEntityType buyerEntity = new PartyLegalEntityType();
		buyerEntity.setRegistrationName(buyer.displayName());
		buyerEntity.setCompanyID(buyer.number().value()).setSchemeID(SWEDISH_ORGANISATION_NUMBER);
		buyerParty.addPartyLegalEntity(buyerEntity);
		customer.setParty(buyerParty);
		return customer;
	}

	private static ItemType item(InvoiceView.Line line) {
		ItemType item = new ItemType();
		item.setName(line.what().sv());
		item.addClassifiedTaxCategory(category(line.vatRate()));
		return item;
	}

	private static PriceType price(InvoiceView.Line line, String currency) {
		PriceType price = new PriceType();
		price.setPriceAmount(amount(new PriceAmountType(), line.net(), currency));
		return price;
	}

	/** The VAT per category (BG-23) and in all. */
	private static TaxTotalType taxTotal(InvoiceView invoice) {
		String currency = invoice.total().currency().getCurrencyCode();
		TaxTotalType taxTotal = new TaxTotalType();
		taxTotal.setTaxAmount(amount(new TaxAmountType(), invoice.vat().amount(), currency));
		for (InvoiceView.VatGroup group : invoice.vatBreakdown()) {
			TaxSubtotalType subtotal = new TaxSubtotalType();
			subtotal.setTaxableAmount(amount(new TaxableAmountType(), group.taxable(), currency));
			subtotal.setTaxAmount(amount(new TaxAmountType(), group.vat(), currency));
			TaxCategoryType category = category(group.rate());
			if (group.isExempt()) {
				category.addTaxExemptionReason(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType(EXEMPTION));
			}
			subtotal.setTaxCategory(category);
			taxTotal.addTaxSubtotal(subtotal);
		}
		return taxTotal;
	}

	/** The document totals (BG-22), with the rounding. */
	private static MonetaryTotalType totals(InvoiceView invoice) {
		String currency = invoice.total().currency().getCurrencyCode();
		BigDecimal net = invoice.net();
		MonetaryTotalType totals = new MonetaryTotalType();
		totals.setLineExtensionAmount(amount(new LineExtensionAmountType(), net, currency));
		totals.setTaxExclusiveAmount(amount(new TaxExclusiveAmountType(), net, currency));
		totals.setTaxInclusiveAmount(amount(new TaxInclusiveAmountType(), net.add(invoice.vat().amount()), currency));
		if (invoice.rounding().signum() != 0) {
			totals.setPayableRoundingAmount(amount(new PayableRoundingAmountType(), invoice.rounding(), currency));
		}
		totals.setPayableAmount(amount(new PayableAmountType(), invoice.total().amount(), currency));
		return totals;
	}

	private SupplierPartyType supplier() {
		PartyType party = new PartyType();
		party.setEndpointID(endpoint(seller.organisationNumber()));
		PartyNameType name = new PartyNameType();
		name.setName(seller.name());
		party.addPartyName(name);
		party.setPostalAddress(address(seller.street(), seller.town(), seller.postcode().replace(" ", "")));
		PartyTaxSchemeType vat = new PartyTaxSchemeType();
		vat.setCompanyID(seller.vatNumber());
		vat.setTaxScheme(scheme("VAT"));
		party.addPartyTaxScheme(vat);
		PartyTaxSchemeType fTax = new PartyTaxSchemeType();
		fTax.setCompanyID("Godkänd för F-skatt");
		fTax.setTaxScheme(scheme("TAX"));
		party.addPartyTaxScheme(fTax);
		PartyLegalEntityType entity = new PartyLegalEntityType();
		entity.setRegistrationName(seller.name());
		entity.setCompanyID(seller.organisationNumber()).setSchemeID(SWEDISH_ORGANISATION_NUMBER);
		party.addPartyLegalEntity(entity);
		SupplierPartyType supplier = new SupplierPartyType();
		supplier.setParty(party);
		return supplier;
	}

	private static EndpointIDType endpoint(String organisationNumber) {
		EndpointIDType endpoint = new EndpointIDType(organisationNumber);
		endpoint.setSchemeID(SWEDISH_ORGANISATION_NUMBER);
		return endpoint;
	}

	private static AddressType address(String street, String town, String postcode) {
		AddressType address = new AddressType();
		if (street != null) {
			address.setStreetName(street);
			address.setCityName(town);
			address.setPostalZone(postcode);
		}
		CountryType country = new CountryType();
		country.setIdentificationCode("SE");
		address.setCountry(country);
		return address;
	}

	private static TaxCategoryType category(BigDecimal rate) {
		TaxCategoryType category = new TaxCategoryType();
		category.setID(rate.signum() == 0 ? "E" : "S");
		category.setPercent(rate.movePointRight(2).setScale(2));
		category.setTaxScheme(scheme("VAT"));
		return category;
	}

	private static TaxSchemeType scheme(String id) {
		TaxSchemeType scheme = new TaxSchemeType();
		scheme.setID(id);
		return scheme;
	}

	private static <T extends oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.AmountType> T amount(T type,
			BigDecimal value, String currency) {
		type.setValue(value.setScale(2));
		type.setCurrencyID(currency);
		return type;
	}
}
