package com.postpartum.backcare.catalogue.content;

/** One source article: the key content files use, and the title users see. */
public record SourceDocument(String key, String title) {
}
