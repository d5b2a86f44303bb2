package com.postpartum.backcare.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * How guessable a new password is, estimated the way zxcvbn does (nbvcxz): the lists of common
 * passwords, English words and names, keyboard runs, repeats, sequences, years and dates, and
 * the name of her own email. Refused below {@link #MIN_ENTROPY} bits. The reason she reads is
 * ours (messages), chosen from what made the password guessable (docs/architecture.md, "Passwords").
 */
final class PasswordStrength {

	/** nbvcxz's own default: about 34 billion guesses, months against a BCrypt hash. */
	static final double MIN_ENTROPY = 35;

	static final String WEAK = "register.error.password.weak";

	static final String WEAK_EMAIL = "register.error.password.weak.email";

	static final String WEAK_COMMON = "register.error.password.weak.common";

	static final String WEAK_PATTERN = "register.error.password.weak.pattern";

	static final String WEAK_DATE = "register.error.password.weak.date";

	private static final String HER_EMAIL = "her email";

	private static final List<Dictionary> COMMON = ConfigurationBuilder.getDefaultDictionaries();

	private PasswordStrength() {
	}

	/** The message key saying why the password is too easy to guess, or empty when it is not. */
	static Optional<String> weakness(String password, String email) {
		List<String> herWords = wordsOf(email);
		List<Dictionary> dictionaries = new ArrayList<>(COMMON);
		if (!herWords.isEmpty()) {
			dictionaries.add(new DictionaryBuilder().setDictionaryName(HER_EMAIL)
				.setExclusion(true)
				.addWords(herWords, 0)
				.createDictionary());
		}
		Result result = new Nbvcxz(new ConfigurationBuilder().setMinimumEntropy(MIN_ENTROPY)
			.setDictionaries(dictionaries)
			.createConfiguration()).estimate(password);
		if (result.isMinimumEntropyMet()) {
			return Optional.empty();
		}
		List<Match> matches = result.getMatches();
		if (matches.stream().anyMatch(m -> m instanceof DictionaryMatch d && HER_EMAIL.equals(d.getDictionaryName()))) {
			return Optional.of(WEAK_EMAIL);
		}
		if (matches.stream().anyMatch(DictionaryMatch.class::isInstance)) {
			return Optional.of(WEAK_COMMON);
		}
		if (matches.stream()
			.anyMatch(m -> m instanceof RepeatMatch || m instanceof SequenceMatch || m instanceof SpacialMatch)) {
			return Optional.of(WEAK_PATTERN);
		}
		if (matches.stream().anyMatch(m -> m instanceof YearMatch || m instanceof DateMatch)) {
			return Optional.of(WEAK_DATE);
		}
		return Optional.of(WEAK);
	}

	/** "emma.jones@…" → emma.jones, emma, jones: a 1–2 letter part says little. */
	private static List<String> wordsOf(String email) {
		String local = email.contains("@") ? email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT) : "";
		List<String> words = new ArrayList<>();
		if (local.length() >= 3) {
			words.add(local);
		}
		Arrays.stream(local.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3 && !w.equals(local)).forEach(words::add);
		return words;
	}

}
