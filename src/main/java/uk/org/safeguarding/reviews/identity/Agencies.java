package uk.org.safeguarding.reviews.identity;

import uk.org.safeguarding.reviews.text.CaseText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's member agencies. BPMN calls it as {@code agencies}, e.g. for the agencies of a
 * multi-instance with {@code ${agencies.slugs(agenciesInvolved)}}; a task for one agency is named
 * "IMR — Child G — Dorset Police" with {@link #name} (see {@code process.TaskTitles}).
 */
@Service("agencies")
public class Agencies {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final AgencyRepository repository;
  private final JdbcAggregateTemplate jdbc;
  private final AgencyGroups groups;

  public Agencies(AgencyRepository repository, JdbcAggregateTemplate jdbc, AgencyGroups groups) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.groups = groups;
  }

  public List<Agency> active() {
    return repository.findByActiveTrueOrderByName();
  }

  /** The agency's name for people; the slug itself if it is not a known agency. */
  public String name(String slug) {
    return repository.findById(slug).map(Agency::name).orElse(slug);
  }

  public boolean isActive(String slug) {
    return slug != null && repository.findById(slug).map(Agency::active).orElse(false);
  }

  /** Agency slugs from a variable (a form's checklist writes JSON), for a multi-instance collection. */
  public List<String> slugs(Object value) {
    return uk.org.safeguarding.reviews.engine.JsonVariables.strings(value);
  }

  /** Options for a Camunda Form select/checklist: [{label, value}]. */
  public List<Map<String, String>> formOptions() {
    List<Map<String, String>> options = new ArrayList<>();
    for (Agency a : active()) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", a.name());
      option.put("value", a.slug());
      options.add(option);
    }
    return options;
  }

  /** The same options as a JSON variable, ready for a form's {@code valuesKey}. */
  public Object formOptionsVariable() {
    return uk.org.safeguarding.reviews.engine.JsonVariables.json(formOptions());
  }

  /** Slugs that are not active member agencies, for a clear error message. */
  public List<String> unknown(Collection<String> slugs) {
    return slugs.stream().filter(s -> !isActive(s)).toList();
  }

  @Transactional
  public Agency add(String slug, String name, String sector) {
    if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 64) {
      throw new IllegalArgumentException("slug must be lower-case words joined by hyphens, e.g. 'dorset-police'");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("name is required (at most 200 characters)");
    }
    // the name is shown in task names and form choices: case text, held to the record's rule
    if (CaseText.looksLikeMarkupOrExpression(name)) {
      throw new IllegalArgumentException("name " + CaseText.MARKUP_REFUSED);
    }
    if (sector != null && !sector.isBlank() && !SLUG.matcher(sector.trim()).matches()) {
      throw new IllegalArgumentException("sector must be lower-case words joined by hyphens, e.g. 'health' or 'youth-justice'");
    }
    if (repository.existsById(slug)) {
      throw new IllegalArgumentException("agency '" + slug + "' already exists");
    }
    Agency agency = jdbc.insert(new Agency(slug, name.trim(), sector == null || sector.isBlank() ? "other" : sector.trim(), true));
    groups.ensureGroup(agency);
    return agency;
  }
}
