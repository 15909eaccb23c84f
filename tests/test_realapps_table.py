"""benchmarks/realapps.py's verdict on one audit against its hand count: a row is right when the
outcome is, the path steps are within ±1, and — where the hand count names the final control's
words — the run ended on that very control."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from realapps.catalog import Variant

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("bench_realapps", ROOT / "benchmarks" / "realapps.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _variant(**truth) -> Variant:
    hand = {"outcome": "reachable", "path_steps": 4, "entry_depth": 2, **truth}
    return Variant("forum", "forum", "en", ROOT / "nowhere.yaml", hand, None)


def _got(final: str) -> dict:
    return {"outcome": "reachable", "path_steps": 4, "entry_depth": 2, "effort": 8,
            "final_action": final, "seconds": 40.0, "dir": "forum"}


def test_the_right_steps_ending_on_another_control_are_not_right():
    bench = _bench()
    v = _variant(final_action="Send the removal form")
    wrong = bench.row(v, _got("Delete account"))        # a section menu naming the deletion
    assert not bench.right(wrong)
    assert "forum: final 'Delete account', hand 'Send the removal form'" in bench.table([wrong])
    assert "0/1 right" in bench.table([wrong])
    assert bench.right(bench.row(v, _got("Send the removal form")))


def test_a_hand_count_that_names_no_final_control_is_judged_on_outcome_and_steps():
    bench = _bench()
    assert bench.right(bench.row(_variant(), _got("Delete account")))
    assert not bench.right(bench.row(_variant(path_steps=6), _got("Delete account")))
