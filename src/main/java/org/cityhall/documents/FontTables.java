package org.cityhall.documents;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a TrueType font without some of its tables. PDFBox applies a font's glyph substitutions
 * (the {@code GSUB} table: ligatures and the like) to every piece of text it writes, compiling
 * regular expressions each time: most of a receipt's rendering time went there, for Latin text that
 * needs none of it (and text without ligatures copies and searches better).
 */
final class FontTables {

	private static final int HEADER = 12;
	private static final int RECORD = 16;
	/** What the {@code head} table's checkSumAdjustment makes the whole font sum to (the TrueType specification). */
	private static final long MAGIC = 0xB1B0AFBAL;

	private FontTables() {
	}

	/** The font with the named tables left out; the other tables byte for byte, the directory and checksum made anew. */
	static byte[] without(byte[] font, String... tags) {
		Set<String> dropped = Set.of(tags);
		ByteBuffer in = ByteBuffer.wrap(font);
		int sfntVersion = in.getInt(0);
		int count = Short.toUnsignedInt(in.getShort(4));
		List<int[]> kept = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int at = HEADER + i * RECORD;
			String tag = new String(font, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
			if (!dropped.contains(tag)) {
				kept.add(new int[] { in.getInt(at), in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12) });
			}
		}
		int size = HEADER + kept.size() * RECORD;
		for (int[] table : kept) {
			size += padded(table[3]);
		}
		ByteBuffer out = ByteBuffer.allocate(size);
		int power = Integer.highestOneBit(kept.size());
		out.putInt(sfntVersion).putShort((short) kept.size()).putShort((short) (power * RECORD))
				.putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) ((kept.size() - power) * RECORD));
		int offset = HEADER + kept.size() * RECORD;
		int headOffset = -1;
		for (int[] table : kept) {
			out.putInt(table[0]).putInt(table[1]).putInt(offset).putInt(table[3]);
			out.put(offset, font, table[2], table[3]);
			if (table[0] == tag("head")) {
				headOffset = offset;
			}
			offset += padded(table[3]);
		}
		if (headOffset >= 0) {
			out.putInt(headOffset + 8, 0);
			out.putInt(headOffset + 8, (int) (MAGIC - sum(out.array())));
		}
		return Arrays.copyOf(out.array(), size);
	}

	private static int padded(int length) {
		return (length + 3) & ~3;
	}

	private static int tag(String name) {
		return ByteBuffer.wrap(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).getInt();
	}

	private static long sum(byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		long sum = 0;
		for (int i = 0; i + 4 <= bytes.length; i += 4) {
			sum = (sum + Integer.toUnsignedLong(buffer.getInt(i))) & 0xFFFFFFFFL;
		}
		return sum;
	}
}
