package uk.org.safeguarding.reviews.gate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.safeguarding.reviews.forms.CaseFormSchemas;

/** The {@link FormContract} of each form in {@code forms/}, read once. */
public class FormContracts {

  private final CaseFormSchemas forms;
  private final ObjectMapper json;
  private final Map<String, FormContract> byId = new ConcurrentHashMap<>();

  public FormContracts(CaseFormSchemas forms, ObjectMapper json) {
    this.forms = forms;
    this.json = json;
  }

  /**
   * The keys a form writes (its input fields, less those it shows read-only or disabled): what a
   * person can type into it, e.g. for a draft (drafts/DraftsController).
   */
  public java.util.Set<String> writtenKeys(String formId) {
    return forForm(formId).writtenKeys();
  }

  FormContract forForm(String formId) {
    return byId.computeIfAbsent(formId, id -> new FormContract(
        forms.form(id).orElseThrow(() -> new IllegalStateException("Form '" + id + "' is not in forms/")), json));
  }

  FormContract none() {
    return FormContract.none(json);
  }
}
