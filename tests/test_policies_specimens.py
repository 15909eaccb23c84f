"""Each specimen, really audited (real Chromium, the explorer), judged against every rule set;
the verdicts must match the specimen's verdicts.yaml, written from its truth.yaml and the rules
— not from this program's output."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
import yaml

from cancelcheck.api import audit
from cancelcheck.policies import STATUSES, clauses, judge
from cancelcheck.specimens import catalog

ROOT = Path(__file__).resolve().parent.parent
SPECIMENS = sorted(p.parent.name for p in (ROOT / "specimens").glob("*/verdicts.yaml"))


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    """name → AuditResult; each specimen is audited once, on first use."""
    cache = {}

    def get(name):
        if name not in cache:
            here = os.getcwd()
            os.chdir(ROOT)
            try:
                cache[name] = audit(f"apps/{name}.yaml", out_dir=tmp_path_factory.mktemp(name),
                                    save_images=False)
            finally:
                os.chdir(here)
        return cache[name]
    return get


def expected(name: str) -> dict:
    return yaml.safe_load((ROOT / "specimens" / name / "verdicts.yaml").read_text(encoding="utf-8"))


def test_every_specimen_has_expected_verdicts_for_every_clause():
    assert set(SPECIMENS) == set(catalog.names())
    ids = {c.id for c in clauses()}
    for name in SPECIMENS:
        exp = expected(name)
        assert set(exp) == ids, (name, set(exp) ^ ids)
        assert set(exp.values()) <= set(STATUSES), name


@pytest.mark.parametrize("name", SPECIMENS)
def test_specimen_verdicts_match_ground_truth(name, audited):
    result = audited(name)
    verdicts = judge(result.journey, result.config)
    got = verdicts.statuses()
    exp = expected(name)
    wrong = {k: (exp[k], got.get(k)) for k in exp if got.get(k) != exp[k]}
    assert not wrong, "\n".join(f"{k}: expected {e}, got {g} — {verdicts.get(k).reason}"
                                for k, (e, g) in wrong.items())
    for v in verdicts:
        assert v.reason and "\n" not in v.reason
        assert all(0 <= i < len(result.journey.findings) for i in v.findings), v
        step_ids = {s.index for s in result.journey.steps}
        assert set(v.steps) <= step_ids, v


def test_failing_verdicts_cite_their_evidence(audited):
    j = audited("roach-motel-en").journey
    v = judge(j, audited("roach-motel-en").config)
    easy = v.get("apple-5.1.1v-easy-to-find")
    assert easy.failed
    assert {j.findings[i].type for i in easy.findings} >= {"hidden_entry", "low_contrast_exit"}
    depth = v.get("cn-practice-entry-4-taps")
    assert depth.failed and depth.numbers["entry_depth"] == 5 and depth.numbers["max"] == 4


def test_dsa_ratio_on_a_real_journey_with_a_sign_up_count(audited):
    """The same real journeys, with the sign-up step count an app config would give."""
    fair = audited("fair-en")
    v = judge(fair.journey, dataclasses.replace(fair.config, signup_steps=6)).get("eu-dsa-25-3c")
    assert v.passed and v.numbers["ratio"] == round(fair.journey.path_steps / 6, 2)
    roach = audited("roach-motel-en")
    v = judge(roach.journey, dataclasses.replace(roach.config, signup_steps=4)).get("eu-dsa-25-3c")
    assert v.failed and v.numbers["ratio"] == round(roach.journey.path_steps / 4, 2) > 1
    assert f"{v.numbers['ratio']:g}" in v.reason


def test_the_bank_without_its_regulated_flag_fails_apple(audited):
    bank = audited("bank-zh")
    plain = dataclasses.replace(bank.config, regulated=False)
    assert judge(bank.journey, bank.config).get("apple-5.1.1v-no-customer-service").needs_review
    assert judge(bank.journey, plain).get("apple-5.1.1v-no-customer-service").failed
    assert judge(bank.journey, plain).get("apple-5.1.1v").failed
