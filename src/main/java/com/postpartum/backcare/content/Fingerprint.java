package com.postpartum.backcare.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which version of the English words a translation translates (docs/content-guide.md,
 * "Translations"): a short hash of exactly the fields a translator translates, so that
 * changing a sentence makes every translation of it stale, and changing a number or an angle
 * does not.
 */
public final class Fingerprint {

	/** 48 bits: short enough to read in a file, far more than a catalogue's versions need. */
	static final int HEX_DIGITS = 12;

	private Fingerprint() {
	}

	/** Strings, lists of strings and maps of strings, in order; null counts as absent. */
	public static String of(Object... parts) {
		StringBuilder text = new StringBuilder();
		for (Object part : parts) {
			append(text, part);
			text.append('\u001d');
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void append(StringBuilder text, Object part) {
		if (part instanceof Collection<?> items) {
			items.forEach(item -> {
				append(text, item);
				text.append('\u001e');
			});
		}
		else if (part instanceof Map<?, ?> entries) {
			new TreeMap<>(entries).forEach((key, value) -> {
				append(text, key);
				text.append('\u001f');
				append(text, value);
				text.append('\u001e');
			});
		}
		else if (part != null) {
			// Line ends and the spaces YAML folding leaves are not the words.
			text.append(part.toString().replace("\r\n", "\n").strip());
		}
	}

}
