package uk.org.safeguarding.reviews.identity;

import java.util.List;

import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TenantManager;

/**
 * The engine's tenant check, with tenants that follow group membership: a member of an agency's
 * group is in that agency's tenant ({@link AgencyTenants}), and no one is in any other. The
 * partnership's roles ({@link Groups#PARTNERSHIP_ROLES}) read across tenants, as far as their
 * grants go. Memberships kept in Camunda's tenant tables are not consulted: who works for an
 * agency is said once, by its group.
 */
public class AgencyTenantManager extends TenantManager {

  @Override
  public boolean isTenantCheckEnabled() {
    return super.isTenantCheckEnabled() && !inPartnershipRole(getCurrentAuthentication());
  }

  @Override
  public void configureTenantCheck(TenantCheck tenantCheck) {
    if (isTenantCheckEnabled()) {
      tenantCheck.setTenantCheckEnabled(true);
      tenantCheck.setAuthTenantIds(tenantsOf(getCurrentAuthentication()));
    } else {
      tenantCheck.setTenantCheckEnabled(false);
      tenantCheck.setAuthTenantIds(null);
    }
  }

  @Override
  public boolean isAuthenticatedTenant(String tenantId) {
    if (tenantId == null || !isTenantCheckEnabled()) {
      return true;
    }
    return tenantsOf(getCurrentAuthentication()).contains(tenantId);
  }

  /** The agency tenants of the signed-in user: its agency groups. */
  static List<String> tenantsOf(Authentication authentication) {
    List<String> groups = authentication == null ? null : authentication.getGroupIds();
    return groups == null ? List.of() : groups.stream().filter(AgencyTenants::isAgencyGroup).toList();
  }

  private static boolean inPartnershipRole(Authentication authentication) {
    List<String> groups = authentication == null ? null : authentication.getGroupIds();
    return groups != null && groups.stream().anyMatch(Groups.PARTNERSHIP_ROLES::contains);
  }
}
