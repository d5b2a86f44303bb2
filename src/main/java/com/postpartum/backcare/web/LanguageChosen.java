package com.postpartum.backcare.web;

import java.util.Locale;

/** She picked a language with the header's switch while signed in: her account keeps it for mails and new devices. */
public record LanguageChosen(long accountId, Locale language) {
}
