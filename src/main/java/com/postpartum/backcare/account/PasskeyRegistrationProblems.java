package com.postpartum.backcare.account;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

import com.postpartum.backcare.account.PasskeyOperations.PasskeyRefused;
import com.postpartum.backcare.web.Languages;

/**
 * Spring Security's registration endpoint lets a refused passkey escape as an exception (a
 * server error); this answers it as what it is: 400 with her message as JSON
 * ({@code {"message": "…"}}), which the page's script shows. Wraps the registration filter,
 * so it sits before the authorization filter in the chain.
 */
final class PasskeyRegistrationProblems extends OncePerRequestFilter {

	static final String REGISTER = "/webauthn/register";

	private static final Log log = LogFactory.getLog(PasskeyRegistrationProblems.class);

	private final MessageSource messages;

	private final JsonMapper json;

	PasskeyRegistrationProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !(request.getContextPath() + REGISTER).equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (PasskeyRefused refused) {
			// The cause (webauthn4j's reason) is for the log, never for the page.
			log.info("passkey not added: " + refused.messageKey()
					+ (refused.getCause() == null ? "" : " (" + refused.getCause() + ")"));
			answer(response, refused.messageKey());
		}
	}

	private void answer(HttpServletResponse response, String messageKey) throws IOException {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		writeJson(response, json, Map.of("message", messages.getMessage(messageKey, null, Languages.current())));
	}

	/** The passkey endpoints answer the script in JSON, outside Spring MVC. */
	static void writeJson(HttpServletResponse response, JsonMapper json, Object body) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

}
