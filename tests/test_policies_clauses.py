"""Every clause passes, fails and (where it makes sense) needs review, on crafted journeys;
plus the rule-set data, the Verdicts helper, the config keys the rules read, and the CLI."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from cancelcheck.cli import policies as cli_policies
from cancelcheck.config import AppConfig, load_config
from cancelcheck.records import Finding
from cancelcheck.evidence.journal import SCHEMA
from cancelcheck.records import Journey, ScreenRecord, Step
from cancelcheck.records.yamlsrc import SourceError
from cancelcheck.policies import RuleError, Verdict, Verdicts, clauses, judge, rule_sets
from cancelcheck.policies.ruleset import load_rule_set

ROOT = Path(__file__).resolve().parent.parent


def make(outcome="reachable", taps=("Profile", "Settings", "Delete account"), after=(),
         final="Delete account", findings=(), apps=None, start_step=0, reason=""):
    """A journey: `taps` lead to the deletion flow's first screen; `after` are (kind, label)
    steps on it; `final` is the final confirmation's label ('' → none reached).
    A finding is (type, screen, evidence, data) — screen None is journey-wide."""
    acts = [("tap", t) for t in taps] + list(after)
    n = len(acts)
    screens = [ScreenRecord(index=i, fingerprint=f"s{i}", app=(apps or {}).get(i, "app://main"),
                            t=float(i)) for i in range(n + 1)]
    steps = [Step(index=i, kind=k, label=f"{k} {t}", before=i, after=i + 1, t=float(i), target=t,
                  secret=k == "type" and "pass" in t.lower()) for i, (k, t) in enumerate(acts)]
    fs = [Finding(type=ty, explanation=f"{ty}.", evidence=ev, screen=sc, data=dict(data or {}))
          for ty, sc, ev, data in findings]
    j = Journey(target="crafted", screens=screens, steps=steps, findings=fs, outcome=outcome,
                reason=reason, path=[s.index for s in steps], start_step=start_step)
    if taps and outcome not in ("not_offered", "not_found", "error"):
        j.entry_screen, j.entry_depth = len(taps), len(taps)
    if final and outcome in ("reachable", "deleted"):
        j.final_screen, j.final_action = n, final
    j.path_steps = n + (1 if final else 0)
    return j


def promised(j: Journey, checked: str = "") -> Journey:
    """The journey of a committed deletion that promised "15 working days", due 2026-12-18;
    with `checked`, a re-check of it run on that day."""
    j.promise = {"text": "15 working days", "n": 15, "unit": "working_day", "due": "2026-12-18"}
    if checked:
        j.recheck_of, j.started = "first/journal.json", f"{checked}T09:00:00+00:00"
    return j


def cfg(**kw) -> AppConfig:
    return AppConfig(path=Path("crafted.yaml"), name="crafted", target="crafted", **kw)


OFFLINE = ("offline_requirement", 3, "E-mail privacy@example.com to delete", {"channels": ["email"]})
DEACT = ("deactivation_offered", 3, "Deactivate instead", {})
HIDDEN = ("hidden_entry", 2, "Delete account", {"entry_depth": 3, "reasons": ["below the fold"]})
FAINT = ("low_contrast_exit", 2, "Delete account", {"contrast": 1.7})
LOOP = ("loop", 1, "Account settings", {})
FACE = ("verification_burden", 3, "开始人脸识别", {"kind": "face_scan"})
DE = dict(taps=("Verträge hier kündigen",), after=[("choose", "Vertrag"), ("type", "E-Mail-Adresse")],
          final="jetzt kündigen")

# (clause, journey, config, expected status)
CASES = [
    ("cn-miit-2019-cancel-effective", make(), None, "pass"),
    ("cn-miit-2019-cancel-effective", make("deleted"), None, "pass"),
    ("cn-miit-2019-cancel-effective", make("not_offered", final="", findings=[DEACT]), None, "fail"),
    ("cn-miit-2019-cancel-effective", make("obstructed", final="", findings=[OFFLINE]), None, "fail"),
    ("cn-miit-2019-cancel-effective", make("not_found", taps=(), final=""), None, "fail"),
    ("cn-miit-2019-cancel-effective", make("failed"), None, "fail"),
    ("cn-miit-2019-cancel-effective", make("obstructed", final="", findings=[FACE]), None, "review"),
    ("cn-miit-2019-cancel-effective", make("error", taps=(), final=""), None, "review"),

    ("cn-miit-2019-no-unreasonable-conditions", make(), None, "pass"),
    ("cn-miit-2019-no-unreasonable-conditions",
     make(findings=[("conditions", 3, "解绑第三方账号", {"kind": "unbind", "kinds": ["unbind"]})]), None, "fail"),
    ("cn-miit-2019-no-unreasonable-conditions",
     make(findings=[("conditions", 3, "余额清零", {"kind": "balance", "kinds": ["balance"]})]), None, "review"),

    ("cn-gbt35273-2020-8.5-identity", make(), None, "pass"),
    ("cn-gbt35273-2020-8.5-identity", make(findings=[FACE]), None, "review"),
    ("cn-gbt35273-2020-8.5-identity", make(findings=[FACE]), cfg(signup_collected=["phone"]), "fail"),
    ("cn-gbt35273-2020-8.5-identity", make(findings=[FACE]), cfg(signup_collected=["phone", "face"]), "pass"),
    ("cn-gbt35273-2020-8.5-identity",
     make(findings=[("verification_burden", 3, "SMS code", {"kind": "sms"})]), None, "fail"),

    ("cn-miit-2019-handling-15-working-days", make(), None, "pass"),
    ("cn-miit-2019-handling-15-working-days",
     make(findings=[("cooling_off", 3, "30 days", {"working_days": 21.4, "days": 30, "n": 30, "unit": "day"})]),
     None, "fail"),
    ("cn-miit-2019-handling-15-working-days",
     make(findings=[("cooling_off", 3, "16个工作日", {"working_days": 16, "days": 22.4, "n": 16,
                                                    "unit": "working_day"})]), None, "fail"),
    ("cn-miit-2019-handling-15-working-days",
     make(findings=[("cooling_off", 3, "23 days", {"working_days": 16.4, "days": 23, "n": 23, "unit": "day"})]),
     None, "review"),
    ("cn-miit-2019-handling-15-working-days", make("obstructed", final="", findings=[OFFLINE]), None, "review"),

    ("cn-miit-2019-promise-kept", make(), None, "not_applicable"),
    ("cn-miit-2019-promise-kept", promised(make("reachable")), None, "review"),       # not re-checked yet
    ("cn-miit-2019-promise-kept", promised(make("deleted")), None, "pass"),          # gone at once
    ("cn-miit-2019-promise-kept", promised(make("deleted"), "2026-12-18"), None, "pass"),
    ("cn-miit-2019-promise-kept", promised(make("failed"), "2026-12-18"), None, "fail"),
    ("cn-miit-2019-promise-kept", promised(make("failed"), "2026-12-10"), None, "review"),  # early
    ("cn-miit-2019-promise-kept", promised(make("error"), "2026-12-18"), None, "review"),

    ("cn-practice-entry-4-taps", make(taps=("a", "b", "c", "Delete account")), None, "pass"),
    ("cn-practice-entry-4-taps", make(taps=("a", "b", "c", "d", "Delete account")), None, "fail"),
    ("cn-practice-entry-4-taps", make("not_offered", final=""), None, "review"),

    ("apple-5.1.1v", make(), None, "pass"),
    ("apple-5.1.1v", make("not_offered", final="", findings=[DEACT]), None, "fail"),
    ("apple-5.1.1v", make("obstructed", final="", findings=[OFFLINE]), None, "fail"),
    ("apple-5.1.1v", make("obstructed", final="", findings=[OFFLINE]), cfg(regulated=True), "review"),

    ("apple-5.1.1v-no-customer-service", make(), None, "pass"),
    ("apple-5.1.1v-no-customer-service", make("obstructed", final="", findings=[OFFLINE]), None, "fail"),
    ("apple-5.1.1v-no-customer-service", make("obstructed", final="", findings=[OFFLINE]),
     cfg(regulated=True), "review"),

    ("apple-5.1.1v-easy-to-find", make(), None, "pass"),
    ("apple-5.1.1v-easy-to-find", make(findings=[HIDDEN, FAINT]), None, "fail"),
    ("apple-5.1.1v-easy-to-find", make("not_offered", final=""), None, "fail"),
    ("apple-5.1.1v-easy-to-find", make(findings=[HIDDEN]), None, "review"),
    ("apple-5.1.1v-easy-to-find", make(taps=tuple("abcde") + ("Delete account",)), None, "review"),
    ("apple-5.1.1v-easy-to-find", make(findings=[LOOP]), None, "review"),

    ("google-play-in-app-path", make(), None, "pass"),
    ("google-play-in-app-path", make("not_offered", final="", findings=[DEACT]), None, "fail"),
    ("google-play-in-app-path", make("obstructed", final="", findings=[OFFLINE]), cfg(regulated=True), "fail"),
    ("google-play-in-app-path", make("obstructed", final="", findings=[FACE]), None, "review"),

    ("google-play-web-link", make(), cfg(deletion_url="https://example.com/delete"), "pass"),
    ("google-play-web-link", make(), cfg(deletion_url=False), "fail"),
    ("google-play-web-link", make(), None, "review"),

    ("google-play-not-deactivation", make(), None, "pass"),
    ("google-play-not-deactivation", make(findings=[DEACT]), None, "pass"),
    ("google-play-not-deactivation", make("not_offered", final="", findings=[DEACT]), None, "fail"),
    ("google-play-not-deactivation",
     make(findings=[DEACT, ("preselection", 3, "Deactivate instead", {"kind": "deactivate"})]), None, "review"),

    ("eu-dsa-25-3c", make(), cfg(signup_steps=6), "pass"),            # 4 / 6
    ("eu-dsa-25-3c", make(), cfg(signup_steps=2), "fail"),            # 4 / 2
    ("eu-dsa-25-3c", make("obstructed", final="", findings=[OFFLINE]), cfg(signup_steps=9), "fail"),
    ("eu-dsa-25-3c", make(), None, "review"),

    ("eu-gdpr-12-2", make(), None, "pass"),
    ("eu-gdpr-12-2", make("obstructed", final="", findings=[OFFLINE]), None, "fail"),
    ("eu-gdpr-12-2", make(findings=[LOOP]), None, "fail"),
    ("eu-gdpr-12-2", make(findings=[("confirmshaming", 3, "No, I don't care", {}),
                                    ("false_hierarchy", 3, "Keep", {}),
                                    ("forced_wait", 3, "Wait 10s", {})]), None, "fail"),
    ("eu-gdpr-12-2", make(findings=[("confirmshaming", 3, "No, I don't care", {})]), None, "review"),
    ("eu-gdpr-12-2", make(findings=[("retention_offer", 3, "50% off", {})]), None, "pass"),   # low
    ("eu-gdpr-12-2", make(findings=[FACE]), None, "review"),

    ("de-bgb-312k-button", make(**DE), None, "pass"),
    ("de-bgb-312k-button", make(taps=("Konto löschen",)), cfg(subscription=True), "fail"),
    ("de-bgb-312k-button", make(**{**DE, "taps": ("Vertrag kündigen",)}), None, "review"),
    ("de-bgb-312k-button", make(**{**DE, "taps": ("Mein Konto", "Verträge hier kündigen")}), None, "review"),
    ("de-bgb-312k-button", make(**{**DE, "findings": [("hidden_entry", 0, "Verträge hier kündigen",
                                                       {"reasons": ["behind a collapsed menu"]})]}), None, "fail"),
    ("de-bgb-312k-button", make(), None, "not_applicable"),
    ("de-bgb-312k-button", make(**DE), cfg(subscription=False), "not_applicable"),

    ("de-bgb-312k-confirmation", make(**DE), None, "pass"),
    ("de-bgb-312k-confirmation", make(**{**DE, "final": "Weiter"}), None, "fail"),
    ("de-bgb-312k-confirmation", make(**{**DE, "after": [("tap", "Angebot ablehnen"), ("type", "E-Mail")]},
                                      apps={2: "app://offer", 3: "app://offer"}), None, "fail"),
    ("de-bgb-312k-confirmation", make("obstructed", final="", taps=DE["taps"], findings=[OFFLINE]),
     None, "fail"),
    ("de-bgb-312k-confirmation", make(**{**DE, "final": "Kündigung absenden"}), None, "review"),

    ("de-bgb-312k-no-login", make(**DE), None, "pass"),
    ("de-bgb-312k-no-login", make(**{**DE, "after": [("type", "Kundennummer"), ("type", "Passwort")]}),
     None, "fail"),
    ("de-bgb-312k-no-login", make(**DE, start_step=1), None, "review"),

    ("ca-arl-online-cancel", make(), None, "pass"),
    ("ca-arl-online-cancel", make("obstructed", final="", findings=[OFFLINE]), None, "fail"),
    ("ca-arl-online-cancel", make("obstructed", final="", findings=[FACE]), None, "review"),
    ("ca-arl-online-cancel", make(), cfg(subscription=False), "not_applicable"),
]


@pytest.mark.parametrize("clause,journey,config,status", CASES,
                         ids=[f"{c}-{s}-{i}" for i, (c, _, _, s) in enumerate(CASES)])
def test_clause_verdict(clause, journey, config, status):
    v = judge(journey, config).get(clause)
    assert v.status == status, v.reason
    assert v.reason and "\n" not in v.reason
    assert all(0 <= i < len(journey.findings) for i in v.findings)


def test_every_clause_has_a_passing_and_a_failing_case():
    seen: dict[str, set] = {}
    for clause, _, _, status in CASES:
        seen.setdefault(clause, set()).add(status)
    for c in clauses():
        assert {"pass", "fail"} <= seen.get(c.id, set()), c.id
        if "review" in c.when:                       # the data says review is possible: show it
            assert "review" in seen[c.id], c.id


def test_verdicts_name_the_evidence_that_decided_them():
    j = make("obstructed", final="", findings=[("cooling_off", 3, "30 days", {"working_days": 21.4}), OFFLINE])
    v = judge(j).get("apple-5.1.1v-no-customer-service")
    assert v.findings == [1] and "email" in v.reason
    v = judge(j).get("cn-miit-2019-handling-15-working-days")
    assert v.findings == [0] and v.numbers["working_days"] == 21.4
    v = judge(make(), cfg(signup_steps=2)).get("eu-dsa-25-3c")
    assert v.numbers["ratio"] == 2 and "2×" in v.reason and v.steps == [0, 1, 2]
    d = v.as_dict()
    assert d["clause"] == "eu-dsa-25-3c" and d["status"] == "fail" and d["rule_set"] == "eu"
    assert d["evidence"]["numbers"]["signup_steps"] == 2 and d["source"].startswith("Regulation (EU) 2022/2065")
    json.dumps(d)


def test_verdicts_collection():
    vs = judge(make("obstructed", final="", findings=[OFFLINE]))
    assert len(vs) == len(clauses()) and "apple-5.1.1v" in vs
    assert vs.get("apple-5.1.1v").failed and not vs.get("apple-5.1.1v").passed
    assert {v.clause for v in vs.failed()} >= {"apple-5.1.1v", "google-play-in-app-path"}
    assert all(v.rule_set == "cn" for v in vs.of("cn")) and len(vs.of("cn")) == 6
    with pytest.raises(KeyError, match="apple-9.9"):
        vs.get("apple-9.9")
    assert [v.clause for v in judge(make(), only=["apple"])] == [c.id for c in rule_sets()[1].clauses]
    with pytest.raises(ValueError):
        Verdict(clause="x", status="maybe", reason="")
    assert isinstance(vs, Verdicts) and vs.statuses()["eu-gdpr-12-2"] == "fail"


def test_rule_sets_are_data_with_titles_and_sources():
    sets = rule_sets()
    assert [r.id for r in sets] == ["cn", "apple", "google", "eu", "de-312k", "ca-arl"]
    ids = [c.id for c in clauses()]
    assert len(ids) == len(set(ids))
    for c in clauses():
        assert c.title and c.title_original and c.source["document"] and c.when["pass"] and c.when["fail"]
    by_id = {c.id: c for c in clauses()}
    assert "注销" in by_id["cn-miit-2019-cancel-effective"].title_original
    assert "kündigen" in by_id["de-bgb-312k-button"].title_original
    assert "practitioners" in by_id["cn-practice-entry-4-taps"].title
    assert by_id["cn-practice-entry-4-taps"].params["max"] == 4
    assert by_id["google-play-web-link"].source["url"].startswith("https://support.google.com/")


def test_a_bad_rule_file_is_one_line_naming_file_and_line(tmp_path):
    from cancelcheck.policies.checks import CHECKS
    p = tmp_path / "x.yaml"
    p.write_text("id: x\nname: X\nclauses:\n  - id: x-1\n    title: {original: a, en: b}\n"
                 "    source: {document: d}\n    check: no_such_check\n    pass: p\n    fail: f\n")
    with pytest.raises(RuleError) as e:
        load_rule_set(p, CHECKS)
    assert str(e.value).startswith(f"{p}:7:") and "no_such_check" in str(e.value)
    p.write_text("id: x\nname: X\nclauses:\n  - id: x-1\n    title: b\n    source: {document: d}\n"
                 "    check: entry_depth\n    pass: p\n    fail: f\n")
    with pytest.raises(RuleError, match=r"x.yaml:5: .*original"):
        load_rule_set(p, CHECKS)


# -- the config keys the rules read ---------------------------------------------------------------
def write(tmp_path, text, name="app.yaml"):
    p = tmp_path / name
    p.write_text("name: t\ntarget: fair-en\n" + text, encoding="utf-8")
    return p


def test_config_counts_a_sign_up_flow(tmp_path):
    (tmp_path / "signup.yaml").write_text(
        "- tapOn: Sign up\n- inputText: {into: E-mail, text: a@b.c}\n- inputText: {into: Password, text: x}\n"
        "- scroll: {direction: down, times: 2}\n- assertVisible: Terms\n- check: I agree\n"
        "- runFlow: {when: {visible: Promo}, commands: [{tapOn: Skip}]}\n- tapOn: Create account\n")
    c = load_config(write(tmp_path, "signup_flow: signup.yaml\n"))
    assert c.signup_steps == 7          # 1 + 1 + 1 + 2 + 1 + 1; assert and the when: runFlow not counted
    c = load_config(write(tmp_path, "signup_flow:\n  - tapOn: Join\n  - inputText: {into: Name, text: x}\n"))
    assert c.signup_steps == 2


def test_config_policy_keys(tmp_path):
    c = load_config(write(tmp_path, "regulated: true\nsubscription: true\n"
                          "deletion_url: https://example.com/delete\nsignup_collected: [phone, face]\n"))
    assert (c.regulated, c.subscription, c.deletion_url, c.signup_collected) == \
        (True, True, "https://example.com/delete", ["phone", "face"])
    assert load_config(write(tmp_path, "deletion_url: false\n")).deletion_url is False
    for text, line, words in [("deletion_url: example.com\n", 3, "http"),
                              ("regulated: yes please\n", 3, "true or false"),
                              ("signup_collected: [phone, dna]\n", 3, "dna"),
                              ("signup_steps: 5\nsignup_flow: [{tapOn: Join}]\n", 4, "not both")]:
        with pytest.raises(SourceError) as e:
            load_config(write(tmp_path, text))
        assert f"app.yaml:{line}:" in str(e.value) and words in str(e.value), str(e.value)
    with pytest.raises(SourceError, match="scripted"):
        load_config(write(tmp_path, "signup_flow: [{explore: {}}]\n"))
    assert load_config(ROOT / "apps" / "bank-zh.yaml").regulated is True


# -- CLI ------------------------------------------------------------------------------------------
def parse(*argv):
    p = argparse.ArgumentParser()
    cli_policies.register(p.add_subparsers(), argparse.ArgumentParser)
    return p.parse_args(argv)


def test_cli_policies_lists_every_clause(capsys):
    a = parse("policies", "--json")
    assert a.func(a) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["id"] for rs in data["rule_sets"] for c in rs["clauses"]] == [c.id for c in clauses()]
    a = parse("policies")
    assert a.func(a) == 0
    out = capsys.readouterr().out
    for c in clauses():
        assert c.id in out


def journal(tmp_path, j):
    p = tmp_path / "journal.json"
    p.write_text(json.dumps({"schema": SCHEMA, **j.as_dict()}), encoding="utf-8")
    return p


def test_cli_judge(tmp_path, capsys):
    p = journal(tmp_path, make("obstructed", final="", findings=[OFFLINE]))
    a = parse("judge", str(p), "--json")
    assert a.func(a) == 1                       # a clause fails
    data = json.loads(capsys.readouterr().out)
    by = {v["clause"]: v for v in data["verdicts"]}
    assert by["apple-5.1.1v"]["status"] == "fail" and by["apple-5.1.1v"]["evidence"]["findings"] == [0]
    conf = write(tmp_path, "regulated: true\n")
    a = parse("judge", str(p), "--config", str(conf), "--json")
    a.func(a)
    by = {v["clause"]: v for v in json.loads(capsys.readouterr().out)["verdicts"]}
    assert by["apple-5.1.1v"]["status"] == "review"
    a = parse("judge", str(journal(tmp_path, make())))
    assert a.func(a) == 0
    out = capsys.readouterr().out
    assert "apple-5.1.1v" in out and "need review" in out


def test_cli_judge_bad_input_is_one_line(tmp_path, capsys):
    a = parse("judge", str(tmp_path / "missing.json"))
    assert a.func(a) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.json" in err[0]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    a = parse("judge", str(bad))
    assert a.func(a) == 2 and "bad.json:1" in capsys.readouterr().err
    a = parse("judge", str(journal(tmp_path, make())), "--config", str(tmp_path / "nope.yaml"))
    assert a.func(a) == 2 and "nope.yaml" in capsys.readouterr().err
