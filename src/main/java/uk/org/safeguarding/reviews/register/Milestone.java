package uk.org.safeguarding.reviews.register;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A dated step in a case's life: "referral received", "IMRs commissioned", "published". */
@Table("register_milestone")
public record Milestone(String milestone, String description, LocalDate reachedOn) {}
