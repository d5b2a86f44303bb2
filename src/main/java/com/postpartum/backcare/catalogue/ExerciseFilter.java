package com.postpartum.backcare.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.jpa.domain.Specification;

import com.postpartum.backcare.web.WholeNumber;

/**
 * The library's filters, parsed from the raw query parameters so that a wrong value is
 * answered with words, never a 500. Blank parameters mean "any".
 */
public record ExerciseFilter(String query, Category category, Position position, Integer phase, Integer difficulty,
		Equipment equipment, List<Problem> problems) {

	public static final int MAX_QUERY_LENGTH = 100;

	/** A parameter that could not be used: which one, its value, and what it may be (in messages.properties). */
	public record Problem(String parameter, String value, MessageSourceResolvable allowed) {
	}

	public static ExerciseFilter parse(String q, String category, String position, String phase, String difficulty,
			String equipment) {
		List<Problem> problems = new ArrayList<>();
		String query = q == null ? null : q.strip();
		if (query != null && query.length() > MAX_QUERY_LENGTH) {
			problems.add(new Problem("q", query.substring(0, 20) + "…",
					allowed("exercises.allowed.length", String.valueOf(MAX_QUERY_LENGTH))));
			query = null;
		}
		return new ExerciseFilter(query == null || query.isEmpty() ? null : query,
				coded("category", category, Category.class, problems),
				coded("position", position, Position.class, problems), number("phase", phase, 1, 3, problems),
				number("difficulty", difficulty, 1, 3, problems),
				coded("equipment", equipment, Equipment.class, problems), List.copyOf(problems));
	}

	public static ExerciseFilter none() {
		return new ExerciseFilter(null, null, null, null, null, null, List.of());
	}

	public boolean isValid() {
		return problems.isEmpty();
	}

	Specification<Exercise> toSpecification() {
		return toSpecification(Set.of());
	}

	/** {@code translatedMatches}: the slugs whose words in her language match the query, found in memory. */
	Specification<Exercise> toSpecification(Set<String> translatedMatches) {
		return (root, cq, cb) -> {
			List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
			if (query != null) {
				String pattern = "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%";
				jakarta.persistence.criteria.Predicate english = cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
						cb.like(cb.lower(root.get("summary")), pattern, '\\'),
						cb.like(cb.lower(root.get("purpose")), pattern, '\\'));
				where.add(translatedMatches.isEmpty() ? english : cb.or(english, root.get("slug").in(translatedMatches)));
			}
			if (category != null) {
				where.add(cb.equal(root.get("category"), category));
			}
			if (position != null) {
				where.add(cb.equal(root.get("position"), position));
			}
			if (difficulty != null) {
				where.add(cb.equal(root.get("difficulty"), difficulty));
			}
			if (phase != null) {
				where.add(cb.isMember(phase, root.get("phases")));
			}
			if (equipment != null) {
				where.add(cb.isMember(equipment, root.get("equipment")));
			}
			return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static <E extends Enum<E> & CodedEnum> E coded(String parameter, String value, Class<E> type,
			List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Optional<E> parsed = CodedEnum.fromCode(type, value);
		if (parsed.isEmpty()) {
			// The codes themselves, not words: nothing to look up.
			problems.add(new Problem(parameter, value,
					new DefaultMessageSourceResolvable(null, null, CodedEnum.allowed(type))));
		}
		return parsed.orElse(null);
	}

	private static Integer number(String parameter, String value, int min, int max, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Optional<Integer> number = WholeNumber.parse(value, min, max);
		if (number.isEmpty()) {
			problems.add(new Problem(parameter, value,
					allowed("exercises.allowed.range", String.valueOf(min), String.valueOf(max))));
		}
		return number.orElse(null);
	}

	private static MessageSourceResolvable allowed(String key, String... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

}
