package uk.org.safeguarding.reviews.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Keeps one Camunda group per member agency. */
@Component
public class AgencyGroups {

  public static final String AGENCY_GROUP_TYPE = "agency";

  private final IdentityService identityService;

  public AgencyGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void ensureGroup(Agency agency) {
    ensureGroup(agency.groupId(), agency.name(), AGENCY_GROUP_TYPE);
  }

  public void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }
}
