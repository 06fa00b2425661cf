-- 0123-event-gender: people registering for an event may say their gender, as where they apply
-- or are enrolled (0121-gender): optional, never required; NULL when not given.

ALTER TABLE event_registrations ADD COLUMN gender TEXT
    CHECK (gender IN ('woman', 'man', 'another', 'rather_not_say'));
