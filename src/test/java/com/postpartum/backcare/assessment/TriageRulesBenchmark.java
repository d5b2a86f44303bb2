package com.postpartum.backcare.assessment;

import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import com.postpartum.backcare.assessment.Intake.PainArea;
import com.postpartum.backcare.assessment.Intake.Separation;

/**
 * The rules alone, on the real catalogue (docs/performance.md: under 50 µs per assessment).
 * Run with bench/rules-jmh.sh; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TriageRulesBenchmark {

	private final TriageRules rules = MessagesFile.rules();

	private final RulesCatalogue catalogue = RealRulesCatalogue.INSTANCE;

	private final Intake healthy = TriageRulesTest.healthy().weeks(10).build();

	private final Intake filtered = TriageRulesTest.healthy()
		.weeks(9)
		.painNow(5)
		.separation(Separation.UNSURE)
		.painAreas(EnumSet.of(PainArea.PELVIC_GIRDLE, PainArea.ONE_LEG))
		.painWeeks(8)
		.build();

	private final Intake redFlag = TriageRulesTest.healthy().redFlags(EnumSet.of(FlagCode.SADDLE_NUMBNESS)).build();

	@Benchmark
	public Assessment healthyPhaseTwo() {
		return rules.assess(healthy, catalogue);
	}

	@Benchmark
	public Assessment withFiltersAndSubstitution() {
		return rules.assess(filtered, catalogue);
	}

	@Benchmark
	public Assessment redFlagEmergency() {
		return rules.assess(redFlag, catalogue);
	}

}
