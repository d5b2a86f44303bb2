-- wrk script: POST one intake as JSON to /api/v1/assessments.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"weeksSinceBirth": 10, "delivery": "VAGINAL", "clearedForExercise": "YES", "painNow": 3,
 "painTrend": "IMPROVING", "painAreas": ["LOW_BACK", "PELVIC_GIRDLE"], "abdominalSeparation": "UNSURE",
 "leakage": "NONE", "painWeeks": 4, "redFlags": []}]]
