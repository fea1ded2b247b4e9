package org.autopilot.admin.web.audit;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Shows an instant in UTC to the second ({@code 2026-03-02 14:30:15}), for output only. Faces 4.0's
 * {@code f:convertDateTime} has no {@code instant} type, and a dense table has no room for microseconds.
 */
@FacesConverter("utcSeconds")
public class UtcSeconds implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("utcSeconds only formats: it drops the fraction of a second");
    }
}
