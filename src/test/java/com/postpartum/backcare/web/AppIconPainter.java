package com.postpartum.backcare.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Draws the app's PNG icons once, committed under static/icons/ (docs/architecture.md,
 * "Installing the app"): the same drawing as static/favicon.svg (a green disc with a white
 * curve, on a 32-unit grid), so no SVG renderer and no network is needed. To regenerate:
 * <pre>
 * ./mvnw -B -ntp -o test-compile
 * java -cp target/test-classes com.postpartum.backcare.web.AppIconPainter src/main/resources/static/icons
 * </pre>
 */
public final class AppIconPainter {

	/** The header's green (app.css {@code --header-bg}, the manifest's theme colour). */
	static final Color GREEN = new Color(0x245447);

	private AppIconPainter() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/static/icons");
		Files.createDirectories(folder);
		write(disc(192), folder.resolve("icon-192.png"));
		write(disc(512), folder.resolve("icon-512.png"));
		write(fullBleed(512), folder.resolve("icon-maskable-512.png"));
		write(fullBleed(180), folder.resolve("apple-touch-icon-180.png"));
	}

	/** The favicon's drawing at this size: a disc, transparent corners. */
	static BufferedImage disc(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = smooth(image);
		double unit = size / 32.0;
		g.setColor(GREEN);
		g.fill(new Ellipse2D.Double(unit, unit, 30 * unit, 30 * unit));
		curve(g, unit, 0);
		g.dispose();
		return image;
	}

	/**
	 * Green to every edge (a phone cuts its own shape: circle, squircle, rounded square), the
	 * curve at 80 % so it stays inside the maskable safe zone, a centred circle of 40 % radius.
	 */
	static BufferedImage fullBleed(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = smooth(image);
		g.setColor(GREEN);
		g.fillRect(0, 0, size, size);
		double unit = size * 0.8 / 32.0;
		curve(g, unit, size * 0.1);
		g.dispose();
		return image;
	}

	/** favicon.svg's path "M16 7c-3 4-3 14 0 18", stroke 3, round caps. */
	private static void curve(Graphics2D g, double unit, double offset) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(offset + 16 * unit, offset + 7 * unit);
		path.curveTo(offset + 13 * unit, offset + 11 * unit, offset + 13 * unit, offset + 21 * unit, offset + 16 * unit,
				offset + 25 * unit);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke((float) (3 * unit), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(path);
	}

	private static Graphics2D smooth(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		return g;
	}

	private static void write(BufferedImage image, Path file) throws IOException {
		ImageIO.write(image, "png", file.toFile());
	}

}
