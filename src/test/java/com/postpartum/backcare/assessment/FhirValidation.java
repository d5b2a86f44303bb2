package com.postpartum.backcare.assessment;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * HAPI's instance validator (the HL7 validator's engine) with the R4 core definitions from
 * the classpath and in-memory terminology only: no terminology server is ever contacted.
 */
public final class FhirValidation {

	private static final Logger log = LoggerFactory.getLogger(FhirValidation.class);

	private FhirValidation() {
	}

	/** Building the validator loads every R4 definition: once. */
	private static final class Holder {

		static final FhirValidator VALIDATOR = create();

		private static FhirValidator create() {
			FhirContext context = FhirExport.context();
			ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
					new InMemoryTerminologyServerValidationSupport(context),
					new CommonCodeSystemsTerminologyService(context), new SnapshotGeneratingValidationSupport(context));
			FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
			instanceValidator.setAnyExtensionsAllowed(false);
			FhirValidator validator = context.newValidator();
			validator.registerValidatorModule(instanceValidator);
			return validator;
		}

	}

	/** The errors (and fatal errors) found; warnings and information are logged. */
	public static List<String> errors(String json) {
		ValidationResult result = Holder.VALIDATOR.validateWithResult(json);
		for (SingleValidationMessage message : result.getMessages()) {
			if (message.getSeverity().ordinal() < ResultSeverityEnum.ERROR.ordinal()) {
				log.info("FHIR validation {} at {}: {}", message.getSeverity(), message.getLocationString(),
						message.getMessage());
			}
		}
		return result.getMessages()
			.stream()
			.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.map(m -> m.getLocationString() + ": " + m.getMessage())
			.toList();
	}

	/** The resources of one type in the bundle, in entry order. */
	public static <R extends Resource> List<R> resources(Bundle bundle, Class<R> type) {
		return bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	/** Whether a pain score was given before or after the session: our own coding's code. */
	public static String timing(Observation observation) {
		return observation.getCode()
			.getCoding()
			.stream()
			.filter(c -> c.getSystem().equals(FhirExport.PAIN_TIMING_SYSTEM))
			.findFirst()
			.orElseThrow()
			.getCode();
	}

}
