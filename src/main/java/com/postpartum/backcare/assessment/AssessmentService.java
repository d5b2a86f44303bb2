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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** Runs the rules on the in-memory catalogue, and stores assessments made through the web form. */
@Service
public class AssessmentService {

	private final TriageRules rules;

	private final RulesCatalogueProvider catalogue;

	private final AssessmentRepository repository;

	private final Clock clock;

	/** Boot's mapper, the one the API answers with: an assessment has one JSON form. */
	private final JsonMapper json;

	AssessmentService(RulesCatalogueProvider catalogue, AssessmentRepository repository, Clock clock,
			JsonMapper json, MessageSource messages) {
		// English whoever asks: the reasons are stored, and the app speaks English only.
		this.rules = new TriageRules((key, arguments) -> messages.getMessage(key, arguments, Locale.ENGLISH));
		this.catalogue = catalogue;
		this.repository = repository;
		this.clock = clock;
		this.json = json;
	}

	/** Stateless: judges the answers and stores nothing (the JSON API). */
	public Assessment assess(Intake intake) {
		return rules.assess(intake, catalogue.current());
	}

	/**
	 * One day's routine from her stored answers, today's pain before (null before she gives
	 * it) and the exercises swapped out since last time: the intake's own rules, re-run.
	 */
	public Optional<TriageRules.DayPlan> planDay(Intake intake, Integer painBefore, Set<String> swappedOut) {
		return rules.planDay(intake, painBefore == null ? 0 : painBefore, swappedOut, catalogue.current());
	}

	/** The easier version of an exercise, or null. */
	public String regressionOf(String slug) {
		RulesCatalogue.ExerciseFacts exercise = catalogue.current().exercises().get(slug);
		return exercise == null ? null : exercise.regression();
	}

	/** Judges the red-flag questions alone ("something new or worse?"). */
	public Assessment checkRedFlags(Set<FlagCode> redFlags) {
		return rules.assessRedFlags(redFlags, catalogue.current());
	}

	/**
	 * Stores the assessment for her account, or for nobody yet when she is not signed in
	 * (accountId null): the page then remembers it in her sign-in session.
	 */
	@Transactional
	public StoredAssessment assessAndStore(Intake intake, Long accountId) {
		Assessment assessment = assess(intake);
		// Microseconds: what both databases keep, so the time shown now equals the time read back.
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		AssessmentRecord record = new AssessmentRecord(UUID.randomUUID(), now, TriageRules.VERSION,
				assessment.level(), json.writeValueAsString(intake), json.writeValueAsString(assessment), accountId);
		repository.save(record);
		return new StoredAssessment(record.getId(), record.getCreatedAt(), record.getRulesVersion(), intake,
				assessment, record.getAccountId());
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

	private StoredAssessment toStored(AssessmentRecord record) {
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
		return repository.findByAccountIdOrderByCreatedAtAsc(accountId).stream().map(this::toStored).toList();
	}

	/** Exercise names by slug, to name what an answer left out. */
	public Map<String, String> exerciseNames() {
		return catalogue.current()
			.exercises()
			.values()
			.stream()
			.collect(Collectors.toMap(RulesCatalogue.ExerciseFacts::slug, RulesCatalogue.ExerciseFacts::name));
	}

	public FlagDocument flagWords(FlagCode code) {
		return catalogue.flags().get(code);
	}

	/** An assessment as stored: when, under which rules, the answers and what was shown. */
	public record StoredAssessment(UUID id, Instant createdAt, String rulesVersion, Intake intake,
			Assessment assessment, Long accountId) {
	}

}
