package dev.topset.command.session;

/**
 * Request and answer examples of the set-logging endpoints for the OpenAPI document (Swagger UI shows them
 * as ready-to-send bodies), written from real answers of this service; ObservabilityIntegrationTest sends the
 * top-set example and compares the answer with the documented one.
 */
final class SetExamples {

    static final String TOP_SET = """
            {"setId": "9f8d2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "kind": "TOP", "lift": "squat",
             "load": 140, "unit": "KG", "reps": 5, "rpe": 8}""";

    static final String BACKOFF_SET = """
            {"setId": "1c2d3e4f-5a6b-4c7d-8e9f-001122334455", "kind": "BACKOFF", "lift": "squat",
             "load": 122.5, "unit": "KG", "reps": 5, "rpe": 7.5}""";

    static final String TOP_SET_ANSWER = """
            {"sessionId": "5b1c7f0e-3c1b-4d0c-9d43-7f2f0c2a9a11", "setId": "9f8d2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
             "kind": "TOP", "set": {"lift": "squat", "load": {"amount": 140, "unit": "KG"}, "reps": 5, "rpe": 8,
             "rir": null, "flags": [], "note": null}, "voided": false, "revision": 1, "replayed": false,
             "prescription": {"load": {"amount": 122.5, "unit": "KG"}, "sets": 3, "reps": 5, "rpe": null,
              "rpeCap": 9, "repTolerance": 2, "method": "PERCENT_DROP", "dropPercent": 12.5, "e1rm": null,
              "cappedAtTopSet": false, "bar": {"amount": 20, "unit": "KG"},
              "platesPerSide": [{"plate": 25, "count": 2}, {"plate": 1.25, "count": 1}], "defaultPlan": true},
             "guidance": []}""";

    static final String BACKOFF_STOP_ANSWER = """
            {"sessionId": "5b1c7f0e-3c1b-4d0c-9d43-7f2f0c2a9a11", "setId": "1c2d3e4f-5a6b-4c7d-8e9f-001122334455",
             "kind": "BACKOFF", "set": {"lift": "squat", "load": {"amount": 122.5, "unit": "KG"}, "reps": 5,
             "rpe": 9.5, "rir": null, "flags": [], "note": null}, "voided": false, "revision": 1, "replayed": false,
             "prescription": null,
             "guidance": [{"code": "STOP_BACKOFFS_RPE_CAP", "level": "STOP",
              "message": "Stop backoffs: that set was RPE 9.5, above your cap of RPE 9.",
              "numbers": {"rpe": 9.5, "rpeCap": 9}, "suggestedLoad": null}]}""";

    static final String CORRECTION = """
            {"reps": 4, "rpe": 8.5, "reason": "miscounted"}""";

    static final String INVALID_SET = """
            {"type": "urn:topset:problem:validation", "title": "Invalid request", "status": 400,
             "detail": "reps: must be greater than or equal to 1", "instance": "/sessions/5b1c7f0e-3c1b-4d0c-9d43-7f2f0c2a9a11/sets",
             "errors": [{"field": "reps", "message": "must be greater than or equal to 1"}],
             "requestId": "7d0c5a2e-47f1-4a8e-9a52-3c1f0b6f2d11"}""";

    static final String RULE_BROKEN = """
            {"type": "urn:topset:problem:rule-violation", "title": "Training rule violated", "status": 422,
             "detail": "a backoff of squat needs an earlier top set of squat in this session",
             "instance": "/sessions/5b1c7f0e-3c1b-4d0c-9d43-7f2f0c2a9a11/sets",
             "rule": "BACKOFF_NEEDS_TOP_SET", "ruleDescription": "a backoff set needs an earlier top set of the same lift in the session",
             "requestId": "7d0c5a2e-47f1-4a8e-9a52-3c1f0b6f2d11"}""";

    static final String SET_ID_REUSED = """
            {"type": "urn:topset:problem:conflict", "title": "Conflicts with recorded state", "status": 409,
             "detail": "set 9f8d2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f was already logged with different content",
             "rule": "SET_ID_REUSED", "ruleDescription": "a set id was logged again with different content",
             "current": {"sessionId": "5b1c7f0e-3c1b-4d0c-9d43-7f2f0c2a9a11",
              "setId": "9f8d2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "kind": "TOP", "set": {"lift": "squat",
              "load": {"amount": 140, "unit": "KG"}, "reps": 5, "rpe": 8, "rir": null, "flags": [], "note": null},
              "voided": false, "revision": 1, "replayed": true, "prescription": null, "guidance": []},
             "requestId": "7d0c5a2e-47f1-4a8e-9a52-3c1f0b6f2d11"}""";

    static final String SESSION_NOT_FOUND = """
            {"type": "urn:topset:problem:not-found", "title": "Not found", "status": 404,
             "detail": "no session 5b1c7f0e-3c1b-4d0c-9d43-7f2f0c2a9a11", "rule": "SESSION_NOT_FOUND",
             "ruleDescription": "no session with this id", "requestId": "7d0c5a2e-47f1-4a8e-9a52-3c1f0b6f2d11"}""";

    private SetExamples() {
    }
}
