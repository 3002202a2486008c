package uk.org.safeguarding.reviews.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-off bank holidays (a coronation, a state funeral) and moved days that the rules cannot know
 * ahead. The packaged list holds the known ones; an administrator may point
 * {@code safeguarding.calendar.overrides-file} at a file of their own, which is re-read whenever it
 * changes, so a newly proclaimed holiday needs no release.
 *
 * <p>Format, one per line: {@code 2023-05-08 add Coronation of King Charles III} or
 * {@code 2020-05-04 remove Early May bank holiday moved to 8 May}. {@code #} starts a comment.
 */
public class BankHolidayOverrides {

  private static final Logger LOG = LoggerFactory.getLogger(BankHolidayOverrides.class);
  static final String PACKAGED = "/calendar/bank-holiday-overrides.txt";

  private final Path file;
  private volatile FileTime loadedVersion;
  private volatile Days days;

  record Days(Set<LocalDate> added, Set<LocalDate> removed) {}

  public BankHolidayOverrides(Path file) {
    this.file = file;
    this.days = load();
  }

  public static BankHolidayOverrides packagedOnly() {
    return new BankHolidayOverrides(null);
  }

  public Set<LocalDate> addedDays() {
    refreshIfChanged();
    return days.added();
  }

  public Set<LocalDate> removedDays() {
    refreshIfChanged();
    return days.removed();
  }

  private void refreshIfChanged() {
    if (file == null) {
      return;
    }
    FileTime current = lastModified();
    if (current != null && !current.equals(loadedVersion)) {
      days = load();
    }
  }

  private FileTime lastModified() {
    try {
      return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private synchronized Days load() {
    Set<LocalDate> added = new TreeSet<>();
    Set<LocalDate> removed = new TreeSet<>();
    try (InputStream packaged = BankHolidayOverrides.class.getResourceAsStream(PACKAGED)) {
      if (packaged != null) {
        parse(new String(packaged.readAllBytes(), StandardCharsets.UTF_8), PACKAGED, added, removed);
      }
      if (file != null && Files.exists(file)) {
        loadedVersion = Files.getLastModifiedTime(file);
        parse(Files.readString(file), file.toString(), added, removed);
        LOG.info("Bank holiday overrides read from {}", file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bank holiday overrides", e);
    }
    return new Days(Collections.unmodifiableSet(added), Collections.unmodifiableSet(removed));
  }

  static void parse(String text, String source, Set<LocalDate> added, Set<LocalDate> removed) {
    List<String> errors = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replaceFirst("#.*", "").trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 3);
      try {
        LocalDate day = LocalDate.parse(parts[0]);
        String action = parts.length > 1 ? parts[1] : "";
        switch (action) {
          case "add" -> { added.add(day); removed.remove(day); }
          case "remove" -> { removed.add(day); added.remove(day); }
          default -> errors.add("line " + (i + 1) + ": expected 'add' or 'remove' after the date");
        }
      } catch (DateTimeParseException e) {
        errors.add("line " + (i + 1) + ": '" + parts[0] + "' is not a date (YYYY-MM-DD)");
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("Bank holiday overrides " + source + ": " + String.join("; ", errors));
    }
  }
}
