package com.postpartum.backcare.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Housekeeping jobs (old sign-in throttle rows); each is safe to run on every instance. */
@Configuration
@EnableScheduling
class SchedulingConfig {

}
