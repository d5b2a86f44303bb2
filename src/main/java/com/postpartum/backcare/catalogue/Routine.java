package com.postpartum.backcare.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A curated routine from {@code content/routines/<slug>.yml}: exercises in order with their dosage. */
@Entity
@Table(name = "routine")
public class Routine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Column(nullable = false, length = 4000)
	private String description;

	/** 1, 2 or 3 for the phase routines the rules choose from; null for the articles' own routines. */
	private Integer phase;

	@Column(name = "times_per_week", nullable = false)
	private int timesPerWeek;

	@Enumerated(EnumType.STRING)
	@Column(name = "time_of_day", nullable = false, length = 20)
	private TimeOfDay timeOfDay;

	/** Computed from the items' dosages when the content is loaded. */
	@Column(name = "estimated_minutes", nullable = false)
	private int estimatedMinutes;

	@Convert(converter = TextListConverter.class)
	@Column(nullable = false, length = 10000)
	private List<String> sources = new ArrayList<>();

	@OneToMany(mappedBy = "routine", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<RoutineItem> items = new ArrayList<>();

	protected Routine() {
	}

	public Routine(String slug) {
		this.slug = slug;
	}

	public void describe(String title, String summary, String description, Integer phase, int timesPerWeek,
			TimeOfDay timeOfDay, List<String> sources) {
		this.title = title;
		this.summary = summary;
		this.description = description;
		this.phase = phase;
		this.timesPerWeek = timesPerWeek;
		this.timeOfDay = timeOfDay;
		this.sources = List.copyOf(sources);
	}

	/**
	 * Makes the items equal to the given ones, reusing existing rows position by position,
	 * so reloading unchanged content rewrites nothing and a change never duplicates a row.
	 */
	public void replaceItems(List<RoutineItem> newItems) {
		for (int i = 0; i < newItems.size(); i++) {
			if (i < items.size()) {
				items.get(i).copyFrom(newItems.get(i));
			}
			else {
				RoutineItem item = newItems.get(i);
				item.attachTo(this, i + 1);
				items.add(item);
			}
		}
		while (items.size() > newItems.size()) {
			items.remove(items.size() - 1);
		}
		this.estimatedMinutes = ExerciseTiming
			.minutes(items.stream().mapToInt(item -> item.getDosage().estimatedSeconds()).sum());
	}

	public Long getId() {
		return id;
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

	public String getDescription() {
		return description;
	}

	public Integer getPhase() {
		return phase;
	}

	public int getTimesPerWeek() {
		return timesPerWeek;
	}

	public TimeOfDay getTimeOfDay() {
		return timeOfDay;
	}

	public int getEstimatedMinutes() {
		return estimatedMinutes;
	}

	public List<String> getSources() {
		return sources;
	}

	public List<RoutineItem> getItems() {
		return items;
	}

}
