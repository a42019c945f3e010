package org.cityhall.billing.peppol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.helger.diagnostics.error.IError;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2025_11;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Checks a Peppol BIS Billing 3.0 invoice as the network will: the UBL 2.1 schema, the EN 16931 rules and
 * OpenPEPPOL's own (with the Swedish national rules), by phive-rules-peppol's validation set for the
 * invoice, or for the credit note when the document is one (release 2025.11). The rules are compiled once, on first use.
 */
@Component
public class PeppolValidator {

	private volatile IValidationExecutorSet<IValidationSourceXML> invoiceRules;
	private volatile IValidationExecutorSet<IValidationSourceXML> creditNoteRules;

	/**
	 * The document's errors: rule, text and where; empty when it passes. Warnings are not errors.
	 *
	 * @throws IllegalArgumentException if it is not XML at all
	 */
	public List<String> errors(byte[] xml) {
		Document document = parse(xml);
		boolean creditNote = "CreditNote".equals(document.getDocumentElement().getLocalName());
		ValidationResultList results = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), rules(creditNote),
				ValidationSourceXML.create("invoice.xml", document), Locale.ENGLISH);
		List<String> errors = new ArrayList<>();
		for (IError error : results.getAllErrors()) {
			errors.add((error.getErrorID() == null ? "" : "[" + error.getErrorID() + "] ") + error.getErrorText(Locale.ENGLISH)
					+ (error.getErrorFieldName() == null ? "" : " at " + error.getErrorFieldName()));
		}
		return errors;
	}

	private IValidationExecutorSet<IValidationSourceXML> rules(boolean creditNote) {
		IValidationExecutorSet<IValidationSourceXML> rules = creditNote ? creditNoteRules : invoiceRules;
		if (rules == null) {
			synchronized (this) {
				if (invoiceRules == null) {
					ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
					PeppolValidation.initStandard(registry);
					creditNoteRules = registry.getOfID(PeppolValidation2025_11.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
					invoiceRules = registry.getOfID(PeppolValidation2025_11.VID_OPENPEPPOL_INVOICE_UBL_V3);
				}
				rules = creditNote ? creditNoteRules : invoiceRules;
			}
		}
		return rules;
	}

	private static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalArgumentException("not XML: " + ex.getMessage(), ex);
		}
	}
}
