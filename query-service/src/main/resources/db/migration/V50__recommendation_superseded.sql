-- RecommendationSuperseded -> status SUPERSEDED, decided_at (a newer review of the lift replaced an open one;
-- decided_by names the recommendation that replaced it).
ALTER TABLE recommendation DROP CONSTRAINT recommendation_status_check;
ALTER TABLE recommendation ADD CONSTRAINT recommendation_status_check
    CHECK (status IN ('ISSUED', 'ACCEPTED', 'DISMISSED', 'SUPERSEDED'));
