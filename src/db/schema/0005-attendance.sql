-- 0005-attendance: one mark per learner and session. Present and late count as attended;
-- an excused absence counts neither for nor against (see src/domain/attendance.h).

CREATE TABLE attendance (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    session_id BIGINT NOT NULL REFERENCES training_sessions (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused', 'late')),
    recorded_at BIGINT NOT NULL,
    recorded_by BIGINT REFERENCES accounts (id),
    PRIMARY KEY (session_id, enrolment_id)
);
CREATE INDEX attendance_enrolment ON attendance (org_id, enrolment_id);
