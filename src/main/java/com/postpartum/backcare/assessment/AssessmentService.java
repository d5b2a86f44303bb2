package com.postpartum.backcare.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import com.postpartum.backcare.web.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** Runs the rules on the in-memory catalogue, and stores assessments made through the web form. */
@Service
public class AssessmentService {

	/** The same rules once per language: only the words of their explanations differ. */
	private final Map<String, TriageRules> rules;

	private final RulesCatalogueProvider catalogue;

	private final AssessmentRepository repository;

	private final Clock clock;

	/** Boot's mapper, the one the API answers with: an assessment has one JSON form. */
	private final JsonMapper json;

	AssessmentService(RulesCatalogueProvider catalogue, AssessmentRepository repository, Clock clock,
			JsonMapper json, MessageSource messages, Languages languages) {
		this.rules = languages.supported()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Locale::getLanguage,
					language -> new TriageRules((key, arguments) -> messages.getMessage(key, arguments, language))));
		this.catalogue = catalogue;
		this.repository = repository;
		this.clock = clock;
		this.json = json;
	}

	private TriageRules rules(Locale language) {
		TriageRules inLanguage = rules.get(language.getLanguage());
		return inLanguage != null ? inLanguage : rules.get(Locale.ENGLISH.getLanguage());
	}

	/** Stateless: judges the answers and stores nothing (the JSON API), in the language of the request. */
	public Assessment assess(Intake intake) {
		return assess(intake, Languages.current());
	}

	private Assessment assess(Intake intake, Locale language) {
		return rules(language).assess(intake, catalogue.current(language));
	}

	/**
	 * A stored assessment in the language of the request (docs/architecture.md, "Languages"). The
	 * record keeps the English words it was shown with; the same answers judged again today, when
	 * that gives exactly the stored English, give the same decision in her language. When the rules
	 * or the catalogue changed since, the stored decision stands and only the flags' words, looked
	 * up by code, are translated.
	 */
	Assessment inLanguage(Intake intake, Assessment stored, Locale language) {
		if (rules(language) == rules(Locale.ENGLISH)) {
			return stored;
		}
		if (assess(intake, Locale.ENGLISH).equals(stored)) {
			return assess(intake, language);
		}
		Map<FlagCode, RulesCatalogue.FlagText> words = catalogue.current(language).flagTexts();
		return new Assessment(stored.level(), stored.flags()
			.stream()
			.map(flag -> new Assessment.Flag(flag.code(), flag.level(), words.get(flag.code()).title(),
					words.get(flag.code()).advice()))
			.toList(), stored.routine());
	}

	/**
	 * One day's routine from her stored answers, today's pain before (null before she gives
	 * it) and the exercises swapped out since last time: the intake's own rules, re-run.
	 */
	public Optional<TriageRules.DayPlan> planDay(Intake intake, Integer painBefore, Set<String> swappedOut) {
		Locale language = Languages.current();
		return rules(language).planDay(intake, painBefore == null ? 0 : painBefore, swappedOut,
				catalogue.current(language));
	}

	/** The easier version of an exercise, or null. */
	public String regressionOf(String slug) {
		RulesCatalogue.ExerciseFacts exercise = catalogue.current(Locale.ENGLISH).exercises().get(slug);
		return exercise == null ? null : exercise.regression();
	}

	/** Judges the red-flag questions alone ("something new or worse?"). */
	public Assessment checkRedFlags(Set<FlagCode> redFlags) {
		Locale language = Languages.current();
		return rules(language).assessRedFlags(redFlags, catalogue.current(language));
	}

	/**
	 * Stores the assessment for her account, or for nobody yet when she is not signed in
	 * (accountId null): the page then remembers it in her sign-in session.
	 */
	@Transactional
	public StoredAssessment assessAndStore(Intake intake, Long accountId) {
		// The record keeps the English words; a page shows them in her language (inLanguage).
		Assessment assessment = assess(intake, Locale.ENGLISH);
		// Microseconds: what both databases keep, so the time shown now equals the time read back.
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		AssessmentRecord record = new AssessmentRecord(UUID.randomUUID(), now, TriageRules.VERSION,
				assessment.level(), json.writeValueAsString(intake), json.writeValueAsString(assessment), accountId);
		repository.save(record);
		return new StoredAssessment(record.getId(), record.getCreatedAt(), record.getRulesVersion(), intake,
				inLanguage(intake, assessment, Languages.current()), record.getAccountId());
	}

	@Transactional(readOnly = true)
	public Optional<StoredAssessment> find(UUID id) {
		return repository.findById(id).map(this::toStored);
	}

	/** Her most recent assessment: what /today follows. */
	@Transactional(readOnly = true)
	public Optional<StoredAssessment> latestFor(long accountId) {
		return repository.findFirstByAccountIdOrderByCreatedAtDesc(accountId).map(this::toStored);
	}

	/**
	 * A red flag answered again ("something new or worse?") by a signed-in mother: her last
	 * answers with the new red flags are judged and stored, so her routine stops at once.
	 */
	@Transactional
	public Optional<StoredAssessment> recheck(long accountId, Set<FlagCode> redFlags) {
		return latestFor(accountId).map(latest -> {
			Set<FlagCode> flags = java.util.EnumSet.noneOf(FlagCode.class);
			flags.addAll(latest.intake().redFlags());
			flags.addAll(redFlags);
			Intake i = latest.intake();
			return assessAndStore(new Intake(i.weeksSinceBirth(), i.delivery(), i.clearedForExercise(), i.breastfeeding(),
					i.epiduralOrSpinal(), i.painAreas(), i.painNow(), i.painWorstLastWeek(), i.painTrend(),
					i.painWeeks(), i.abdominalSeparation(), i.leakage(), i.pelvicHeaviness(), flags), accountId);
		});
	}

	/** In the language of the request. */
	private StoredAssessment toStored(AssessmentRecord record) {
		StoredAssessment stored = asRecorded(record);
		return new StoredAssessment(stored.id(), stored.createdAt(), stored.rulesVersion(), stored.intake(),
				inLanguage(stored.intake(), stored.assessment(), Languages.current()), stored.accountId());
	}

	/** With the words it was shown with: her data as kept. */
	private StoredAssessment asRecorded(AssessmentRecord record) {
		return new StoredAssessment(record.getId(), record.getCreatedAt(), record.getRulesVersion(),
				json.readValue(record.getAnswers(), Intake.class), json.readValue(record.getOutcome(), Assessment.class),
				record.getAccountId());
	}

	/**
	 * Gives her new or signed-in account the assessments she made before signing in (the ids
	 * her sign-in session remembered); any already someone's stay theirs.
	 */
	@Transactional
	public int claim(List<UUID> assessmentIds, long accountId) {
		return assessmentIds.isEmpty() ? 0 : repository.claim(assessmentIds, accountId);
	}

	@Transactional(readOnly = true)
	public List<AssessmentRepository.Summary> listFor(long accountId) {
		return repository.findSummariesByAccountId(accountId);
	}

	/** Everything stored of hers, for "download my data". */
	@Transactional(readOnly = true)
	public List<StoredAssessment> allFor(long accountId) {
		return repository.findByAccountIdOrderByCreatedAtAsc(accountId).stream().map(this::asRecorded).toList();
	}

	/** Exercise names by slug, to name what an answer left out. */
	public Map<String, String> exerciseNames() {
		return catalogue.current(Languages.current())
			.exercises()
			.values()
			.stream()
			.collect(Collectors.toMap(RulesCatalogue.ExerciseFacts::slug, RulesCatalogue.ExerciseFacts::name));
	}

	public FlagDocument flagWords(FlagCode code) {
		return catalogue.flags().get(code, Languages.current());
	}

	/** An assessment as stored: when, under which rules, the answers and what was shown. */
	public record StoredAssessment(UUID id, Instant createdAt, String rulesVersion, Intake intake,
			Assessment assessment, Long accountId) {
	}

}
