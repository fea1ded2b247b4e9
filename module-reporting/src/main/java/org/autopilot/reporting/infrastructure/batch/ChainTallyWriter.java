package org.autopilot.reporting.infrastructure.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Checks each link of a chunk and adds it to the step's tally. */
@Named
@Dependent
public class ChainTallyWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        VerificationTally tally = step.getPersistentUserData() == null
                ? VerificationTally.EMPTY : (VerificationTally) step.getPersistentUserData();
        for (Object item : items) {
            tally = tally.add((ChainLink) item);
        }
        step.setPersistentUserData(tally);
    }
}
