package com.postpartum.backcare.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 10,000 most common passwords (security/common-passwords.txt, with its source and
 * licence in its header). A password is common when it, or its letters and spaces once the
 * digits and symbols around them are taken away, is on the list, whatever the case:
 * "Password1!" and "password12" are "password", "iloveyou12" is "iloveyou".
 */
final class CommonPasswords {

	static final String LIST = "/security/common-passwords.txt";

	private static final Pattern AROUND = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

	private static final Set<String> WORDS = load();

	private CommonPasswords() {
	}

	static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		String core = AROUND.matcher(lower).replaceAll("");
		return WORDS.contains(lower) || WORDS.contains(lower.strip()) || (!core.isEmpty() && WORDS.contains(core));
	}

	static int size() {
		return WORDS.size();
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(16_384);
		try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("missing " + LIST);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
