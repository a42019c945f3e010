package org.cityhall.documents;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.cityhall.documents.UploadCheck.Refusal;

/**
 * Opens an uploaded PDF (Apache PDFBox) and refuses one that is password protected, that cannot be
 * read, or that carries JavaScript or an action that starts a program. Every object in the file
 * is looked at, also those packed in object streams, so script hidden in compressed objects is
 * found; page content is not decoded.
 */
final class PdfInspection {

	private static final COSName LAUNCH = COSName.getPDFName("Launch");
	/** Deeper direct nesting than this is no real document. */
	private static final int DEEPEST = 64;

	private PdfInspection() {
	}

	static Refusal inspect(byte[] content) {
		try (PDDocument pdf = Loader.loadPDF(content)) {
			if (pdf.isEncrypted()) {
				return Refusal.ENCRYPTED;
			}
			COSDocument document = pdf.getDocument();
			Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			if (active(document.getTrailer(), seen, 0)) {
				return Refusal.ACTIVE_CONTENT;
			}
			for (COSObjectKey key : Set.copyOf(document.getXrefTable().keySet())) {
				COSObject object = document.getObjectFromPool(key);
				if (object != null && active(object.getObject(), seen, 0)) {
					return Refusal.ACTIVE_CONTENT;
				}
			}
			return null;
		}
		catch (InvalidPasswordException ex) {
			return Refusal.ENCRYPTED;
		}
		catch (IOException | RuntimeException ex) {
			return Refusal.DAMAGED;
		}
	}

	/** Looks through directly nested dictionaries and arrays; indirect objects are visited from the cross-reference table. */
	private static boolean active(COSBase base, Set<COSBase> seen, int depth) {
		if (base == null || depth > DEEPEST || !seen.add(base)) {
			return false;
		}
		if (base instanceof COSDictionary dictionary) {
			COSName action = dictionary.getCOSName(COSName.S);
			if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)
					|| COSName.JAVA_SCRIPT.equals(action) || LAUNCH.equals(action)) {
				return true;
			}
			for (COSBase value : dictionary.getValues()) {
				if (!(value instanceof COSObject) && active(value, seen, depth + 1)) {
					return true;
				}
			}
		}
		else if (base instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				COSBase value = array.get(i);
				if (!(value instanceof COSObject) && active(value, seen, depth + 1)) {
					return true;
				}
			}
		}
		return false;
	}
}
