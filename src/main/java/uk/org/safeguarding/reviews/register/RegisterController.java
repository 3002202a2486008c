package uk.org.safeguarding.reviews.register;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The register, read-only: every referral, review and audit with its milestones. */
@RestController
@RequestMapping("/api/register")
public class RegisterController {

  private final Register register;

  public RegisterController(Register register) {
    this.register = register;
  }

  @GetMapping
  public List<RegisterEntry> all() {
    return register.all();
  }

  @GetMapping("/{caseReference}")
  public List<RegisterEntry> forCase(@PathVariable String caseReference) {
    return register.forCase(caseReference);
  }
}
