package org.cityhall.feedback;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Photos for tests, made here: a plain JPEG, and one as a phone writes it, with EXIF holding where it was taken. */
public final class TestPhotos {

	/** The latitude the GPS block says, as EXIF keeps it: 59° 18' 42.12". */
	public static final int[] GPS_LATITUDE = {59, 1, 18, 1, 4212, 100};

	private TestPhotos() {
	}

	/** A JPEG of this size, left half red and right half blue. */
	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	/**
	 * A JPEG with an EXIF block (APP1) right after its start, as a phone writes it: the camera's orientation
	 * and a GPS directory with the latitude {@link #GPS_LATITUDE} north.
	 */
	public static byte[] jpegWithGps(int width, int height, int orientation) {
		byte[] jpeg = jpeg(width, height);
		ByteBuffer tiff = ByteBuffer.allocate(92);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		// The first directory: orientation, and where the GPS directory is.
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		// The GPS directory: north, and the latitude as three rationals after it.
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
		tiff.putInt(0);
		for (int value : GPS_LATITUDE) {
			tiff.putInt(value);
		}
		byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
		int length = 2 + exif.length + tiff.capacity();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(exif);
		out.writeBytes(tiff.array());
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** Whether the bytes hold the GPS latitude's rationals as {@link #jpegWithGps} writes them. */
	public static boolean holdsGpsLatitude(byte[] bytes) {
		ByteBuffer rationals = ByteBuffer.allocate(GPS_LATITUDE.length * 4);
		for (int value : GPS_LATITUDE) {
			rationals.putInt(value);
		}
		return indexOf(bytes, rationals.array()) >= 0;
	}

	public static int indexOf(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i + part.length <= bytes.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height);
		g.setColor(Color.BLUE);
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
