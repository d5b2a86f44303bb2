package com.postpartum.backcare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Errors that happen outside any controller still get the app's own answers: the friendly
 * pages, or problem+json under /api/ (docs/architecture.md, "Errors").
 */
@Configuration
class ErrorResponsesConfig implements WebMvcConfigurer {

	/** Stands for the API controller an unmatched API request did not reach. */
	private static final HandlerMethod NO_API_CONTROLLER = noApiController();

	/**
	 * Tomcat refuses an encoded slash with its own bare page before the app sees it; let it
	 * through unchanged instead, so that Spring Security's firewall refuses it with our answer.
	 */
	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
		return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}

	/** What the firewall refuses (encoded slashes, "..", odd characters) is a 400 of ours. */
	@Bean
	RequestRejectedHandler requestRejectedHandler(MessageSource messages, Languages languages) {
		return (request, response, rejected) -> {
			if (request.getRequestURI().startsWith(ApiExceptionHandler.API_PREFIX)) {
				Locale language = languages.resolveLocale(request);
				String problem = "{\"type\":\"about:blank\",\"title\":\""
						+ messages.getMessage("api.problem.rejected.title", null, language).replace("\"", "'")
						+ "\",\"status\":400,\"detail\":\""
						+ messages.getMessage("api.problem.rejected.detail", null, language).replace("\"", "'") + "\"}";
				Languages.label(response, language);
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter().write(problem);
			}
			else {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
		};
	}

	/** Asked for directly, /error has no error to show: it is simply not a page (404). */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorAddressIsNotAPage() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						response.sendError(HttpStatus.NOT_FOUND.value());
					}
				});
		registration.addUrlPatterns("/error", "/error/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * An API request that reaches no controller (an unknown address under /api/, a method or
	 * media type no operation takes) is resolved as if an API controller had refused it, so
	 * {@link ApiExceptionHandler}, which advises only the REST controllers, answers it like
	 * every other API error. Pages fall through to Spring's handling and the error pages.
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		ExceptionHandlerExceptionResolver advised = resolvers.stream()
			.filter(ExceptionHandlerExceptionResolver.class::isInstance)
			.map(ExceptionHandlerExceptionResolver.class::cast)
			.findFirst()
			.orElseThrow();
		resolvers.add(0, (request, response, handler, ex) -> handler == null
				&& request.getRequestURI().startsWith(ApiExceptionHandler.API_PREFIX)
						? advised.resolveException(request, response, NO_API_CONTROLLER, ex) : null);
	}

	private static HandlerMethod noApiController() {
		try {
			return new HandlerMethod(new NoApiController() {
			}, "none");
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the address asked for, or the one an error page stands for, is under /api/. */
	private static boolean isApi(HttpServletRequest request) {
		if (request == null) {
			return false;
		}
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String address = failed instanceof String uri ? uri : request.getRequestURI();
		return address.startsWith(ApiExceptionHandler.API_PREFIX);
	}

	/** An interface, so that component scanning never makes it a controller. */
	@RestController
	interface NoApiController {

		default void none() {
		}

	}

	/**
	 * A client that accepts application/problem+json (RFC 9457) accepts JSON: without this, an
	 * API address that produces JSON would answer it 406 before even judging the request. A
	 * client that accepts anything (curl, or no Accept at all) prefers HTML at a page address,
	 * so its errors are the pages in words and in her language, not Spring's bare JSON.
	 */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new HeaderContentNegotiationStrategy() {
			@Override
			public List<MediaType> resolveMediaTypes(NativeWebRequest request)
					throws HttpMediaTypeNotAcceptableException {
				List<MediaType> accepted = super.resolveMediaTypes(request);
				if (accepted.equals(MEDIA_TYPE_ALL_LIST) && !isApi(request.getNativeRequest(HttpServletRequest.class))) {
					return List.of(MediaType.TEXT_HTML, MediaType.ALL);
				}
				boolean problems = accepted.stream().anyMatch(MediaType.APPLICATION_PROBLEM_JSON::equalsTypeAndSubtype);
				boolean json = accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
				if (!problems || json) {
					return accepted;
				}
				List<MediaType> widened = new ArrayList<>(accepted);
				widened.add(MediaType.APPLICATION_JSON);
				return widened;
			}
		}));
	}

}
