package uk.org.safeguarding.reviews.report;

import uk.org.safeguarding.reviews.text.CaseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.safeguarding.reviews.calendar.UkDates;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.lado.LadoCase;
import uk.org.safeguarding.reviews.lado.LadoFigures;
import uk.org.safeguarding.reviews.lado.LadoRecords;
import uk.org.safeguarding.reviews.register.Csv;
import uk.org.safeguarding.reviews.register.Register;
import uk.org.safeguarding.reviews.register.RegisterEntry;

/**
 * Cases that ran before the system, imported from CSV so that the first annual reports cover full
 * years: reviews and audits onto the register, LADO referrals and consultations into the LADO's
 * records (where the LADO's figures read them). Every row is checked first; one bad row and nothing
 * is imported, and the reply lists every bad row with its number (the header is row 1) and what is
 * wrong. A good file is imported in one transaction.
 */
@Service
public class HistoricalImport {

  public static final String LADO = "lado";
  /** The register types a row may have, besides {@link #LADO}. */
  static final List<String> CASE_TYPES = List.of(AnnualReports.SCR, AnnualReports.LOCAL_CSPR, AnnualReports.CASE_AUDIT,
      AnnualReports.LOCAL_REVIEW, AnnualReports.RAPID_REVIEW, "referral");
  /** The columns a file may have, in any order and any case; only {@code type} is always needed. */
  static final List<String> COLUMNS = List.of("type", "case", "summary", "chair", "author", "agency", "opened on",
      "date concluded", "closed on", "evaluation", "outcome", "themes", "learning points", "published on", "publication link",
      "referred on", "allegation on", "sector", "kind", "initial outcome");
  static final int REFERENCE_LENGTH = 30;
  static final int CASE_LENGTH = 100;
  /** Where an imported LADO case's process instance id would be. */
  static final String IMPORTED = "imported";

  /** A row that cannot be imported: its number (the header is row 1) and why, in plain words. */
  public record Rejected(int row, String reason) {}

  /** How many rows went onto the register and into the LADO's records. */
  public record Imported(int cases, int ladoCases) {}

  /** Nothing was imported: these rows are wrong. */
  public static class RejectedRows extends RuntimeException {
    private final transient List<Rejected> rejected;

    RejectedRows(int rows, List<Rejected> rejected) {
      super("Nothing was imported: " + (rejected.size() == 1 ? "1 row is" : rejected.size() + " rows are") + " wrong (of "
          + rows + "). Correct " + (rejected.size() == 1 ? "it" : "them") + " and send the whole file again.");
      this.rejected = List.copyOf(rejected);
    }

    public List<Rejected> rejected() {
      return rejected;
    }
  }

  private final Register register;
  private final LadoRecords lado;
  private final Agencies agencies;

  public HistoricalImport(Register register, LadoRecords lado, Agencies agencies) {
    this.register = register;
    this.lado = lado;
    this.agencies = agencies;
  }

  /** A register row, checked: its case, type, the day it opened and what else it says. */
  private record CaseRow(String caseReference, String type, LocalDate openedOn, Consumer<RegisterEntry> details) {}

  /** A LADO row, checked; its reference null when one is to be given. */
  private record LadoRow(String reference, LocalDate referredOn, LocalDate allegationOn, String sector, String kind,
      String initialOutcome, String outcome, LocalDate concludedOn) {}

