package org.autopilot.admin.web.subscriptions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Shows a refusal at the top of a form and, when it concerns one field, next to that field. */
final class FormMessages {

    private FormMessages() {
    }

    static void refused(String formId, String componentId, String summary, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (componentId != null) {
            faces.addMessage(formId + ":" + componentId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, message));
        faces.validationFailed();
    }

    static void done(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }
}
