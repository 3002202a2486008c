package uk.org.safeguarding.reviews.identity;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Member agencies: list them (any signed-in user); add one (administrators, business manager): its
 * group and rights are made at once, in the identity audit trail as the caller's doing.
 */
@RestController
@RequestMapping("/api/agencies")
public class AgencyController {

  private final Agencies agencies;
  private final AccessRules rules;
  private final CallerRoles caller;
  private final CallerActions actions;

  public AgencyController(Agencies agencies, AccessRules rules, CallerRoles caller, CallerActions actions) {
    this.agencies = agencies;
    this.rules = rules;
    this.caller = caller;
    this.actions = actions;
  }

  @GetMapping
  public List<Agency> list() {
    return agencies.active();
  }

  public record NewAgency(String slug, String name, String sector) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Agency add(@RequestBody NewAgency body) {
    caller.require(Groups.ADMINISTRATORS, Groups.BUSINESS_MANAGER);
    return actions.call(() -> {
      Agency agency = agencies.add(body.slug(), body.name(), body.sector());
      rules.agencyRules(agency);
      return agency;
    });
  }
}
