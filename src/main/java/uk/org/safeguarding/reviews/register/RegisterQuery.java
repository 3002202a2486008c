package uk.org.safeguarding.reviews.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the register a page at a time with a fixed number of queries however large the page: the
 * count, the page of entries, then the page's milestones and its clocks in one query each (keyed by
 * the page's ids), and the rapid reviews the page's entries came from when any did. Plain SQL that
 * H2 and PostgreSQL both read.
 */
@Component
public class RegisterQuery {

  /** The columns the register may be sorted by, as the API names them. */
  static final Map<String, String> SORTABLE = sortable();

  private static final String ENTRY_COLUMNS = "e.id, e.case_reference, e.entry_type, e.status, e.process_instance_id, "
      + "e.summary, e.referring_agency, e.opened_on, e.due_on, e.concluded_on, e.concluded_note, e.closed_on, e.panel_chair, "
      + "e.overview_author, e.outcome, e.outcome_reason, e.published_on, e.publication_link, e.briefing, "
      + "e.briefing_published_on, e.briefing_published_where, e.themes, e.learning_points, e.rapid_review_instance_id, "
      + "e.imported";

  /** An open entry past its due day, or with a clock past its due day and not done. */
  private static final String OVERDUE = "(e.closed_on IS NULL AND ((e.due_on IS NOT NULL AND e.due_on < :today) OR EXISTS (SELECT 1 FROM register_clock c"
      + " WHERE c.register_entry = e.id AND c.done_on IS NULL AND c.due_on < :today)))";

