package com.postpartum.backcare.practice;

/**
 * Folds iCalendar lines as RFC 5545 §3.1 says: at most 75 octets a line without its CRLF, a
 * continuation starting with one space, lines ending in CRLF. ical4j's own folding counts
 * characters, so a line with accents or emoji came out longer than 75 octets; this counts UTF-8
 * octets and breaks only between characters (code points), never inside one.
 */
final class IcsLines {

	static final int MAX_OCTETS = 75;

	static final String CRLF = "\r\n";

	private IcsLines() {
	}

	/** Unfolded content lines (separated by CRLF or LF) as folded lines, each ending in CRLF. */
	static String folded(String unfolded) {
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
		for (String line : unfolded.split("\r?\n")) {
			if (!line.isEmpty()) {
				fold(line, out);
			}
		}
		return out.toString();
	}

	private static void fold(String line, StringBuilder out) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = utf8Octets(codePoint);
			if (octets + size > MAX_OCTETS) {
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}

	private static int utf8Octets(int codePoint) {
		return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
	}

}
