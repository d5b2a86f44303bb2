package com.postpartum.backcare.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.postpartum.backcare.assessment.Assessment;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;
import com.postpartum.backcare.assessment.TriageRules;

/**
 * Practice sessions her browser finished with no connection and sends later, perhaps more
 * than once and from two tabs at once: each is stored once, under the id the browser gave it,
 * and every send is answered like the first (docs/architecture.md, "Offline"). The server's
 * view of her day wins over the browser's (docs/clinical-rules.md, "Sessions sent later").
 */
@Service
public class SessionSync {

	/** How many days back a session may be sent: a phone left offline for a week still syncs. */
	static final int DAYS_BACK = 7;

	/** Two sends at once: the loser's transaction fails on the unique index and is tried again, once or twice. */
	private static final int ATTEMPTS = 3;

	private final AssessmentService assessments;

	private final TodayPlanner planner;

	private final PracticeSessionRepository practiceSessions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SessionSync(AssessmentService assessments, TodayPlanner planner, PracticeSessionRepository practiceSessions,
			PlatformTransactionManager transactions, Clock clock) {
		this.assessments = assessments;
		this.planner = planner;
		this.practiceSessions = practiceSessions;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** What became of a session sent later, with the words she is shown. */
	public enum Outcome {

		/** Stored as she did it. */
		SAVED("saved", "today.sync.saved"),
		/** Her answers now rule out exercise: her pain scores are kept, the exercises are not. */
		PAIN_ONLY("painOnly", "today.sync.painOnly"),
		/** Pain before of 8 or more: kept as a day stopped for pain, with no exercise. */
		REST_DAY("restDay", "today.sync.restDay"),
		/** That day already has a finished session (another device, another tab): nothing added. */
		DAY_TAKEN("dayTaken", "today.sync.dayTaken"),
		/** She has no routine to practise (no assessment with one): nothing stored. */
		NO_ROUTINE("noRoutine", "today.sync.noRoutine");

		private final String code;

		private final String messageKey;

		Outcome(String code, String messageKey) {
			this.code = code;
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}

		public String code() {
			return code;
		}

		static Outcome of(String code) {
			for (Outcome outcome : values()) {
				if (outcome.code.equals(code)) {
					return outcome;
				}
			}
			throw new IllegalStateException("unknown sync outcome " + code);
		}

	}

	/** One exercise of a session sent later, in the order she met them. */
	public record ExerciseSent(String slug, boolean done, boolean hurt) {
	}

	/**
	 * A session finished in her browser: its id, the day she did it, pain before and after
	 * (after is null on a day stopped for pain), and the exercises, all already checked for form.
	 */
	public record SessionSent(String clientId, LocalDate day, int painBefore, Integer painAfter,
			List<ExerciseSent> exercises) {
	}

	/** The answer, the same for every send of one id. */
	public record Answer(String clientId, LocalDate day, Outcome outcome) {
	}

	/** Whether the day may be sent: not in the future, and at most {@value #DAYS_BACK} days back. */
	public boolean acceptsDay(LocalDate day) {
		LocalDate today = LocalDate.now(clock);
		return !day.isAfter(today) && !day.isBefore(today.minusDays(DAYS_BACK));
	}

	/** Stores the session once, whoever sends it how often; a repeat gets the first answer. */
	public Answer sync(long accountId, SessionSent sent) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> attempt(accountId, sent));
			}
			catch (DataIntegrityViolationException | PessimisticLockingFailureException lostTheRace) {
				// The other send committed first (the unique index decided): the next try finds its row.
				if (attempt == ATTEMPTS) {
					throw lostTheRace;
				}
			}
		}
	}

	private Answer attempt(long accountId, SessionSent sent) {
		Optional<PracticeSession> stored = practiceSessions.findByAccountIdAndClientId(accountId, sent.clientId());
		if (stored.isPresent()) {
			return answer(stored.get());
		}
		Optional<PracticeSession> sameDay = practiceSessions.lockByAccountIdAndDay(accountId, sent.day());
		if (sameDay.isPresent()) {
			return finishStarted(sameDay.get(), sent);
		}
		// The same question as for a day started online: does her latest answer allow exercise?
		Assessment.PersonalRoutine routine = planner.currentRoutine(accountId).orElse(null);
		Outcome outcome = sent.painBefore() >= TriageRules.SEVERE_PAIN_FROM ? Outcome.REST_DAY
				: routine == null ? Outcome.PAIN_ONLY : Outcome.SAVED;
		if (routine == null) {
			// Kept under the routine she last had, as a day stopped for pain keeps today's.
			routine = lastRoutine(accountId).orElse(null);
			if (routine == null) {
				return new Answer(sent.clientId(), sent.day(), Outcome.NO_ROUTINE);
			}
		}
		Instant now = now();
		PracticeSession session = new PracticeSession(accountId, sent.day(), routine.slug(), routine.phase(),
				sent.painBefore(), now,
				outcome == Outcome.SAVED ? sent.exercises().stream().map(ExerciseSent::slug).toList() : List.of());
		record(session, sent, outcome, now);
		practiceSessions.saveAndFlush(session);
		return answer(session);
	}

	/** The day has a session already: finish it if it waits for her (started online), else the server's day stands. */
	private Answer finishStarted(PracticeSession sameDay, SessionSent sent) {
		if (sent.clientId().equals(sameDay.getClientId())) {
			return answer(sameDay);
		}
		if (sameDay.isCompleted() || sameDay.getPainBefore() >= TriageRules.SEVERE_PAIN_FROM
				|| sameDay.getClientId() != null || sent.painAfter() == null) {
			return new Answer(sent.clientId(), sent.day(), Outcome.DAY_TAKEN);
		}
		Instant now = now();
		boolean exerciseAllowed = planner.currentRoutine(sameDay.getAccountId()).isPresent();
		Outcome outcome = exerciseAllowed ? Outcome.SAVED : Outcome.PAIN_ONLY;
		record(sameDay, sent, outcome, now);
		practiceSessions.saveAndFlush(sameDay);
		return answer(sameDay);
	}

	private static void record(PracticeSession session, SessionSent sent, Outcome outcome, Instant now) {
		if (outcome == Outcome.SAVED && sent.painAfter() != null) {
			session.finish(sent.painAfter(),
					sent.exercises().stream().filter(ExerciseSent::done).map(ExerciseSent::slug).toList(),
					sent.exercises().stream().filter(ExerciseSent::hurt).map(ExerciseSent::slug).toList(), now);
		}
		else if (outcome == Outcome.PAIN_ONLY && sent.painAfter() != null) {
			session.keepPainAfterOnly(sent.painAfter(), now);
		}
		session.syncedAs(sent.clientId(), outcome.code(), now);
	}

	private Optional<Assessment.PersonalRoutine> lastRoutine(long accountId) {
		return assessments.allFor(accountId)
			.stream()
			.filter(a -> a.assessment().routine() != null)
			.max(Comparator.comparing(StoredAssessment::createdAt))
			.map(a -> a.assessment().routine());
	}

	private static Answer answer(PracticeSession session) {
		return new Answer(session.getClientId(), session.getDay(), Outcome.of(session.getSyncOutcome()));
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
