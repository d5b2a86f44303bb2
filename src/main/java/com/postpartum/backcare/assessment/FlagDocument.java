package com.postpartum.backcare.assessment;

import java.util.List;

/**
 * The words of one flag, from {@code content/flags/<slug>.yml}: the plain question (red-flag
 * questions only), a hint, the title and advice shown in answers, and the guidance behind it.
 */
public record FlagDocument(String code, String question, String hint, String title, String advice,
		List<String> sources) {
}
