import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/**
 * The records benchmark's care diary (JDK only, seed 20261127): ten years of daily records up to a fixed
 * last day — morning and evening help every day, lunch on weekdays, shopping on Tuesdays, a walk on
 * Thursdays, a call in the afternoon, about 14,600 notes — and the decisions, plans and details of those years, as CSV for COPY:
 * source_ref, kind, occurred_at, measure, note, performed_by.
 */
public class GenerateRecords {

	static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
	static final String[] STAFF = {"Undersköterska Lena", "Undersköterska Omar", "Vårdbiträde Sanna", "Undersköterska Ali",
			"Vårdbiträde Kim"};
	static final String[] NOTES = {"Hjälp med dusch och frukost. Tog morgonmedicinen.", "Gott humör i dag.",
			"Trött, ville vila efter frukosten.", "Pratade om barnbarnen.", "Åt bra.", "Behövde hjälp med strumporna."};

	public static void main(String[] args) throws IOException {
		LocalDate last = LocalDate.parse(args[0]);
		Path file = Path.of(args[1]);
		Files.createDirectories(file.getParent());
		Random random = new Random(20261127L);
		LocalDate first = last.minusYears(10).plusDays(1);
		int rows = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int year = 0; year < 10; year++) {
				LocalDate decided = first.plusYears(year);
				rows += row(out, "bench-decision-" + year, "decision", decided.atTime(10, 0).atZone(ZONE).toOffsetDateTime().toString(),
						"Hemtjänst " + (20 + year * 2) + " timmar i månaden", "Beslut enligt socialtjänstlagen 4 kap. 1 §",
						"Biståndshandläggare Maria");
				rows += row(out, "bench-plan-" + year, "plan", decided.plusDays(14).atTime(13, 0).atZone(ZONE).toOffsetDateTime().toString(),
						"Genomförandeplan", "Morgonhjälp, lunch, kvällshjälp; inköp tisdagar; promenad torsdagar", "Kontaktman Lena");
			}
			rows += row(out, "bench-detail-key", "detail", first.atTime(12, 0).atZone(ZONE).toOffsetDateTime().toString(),
					"Nyckelfri hemtjänst", "Digitalt lås", "Kontaktman Lena");
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
				rows += note(out, random, day, 1, 8, "Morgonhjälp");
				if (day.getDayOfWeek().getValue() <= 5) {
					rows += note(out, random, day, 2, 12, "Lunch");
				}
				if (day.getDayOfWeek().getValue() == 2) {
					rows += note(out, random, day, 3, 14, "Inköp");
				}
				if (day.getDayOfWeek().getValue() == 4) {
					rows += note(out, random, day, 4, 15, "Promenad");
				}
				rows += note(out, random, day, 6, 17, "Tillsyn");
				rows += note(out, random, day, 5, 20, "Kvällshjälp");
			}
		}
		System.out.println(rows);
	}

	static int note(BufferedWriter out, Random random, LocalDate day, int n, int hour, String measure) throws IOException {
		String at = day.atTime(hour, random.nextInt(50)).atZone(ZONE).toOffsetDateTime().toString();
		return row(out, "bench-" + day + "-" + n, "note", at, measure, NOTES[random.nextInt(NOTES.length)],
				STAFF[random.nextInt(STAFF.length)]);
	}

	static int row(BufferedWriter out, String ref, String kind, String at, String measure, String note, String by)
			throws IOException {
		out.write(String.join(",", ref, kind, at, quoted(measure), quoted(note), quoted(by)));
		out.write('\n');
		return 1;
	}

	static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
