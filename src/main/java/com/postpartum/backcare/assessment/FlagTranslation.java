package com.postpartum.backcare.assessment;

/**
 * A flag's words in another language, from {@code content/<language>/flags/<slug>.yml}: only the
 * words, and the version of the English they translate (docs/content-guide.md, "Translations").
 * The code, the level and the sources stay in the English file.
 */
public record FlagTranslation(String translates, String question, String hint, String title, String advice) {
}
