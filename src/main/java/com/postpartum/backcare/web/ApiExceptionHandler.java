package com.postpartum.backcare.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every error under /api/ as RFC 9457 problem+json, including those raised before
 * a controller is chosen (405, 415, unknown path). Errors of the HTML pages are rethrown,
 * so Spring's default handling shows the friendly error pages instead.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	static final String API_PREFIX = "/api/";

	static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final DatabaseAvailability database;

	ApiExceptionHandler(DatabaseAvailability database) {
		this.database = database;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some of the values sent are not valid: see errors.");
		problem.setType(INVALID_REQUEST);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", ex.getProblems());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> anyOther(Exception ex, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith(API_PREFIX)) {
			throw ex;
		}
		if (ex instanceof ErrorResponse error) {
			return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
		}
		if (ex instanceof HttpMessageNotReadableException && tooLarge(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, RequestSizeFilter.TOO_LARGE));
		}
		if (ex instanceof HttpMessageNotReadableException) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request body is missing or is not valid JSON.");
			problem.setType(INVALID_REQUEST);
			problem.setTitle("Unreadable request");
			problem.setProperty("errors", List.of(duplicateField(ex)
				.map(name -> new InvalidRequestException.FieldProblem(name, "is sent more than once; send each answer once"))
				.orElseGet(() -> new InvalidRequestException.FieldProblem("(body)", "must be a JSON object with the answers"))));
			return ResponseEntity.badRequest().body(problem);
		}
		if (ex instanceof TypeMismatchException) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request could not be read."));
		}
		if (database.explains(ex)) {
			log.warn("Database unavailable answering {}: {}", request.getRequestURI(), ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", String.valueOf(DatabaseUnavailableFilter.RETRY_AFTER_SECONDS))
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailableFilter.DETAIL));
		}
		log.error("Unexpected error answering {}", request.getRequestURI(), ex);
		return ResponseEntity.internalServerError()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"Something went wrong on our side. Please try again."));
	}

	private static final Pattern DUPLICATE = Pattern
		.compile("Duplicate Object property \"([A-Za-z]{1,40})\"");

	/** The field a body sent twice (refused by the strict parser), when it has a plain name. */
	private static Optional<String> duplicateField(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			Matcher matcher = DUPLICATE.matcher(String.valueOf(cause.getMessage()));
			if (matcher.find()) {
				return Optional.of(matcher.group(1));
			}
		}
		return Optional.empty();
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeFilter.BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

}
