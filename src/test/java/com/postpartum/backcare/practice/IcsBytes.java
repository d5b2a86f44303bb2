package com.postpartum.backcare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Checks on a calendar file's raw bytes (RFC 5545 §3.1), for every test that reads one. */
public final class IcsBytes {

	private IcsBytes() {
	}

	/** Reads the raw bytes: every physical line ends in CRLF and has at most 75 octets before it, and is whole UTF-8. */
	public static void assertFoldedAtSeventyFiveOctets(byte[] bytes) {
		assertThat(bytes).isNotEmpty();
		assertThat(bytes[bytes.length - 2]).isEqualTo((byte) '\r');
		assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
		List<Integer> tooLong = new ArrayList<>();
		int lineStart = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				assertThat(bytes[i - 1]).as("LF at octet %d without CR", i).isEqualTo((byte) '\r');
				int octets = i - 1 - lineStart;
				if (octets > 75) {
					tooLong.add(octets);
				}
				// A UTF-8 continuation byte (10xxxxxx) never starts a line: no character was split.
				if (i + 1 < bytes.length) {
					int next = i + 1 < bytes.length && bytes[i + 1] == ' ' && i + 2 < bytes.length ? bytes[i + 2]
							: bytes[i + 1];
					assertThat(next & 0xC0).as("line after octet %d starts inside a character", i).isNotEqualTo(0x80);
				}
				lineStart = i + 1;
			}
			else if (bytes[i] == '\r') {
				assertThat(bytes[i + 1]).as("CR at octet %d without LF", i).isEqualTo((byte) '\n');
			}
		}
		assertThat(tooLong).as("lengths of lines over 75 octets").isEmpty();
		// Whole characters only: decoding and encoding again gives the same bytes.
		assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
	}

}
