"""Schemathesis hooks for .ci/fuzz/run: record every answer the runner gave, for the tally.

Each answer becomes one JSON line in $FUZZ_LOG: the operation, the status, and whether a 4xx names
a field or parameter (a non-empty "fields" list, or for 401/403/404/405/409/402/429 an error code,
which name the credential, the object or the state rather than a field).
"""
import json
import os

import schemathesis

LOG = os.environ["FUZZ_LOG"]
# 4xx whose subject is not a field: no credential (401), no permission (403), no such object (404),
# wrong method (405), a state conflict (409 other than idempotency), a refused budget (402), quota.
NOT_ABOUT_A_FIELD = {401, 402, 403, 404, 405, 406, 409, 429}


@schemathesis.check
def recorded(ctx, response, case):
    status = response.status_code
    named = True
    if 400 <= status < 500 and status not in NOT_ABOUT_A_FIELD:
        try:
            body = json.loads(response.content or b"{}")
            named = any(f.get("field") for f in body.get("fields") or [])
        except (ValueError, AttributeError):
            named = False
    record = {"op": case.operation.label, "status": status, "named": named, "role": os.environ.get("FUZZ_ROLE", "?")}
    if status >= 500 or not named:
        # what CI prints for a failing figure
        record["headers"] = {k: str(v)[:100] for k, v in (case.headers or {}).items()}
        record["query"] = str(case.query)[:200]
        record["body"] = str(case.body)[:300]
        record["answer"] = response.text[:300]
    with open(LOG, "a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")
    return None
