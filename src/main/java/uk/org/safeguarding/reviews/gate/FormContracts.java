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

  FormContract forForm(String formId) {
    return byId.computeIfAbsent(formId, id -> new FormContract(
        forms.form(id).orElseThrow(() -> new IllegalStateException("Form '" + id + "' is not in forms/")), json));
  }

  FormContract none() {
    return FormContract.none(json);
  }
}
