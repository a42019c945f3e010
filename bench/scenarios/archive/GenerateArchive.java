import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.cityhall.archive.chain.ChainHashing;
import org.cityhall.archive.chain.RecordRow;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * Generates the archive benchmark's data set: N records in one valid chain (hashed by the
 * application's own ChainHashing, on the classpath) as CSV for COPY into archive_record, the documents
 * every 2,000th record carries (200 kB each) for documents_content, and the chain's head. Seed
 * 20261126, so every run makes the same data. Run by generate.sh.
 */
public final class GenerateArchive {

	private static final long SEED = 20261126L;
	private static final int DOCUMENT_EVERY = 2_000;
	private static final int DOCUMENT_SIZE = 200_000;
	private static final String[] TYPES = {"cases.submitted", "cases.receipt-issued", "cases.received", "cases.in-progress",
			"cases.message-posted", "billing.fee-incurred", "cases.decided", "cases.decision-issued", "cases.closed"};
	private static final String[] DEPARTMENTS = {"city-planning", "environment-health", "social-services", "traffic",
			"education", "culture", "city-executive-office"};
	private static final String[] PREFIXES = {"BL", "HPL", "AL", "HTE", "ECE", "ESA", "CAR", "PG", "MO", "RSOC"};
	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

	public static void main(String[] args) throws Exception {
		int records = Integer.parseInt(args[0]);
		Path directory = Path.of(args[1]);
		Files.createDirectories(directory);
		Random random = new Random(SEED);
		ChainHashing hashing = new ChainHashing();
		Instant start = LocalDate.of(2019, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
		long step = Duration.ofDays(8 * 365).toMillis() / records;
		String previous = ChainHashing.GENESIS;
		int documents = 0;
		long documentBytes = 0;
		try (BufferedWriter rows = Files.newBufferedWriter(directory.resolve("archive_record.csv"), StandardCharsets.UTF_8);
				BufferedWriter files = Files.newBufferedWriter(directory.resolve("documents_content.csv"), StandardCharsets.UTF_8)) {
			for (long sequence = 1; sequence <= records; sequence++) {
				Instant occurred = start.plusMillis(step * (sequence - 1) + random.nextInt((int) Math.max(1, step)));
				Instant filed = occurred.plusMillis(40 + random.nextInt(200));
				String type = TYPES[(int) ((sequence - 1) % TYPES.length)];
				String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
				int year = occurred.atZone(ZoneOffset.UTC).getYear();
				String matter = prefix + "-" + year + "-" + String.format("%06d", 1 + (sequence - 1) / TYPES.length % 999_999);
				PersonalIdentityNumber subject = PersonalIdentityNumber.of(LocalDate.of(1940 + random.nextInt(65),
						1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextInt(980), false);
				UUID id = new UUID(occurred.toEpochMilli() << 16 | 0x7000L | (sequence & 0xFFF),
						random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L);
				UUID eventId = new UUID(random.nextLong(), random.nextLong());
				boolean closes = type.equals("cases.decided") || type.equals("cases.closed");
				List<String> attached = List.of();
				if (sequence % DOCUMENT_EVERY == 0) {
					byte[] content = new byte[DOCUMENT_SIZE];
					random.nextBytes(content);
					String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
					files.write(sha256 + ",application/pdf," + content.length + ",\\x" + HexFormat.of().formatHex(content)
							+ "," + ISO.format(filed) + "\n");
					attached = List.of(sha256);
					documents++;
					documentBytes += content.length;
				}
				String content = "{\"at\":\"" + ISO.format(occurred) + "\",\"department\":\"" + DEPARTMENTS[(int) (sequence % DEPARTMENTS.length)]
						+ "\",\"eventId\":\"" + eventId + "\",\"number\":{\"value\":\"" + matter + "\"},\"retention\":\""
						+ (prefix.equals("BL") || prefix.equals("RSOC") ? "keep" : "dispose-10y")
						+ "\",\"subject\":{\"kind\":\"person\",\"name\":null,\"number\":\"" + subject.value() + "\"}}";
				RecordRow row = new RecordRow(id, sequence, "bench-load:" + sequence, occurred, filed, type.substring(0, type.indexOf('.')),
						type, "person", subject.value(), null, matter, "Ärende " + matter + ": " + type, "Case " + matter + ": " + type,
						DEPARTMENTS[(int) (sequence % DEPARTMENTS.length)],
						prefix.equals("BL") || prefix.equals("RSOC") ? "keep" : "dispose-10y", "SUBJECT", closes, content, attached,
						null, previous, null, null);
				String digest = hashing.digest(row);
				String hash = hashing.link(previous, digest);
				rows.write(csv(id.toString(), Long.toString(sequence), row.key(), ISO.format(occurred), ISO.format(filed),
						row.sourceModule(), type, "person", subject.value(), null, matter, row.titleSv(), row.titleEn(),
						row.department(), row.retention(), "SUBJECT", Boolean.toString(closes), content,
						"{" + String.join(",", attached) + "}", digest, previous, hash));
				previous = hash;
			}
		}
		Files.writeString(directory.resolve("head.properties"), "sequence=" + records + "\nhash=" + previous + "\ndocuments="
				+ documents + "\ndocument_bytes=" + documentBytes + "\n");
	}

	private static String csv(String... fields) {
		StringBuilder line = new StringBuilder(768);
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			String field = fields[i];
			if (field != null) {
				line.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
		}
		return line.append('\n').toString();
	}
}
