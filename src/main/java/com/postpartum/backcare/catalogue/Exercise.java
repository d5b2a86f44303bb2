package com.postpartum.backcare.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** One exercise of the catalogue, as loaded from {@code content/exercises/<slug>.yml}. */
@Entity
@Table(name = "exercise")
public class Exercise {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Column(nullable = false, length = 4000)
	private String purpose;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Category category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Position position;

	@ElementCollection
	@CollectionTable(name = "exercise_equipment", joinColumns = @JoinColumn(name = "exercise_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "equipment", nullable = false, length = 30)
	private Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);

	@Column(nullable = false)
	private int difficulty;

	@ElementCollection
	@CollectionTable(name = "exercise_phase", joinColumns = @JoinColumn(name = "exercise_id"))
	@Column(name = "phase", nullable = false)
	private Set<Integer> phases = new TreeSet<>();

	@Convert(converter = TextListConverter.class)
	@Column(nullable = false, length = 10000)
	private List<String> muscles = new ArrayList<>();

	@Convert(converter = TextListConverter.class)
	@Column(nullable = false, length = 10000)
	private List<String> steps = new ArrayList<>();

	@Convert(converter = TextListConverter.class)
	@Column(nullable = false, length = 10000)
	private List<String> cues = new ArrayList<>();

	@Convert(converter = TextListConverter.class)
	@Column(nullable = false, length = 10000)
	private List<String> mistakes = new ArrayList<>();

	@Embedded
	private Dosage dosage;

	@Enumerated(EnumType.STRING)
	@Column(name = "abdominal_load", nullable = false, length = 20)
	private Load abdominalLoad;

	@Enumerated(EnumType.STRING)
	@Column(name = "pelvic_floor_load", nullable = false, length = 20)
	private Load pelvicFloorLoad;

	// "asymmetric" is a reserved word in H2.
	@Column(name = "asymmetric_loading", nullable = false)
	private boolean asymmetric;

	@Column(name = "before_clearance", nullable = false)
	private boolean beforeClearance;

	/** Slug rather than a reference: content may name neighbours in any order. */
	@Column(name = "regression_slug", length = 80)
	private String regression;

	@Column(name = "progression_slug", length = 80)
	private String progression;

	@Convert(converter = TextListConverter.class)
	@Column(name = "stop_if", nullable = false, length = 10000)
	private List<String> stopIf = new ArrayList<>();

	@Convert(converter = TextListConverter.class)
	@Column(nullable = false, length = 10000)
	private List<String> related = new ArrayList<>();

	/** Source titles as users see them. */
	@Convert(converter = TextListConverter.class)
	@Column(nullable = false, length = 10000)
	private List<String> sources = new ArrayList<>();

	/** Which of steps, reps or hold, and sets the sources give. */
	@Embedded
	private Provenance provenance;

	protected Exercise() {
	}

	public Exercise(String slug) {
		this.slug = slug;
	}

	/** Copies every field from validated content; the slug and id stay. */
	public void update(Exercise from) {
		this.name = from.name;
		this.summary = from.summary;
		this.purpose = from.purpose;
		this.category = from.category;
		this.position = from.position;
		this.equipment.clear();
		this.equipment.addAll(from.equipment);
		this.difficulty = from.difficulty;
		this.phases.clear();
		this.phases.addAll(from.phases);
		this.muscles = List.copyOf(from.muscles);
		this.steps = List.copyOf(from.steps);
		this.cues = List.copyOf(from.cues);
		this.mistakes = List.copyOf(from.mistakes);
		this.dosage = from.dosage;
		this.abdominalLoad = from.abdominalLoad;
		this.pelvicFloorLoad = from.pelvicFloorLoad;
		this.asymmetric = from.asymmetric;
		this.beforeClearance = from.beforeClearance;
		this.regression = from.regression;
		this.progression = from.progression;
		this.stopIf = List.copyOf(from.stopIf);
		this.related = List.copyOf(from.related);
		this.sources = List.copyOf(from.sources);
		this.provenance = from.provenance;
	}

	// Fluent setters used only by the content loader and tests.
	public Exercise describedAs(String name, String summary, String purpose) {
		this.name = name;
		this.summary = summary;
		this.purpose = purpose;
		return this;
	}

	public Exercise classifiedAs(Category category, Position position, Set<Equipment> equipment, int difficulty,
			Set<Integer> phases, List<String> muscles) {
		this.category = category;
		this.position = position;
		this.equipment = equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment);
		this.difficulty = difficulty;
		this.phases = new TreeSet<>(phases);
		this.muscles = List.copyOf(muscles);
		return this;
	}

	public Exercise instructedBy(List<String> steps, List<String> cues, List<String> mistakes, Dosage dosage) {
		this.steps = List.copyOf(steps);
		this.cues = List.copyOf(cues);
		this.mistakes = List.copyOf(mistakes);
		this.dosage = dosage;
		return this;
	}

	public Exercise withSafety(Load abdominalLoad, Load pelvicFloorLoad, boolean asymmetric, boolean beforeClearance,
			String regression, String progression, List<String> stopIf) {
		this.abdominalLoad = abdominalLoad;
		this.pelvicFloorLoad = pelvicFloorLoad;
		this.asymmetric = asymmetric;
		this.beforeClearance = beforeClearance;
		this.regression = regression;
		this.progression = progression;
		this.stopIf = List.copyOf(stopIf);
		return this;
	}

	public Exercise citing(List<String> sources, Provenance provenance, List<String> related) {
		this.sources = List.copyOf(sources);
		this.provenance = provenance;
		this.related = List.copyOf(related);
		return this;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getSummary() {
		return summary;
	}

	public String getPurpose() {
		return purpose;
	}

	public Category getCategory() {
		return category;
	}

	public Position getPosition() {
		return position;
	}

	public Set<Equipment> getEquipment() {
		return equipment;
	}

	public int getDifficulty() {
		return difficulty;
	}

	public Set<Integer> getPhases() {
		return phases;
	}

	public List<String> getMuscles() {
		return muscles;
	}

	public List<String> getSteps() {
		return steps;
	}

	public List<String> getCues() {
		return cues;
	}

	public List<String> getMistakes() {
		return mistakes;
	}

	public Dosage getDosage() {
		return dosage;
	}

	public Load getAbdominalLoad() {
		return abdominalLoad;
	}

	public Load getPelvicFloorLoad() {
		return pelvicFloorLoad;
	}

	public boolean isAsymmetric() {
		return asymmetric;
	}

	public boolean isBeforeClearance() {
		return beforeClearance;
	}

	public String getRegression() {
		return regression;
	}

	public String getProgression() {
		return progression;
	}

	public List<String> getStopIf() {
		return stopIf;
	}

	public List<String> getRelated() {
		return related;
	}

	public List<String> getSources() {
		return sources;
	}

	public Provenance getProvenance() {
		return provenance;
	}

}
