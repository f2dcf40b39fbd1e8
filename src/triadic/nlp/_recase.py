"""Parse of a headline written in title case ("Iran Slams EU Over New Sanctions").

The small English model reads a title-case headline as one long proper name: every capitalised word is
tagged NNP, the verb ("Slams", "Expels", "Accuses") becomes part of a compound noun, and the named
entities swallow it ("Macron Urges Putin" as one PERSON). No parse repair can find the verb's subject
and object in such a tree. Wire headlines in sentence case parse well, so a title-case headline is
parsed as if written in sentence case: its capitalised function words and event words (the verbs and
nouns of the event patterns) are lower-cased for the parser, and the parse is then laid over the
original words, so the document's text, offsets and quotes are those of the article.

Only a single line of which every word that is not a function word is capitalised counts as such a
headline, so body sentences ("Japanese Prime Minister X met Y in Tokyo") keep the model's parse; a word
that belongs to a name the actor dictionary knows ("Rapid Support Forces", "Islamic State") keeps its
capital.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["recased_headline", "parse_over"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# the longest actor name (in words) looked up among a headline's capitalised words
_MAX_NAME = 5
# a headline is short: a longer line is a body sentence, whatever its capitals
_MAX_WORDS = 20
_MAX_CHARS = 200


def _plain_forms(word: str) -> tuple[str, ...]:
    """Candidate base forms of an inflected headline verb ("slams", "expels", "accuses", "carried")."""
    out = [word]
    if word.endswith(("ies", "ied")):
        out.append(word[:-3] + "y")
    if word.endswith(("es", "ed")):
        out.append(word[:-2])
    if word.endswith(("s", "d")):
        out.append(word[:-1])
    return tuple(out)


def recased_headline(text: str, stop_words: Container[str], event_words: Container[str],
                     is_name: Callable[[str], bool]) -> str | None:
    """``text`` with the capitalised function and event words of a title-case headline lower-cased
    (same length, so every offset holds), or None when ``text`` is no title-case headline.

    Args:
        stop_words: function words ("over", "to", "of").
        event_words: lemmas of the event patterns ("slam", "expel", "talk").
        is_name: whether a run of words is a name the actor dictionary knows ("Islamic State").
    """
    if len(text) > _MAX_CHARS or "\n" in text.strip():
        return None
    words = list(_WORD.finditer(text))
    if not 3 <= len(words) <= _MAX_WORDS:
        return None
    content = [m.group() for m in words if m.group().lower() not in stop_words]
    if len(content) < 3 or any(not w[0].isupper() for w in content):
        return None
    # an all-capital headline has no case to go by
    if all(w.isupper() for w in content):
        return None
    # the words of names the dictionary knows keep their capitals
    named: set[int] = set()
    for i in range(len(words)):
        for n in range(min(_MAX_NAME, len(words) - i), 0, -1):
            run = words[i:i + n]
            # only words joined by a space make one name
            if any(text[a.end():b.start()] != " " for a, b in zip(run, run[1:], strict=False)):
                continue
            if is_name(" ".join(m.group() for m in run)):
                named.update(range(i, i + n))
                break
    out = list(text)
    changed = False
    for i, m in enumerate(words):
        w = m.group()
        # the opening word is the subject (or the label) of a headline: it keeps its capital
        if i == 0 or i in named or not w.istitle():
            continue
        low = w.lower()
        if low in stop_words or any(f in event_words for f in _plain_forms(low)):
            out[m.start()] = low[0]
            out[m.start() + 1:m.end()] = low[1:]
            changed = True
    return "".join(out) if changed else None


def parse_over(nlp: Language, text: str, recased: str) -> Doc:
    """Parse ``recased`` and lay its analysis over the words of ``text``, its original spelling."""
    parsed = nlp(recased)
    return Doc(
        nlp.vocab,
        words=[text[t.idx:t.idx + len(t)] for t in parsed],
        spaces=[bool(t.whitespace_) for t in parsed],
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        morphs=[str(t.morph) for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        heads=[t.head.i for t in parsed],
        deps=[t.dep_ for t in parsed],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed],
    )
