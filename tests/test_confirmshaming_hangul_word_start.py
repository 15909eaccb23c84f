"""Korean writes a particle or an ending onto the word before it, never a word onto the start of
another: a Korean stance ("원하지 않" don't want, "필요 없" no need, "관심 없" no interest) stands
only where a word starts, after a space, punctuation or the label's start. Inside another word
it is not the stance: "지원하지 않는" is "does not SUPPORT" (지원, support), "불필요" is
"unnecessary". Found when a wider goods list (an experiment with translated valence tables,
session 18) read NewPipe's "이 기능은 아직 … 지원하지 않습니다" (this feature is not supported yet)
as a refusal; on main the same bug read a statement about unsupported benefits as shaming.

Sentences written here, in our own words; the expectations decided by reading them. With the
old `neg_want` (no word-start lookbehind) the three quiet cases below were read as shaming.
"""
import pytest

from cancelcheck.detectors import lexicon

LEX = lexicon.load("confirmshaming")


@pytest.mark.parametrize("text", [
    "아니요, 저는 할인을 원하지 않아요",      # No, I don't want a discount
    "할인 필요 없어요",                       # I don't need the discount
    "혜택에 관심 없어요",                     # Not interested in benefits
])
def test_a_korean_stance_at_a_word_start_refuses(text):
    assert LEX.match(text, lexicon.langs("ko")) is not None


@pytest.mark.parametrize("text", [
    "이 기기에서는 지원하지 않는 혜택입니다",  # benefits this device does not support
    "지원하지 않는 할인",                      # an unsupported discount
    "불필요없는 혜택",                         # (run together) unnecessary benefits
])
def test_a_korean_stance_inside_another_word_is_no_stance(text):
    assert LEX.match(text, lexicon.langs("ko")) is None
