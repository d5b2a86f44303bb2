package com.postpartum.backcare.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A habit or education page from {@code content/learn/<slug>.md}, its Markdown rendered once at load. */
@Entity
@Table(name = "learn_page")
public class LearnPage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private LearnKind kind;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "body_html", nullable = false, length = 100000)
	private String bodyHtml;

	@Convert(converter = TextListConverter.class)
	@Column(nullable = false, length = 10000)
	private List<String> related = new ArrayList<>();

	@Convert(converter = TextListConverter.class)
	@Column(nullable = false, length = 10000)
	private List<String> sources = new ArrayList<>();

	protected LearnPage() {
	}

	public LearnPage(String slug) {
		this.slug = slug;
	}

	public void update(String title, String summary, LearnKind kind, int sortOrder, String bodyHtml, List<String> related,
			List<String> sources) {
		this.title = title;
		this.summary = summary;
		this.kind = kind;
		this.sortOrder = sortOrder;
		this.bodyHtml = bodyHtml;
		this.related = List.copyOf(related);
		this.sources = List.copyOf(sources);
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public LearnKind getKind() {
		return kind;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public List<String> getRelated() {
		return related;
	}

	public List<String> getSources() {
		return sources;
	}

}