  /** Checks every row, then imports them all or, if any is wrong, none ({@link RejectedRows}). */
  @Transactional
  public Imported importCsv(String csv) {
    List<Csv.Record> records = Csv.parse(csv == null ? "" : csv);
    if (records.size() < 2) {
      throw new IllegalArgumentException("The file has no rows to import: send a header row (type, case, …) and a row a case");
    }
    List<Rejected> rejected = new ArrayList<>();
    List<String> header = records.get(0).fields().stream().map(HistoricalImport::column).toList();
    List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
    if (!unknown.isEmpty() || !header.contains("type") || new HashSet<>(header).size() != header.size()) {
      rejected.add(new Rejected(1, "The header must name each column once, 'type' among them, from: " + String.join(", ", COLUMNS)
          + (unknown.isEmpty() ? "" : "; not known: " + String.join(", ", unknown))));
      throw new RejectedRows(records.size() - 1, rejected);
    }
    List<CaseRow> cases = new ArrayList<>();
    List<LadoRow> ladoRows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < records.size(); i++) {
      int row = i + 1;
      List<String> fields = records.get(i).fields();
      if (fields.size() > header.size()) {
        rejected.add(new Rejected(row, "it has " + fields.size() + " fields but the header names " + header.size()));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < fields.size(); c++) {
        String value = fields.get(c).trim();
        values.put(header.get(c), value.isEmpty() ? null : value);
      }
      List<String> problems = new ArrayList<>();
      for (String column : header) {
        if (CaseText.looksLikeMarkupOrExpression(values.get(column))) {
          problems.add("'" + column + "' " + CaseText.MARKUP_REFUSED);
        }
      }
      String type = values.get("type") == null ? null : values.get("type").toLowerCase(Locale.ROOT).replace(' ', '-');
      if (LADO.equals(type)) {
        LadoRow ladoRow = ladoRow(values, problems);
        if (ladoRow != null && ladoRow.reference() != null && !seen.add(LADO + "|" + ladoRow.reference())) {
          problems.add("LADO reference " + ladoRow.reference() + " is in the file twice");
        }
        if (problems.isEmpty()) {
          ladoRows.add(ladoRow);
        }
      } else if (type == null || !CASE_TYPES.contains(type)) {
        problems.add("'type' must be one of " + String.join(", ", CASE_TYPES) + " or " + LADO + (type == null ? "" : ", not '" + type + "'"));
      } else {
        CaseRow caseRow = caseRow(type, values, problems);
        if (caseRow != null && !seen.add(type + "|" + caseRow.caseReference())) {
          problems.add("the " + words(type) + " of " + caseRow.caseReference() + " is in the file twice");
        }
        if (problems.isEmpty()) {
          cases.add(caseRow);
        }
      }
      if (!problems.isEmpty()) {
        rejected.add(new Rejected(row, String.join("; ", problems)));
      }
    }
    if (!rejected.isEmpty()) {
      throw new RejectedRows(records.size() - 1, rejected);
    }
    for (CaseRow c : cases) {
      register.importEntry(c.caseReference(), c.type(), c.openedOn(), c.details());
    }
    lado.importAll(ladoCases(ladoRows));
    return new Imported(cases.size(), ladoRows.size());
  }

  private CaseRow caseRow(String type, Map<String, String> v, List<String> problems) {
    String reference = v.get("case");
    if (reference == null) {
      problems.add("'case' is empty: give the case's name or reference (e.g. Child E)");
    } else if (reference.length() > CASE_LENGTH) {
      problems.add("'case' is longer than " + CASE_LENGTH + " characters");
    } else if (register.forCase(reference).stream().anyMatch(e -> e.isImported() && e.getEntryType().equals(type))) {
      problems.add("the " + words(type) + " of " + reference + " was imported before");
    }
    LocalDate opened = date(v, "opened on", problems);
    LocalDate closed = date(v, "closed on", problems);
    LocalDate published = date(v, "published on", problems);
    LocalDate concluded = null;
    LocalDate expected = null;
    String note = null;
    String concludedText = v.get("date concluded");
    if (concludedText != null) {
      Concluded c = concluded(concludedText);
      if (c == null) {
        problems.add("'date concluded' must start with a date ('April 2009', '15/04/2009', 'Expected May 2011'), not '"
            + concludedText + "'");
      } else {
        concluded = c.concludedOn();
        expected = c.expectedOn();
        note = c.note();
      }
    }
    if (opened == null && concluded == null && v.get("opened on") == null) {
      problems.add("'opened on' is empty: a case not yet concluded needs the day it was opened (decided on)");
    }
    LocalDate openedOn = opened != null ? opened : concluded;
    if (openedOn != null && concluded != null && concluded.isBefore(openedOn)) {
      problems.add("it was concluded (" + UkDates.day(concluded) + ") before it was opened (" + UkDates.day(openedOn) + ")");
    }
    if (openedOn != null && closed != null && closed.isBefore(openedOn)) {
      problems.add("it was closed (" + UkDates.day(closed) + ") before it was opened (" + UkDates.day(openedOn) + ")");
    }
    String grade = null;
    if (v.get("evaluation") != null) {
      grade = Evaluations.gradeOf(v.get("evaluation"));
      if (grade == null) {
        problems.add("'evaluation' must be one of " + String.join(", ", Evaluations.LABELS.values()) + ", not '"
            + v.get("evaluation") + "'");
      } else if (v.get("outcome") != null) {
        problems.add("give 'evaluation' or 'outcome', not both");
      }
    }
    String agency = v.get("agency");
    if (agency != null && !agencies.unknown(List.of(agency)).isEmpty()) {
      problems.add("'agency' " + agency + " is not one of the partnership's agencies (use its short name, e.g. poole-council)");
    }
    for (String ladoOnly : List.of("referred on", "allegation on", "sector", "kind", "initial outcome")) {
      if (v.get(ladoOnly) != null) {
        problems.add("'" + ladoOnly + "' is for LADO rows only");
      }
    }
    if (!problems.isEmpty()) {
      return reference == null ? null : new CaseRow(reference, type, openedOn, e -> {});
    }
    String outcome = grade != null ? grade : v.get("outcome");
    LocalDate due = expected;
    LocalDate concludedOn = concluded;
    String concludedNote = note;
    return new CaseRow(reference, type, openedOn, e -> {
      e.setSummary(v.get("summary"));
      e.setPanelChair(v.get("chair"));
      e.setOverviewAuthor(v.get("author") == null || v.get("author").equalsIgnoreCase("n/a") ? null : v.get("author"));
      e.setReferringAgency(agency);
      e.setDueOn(due);
      e.setConcludedOn(concludedOn);
      e.setConcludedNote(concludedNote);
      e.setOutcome(outcome);
      e.setThemes(themes(v.get("themes")));
      e.setLearningPoints(v.get("learning points"));
      e.setPublishedOn(published);
      e.setPublicationLink(v.get("publication link"));
      e.setStatus(closed != null ? "closed" : concludedOn != null ? "concluded" : "in-progress");
      if (closed != null) {
        e.close(null, null, closed);
      }
    });
  }

  private LadoRow ladoRow(Map<String, String> v, List<String> problems) {
    String reference = v.get("case");
    if (reference != null && reference.length() > REFERENCE_LENGTH) {
      problems.add("a LADO reference ('case') must be at most " + REFERENCE_LENGTH + " characters");
    } else if (reference != null && lado.find(reference).isPresent()) {
      problems.add("the LADO's records already have " + reference);
    }
    LocalDate referred = date(v, "referred on", problems);
    if (referred == null && v.get("referred on") == null) {
      problems.add("'referred on' is empty: give the day the allegation was referred to the LADO");
    }
    LocalDate allegation = date(v, "allegation on", problems);
    if (allegation == null) {
      allegation = referred;
    } else if (referred != null && allegation.isAfter(referred)) {
      problems.add("the allegation (" + UkDates.day(allegation) + ") cannot come after its referral (" + UkDates.day(referred) + ")");
    }
    String sector = v.get("sector") == null ? null : v.get("sector").toLowerCase(Locale.ROOT).replace(' ', '-');
    if (sector == null) {
      problems.add("'sector' is empty: give the sector the person works in (education, health, early-years…)");
    }
    String kind = v.get("kind") == null ? LadoCase.REFERRAL : v.get("kind").toLowerCase(Locale.ROOT);
    if (!kind.equals(LadoCase.REFERRAL) && !kind.equals(LadoCase.CONSULTATION)) {
      problems.add("'kind' must be " + LadoCase.REFERRAL + " or " + LadoCase.CONSULTATION + ", not '" + v.get("kind") + "'");
    }
    String outcome = v.get("outcome") == null ? null : v.get("outcome").toLowerCase(Locale.ROOT);
    if (outcome != null && !LadoFigures.OUTCOMES.contains(outcome)) {
      problems.add("'outcome' must be one of " + String.join(", ", LadoFigures.OUTCOMES) + ", not '" + v.get("outcome") + "'");
    }
    LocalDate concluded = null;
    if (v.get("date concluded") != null) {
      concluded = UkDates.read(v.get("date concluded"));
      if (concluded == null) {
        problems.add("'date concluded' is not a date: '" + v.get("date concluded") + "'");
      } else if (referred != null && concluded.isBefore(referred)) {
        problems.add("it was concluded (" + UkDates.day(concluded) + ") before it was referred (" + UkDates.day(referred) + ")");
      }
    }
    if (outcome != null && concluded == null && v.get("date concluded") == null) {
      problems.add("an outcome needs the day the case was concluded ('date concluded')");
    }
    for (String caseOnly : List.of("summary", "chair", "author", "agency", "opened on", "closed on", "evaluation", "themes",
        "learning points", "published on", "publication link")) {
      if (v.get(caseOnly) != null) {
        problems.add("'" + caseOnly + "' is not kept for LADO rows (no names or details of the person)");
      }
    }
    return new LadoRow(reference, referred, allegation, sector, kind, v.get("initial outcome"), outcome, concluded);
  }

  /** The LADO rows as cases, those without a reference given the next of their referral's year. */
  private List<LadoCase> ladoCases(List<LadoRow> rows) {
    Map<Integer, Integer> needed = new LinkedHashMap<>();
    rows.stream().filter(r -> r.reference() == null).forEach(r -> needed.merge(r.referredOn().getYear(), 1, Integer::sum));
    Map<Integer, java.util.Iterator<String>> references = new HashMap<>();
    needed.forEach((year, count) -> references.put(year, lado.nextReferences(year, count).iterator()));
    List<LadoCase> cases = new ArrayList<>();
    for (LadoRow r : rows) {
      String reference = r.reference() != null ? r.reference() : references.get(r.referredOn().getYear()).next();
      LadoCase c = new LadoCase(reference, IMPORTED, r.referredOn(), r.allegationOn(), r.sector(), r.kind());
      c.setInitialOutcome(r.initialOutcome());
      c.setOutcome(r.outcome());
      c.setConcludedOn(r.concludedOn());
      cases.add(c);
    }
    return cases;
  }

  /** "Expected May 2011" (not yet concluded, due then), "July 2010 (publication expected June 2011)": date and note. */
  record Concluded(LocalDate concludedOn, LocalDate expectedOn, String note) {}

  static Concluded concluded(String text) {
    String t = text.trim().replaceAll("\\s+", " ");
    boolean expected = t.toLowerCase(Locale.ROOT).startsWith("expected ");
    if (expected) {
      t = t.substring("expected ".length());
    }
    String[] words = t.split(" ");
    for (int k = Math.min(3, words.length); k >= 1; k--) {
      LocalDate day = UkDates.read(String.join(" ", Arrays.copyOfRange(words, 0, k)));
      if (day != null) {
        String note = String.join(" ", Arrays.copyOfRange(words, k, words.length)).trim();
        return new Concluded(expected ? null : day, expected ? day : null, note.isEmpty() ? null : note);
      }
    }
    return null;
  }

  /** "Neglect; domestic abuse" is "neglect,domestic-abuse". */
  static String themes(String text) {
    if (text == null) {
      return null;
    }
    List<String> themes = Arrays.stream(text.split("[;,]")).map(t -> t.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"))
        .filter(t -> !t.isEmpty()).distinct().toList();
    return themes.isEmpty() ? null : String.join(",", themes);
  }

  private static LocalDate date(Map<String, String> v, String column, List<String> problems) {
    String text = v.get(column);
    if (text == null) {
      return null;
    }
    LocalDate day = UkDates.read(text);
    if (day == null) {
      problems.add("'" + column + "' is not a date: '" + text + "' (write 15/04/2009, 15 Apr 2009, 2009-04-15 or April 2009)");
    }
    return day;
  }

  /** A header cell as a column name: "Opened On", "opened_on" and "opened-on" are "opened on". */
  static String column(String header) {
    return header.trim().toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]+", " ");
  }

  private static String words(String type) {
    return type.replace('-', ' ');
  }
}
