package com.postpartum.backcare.catalogue.content;

import java.util.List;

/** A learn page as written: its front matter and its Markdown body, before validation. */
public record LearnDocument(FrontMatter frontMatter, String markdown) {

	public record FrontMatter(String slug, String title, String summary, String kind, Integer order,
			List<String> related, List<String> sources) {
	}

}
