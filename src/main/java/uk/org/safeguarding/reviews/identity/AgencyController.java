package uk.org.safeguarding.reviews.identity;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Member agencies: list them, add one (its Camunda group is created at once). */
@RestController
@RequestMapping("/api/agencies")
public class AgencyController {

  private final Agencies agencies;

  public AgencyController(Agencies agencies) {
    this.agencies = agencies;
  }

  @GetMapping
  public List<Agency> list() {
    return agencies.active();
  }

  public record NewAgency(String slug, String name, String sector) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Agency add(@RequestBody NewAgency body) {
    return agencies.add(body.slug(), body.name(), body.sector());
  }
}
