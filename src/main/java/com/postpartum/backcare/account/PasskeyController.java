package com.postpartum.backcare.account;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.SignedInAccount;
import com.postpartum.backcare.web.Languages;

/**
 * The passkeys part of her account page. Adding one is a ceremony in the browser
 * ({@code passkeys.js} with Spring Security's endpoints); these are its two plain steps:
 * checking the label before her authenticator is asked (so a bad label never leaves a passkey
 * on her phone that the app does not know), and removing one.
 */
@Controller
class PasskeyController {

	static final String PASSKEYS_URL = AccountController.ACCOUNT_URL + "/passkeys";

	private final Passkeys passkeys;

	private final MessageSource messages;

	PasskeyController(Passkeys passkeys, MessageSource messages) {
		this.passkeys = passkeys;
		this.messages = messages;
	}

	/** 204 when the label will do; 400 with her message as JSON when not. */
	@PostMapping(PASSKEYS_URL + "/label")
	@ResponseBody
	ResponseEntity<Map<String, String>> checkLabel(@RequestParam(defaultValue = "") String label) {
		return PasskeyLabel.problem(label)
			.map(problem -> ResponseEntity.status(HttpStatus.BAD_REQUEST)
				.body(Map.of("message", messages.getMessage(problem, null, Languages.current()))))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** Only her own: any other id, another mother's included, is not found. */
	@PostMapping(PASSKEYS_URL + "/remove")
	String remove(@RequestParam(defaultValue = "") String id, @SignedInAccount AccountHolder signedIn) {
		if (!passkeys.remove(signedIn.accountId(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + AccountController.ACCOUNT_URL + "?passkeyRemoved#passkeys";
	}

}
