package com.postpartum.backcare.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.postpartum.backcare.web.InvalidRequestException.FieldProblem;

/**
 * The API's errors as RFC 9457 problem+json (docs/architecture.md, "Errors"). Only the REST
 * controllers are advised, so the pages keep Spring's friendly error pages; API errors raised
 * before any controller is chosen (unknown address, method or media type) are brought here by
 * {@link ErrorResponsesConfig}. Spring's own exceptions keep Spring's problem details; the
 * app's words are in messages.properties (api.problem.*).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	static final String API_PREFIX = "/api/";

	static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([A-Za-z]{1,40})\"");

	/** The words of Spring's own refusals that the API can meet, by status. */
	private static final Map<Integer, Words> SPRING_PROBLEMS = Map.of(
			HttpStatus.NOT_FOUND.value(), new Words("api.problem.notFound.title", "api.problem.notFound.detail"),
			HttpStatus.METHOD_NOT_ALLOWED.value(), new Words("api.problem.method.title", "api.problem.method.detail"),
			HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(),
			new Words("api.problem.mediaType.title", "api.problem.mediaType.detail"));

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final DatabaseAvailability database;

	private final MessageSource messages;

	ApiExceptionHandler(DatabaseAvailability database, MessageSource messages) {
		this.database = database;
		this.messages = messages;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("api.problem.invalid.detail"));
		problem.setType(INVALID_REQUEST);
		problem.setTitle(text("api.problem.invalid.title"));
		problem.setProperty("errors", ex.getProblems().stream().map(this::written).toList());
		return ResponseEntity.badRequest().body(problem);
	}

	/** Anything else a REST controller throws: the database gone (503), or our fault (500). */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		if (database.explains(ex)) {
			log.warn("Database unavailable answering {}: {}", request.getRequestURI(), ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", String.valueOf(DatabaseUnavailableFilter.RETRY_AFTER_SECONDS))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "api.problem.unavailable.title",
						"api.problem.unavailable.detail"));
		}
		log.error("Unexpected error answering {}", request.getRequestURI(), ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.unexpected.title", "api.problem.unexpected.detail"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (tooLarge(ex)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					RequestSizeFilter.tooLarge(messages, Languages.current()));
			problem.setTitle(text("api.problem.tooLarge.title"));
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("api.problem.unreadable.detail"));
		problem.setType(INVALID_REQUEST);
		problem.setTitle(text("api.problem.unreadable.title"));
		problem.setProperty("errors", List.of(written(duplicateField(ex)
			.map(name -> new FieldProblem(name, "api.problem.unreadable.twice"))
			.orElseGet(() -> new FieldProblem("(body)", "api.problem.unreadable.body")))));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "api.problem.badValue.title", "api.problem.badValue.detail"));
	}

	/**
	 * Spring's own refusals (no such address, a method or a body type no operation takes) in the
	 * answer's language: Spring words them in English, with whatever the request held.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		Words words = SPRING_PROBLEMS.get(statusCode.value());
		if (answer != null && answer.getBody() instanceof ProblemDetail problem && words != null) {
			problem.setTitle(text(words.title()));
			// A detail the app chose (an unknown exercise's slug) stays; Spring's own is replaced.
			if (!(ex instanceof ErrorResponse response) || response.getDetailMessageCode().startsWith("problemDetail.")) {
				problem.setDetail(text(words.detail()));
			}
		}
		return answer;
	}

	@Override
	protected ResponseEntity<Object> handleConversionNotSupported(ConversionNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleTypeMismatch(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotWritable(HttpMessageNotWritableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return unexpected(ex, servletRequest(request));
	}

	@Override
	protected ResponseEntity<Object> handleMethodValidationException(MethodValidationException ex, HttpHeaders headers,
			HttpStatus status, WebRequest request) {
		return unexpected(ex, servletRequest(request));
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey));
		problem.setTitle(text(titleKey));
		return problem;
	}

	private String text(String key) {
		return messages.getMessage(key, null, Languages.current());
	}

	private WrittenProblem written(FieldProblem problem) {
		return new WrittenProblem(problem.field(), messages.getMessage(problem.message(), Languages.current()));
	}

	private record Words(String title, String detail) {
	}

	/** A member of the answer's errors, in the words of the answer's language. */
	record WrittenProblem(String field, String message) {
	}

	private static HttpServletRequest servletRequest(WebRequest request) {
		return ((ServletWebRequest) request).getRequest();
	}

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
