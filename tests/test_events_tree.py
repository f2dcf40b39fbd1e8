"""The per-document memos of the event coder give what spaCy gives, and never another document's facts."""

from __future__ import annotations

from triadic.events._tree import DocTable, conjuncts, dependents, sent_of, token_memo, tokens_of
from triadic.nlp._docs import dep_labels, doc_text, doc_tokens, forget_docs, lower_words, prime_text


def test_dependents_are_the_children_in_order(nlp) -> None:
    doc = nlp("The ministers of both countries signed a trade agreement in the capital on Friday.")
    for tok in doc:
        assert [c.i for c in dependents(tok)] == [c.i for c in tok.children]


def test_memos_follow_the_document_asked_about(nlp) -> None:
    first = nlp("Rebels attacked a convoy near the border.")
    second = nlp("The two leaders met and discussed trade, security and energy for hours.")
    for doc in (first, second, first):
        for tok in doc:
            assert [c.i for c in dependents(tok)] == [c.i for c in tok.children]
            assert all(c.doc is doc for c in dependents(tok))
    lengths = token_memo(lambda t: len(t.text))
    assert [lengths(t) for t in first] == [len(t.text) for t in first]
    assert [lengths(t) for t in second] == [len(t.text) for t in second]


def test_a_retokenized_document_is_read_afresh_once_forgotten(nlp) -> None:
    # the memos know a document by identity; where a document's coding begins they are emptied, so a
    # document merged in place since its last reading is not read through the old tables
    doc = nlp("Officials of the United Nations Security Council met rebel leaders in New York.")
    assert [c.i for c in dependents(doc[0])] == [c.i for c in doc[0].children]
    assert len(lower_words(doc)) == len(doc_tokens(doc)) == len(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[3:7])
    forget_docs()
    assert lower_words(doc) == [t.lower_ for t in doc]
    assert dep_labels(doc) == [t.dep_ for t in doc]
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
    for tok in doc:
        assert [c.i for c in dependents(tok)] == [c.i for c in tok.children]
        assert [c.i for c in conjuncts(tok)] == [c.i for c in tok.conjuncts]


def test_tokens_of_a_sentence(nlp) -> None:
    doc = nlp("Police arrested two men. The court later released them on bail.")
    for sent in doc.sents:
        assert [t.i for t in tokens_of(sent)] == [t.i for t in sent]
        assert [t.text for t in tokens_of(sent)] == [t.text for t in sent]


def test_doc_table_is_renewed_for_another_doc_or_owner(nlp) -> None:
    a, b = nlp("Troops withdrew."), nlp("Envoys arrived.")
    memo = DocTable()
    owner, other = object(), object()
    memo.table(a, owner)["x"] = 1
    assert memo.table(a, owner) == {"x": 1}
    assert memo.table(a, other) == {}
    memo.table(a, other)["y"] = 2
    assert memo.table(b, other) == {}
    assert memo.table(a, other) == {}


def test_conjuncts_are_spacys_in_order(nlp) -> None:
    doc = nlp("Russia, China and Iran condemned the strikes and called for talks, a truce and aid.")
    assert any(conjuncts(t) for t in doc)
    for tok in doc:
        assert [c.i for c in conjuncts(tok)] == [c.i for c in tok.conjuncts]


def test_dependents_after_a_head_is_moved(nlp) -> None:
    doc = nlp("Mali junta expels French ambassador")
    doc[2].head, doc[2].dep_ = doc[2], "ROOT"  # as the headline repairs do, before the coder reads it
    for tok in doc:
        assert [c.i for c in dependents(tok)] == [c.i for c in tok.children]


def test_sent_of_is_the_tokens_sentence(nlp) -> None:
    doc = nlp("Police arrested two men in Lagos. The court later released them. Both left the city.")
    for tok in doc:
        assert (sent_of(tok).start, sent_of(tok).end) == (tok.sent.start, tok.sent.end)


def test_doc_memo_primed_and_renewed(nlp) -> None:
    text = "Envoys from Qatar arrived in Kabul on Monday."
    first, second = nlp(text), nlp("Troops withdrew.")
    prime_text(first, text)
    assert doc_text(first) == first.text
    assert doc_text(second) == second.text
    assert doc_text(first) == first.text
