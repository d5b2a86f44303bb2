package com.postpartum.backcare.account;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the app is to her passkeys (README, "Production"). A passkey is bound to the relying
 * party id, so changing it in production orphans every passkey made under the old one.
 *
 * @param rpId the relying party id: the site's host name without scheme or port
 * ({@code localhost} in development; WebAuthn refuses IP addresses)
 * @param rpName the name her authenticator shows when she makes or uses a passkey
 * @param origins the exact origins (scheme, host, port) the pages are served from, as the
 * browser reports them; behind the TLS proxy these are the public {@code https://} ones
 */
@ConfigurationProperties("app.passkeys")
record PasskeyProperties(@DefaultValue("localhost") String rpId, @DefaultValue("Back after baby") String rpName,
		@DefaultValue("http://localhost:8080") Set<String> origins) {
}
