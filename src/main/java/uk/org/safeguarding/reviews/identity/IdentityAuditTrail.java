package uk.org.safeguarding.reviews.identity;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.stereotype.Component;

/**
 * Who changed users, groups, memberships, tenants or authorizations, and when: the entries of
 * category {@code Admin} in Camunda's user operation log, newest first. The engine writes them
 * for every change made by a signed-in user (Admin, REST, the application's own API);
 * {@link AuditedIdentityProvider} adds new passwords and sign-in delays. What the application
 * seeds at start-up, with nobody signed in, is not logged. Read with the caller's own
 * authorizations: {@link AccessRules} grants this category to administrators and the business
 * manager.
 */
@Component
public class IdentityAuditTrail {

  /** One property of one change; the entries of one change share {@code operationId}. {@code userId}: who did it (none for a sign-in delay). */
  public record Entry(Date timestamp, String userId, String operation, String entityType, String property, String previousValue,
      String newValue, String operationId) {}

  public record Page(List<Entry> entries, long total) {}

  private final HistoryService historyService;

  public IdentityAuditTrail(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** A page of entries ({@code page} from 0), of one user's doing if {@code userId} is given. */
  public Page find(String userId, int page, int size) {
    UserOperationLogQuery query = historyService.createUserOperationLogQuery().category(UserOperationLogEntry.CATEGORY_ADMIN);
    if (userId != null) {
      query.userId(userId);
    }
    long total = query.count();
    List<Entry> entries = query.orderByTimestamp().desc().listPage(page * size, size).stream()
        .map(log -> new Entry(log.getTimestamp(), log.getUserId(), log.getOperationType(), log.getEntityType(), log.getProperty(),
            log.getOrgValue(), log.getNewValue(), log.getOperationId()))
        .toList();
    return new Page(entries, total);
  }
}
