import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * The queues benchmark's data set (JDK only, seed 20261128), as CSV for COPY:
 * <ul>
 * <li>the housing queue: {@code members} members and {@code listings} listings with 1,500 interested
 * members each. Listing l's members are members (l * 1,500 + j) mod members for j below 1,500, so the
 * bench endpoint can name a member of a listing without a lookup; queue dates are drawn over 25 years,
 * so a listing's ranking has nothing to do with member numbers. A member is interested in at most
 * ten listings (the queue's limit), in the order of the listings.</li>
 * <li>100 pre-schools with {@code waiting} children each, in priority groups 1 to 3.</li>
 * </ul>
 * Entry ids are 00000000-0000-7000-a000-NNNNNNNNNNNN for member N and -b000- for child N, so the
 * server can compute them.
 */
public class GenerateQueues {

	static final int PER_LISTING = 1_500;
	static final int PRESCHOOLS = 100;

	public static void main(String[] args) throws IOException {
		int members = Integer.parseInt(args[0]);
		int listings = Integer.parseInt(args[1]);
		int waiting = Integer.parseInt(args[2]);
		Path directory = Path.of(args[3]);
		if ((long) listings * PER_LISTING > 10L * members) {
			throw new IllegalArgumentException("members take at most ten listings each");
		}
		Files.createDirectories(directory);
		Random random = new Random(20261128L);
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("alternative.csv"), StandardCharsets.UTF_8)) {
			for (int l = 0; l < listings; l++) {
				out.write(String.format(Locale.ROOT, "bench-listing-%04d,housing,Bänklägenhet %d,Bänkdistrikt %d,\"{\"\"rooms\"\": %d}\",false%n",
						l, l, l % 14, 1 + l % 5));
			}
			for (int p = 0; p < PRESCHOOLS; p++) {
				out.write(String.format(Locale.ROOT, "bench-preschool-%03d,preschool,Bänkförskolan %d,Bänkdistrikt %d,{},false%n", p, p,
						p % 14));
			}
		}
		LocalDate first = LocalDate.of(2001, 1, 1);
		Instant registered = Instant.parse("2001-01-01T08:00:00Z");
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("entry.csv"), StandardCharsets.UTF_8)) {
			for (int m = 0; m < members; m++) {
				LocalDate queueDate = first.plusDays(random.nextInt(25 * 365));
				String member = identityNumber(LocalDate.of(1940, 1, 1).plusDays(m % 23_000), 100 + m / 23_000);
				out.write(String.format(Locale.ROOT, "%s,housing,BENCH-H%d,person,%s,Bänkmedlem %d,person,%s,"
						+ "Bänkmedlem %d,,%s,%s,2,,,false,%d,true,waiting,0%n", id("a000", m), m, member, m, member, m, queueDate,
						registered.plusSeconds(queueDate.toEpochDay() * 86_400L - first.toEpochDay() * 86_400L + random.nextInt(86_400)),
						1 + random.nextInt(4)));
			}
			for (int c = 0; c < PRESCHOOLS * waiting; c++) {
				LocalDate queueDate = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
				String guardian = identityNumber(LocalDate.of(1980, 1, 1).plusDays(c % 5_000), 900 + c / 5_000);
				String child = identityNumber(LocalDate.of(2022, 1, 1).plusDays(c % 1_400), 100 + c / 1_400);
				out.write(String.format(Locale.ROOT, "%s,preschool,BENCH-P%d,person,%s,Bänkförälder %d,person,%s,"
						+ "Bänkbarn %d,,%s,%sT08:00:00Z,%d,,%s,false,,,waiting,0%n", id("b000", c), c, guardian, c, child, c, queueDate, queueDate,
						1 + random.nextInt(3), queueDate.plusMonths(4)));
			}
		}
		int[] taken = new int[members];
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("choice.csv"), StandardCharsets.UTF_8)) {
			for (int l = 0; l < listings; l++) {
				for (int j = 0; j < PER_LISTING; j++) {
					int m = (int) (((long) l * PER_LISTING + j) % members);
					out.write(String.format(Locale.ROOT, "%s,bench-listing-%04d,%d,active%n", id("a000", m), l, ++taken[m]));
				}
			}
			for (int c = 0; c < PRESCHOOLS * waiting; c++) {
				out.write(String.format(Locale.ROOT, "%s,bench-preschool-%03d,1,active%n", id("b000", c), c % PRESCHOOLS));
			}
		}
	}

	/** A valid 12-digit personal identity number: the date, a birth number and the Luhn check digit. */
	static String identityNumber(LocalDate born, int birthNumber) {
		String digits = String.format(Locale.ROOT, "%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(),
				born.getDayOfMonth(), birthNumber);
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += d > 9 ? d - 9 : d;
		}
		return born.getYear() / 100 + digits + (10 - sum % 10) % 10;
	}

	static String id(String kind, int n) {
		return String.format(Locale.ROOT, "00000000-0000-7000-%s-%012d", kind, n);
	}
}
