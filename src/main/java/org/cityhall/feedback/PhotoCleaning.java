package org.cityhall.feedback;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a photo fit to be public: decoded and encoded again in its own format, so nothing but its pixels
 * is kept. EXIF (with the GPS position a phone writes), XMP, IPTC, comments and PNG text chunks are
 * all left behind. A phone's EXIF orientation is applied to the pixels first, so a photo taken upright
 * stays upright without it. A photo of more pixels than {@link #MOST_PIXELS} is refused before it is
 * decoded, so a small file that unpacks to gigabytes cannot take the node's memory.
 */
final class PhotoCleaning {

	/** 40 megapixels: more than any phone's photo, about 160 MB decoded. */
	static final long MOST_PIXELS = 40_000_000L;

	private static final float JPEG_QUALITY = 0.9f;

	private PhotoCleaning() {
	}

	/** The photo encoded again; or why it cannot be. */
	sealed interface Cleaned {
	}

	record Clean(byte[] content) implements Cleaned {
	}

	/** The photo cannot be read as its type, or has too many pixels: {@code messageKey} in {@code feedback_*.properties}. */
	record Unfit(String messageKey) implements Cleaned {
	}

	/**
	 * @param content a photo whose content {@code Uploads} found to be {@code mediaType}
	 * @param mediaType {@code image/jpeg} or {@code image/png}
	 */
	static Cleaned clean(byte[] content, String mediaType) {
		String format = switch (mediaType) {
			case "image/jpeg" -> "jpeg";
			case "image/png" -> "png";
			default -> throw new IllegalArgumentException("photos are JPEG or PNG, not " + mediaType);
		};
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (in == null || !readers.hasNext()) {
				return new Unfit("feedback.photo.unreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MOST_PIXELS) {
					return new Unfit("feedback.photo.too-many-pixels");
				}
				BufferedImage image = reader.read(0);
				if (format.equals("jpeg")) {
					return new Clean(jpeg(upright(rgb(image), orientation(content))));
				}
				return new Clean(png(image));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			// A CMYK JPEG, a truncated file, a PNG with a broken chunk: nothing the reporter can be shown more of.
			return new Unfit("feedback.photo.unreadable");
		}
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			// No metadata given: the writer writes a bare JFIF header and the pixels.
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("writing to memory failed", ex);
		}
		return bytes.toByteArray();
	}

	/** JPEG's writer takes three colour channels or one grey; anything else is drawn onto plain RGB. */
	private static BufferedImage rgb(BufferedImage image) {
		int type = image.getType();
		if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_BYTE_GRAY) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return rgb;
	}

	/** Turns the pixels as EXIF orientation 2 to 8 says the camera held them; 1 (or none) is upright. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation < 2 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swapped = orientation >= 5;
		AffineTransform turn = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			default -> new AffineTransform(0, -1, 1, 0, 0, w);
		};
		BufferedImage turned = new BufferedImage(swapped ? h : w, swapped ? w : h, image.getType());
		Graphics2D g = turned.createGraphics();
		g.drawImage(image, turn, null);
		g.dispose();
		return turned;
	}

	/** The EXIF orientation (tag 0x0112 of the first image directory) of a JPEG; 1 when it has none. */
	static int orientation(byte[] jpeg) {
		return exif(jpeg).map(PhotoCleaning::orientationIn).orElse(1);
	}

	private static Optional<ByteBuffer> exif(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
			if (marker == 0xDA || length < 2 || at + 2 + length > jpeg.length) {
				return Optional.empty();
			}
			if (marker == 0xE1 && length >= 8 && new String(jpeg, at + 4, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
				return Optional.of(ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
			}
			at += 2 + length;
		}
		return Optional.empty();
	}

	private static int orientationIn(ByteBuffer tiff) {
		try {
			tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
			int directory = tiff.getInt(4);
			int entries = tiff.getShort(directory) & 0xFFFF;
			for (int i = 0; i < entries; i++) {
				int entry = directory + 2 + i * 12;
				if ((tiff.getShort(entry) & 0xFFFF) == 0x0112) {
					return tiff.getShort(entry + 8) & 0xFFFF;
				}
			}
			return 1;
		}
		catch (IndexOutOfBoundsException ex) {
			return 1;
		}
	}
}
