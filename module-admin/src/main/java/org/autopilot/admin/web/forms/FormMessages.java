package org.autopilot.admin.web.forms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/**
 * The messages of the pages' forms. A refusal of an application service goes next to the form field it is about and
 * marks the request as failed validation, so that a dialog stays open ({@code args.validationFailed}); the services
 * say which field is wrong in their messages, and each form names the words that point to its fields.
 */
public final class FormMessages {

    private FormMessages() {
    }

    /**
     * @param formId        client id of the form; a message that names none of its fields is the form's
     * @param fieldsByWord  ordered: the first word found in the message names the field (its component id)
     */
    public static void refusal(String formId, String message, List<Map.Entry<String, String>> fieldsByWord) {
        String field = fieldsByWord.stream().filter(e -> message.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().map(id -> formId + ":" + id).orElse(formId);
        refusalAt(field, message);
    }

    /** A message of one component, or of a whole form (its client id; shown by {@code <p:messages for=...>}). */
    public static void refusalAt(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /**
     * A refusal shown twice: next to its field ({@code componentId} in the form; none when null) and as the page's
     * summary, so a refused save is noticed wherever the user looks.
     */
    public static void refusalWithSummary(String formId, String componentId, String summary, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (componentId != null) {
            faces.addMessage(formId + ":" + componentId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, message));
        faces.validationFailed();
    }

    /**
     * A confirmation of what was done: for the page's growl (null client id), or shown in place by a form's
     * {@code <p:messages for=...>} where a growl would cover the form that is used next (one sentence, no detail).
     */
    public static void done(String clientId, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, summary,
                detail));
    }
}
