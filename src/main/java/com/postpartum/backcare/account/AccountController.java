package com.postpartum.backcare.account;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.postpartum.backcare.assessment.AssessmentOwnership;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.SignedInAccount;
import com.postpartum.backcare.web.WholeNumber;

/** Register, sign in (the form; Spring Security checks it, or a passkey), her account page and deleting it. */
@Controller
class AccountController {

	static final String REGISTER_VIEW = "account/register";

	static final String LOGIN_VIEW = "account/login";

	static final String ACCOUNT_VIEW = "account/account";

	static final String ACCOUNT_URL = "/account";

	private final AccountService accounts;

	private final AssessmentService assessments;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	/** As at sign-in: a new session id (no fixation) and a new CSRF token. */
	private final SessionAuthenticationStrategy signedInSession;

	private final LoginThrottle throttle;

	private final Passkeys passkeys;

	AccountController(AccountService accounts, AssessmentService assessments, CsrfTokenRepository csrfTokens,
			LoginThrottle throttle, Passkeys passkeys) {
		this.accounts = accounts;
		this.assessments = assessments;
		this.throttle = throttle;
		this.passkeys = passkeys;
		this.signedInSession = new CompositeSessionAuthenticationStrategy(List.of(
				new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", Map.of());
		return REGISTER_VIEW;
	}

	@PostMapping("/register")
	String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request,
			HttpServletResponse response, Model model) throws ServletException {
		Registration registration = new Registration(email, password, confirmPassword);
		String address = request.getRemoteAddr();
		// Trying emails here to learn who has an account counts as guessing, as at sign-in.
		if (throttle.waitBefore(address, registration.normalisedEmail()).compareTo(Duration.ZERO) > 0) {
			return registerAgain(HttpStatus.TOO_MANY_REQUESTS, email, Map.of("email", "register.error.wait"), response,
					model);
		}
		AccountService.Result result = accounts.register(registration);
		if (!result.isCreated()) {
			if (AccountService.EXISTS.equals(result.problems().get("email"))) {
				throttle.failed(address, registration.normalisedEmail());
			}
			return registerAgain(HttpStatus.BAD_REQUEST, email, result.problems(), response, model);
		}
		throttle.succeeded(address, result.account().getEmail());
		signIn(new AccountPrincipal(result.account()), request, response);
		assessments.claim(AssessmentOwnership.inSignInSession(request), result.account().getId());
		return "redirect:" + ACCOUNT_URL + "?welcome";
	}

	private static String registerAgain(HttpStatus status, String email, Map<String, String> problems,
			HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("email", email.length() > 254 ? email.substring(0, 254) : email);
		model.addAttribute("errors", problems);
		return REGISTER_VIEW;
	}

	/** {@code ?wait=N}: the throttle's answer, shown in seconds, or in minutes from two minutes on. */
	@GetMapping("/login")
	String loginForm(@RequestParam(name = "wait", required = false) String wait, Model model) {
		WholeNumber.parse(wait, 1, 3600).ifPresent(seconds -> {
			model.addAttribute("waitSeconds", seconds < 120 ? seconds : null);
			model.addAttribute("waitMinutes", seconds < 120 ? null : (seconds + 59) / 60);
		});
		return LOGIN_VIEW;
	}

	@GetMapping(ACCOUNT_URL)
	String account(@SignedInAccount AccountHolder signedIn, HttpServletRequest request, Model model) {
		return accountPage(model, signedIn.accountId(), request);
	}

	/** Ends her sign-in sessions on every other device (a lost phone, a shared tablet); this one stays. */
	@PostMapping(ACCOUNT_URL + "/sign-out-others")
	String signOutOthers(@SignedInAccount AccountHolder signedIn, HttpServletRequest request) {
		accounts.signOutOthers(signedIn.accountId(), request.getSession().getId());
		return "redirect:" + ACCOUNT_URL + "?signedOutOthers";
	}

	@PostMapping(ACCOUNT_URL + "/delete")
	String delete(@RequestParam(defaultValue = "false") boolean confirm, @SignedInAccount AccountHolder signedIn,
			HttpServletRequest request, Model model) throws ServletException {
		long accountId = signedIn.accountId();
		if (!confirm) {
			model.addAttribute("confirmMissing", true);
			return accountPage(model, accountId, request);
		}
		accounts.delete(accountId);
		request.logout();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		return "redirect:/?deleted";
	}

	private String accountPage(Model model, long accountId, HttpServletRequest request) {
		Account account = accounts.find(accountId).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("assessments", assessments.listFor(accountId));
		model.addAttribute("devices", accounts.devices(account, request.getSession().getId()));
		model.addAttribute("passkeys", passkeys.of(account.getEmail()));
		return ACCOUNT_VIEW;
	}

	/**
	 * Signs her in straight after registering, as the sign-in form would: a new session id
	 * (no fixation) and a new CSRF token (the one of the signed-out form stops working).
	 */
	private void signIn(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		signedInSession.onAuthentication(authentication, request, response);
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
