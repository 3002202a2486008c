package uk.org.safeguarding.reviews.identity;

/** Camunda group ids. They are a contract: BPMN candidate groups and other systems use them. */
public final class Groups {

  public static final String SCR_GROUP = "scr-group";
  public static final String SCR_GROUP_CHAIR = "scr-group-chair";
  public static final String BOARD_CHAIR = "board-chair";
  public static final String BUSINESS_MANAGER = "business-manager";
  public static final String ADMINISTRATORS = "camunda-admin";
  /** The local authority designated officer: allegations against adults who work with children. */
  public static final String LADO = "lado";
  /** The LADO service's manager: reads the LADO's figures and cases as the LADO does. */
  public static final String LADO_MANAGER = "lado-manager";

  /** The three safeguarding partners (since 2018): each signs off a rapid review. */
  public static final String PARTNER_LOCAL_AUTHORITY = "partner-local-authority";
  public static final String PARTNER_POLICE = "partner-police";
  public static final String PARTNER_HEALTH = "partner-health";

  /** The partnership's own roles, who read every review (not LADO cases). */
  public static final java.util.List<String> PARTNERSHIP_ROLES = java.util.List.of(SCR_GROUP, SCR_GROUP_CHAIR, BOARD_CHAIR,
      BUSINESS_MANAGER, PARTNER_LOCAL_AUTHORITY, PARTNER_POLICE, PARTNER_HEALTH);

  private Groups() {}
}
