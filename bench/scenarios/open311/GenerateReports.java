import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;

/**
 * The Open311 benchmark's data set, the same every time: N reports, a large city's year, spread evenly
 * over the 365 days before the load day (load.sh turns the offset in seconds into times), in the public
 * categories but one in ten a complaint (never listed), seven in ten closed, at positions across the city.
 * Usage: java GenerateReports.java DIR COUNT
 */
public class GenerateReports {

	private static final String[] PUBLIC = {"street-light", "pothole", "litter", "graffiti", "park"};
	private static final String[] TEXTS = {"Lampan lyser inte", "Djupt hål i cykelbanan", "Full papperskorg vid busshållplatsen",
			"Klotter på elskåpet", "Trasig gunga på lekplatsen"};
	private static final int YEAR_SECONDS = 365 * 24 * 3600;

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		Random random = new Random(311);
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("reports.csv"), StandardCharsets.UTF_8)) {
			for (int i = 0; i < count; i++) {
				boolean complaint = i % 10 == 9;
				int kind = i % PUBLIC.length;
				String category = complaint ? "service-complaint" : PUBLIC[kind];
				String text = complaint ? "Lång väntetid i telefon" : TEXTS[kind];
				double latitude = 59.25 + random.nextDouble() * 0.15;
				double longitude = 17.85 + random.nextDouble() * 0.3;
				// Offsets fall evenly over the year; report 0 is the newest.
				long offset = (long) i * YEAR_SECONDS / count;
				String status = random.nextInt(10) < 7 ? "closed" : "open";
				out.write(id("report", i) + "," + id("case", i) + "," + String.format("BENCH-2026-%06d", i) + "," + category + "," + text + ","
						+ text + "," + !complaint + "," + latitude + "," + longitude + ",traffic," + status + "," + id("token", i) + "," + offset + "\n");
			}
		}
		Files.writeString(dir.resolve("dataset.properties"), "reports=" + count + "\n");
	}

	private static UUID id(String kind, int i) {
		return UUID.nameUUIDFromBytes(("bench-" + kind + "-" + i).getBytes(StandardCharsets.UTF_8));
	}
}
