"""schemathesis (its CLI, against the live uvicorn server) fuzzes every endpoint of /openapi.json:
no 500, every answer matches the schema, nothing crashes on garbage."""

from __future__ import annotations

import subprocess

import httpx
import pytest

from central_support import VENV_BIN, add_school, enroll_code

from educonnect_desktop.protocol import PROTOCOL_HEADER

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.timeout(600)]


def test_every_endpoint_survives_schemathesis(central_url, central_server, new_uai, tmp_path):
    uai = new_uai()
    add_school(central_url, uai)
    headers = {PROTOCOL_HEADER: "1"}
    enrolled = httpx.post(central_server.base + "/v1/enroll", headers=headers,
                          json={"code": enroll_code(central_url, uai, f"fuzz-{uai}")}).json()
    token = httpx.post(central_server.base + "/v1/token", headers=headers,
                       json={"workstation_id": enrolled["workstation_id"],
                             "credential": enrolled["credential"]}).json()["access_token"]
    result = subprocess.run(
        [str(VENV_BIN / "schemathesis"), "run", f"{central_server.base}/openapi.json",
         "-H", f"Authorization: Bearer {token}", "-H", f"{PROTOCOL_HEADER}: 1",
         "--checks", "all",
         # A schema-valid request may still be refused by a business rule (a sequence gap, a
         # cursor from the future): that refusal is the protocol, not a defect.
         "--exclude-checks", "positive_data_acceptance",
         "--phases", "examples,coverage,fuzzing",
         # Every warning but missing test data: resolving a conflict number the fuzzer made up is
         # a 404 by design (its success path is tested in test_conflicts_api.py).
         "--warnings", "missing_auth,base_url_mismatch,validation_mismatch,missing_deserializer,"
                       "unused_openapi_auth,unsupported_regex,method_not_allowed,unmatched_filter,"
                       "unresolvable_reference,low_valid_rate", "-n", "40", "--generation-deterministic",
         "--report-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=550, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-6000:]
    assert "No issues found" in result.stdout, result.stdout[-4000:]
    assert "Traceback" not in central_server.logs()
