package uk.org.safeguarding.reviews.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A member agency of the partnership. Its staff are the Camunda group {@code agency-<slug>}. */
@Table("agency")
public record Agency(@Id String slug, String name, String sector, boolean active) {

  public static final String GROUP_PREFIX = "agency-";

  public String groupId() {
    return GROUP_PREFIX + slug;
  }
}
