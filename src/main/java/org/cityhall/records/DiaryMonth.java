package org.cityhall.records;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader sees of a care diary: its standing entries (decisions, plans, personal details) and the
 * day-to-day notes of one month, newest first, with the months before and after that have notes.
 *
 * @param reader in which capacity the diary was opened
 */
public record DiaryMonth(Diary diary, CareDiaries.Reader reader, YearMonth month, List<DiaryEntry> standing,
		List<DiaryEntry> notes, Optional<YearMonth> earlier, Optional<YearMonth> later) {

	public DiaryMonth {
		Objects.requireNonNull(diary, "diary");
		Objects.requireNonNull(reader, "reader");
		Objects.requireNonNull(month, "month");
		standing = List.copyOf(standing);
		notes = List.copyOf(notes);
		Objects.requireNonNull(earlier, "earlier");
		Objects.requireNonNull(later, "later");
	}
}
