package com.postpartum.backcare.account;

/**
 * Her calendar feed's address as shown once, when made: for a calendar app (webcal) and to copy
 * (https). Public, as every type a template reads.
 */
public record CalendarAddress(String https, String webcal) {
}
