package org.autopilot.reporting.infrastructure.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Instant;
import org.autopilot.reporting.domain.AuditVerification;
import org.autopilot.reporting.domain.AuditVerificationRepository;

/** Stores the tally as the run's verification result and names the outcome in the exit status. */
@Named
@Dependent
public class VerificationRecorder extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    AuditVerificationRepository verifications;

    @Override
    public void afterStep() {
        VerificationTally tally = step.getPersistentUserData() == null
                ? VerificationTally.EMPTY : (VerificationTally) step.getPersistentUserData();
        verifications.add(AuditVerification.of(job.getExecutionId(), Instant.now(), tally.entriesChecked(),
                tally.firstBrokenSequence()));
        String outcome = tally.firstBrokenSequence() == null
                ? "INTACT " + tally.entriesChecked() + " entries"
                : "BROKEN at sequence " + tally.firstBrokenSequence();
        job.setExitStatus(outcome);
    }
}
