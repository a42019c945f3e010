package org.cityhall.archive.web;

import java.util.Locale;
import java.util.UUID;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.web.Languages;

/** A record as one line of the archivists' lists, in the page's language. */
record RecordLine(UUID id, long sequence, String time, String isoTime, String type, String matter, String title, boolean disposed,
		String disposal) {

	static RecordLine of(ArchivedRecord record, Locale locale) {
		String title = record.title() == null ? ""
				: Languages.supported(locale).equals(Languages.ENGLISH) ? record.title().en() : record.title().sv();
		return new RecordLine(record.id(), record.sequence(), Times.shown(record.occurredAt()), Times.iso(record.occurredAt()),
				record.recordType(), record.matter().orElse(""), title, record.disposed(), record.disposal().orElse(""));
	}
}
