package uk.org.safeguarding.reviews.lado;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguarding.reviews.engine.SystemActions;
import uk.org.safeguarding.reviews.text.CaseText;
import uk.org.safeguarding.reviews.identity.CallerRoles;
import uk.org.safeguarding.reviews.identity.Groups;

/**
 * The LADO service manager excludes a LADO from a case (a conflict of interest: they know the
 * person, or the allegation is about a colleague). From then on the case is invisible to them by
 * every API ({@link LadoCaseAccess}). Only the LADO manager may exclude, or see who is excluded.
 */
@RestController
@RequestMapping("/api/lado/cases/{reference}/exclusions")
public class LadoExclusionController {

  /** What the manager sends: whom to exclude, and why. */
  public record ExclusionRequest(String userId, String reason) {}

  private final LadoRecords records;
  private final LadoCaseAccess access;
  private final CallerRoles caller;
  private final IdentityService identity;
  private final SystemActions system;

  public LadoExclusionController(LadoRecords records, LadoCaseAccess access, CallerRoles caller, IdentityService identity,
      SystemActions system) {
    this.records = records;
    this.access = access;
    this.caller = caller;
    this.identity = identity;
    this.system = system;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> exclude(@PathVariable String reference, @RequestBody ExclusionRequest request) {
    caller.require(Groups.LADO_MANAGER);
    requireCase(reference);
    if (request == null || LadoAllegation.blank(request.userId())) {
      throw new IllegalArgumentException("Cannot exclude: say whom to exclude ('userId')");
    }
    if (LadoAllegation.blank(request.reason()) || request.reason().length() > 1000) {
      throw new IllegalArgumentException("Cannot exclude: give the reason ('reason', up to 1000 characters)");
    }
    boolean isLado = system.call(() -> identity.createUserQuery().userId(request.userId()).memberOfGroup(Groups.LADO).count() > 0);
    if (!isLado) {
      throw new IllegalArgumentException("Cannot exclude: '" + request.userId() + "' is not a LADO");
    }
    if (CaseText.looksLikeMarkupOrExpression(request.reason())) {
      throw new IllegalArgumentException("Cannot exclude: the reason " + CaseText.MARKUP_REFUSED);
    }
    if (records.isExcluded(reference, request.userId())) {
      throw new IllegalArgumentException("Cannot exclude: '" + request.userId() + "' is already excluded from " + reference);
    }
    requireSomeoneLeft(reference, request.userId());
    access.exclude(reference, request.userId(), request.reason().strip(), caller.userId());
    return Map.of("reference", reference, "userId", request.userId(), "reason", request.reason().strip());
  }

  @GetMapping
  public List<String> excluded(@PathVariable String reference) {
    caller.require(Groups.LADO_MANAGER);
    requireCase(reference);
    return records.excludedUsers(reference);
  }

  /**
   * An exclusion covers every case about the same person; each of them must keep at least one member of
   * the LADO service who may work on it, or the case, its tasks and deadlines would be nobody's.
   */
  private void requireSomeoneLeft(String reference, String userId) {
    List<String> ladoStaff = system.call(() -> identity.createUserQuery().memberOfGroup(Groups.LADO).list()).stream()
        .map(User::getId).toList();
    List<String> affected = new ArrayList<>(List.of(reference));
    affected.addAll(records.otherCasesAboutThePerson(reference));
    for (String each : affected) {
      Set<String> left = new HashSet<>(ladoStaff);
      records.excludedUsers(each).forEach(left::remove);
      left.remove(userId);
      if (left.isEmpty()) {
        throw new IllegalArgumentException("Cannot exclude: nobody in the LADO service would be left to work on " + each
            + (each.equals(reference) ? "" : " (about the same person)"));
      }
    }
  }

  private void requireCase(String reference) {
    if (records.find(reference).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No LADO case " + reference);
    }
  }
}
