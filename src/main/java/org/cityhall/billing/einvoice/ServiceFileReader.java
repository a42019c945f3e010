package org.cityhall.billing.einvoice;

import org.cityhall.billing.bankgirot.RecordReader;

/**
 * What the files from the e-faktura service have in common: 240-character records, an opening record 01
 * with the time written, the file type and the biller, and an end record 99 that counts the records.
 */
abstract class ServiceFileReader extends RecordReader {

	/** When the file was written (YYYYMMDDHHMMSS) and the biller's identity, from the opening record. */
	record Opening(String writtenAt, String biller) {
	}

	ServiceFileReader(String text) {
		super(text, Layout.WIDTH);
	}

	@Override
	protected RuntimeException failure(int line, String message) {
		return new EInvoiceException(line, message);
	}

	/** Reads the opening record, which must be of this file type, and moves to the next line. */
	Opening opening(String type, String what) {
		if (lines.isEmpty()) {
			throw failure(0, "the file is empty");
		}
		String opening = line();
		expect(opening, "01");
		if (!field(opening, 17, 19).equals(type)) {
			throw error(17, "the file type is '" + field(opening, 17, 19) + "', " + what + "'s is " + type);
		}
		Opening read = new Opening(digits(opening, 3, 16, "the time written"), digits(opening, 20, 29, "the biller's identity"));
		at++;
		return read;
	}

	/** Reads the end record, which must be the last and count every record. */
	void end() {
		if (at >= lines.size()) {
			throw failure(at, "the file ends without its end record 99");
		}
		String end = line();
		expect(end, "99");
		check(end, 3, 9, lines.size(), "records");
		if (at != lines.size() - 1) {
			at++;
			throw error(1, "there is more after the end record");
		}
	}
}
