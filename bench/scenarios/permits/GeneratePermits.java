import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The permits benchmark's data set, the same every time: N residents' parking permits (one per holder,
 * each with a valid personal identity number), in the demo city's four zones, each with one quarter paid
 * that starts up to 59 days before the load day (load.sh turns the offset into dates). Plates BBA000,
 * BBA001, … are unique; permit 0 (BBA000) is in zone S and paid from the load day.
 * Usage: java GeneratePermits.java DIR COUNT
 */
public class GeneratePermits {

	private static final String[] ZONES = {"S", "K", "V", "O"};
	private static final DateTimeFormatter DIGITS = DateTimeFormatter.ofPattern("yyyyMMdd");

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		try (BufferedWriter permits = Files.newBufferedWriter(dir.resolve("permits.csv"), StandardCharsets.UTF_8);
				BufferedWriter periods = Files.newBufferedWriter(dir.resolve("periods.csv"), StandardCharsets.UTF_8)) {
			for (int i = 0; i < count; i++) {
				UUID id = UUID.nameUUIDFromBytes(("bench-permit-" + i).getBytes(StandardCharsets.UTF_8));
				permits.write(id + ",BENCH-" + i + "," + holder(i) + ",Boende " + i + "," + ZONES[i % 4] + "," + plate(i)
						+ ",ACTIVE,2026-01-01 00:00:00+00\n");
				UUID fee = UUID.nameUUIDFromBytes(("bench-fee-" + i).getBytes(StandardCharsets.UTF_8));
				periods.write(UUID.nameUUIDFromBytes(("bench-period-" + i).getBytes(StandardCharsets.UTF_8)) + "," + id + "," + (i % 60)
						+ "," + fee + "\n");
			}
		}
		Files.writeString(dir.resolve("dataset.properties"), "permits=" + count + "\nplates=BBA000.." + plate(count - 1) + "\n");
	}

	/** BBA000, BBA001, … BBA999, BBB000, …: three letters and three digits, unique for i below 676,000. */
	static String plate(int i) {
		int letters = i / 1000;
		return "B" + (char) ('B' + letters / 26) + (char) ('A' + letters % 26) + String.format("%03d", i % 1000);
	}

	/** A valid 12-digit personal identity number, different for each i below 60,000. */
	static String holder(int i) {
		LocalDate born = LocalDate.of(1940, 1, 1).plusDays(i % 20000);
		int birthNumber = 900 + i / 20000;
		String nine = born.format(DIGITS).substring(2) + birthNumber;
		return born.format(DIGITS).substring(0, 2) + nine + luhn(nine);
	}

	static int luhn(String digits) {
		int sum = 0;
		for (int k = 0; k < digits.length(); k++) {
			int d = digits.charAt(k) - '0';
			if (k % 2 == 0) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return (10 - sum % 10) % 10;
	}
}
