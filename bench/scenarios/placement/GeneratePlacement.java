import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The placement benchmark's data set (JDK only, seed 20261127): 600 schools across the city (one in six
 * independent, ranking by sibling then queue date), places per grade about 5 % above the applicants of
 * that grade, and N applicants with a home in the city and five choices drawn mostly from the schools
 * nearest home, as CSV for COPY.
 */
public class GeneratePlacement {

	static final String ROUND = "00000000-0000-7000-8000-00000000be7c";
	static final int SCHOOLS = 600;
	static final String[] GRADES = {"f", "4", "7"};

	public static void main(String[] args) throws IOException {
		int applicants = Integer.parseInt(args[0]);
		Path directory = Path.of(args[1]);
		Files.createDirectories(directory);
		Random random = new Random(20261127L);
		double[][] schools = new double[SCHOOLS][2];
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("school.csv"), StandardCharsets.UTF_8)) {
			for (int s = 0; s < SCHOOLS; s++) {
				schools[s][0] = 660_000 + random.nextDouble() * 22_000;
				schools[s][1] = 6_565_000 + random.nextDouble() * 27_000;
				boolean municipal = s % 6 != 0;
				out.write(String.format(Locale.ROOT, "bench-%03d,Bänkskola %03d,%s,Bänkdistrikt %d,%.1f,%.1f,%s%n", s, s,
						municipal, s % 14, schools[s][0], schools[s][1], municipal ? "city" : "\"sibling,queue-date\""));
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("places.csv"), StandardCharsets.UTF_8)) {
			double perSchool = 1.05 * applicants / GRADES.length / SCHOOLS;
			for (int s = 0; s < SCHOOLS; s++) {
				for (String grade : GRADES) {
					int places = (int) Math.max(1, Math.round(perSchool * (0.5 + random.nextDouble())));
					out.write(ROUND + ",bench-" + String.format(Locale.ROOT, "%03d", s) + "," + grade + "," + places + "\n");
				}
			}
		}
		Integer[] order = new Integer[SCHOOLS];
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("application.csv"), StandardCharsets.UTF_8)) {
			for (int a = 0; a < applicants; a++) {
				double easting = 660_000 + random.nextDouble() * 22_000;
				double northing = 6_565_000 + random.nextDouble() * 27_000;
				for (int s = 0; s < SCHOOLS; s++) {
					order[s] = s;
				}
				Arrays.sort(order, Comparator.comparingDouble(s -> Math.hypot(schools[s][0] - easting, schools[s][1] - northing)));
				List<Integer> near = new ArrayList<>(Arrays.asList(order).subList(0, 15));
				StringBuilder choices = new StringBuilder("{");
				for (int c = 0; c < 5; c++) {
					// Mostly among the nearest, sometimes a school anywhere in the city.
					int school = random.nextInt(10) == 0 ? order[15 + random.nextInt(SCHOOLS - 15)]
							: near.remove(random.nextInt(Math.min(near.size(), 6)));
					if (choices.indexOf("bench-" + String.format(Locale.ROOT, "%03d", school)) >= 0) {
						school = near.remove(0);
					}
					choices.append(c == 0 ? "" : ",").append("bench-").append(String.format(Locale.ROOT, "%03d", school));
				}
				choices.append('}');
				String id = String.format(Locale.ROOT, "00000000-0000-7000-9000-%012d", a);
				out.write(id + "," + ROUND + ",BENCH-" + a + ",bench-child-" + a + ",Bänkbarn " + a + "," + GRADES[a % 3] + ",\""
						+ choices + "\",bench-guardian-" + a + ",,,2027-01-" + String.format(Locale.ROOT, "%02d", 1 + a % 28)
						+ "T08:00:00Z,bench-household-" + a + ",{},Bänkdistrikt " + (a % 14) + ","
						+ String.format(Locale.ROOT, "%.1f,%.1f", easting, northing) + "\n");
			}
		}
	}
}
