package com.postpartum.backcare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Set;

import org.springframework.stereotype.Controller;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md ("Packages and their dependencies"), checked on
 * the compiled main classes: no cycle between packages, every dependency in an allowed
 * direction, controllers package-private, and one clock for the whole app.
 */
@AnalyzeClasses(packages = "com.postpartum.backcare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String BASE = "com.postpartum.backcare.";

	private static final String WEB = BASE + "web..";

	private static final String CONTENT = BASE + "content..";

	private static final String HOME = BASE + "home..";

	/** Letters: SMTP or the development outbox; features hand it a Letter. */
	private static final String MAIL = BASE + "mail..";

	/** The exercise figures: plain geometry and SVG, used by the catalogue and its content. */
	private static final String FIGURE = BASE + "figure..";

	/** The catalogue feature, its content subpackage included. */
	private static final String CATALOGUE = BASE + "catalogue..";

	/** The catalogue package alone, without catalogue.content. */
	private static final String CATALOGUE_ONLY = BASE + "catalogue";

	private static final String CATALOGUE_CONTENT = BASE + "catalogue.content..";

	private static final String ASSESSMENT = BASE + "assessment..";

	private static final String PRACTICE = BASE + "practice..";

	private static final String ACCOUNT = BASE + "account..";

	private static final String WHY = "docs/architecture.md, \"Packages and their dependencies\"";

	@ArchTest
	static final ArchRule packagesHaveNoCycles = slices().matching("com.postpartum.backcare.(*)..")
		.namingSlices("$1")
		.should()
		.beFreeOfCycles()
		.because(WHY);

	@ArchTest
	static final ArchRule webAndContentDependOnNoFeature = noClasses().that()
		.resideInAnyPackage(WEB, CONTENT)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(HOME, CATALOGUE, ASSESSMENT, PRACTICE, ACCOUNT, MAIL)
		.because("web and content are the base every feature builds on (" + WHY + ")");

	@ArchTest
	static final ArchRule mailDependsOnNoFeature = noClasses().that()
		.resideInAPackage(MAIL)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(HOME, CATALOGUE, ASSESSMENT, PRACTICE, ACCOUNT, WEB, CONTENT, FIGURE)
		.because("mail is a base package: a feature hands it a Letter, it knows no feature (" + WHY + ")");

	@ArchTest
	static final ArchRule figureDependsOnNoFeatureNorSpring = noClasses().that()
		.resideInAPackage(FIGURE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(HOME, CATALOGUE, ASSESSMENT, PRACTICE, ACCOUNT, WEB, CONTENT, MAIL, "org.springframework..")
		.because("figure is a base package of plain Java: geometry and SVG, no feature, no framework (" + WHY + ")");

	@ArchTest
	static final ArchRule catalogueDependsOnNoOtherFeature = noClasses().that()
		.resideInAPackage(CATALOGUE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(HOME, ASSESSMENT, PRACTICE, ACCOUNT)
		.because("the catalogue is what the other features read (" + WHY + ")");

	@ArchTest
	static final ArchRule assessmentDependsOnlyOnTheCatalogue = noClasses().that()
		.resideInAPackage(ASSESSMENT)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(HOME, PRACTICE, ACCOUNT)
		.because(WHY);

	@ArchTest
	static final ArchRule practiceDependsOnNeitherAccountNorHome = noClasses().that()
		.resideInAPackage(PRACTICE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(HOME, ACCOUNT)
		.because("practice reaches the signed-in account through web.AccountHolder (" + WHY + ")");

	@ArchTest
	static final ArchRule homeDependsOnNoFeatureButTheCatalogue = noClasses().that()
		.resideInAPackage(HOME)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ASSESSMENT, PRACTICE, ACCOUNT)
		.because(WHY);

	@ArchTest
	static final ArchRule noPackageDependsOnHomeOrAccount = noClasses().that()
		.resideOutsideOfPackages(HOME, ACCOUNT)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(HOME, ACCOUNT)
		.because("home and account are the top of the graph (" + WHY + ")");

	@ArchTest
	static final ArchRule catalogueNeverReadsItsContentFiles = noClasses().that()
		.resideInAPackage(CATALOGUE_ONLY)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(CATALOGUE_CONTENT)
		.because("catalogue.content loads the catalogue and announces it with catalogue.CatalogueLoadedEvent ("
				+ WHY + ")");

	@ArchTest
	static final ArchRule noOtherPackageReadsTheCatalogueContent = noClasses().that()
		.resideOutsideOfPackage(CATALOGUE_CONTENT)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(CATALOGUE_CONTENT)
		.because("only catalogue.content -> catalogue is allowed; the others read the catalogue (" + WHY + ")");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areMetaAnnotatedWith(Controller.class)
		.should()
		.bePackagePrivate()
		.because("nothing calls a controller but Spring "
				+ "(docs/architecture.md, \"Packages by feature, without cycles\")");

	@ArchTest
	static final ArchRule onlyTheClockBeanReadsTheSystemClock = noClasses().that()
		.doNotHaveFullyQualifiedName(BASE + "web.ClockConfig")
		.should()
		.accessTargetWhere(systemClockReads())
		.because("\"today\" is the app's day (UTC) from the one Clock bean, replaceable in tests "
				+ "(docs/architecture.md, \"One clock\")");

	/** now() without a clock, and the system clocks themselves: calls and method references alike. */
	private static DescribedPredicate<JavaAccess<?>> systemClockReads() {
		Set<String> dateTimes = Set.of(LocalDate.class.getName(), LocalDateTime.class.getName(),
				LocalTime.class.getName(), Instant.class.getName(), ZonedDateTime.class.getName(),
				OffsetDateTime.class.getName(), OffsetTime.class.getName());
		Set<String> systemClocks = Set.of("systemUTC", "systemDefaultZone", "system");
		return DescribedPredicate.describe("read the system clock (LocalDate.now(), Instant.now(), Clock.systemUTC() …)",
				access -> {
					AccessTarget target = access.getTarget();
					if (!(target instanceof CodeUnitAccessTarget codeUnit)) {
						return false;
					}
					String owner = target.getOwner().getName();
					if (dateTimes.contains(owner)) {
						return target.getName().equals("now") && codeUnit.getRawParameterTypes().isEmpty();
					}
					return owner.equals(Clock.class.getName()) && systemClocks.contains(target.getName());
				});
	}

}
