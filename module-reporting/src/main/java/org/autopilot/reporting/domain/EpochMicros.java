package org.autopilot.reporting.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stores an instant as microseconds since the epoch in a BIGINT. The audit chain hashes its times, so they must
 * come back from every supported database exactly as written; MySQL Connector/J drops fractional seconds when
 * it talks to MariaDB 10.x (it reads the server version as "5.5.5"), which a DATETIME(6) column cannot survive.
 */
@Converter
public class EpochMicros implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    @Override
    public Instant convertToEntityAttribute(Long micros) {
        return micros == null ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
