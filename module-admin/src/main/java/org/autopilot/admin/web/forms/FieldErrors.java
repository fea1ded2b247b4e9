package org.autopilot.admin.web.forms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/**
 * Puts an application service's refusal next to the form field it is about, and marks the request as failed
 * validation so that a dialog stays open ({@code args.validationFailed}). The services say which field is wrong in
 * their messages; each form names the words that point to its fields.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * @param formId        client id of the form; a message that names none of its fields is the form's
     * @param fieldsByWord  ordered: the first word found in the message names the field (its component id)
     */
    public static void show(String formId, String message, List<Map.Entry<String, String>> fieldsByWord) {
        String field = fieldsByWord.stream().filter(e -> message.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().map(id -> formId + ":" + id).orElse(formId);
        showAt(field, message);
    }

    /** A message of one component, or of a whole form (its client id; shown by {@code <p:messages for=...>}). */
    public static void showAt(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /** A confirmation of what was done, for the page's growl. */
    public static void done(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }
}