  /** A row of register_entry, mapped by hand (Spring's DataClassRowMapper took about a millisecond a row). */
  private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getString("case_reference"),
      rs.getString("entry_type"), rs.getString("status"), rs.getString("process_instance_id"), rs.getString("summary"),
      rs.getString("referring_agency"), day(rs, "opened_on"), day(rs, "due_on"), day(rs, "concluded_on"),
      rs.getString("concluded_note"), day(rs, "closed_on"), rs.getString("panel_chair"), rs.getString("overview_author"),
      rs.getString("outcome"), rs.getString("outcome_reason"), day(rs, "published_on"), rs.getString("publication_link"),
      rs.getString("briefing"), day(rs, "briefing_published_on"), rs.getString("briefing_published_where"),
      rs.getString("themes"), rs.getString("learning_points"), rs.getString("rapid_review_instance_id"),
      rs.getBoolean("imported"), rs.getBoolean("overdue"));

  private static LocalDate day(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private final NamedParameterJdbcTemplate jdbc;

  public RegisterQuery(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A sort as the API takes it: {@code openedOn}, {@code openedOn,desc} or {@code -openedOn}; null: newest first. */
  public record SortOrder(String column, boolean descending) {

    public static final SortOrder NEWEST_FIRST = new SortOrder("id", true);

    public static SortOrder parse(String sort) {
      if (sort == null || sort.isBlank()) {
        return NEWEST_FIRST;
      }
      String text = sort.trim();
      boolean descending = false;
      if (text.startsWith("-")) {
        descending = true;
        text = text.substring(1);
      }
      String[] parts = text.split(",");
      if (parts.length > 2) {
        throw new IllegalArgumentException(refusal(sort));
      }
      if (parts.length == 2) {
        String direction = parts[1].trim().toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
          throw new IllegalArgumentException(refusal(sort));
        }
        descending = direction.equals("desc");
      }
      String column = parts[0].trim();
      if (!SORTABLE.containsKey(column)) {
        throw new IllegalArgumentException(refusal(sort));
      }
      return new SortOrder(column, descending);
    }

    private static String refusal(String sort) {
      return "sort '" + sort + "' is not one the register knows: use one of " + String.join(", ", SORTABLE.keySet())
          + ", optionally followed by ',asc' or ',desc'";
    }
  }

  /** One page of the register and how many entries match in all. */
  public record Page(List<EntryView> entries, long total) {}

  /** The largest page the register serves at once. */
  public static final int MAX_PAGE_SIZE = 500;
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** Page {@code page} (from 0) of {@code size} entries (1 to {@link #MAX_PAGE_SIZE}) matching the filter. */
  public Page page(RegisterFilter filter, SortOrder sort, int page, int size, LocalDate today) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
    }
    MapSqlParameterSource params = new MapSqlParameterSource("today", today);
    String where = where(filter, params);
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM register_entry e" + where, params, Long.class);
    // the page's bounds written into the query (numbers checked above): a database plans an index-ordered
    // read that stops after the page only when it knows how many rows are wanted (H2 sorted every row otherwise)
    String order = " ORDER BY e." + SORTABLE.get(sort.column()) + (sort.descending() ? " DESC" : " ASC")
        + (sort.column().equals("id") ? "" : ", e.id DESC");
    List<EntryView> entries = entries("SELECT " + ENTRY_COLUMNS + ", CASE WHEN " + OVERDUE + " THEN TRUE ELSE FALSE END AS overdue"
        + " FROM register_entry e" + where + order + " LIMIT " + size + " OFFSET " + (long) page * size, params, today, true);
    return new Page(entries, total == null ? 0 : total);
  }

  /** Every entry of a case, oldest first, with its action plan when {@code actions} is given. */
  public List<EntryView> forCase(String caseReference, LocalDate today, ActionPlanSource actions) {
    MapSqlParameterSource params = new MapSqlParameterSource("today", today).addValue("reference", caseReference);
    List<EntryView> entries = entries("SELECT " + ENTRY_COLUMNS + ", CASE WHEN " + OVERDUE + " THEN TRUE ELSE FALSE END AS overdue"
        + " FROM register_entry e WHERE e.case_reference = :reference ORDER BY e.id", params, today, true);
    if (actions == null || entries.isEmpty()) {
      return entries;
    }
    List<EntryView.PlannedAction> plan = actions.actionsOf(caseReference, today);
    return entries.stream().map(e -> e.withActionPlan(plan)).toList();
  }

  /**
   * Entries of the given types that were open at some time between {@code from} and {@code to}:
   * opened on or before {@code to} and not closed before {@code from}; ordered by the day they were
   * concluded (else due, else opened). Without their milestones and clocks (empty lists).
   */
  public List<EntryView> openDuring(Collection<String> types, LocalDate from, LocalDate to, LocalDate today) {
    MapSqlParameterSource params = new MapSqlParameterSource("today", today).addValue("types", types)
        .addValue("from", from).addValue("to", to);
    return entries("SELECT " + ENTRY_COLUMNS + ", CASE WHEN " + OVERDUE + " THEN TRUE ELSE FALSE END AS overdue"
        + " FROM register_entry e WHERE e.entry_type IN (:types) AND e.opened_on <= :to"
        + " AND (e.closed_on IS NULL OR e.closed_on >= :from)"
        + " ORDER BY COALESCE(e.concluded_on, e.due_on, e.opened_on), e.id", params, today, false);
  }

  /** Entries of a type counted by one of their dates: the type and the date's column ({@code opened_on}…). */
  public record Dated(String type, String dateColumn) {}

  /**
   * For each {@link Dated}, how many entries of its type have that date between {@code from} and
   * {@code to}; in one pass over the register.
   */
  public List<Integer> countDated(List<Dated> counts, LocalDate from, LocalDate to) {
    MapSqlParameterSource params = new MapSqlParameterSource("from", from).addValue("to", to);
    List<String> sums = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      Dated d = counts.get(i);
      if (!SORTABLE.containsValue(d.dateColumn()) || !d.dateColumn().endsWith("_on")) {
        throw new IllegalArgumentException("not a date column of the register: " + d.dateColumn());
      }
      params.addValue("type" + i, d.type());
      sums.add("SUM(CASE WHEN e.entry_type = :type" + i + " AND e." + d.dateColumn() + " BETWEEN :from AND :to THEN 1 ELSE 0 END)");
    }
    return jdbc.queryForObject("SELECT " + String.join(", ", sums) + " FROM register_entry e", params, (rs, n) -> {
      List<Integer> found = new ArrayList<>();
      for (int i = 1; i <= counts.size(); i++) {
        found.add(rs.getInt(i));
      }
      return found;
    });
  }

  /** A clock with the entry it is on. */
  public record ClockOfEntry(String entryType, String caseReference, String processInstanceId, StatutoryClock clock) {}

  private static final String CLOCK_OF_ENTRY = "SELECT e.entry_type, e.case_reference, e.process_instance_id, c.clock,"
      + " c.description, c.anchor_on, c.due_on, c.done_on FROM register_clock c JOIN register_entry e ON e.id = c.register_entry";

  /** Every clock due between {@code from} and {@code to}, of any entry, by clock and due day. */
  public List<ClockOfEntry> clocksDue(LocalDate from, LocalDate to) {
    return jdbc.query(CLOCK_OF_ENTRY + " WHERE c.due_on BETWEEN :from AND :to ORDER BY c.clock, c.due_on, e.id",
        new MapSqlParameterSource("from", from).addValue("to", to), RegisterQuery::clockOfEntry);
  }

  /** The clocks not yet done of the entries still open. */
  public List<ClockOfEntry> runningClocks() {
    return jdbc.query(CLOCK_OF_ENTRY + " WHERE c.done_on IS NULL AND e.closed_on IS NULL ORDER BY c.due_on, e.id",
        new MapSqlParameterSource(), RegisterQuery::clockOfEntry);
  }

  private static ClockOfEntry clockOfEntry(ResultSet rs, int row) throws SQLException {
    return new ClockOfEntry(rs.getString("entry_type"), rs.getString("case_reference"), rs.getString("process_instance_id"),
        clock(rs));
  }

  /** The entries the query selects, with their milestones, clocks and rapid reviews when {@code withChildren}. */
  private List<EntryView> entries(String sql, MapSqlParameterSource params, LocalDate today, boolean withChildren) {
    List<Row> rows = jdbc.query(sql, params, ROW);
    if (rows.isEmpty()) {
      return List.of();
    }
    if (!withChildren) {
      return rows.stream().map(r -> r.view(List.of(), List.of(), null)).toList();
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, List<Milestone>> milestones = new HashMap<>();
    jdbc.query("SELECT register_entry, milestone, description, reached_on FROM register_milestone"
        + " WHERE register_entry IN (:ids) ORDER BY register_entry, register_entry_key", new MapSqlParameterSource("ids", ids),
        rs -> {
          milestones.computeIfAbsent(rs.getLong("register_entry"), k -> new ArrayList<>()).add(new Milestone(
              rs.getString("milestone"), rs.getString("description"), day(rs, "reached_on")));
        });
    Map<Long, List<EntryView.Clock>> clocks = new HashMap<>();
    jdbc.query("SELECT register_entry, clock, description, anchor_on, due_on, done_on FROM register_clock"
        + " WHERE register_entry IN (:ids) ORDER BY register_entry, register_entry_key", new MapSqlParameterSource("ids", ids),
        rs -> {
          clocks.computeIfAbsent(rs.getLong("register_entry"), k -> new ArrayList<>()).add(EntryView.Clock.of(clock(rs), today));
        });
    List<String> rapidReviewIds = rows.stream().map(Row::rapidReviewInstanceId).filter(java.util.Objects::nonNull).distinct().toList();
    Map<String, EntryView.RapidReviewLink> rapidReviews = new HashMap<>();
    if (!rapidReviewIds.isEmpty()) {
      jdbc.query("SELECT case_reference, process_instance_id, opened_on, closed_on, outcome FROM register_entry"
          + " WHERE process_instance_id IN (:ids)", new MapSqlParameterSource("ids", rapidReviewIds), rs -> {
            rapidReviews.put(rs.getString("process_instance_id"), new EntryView.RapidReviewLink(rs.getString("case_reference"),
                rs.getString("process_instance_id"), day(rs, "opened_on"), day(rs, "closed_on"), rs.getString("outcome")));
          });
    }
    List<EntryView> views = new ArrayList<>(rows.size());
    for (Row r : rows) {
      views.add(r.view(milestones.getOrDefault(r.id(), List.of()), clocks.getOrDefault(r.id(), List.of()),
          r.rapidReviewInstanceId() == null ? null : rapidReviews.get(r.rapidReviewInstanceId())));
    }
    return views;
  }

  private static StatutoryClock clock(ResultSet rs) throws SQLException {
    return new StatutoryClock(rs.getString("clock"), rs.getString("description"), day(rs, "anchor_on"), day(rs, "due_on"),
        day(rs, "done_on"));
  }

  /** The themes column: comma-separated keys. */
  public static List<String> themes(String column) {
    return column == null || column.isBlank() ? List.of()
        : Arrays.stream(column.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
  }

  private static String where(RegisterFilter filter, MapSqlParameterSource params) {
    List<String> conditions = new ArrayList<>();
    condition(conditions, params, "e.entry_type = :type", "type", filter.type());
    if ("open".equalsIgnoreCase(filter.status())) {
      conditions.add("e.closed_on IS NULL");
    } else if ("closed".equalsIgnoreCase(filter.status())) {
      conditions.add("e.closed_on IS NOT NULL");
    } else {
      condition(conditions, params, "e.status = :status", "status", filter.status());
    }
    condition(conditions, params, "e.referring_agency = :agency", "agency", filter.agency());
    condition(conditions, params, "e.opened_on >= :from", "from", filter.from());
    condition(conditions, params, "e.opened_on <= :to", "to", filter.to());
    if (filter.overdue() != null) {
      conditions.add(filter.overdue() ? OVERDUE : "NOT " + OVERDUE);
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Adds the condition with its parameter when the value is given. */
  private static void condition(List<String> conditions, MapSqlParameterSource params, String sql, String name, Object value) {
    if (value != null) {
      conditions.add(sql);
      params.addValue(name, value);
    }
  }

  private static Map<String, String> sortable() {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String name : List.of("id", "caseReference", "entryType", "status", "referringAgency", "openedOn", "dueOn",
        "concludedOn", "closedOn", "publishedOn")) {
      columns.put(name, name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
    }
    return columns;
  }

  /** A row of register_entry as read. */
  record Row(Long id, String caseReference, String entryType, String status, String processInstanceId, String summary,
      String referringAgency, LocalDate openedOn, LocalDate dueOn, LocalDate concludedOn, String concludedNote,
      LocalDate closedOn, String panelChair, String overviewAuthor, String outcome, String outcomeReason,
      LocalDate publishedOn, String publicationLink, String briefing, LocalDate briefingPublishedOn,
      String briefingPublishedWhere, String themes, String learningPoints, String rapidReviewInstanceId, boolean imported,
      boolean overdue) {

    EntryView view(List<Milestone> milestones, List<EntryView.Clock> clocks, EntryView.RapidReviewLink rapidReview) {
      return new EntryView(id, caseReference, entryType, status, processInstanceId, summary, referringAgency, openedOn, dueOn,
          concludedOn, concludedNote, closedOn, panelChair, overviewAuthor, outcome, outcomeReason, publishedOn,
          publicationLink, briefing, briefingPublishedOn, briefingPublishedWhere, RegisterQuery.themes(themes), learningPoints, imported,
          overdue, rapidReview, milestones, clocks, null);
    }
  }
}
