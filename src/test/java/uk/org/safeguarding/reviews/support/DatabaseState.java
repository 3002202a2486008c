package uk.org.safeguarding.reviews.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a request could change, counted: instances, tasks, variables (and their revisions), jobs,
 * stored bytes, history, the register, agencies, users and authorizations. Equal before and after
 * shows a refused request changed nothing.
 */
public final class DatabaseState {

  static final List<String> TABLES = List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job",
      "act_ge_bytearray", "act_hi_procinst", "act_hi_varinst", "act_hi_detail", "register_entry", "register_milestone",
      "agency", "action_plan_action", "act_id_user", "act_id_group", "act_ru_authorization");

  private DatabaseState() {}

  public static Map<String, Integer> counts(JdbcTemplate jdbc) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
    }
    counts.put("act_ru_variable revisions", jdbc.queryForObject("select coalesce(sum(rev_), 0) from act_ru_variable", Integer.class));
    return counts;
  }
}
