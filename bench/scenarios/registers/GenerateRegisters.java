import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The public registers' bench data set, the same for the same size every time (seed 10): N properties in
 * Stockholm with one address each (a range of two house numbers on one of 100 streets), a radon reading
 * for each, and 14,000 boreholes, written as CSV for COPY into registers_property, registers_property_address,
 * registers_radon_reading and registers_borehole. Text is folded as the application folds it (lower case,
 * å/ä as a, ö as o). Run as: java GenerateRegisters.java DIR PROPERTIES
 */
public class GenerateRegisters {

	static final String[] TREES = {"Gran", "Björk", "Ek", "Lind", "Asp", "Al", "Lönn", "Rönn", "Hassel", "Sälg", "Tall",
			"Idegran", "Oxel", "Hägg", "Fläder", "Vide", "Lärk", "Poppel", "Alm", "Ask"};
	static final String[] KINDS = {"vägen", "gatan", "stigen", "gränd", "backen"};
	static final String[] QUARTERS = {"Mården", "Räven", "Lodjuret", "Grävlingen", "Uttern", "Hjorten", "Älgen", "Haren",
			"Ekorren", "Igelkotten"};
	static final String[] DISTRICTS = {"Bromma", "Farsta", "Skarpnäck", "Älvsjö", "Hägersten-Liljeholmen",
			"Enskede-Årsta-Vantör", "Hässelby-Vällingby", "Spånga-Tensta", "Rinkeby-Kista", "Skärholmen"};

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		Random random = new Random(10);
		Files.createDirectories(dir);
		int streets = TREES.length * KINDS.length;
		int perStreet = (count + streets - 1) / streets;
		try (BufferedWriter property = writer(dir, "property.csv"); BufferedWriter address = writer(dir, "address.csv");
				BufferedWriter reading = writer(dir, "reading.csv")) {
			for (int i = 0; i < count; i++) {
				UUID id = new UUID(0x0190000000007000L | i, 0x8000000000000000L | i);
				String quarter = QUARTERS[i % QUARTERS.length] + (i / (QUARTERS.length * 400) + 1);
				int block = (i / QUARTERS.length) % 400 / 20 + 1;
				int unit = (i / QUARTERS.length) % 20 + 1;
				String designation = "Stockholm " + quarter + " " + block + ":" + unit;
				String district = DISTRICTS[i % DISTRICTS.length];
				double easting = 660_000 + random.nextDouble() * 20_000;
				double northing = 6_570_000 + random.nextDouble() * 18_000;
				property.write(String.join("\t", id.toString(), designation, fold(designation), district,
						String.format(Locale.ROOT, "%.2f", easting), String.format(Locale.ROOT, "%.2f", northing)) + "\n");
				int streetIndex = i / perStreet;
				String street = TREES[streetIndex % TREES.length] + KINDS[streetIndex / TREES.length].toLowerCase(Locale.ROOT);
				int from = 2 * (i % perStreet) + 1;
				address.write(String.join("\t", id.toString(), street, fold(street + " 12345 Stockholm"), String.valueOf(from),
						String.valueOf(from + 1), "12345", "Stockholm") + "\n");
				int becquerel = (int) Math.round(Math.exp(4.3 + random.nextGaussian() * 0.7));
				LocalDate measured = LocalDate.of(2008 + random.nextInt(17), 1 + random.nextInt(4), 1 + random.nextInt(28));
				reading.write(String.join("\t", new UUID(0x0190000000007000L | i, 0x9000000000000000L | i).toString(),
						id.toString(), String.valueOf(becquerel), measured.toString(), "long-term") + "\n");
			}
		}
		try (BufferedWriter borehole = writer(dir, "borehole.csv")) {
			for (int i = 0; i < 14_000; i++) {
				double easting = 660_000 + random.nextDouble() * 20_000;
				double northing = 6_570_000 + random.nextDouble() * 18_000;
				int year = 1985 + random.nextInt(40);
				borehole.write(String.join("\t", new UUID(0x0190000000007000L | i, 0xA000000000000000L | i).toString(),
						String.format("BV-%d-%05d", year, i + 1), "Stockholm " + QUARTERS[i % QUARTERS.length] + "1 1:" + (i % 20 + 1),
						String.valueOf(60 + random.nextInt(24) * 10), LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString(),
						DISTRICTS[i % DISTRICTS.length], String.format(Locale.ROOT, "%.2f", easting),
						String.format(Locale.ROOT, "%.2f", northing)) + "\n");
			}
		}
		Files.writeString(dir.resolve("dataset.properties"), "properties=" + count + "\nreadings=" + count
				+ "\nboreholes=14000\nstreets=" + streets + "\nseed=10\n");
	}

	static String fold(String text) {
		return text.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
	}

	static BufferedWriter writer(Path dir, String name) throws IOException {
		return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
	}
}
