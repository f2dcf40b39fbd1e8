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

Two verbless headline shapes are read the same way, one word put for another of the same token count:
a speaker's label colon as "says" ("Hamas: Israel broke the truce"; the model else makes the label a
second subject of the quote's verb) and the "in" of a trip headline as "visits" ("Iraqi PM in Tehran
for talks"). Each is kept only when the reading parses as that shape (see ``parse_said``, ``parse_trip``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from spacy.language import Language
from spacy.tokens import Doc

from triadic.nlp._data import nlp_words

__all__ = ["recased_headline", "parse_over", "said_label", "parse_said", "trip_headline", "parse_trip"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# the longest actor name (in words) looked up among a headline's capitalised words
_MAX_NAME = 5
# a headline is short: a longer line is a body sentence, whatever its capitals
_MAX_WORDS = 20
_MAX_CHARS = 200


def _one_line(text: str) -> bool:
    """``text`` is one short line, as a headline is (a longer text is an article or a body sentence)."""
    return len(text) <= _MAX_CHARS and "\n" not in text.strip()


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
    if not _one_line(text):
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


# a headline's speaker label ("Hamas: Israel broke the truce"): one to four words, then ": "
_LABEL = re.compile(r"^([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}): (?=\S)")
# entity types of a label that speaks; a place label ("Libya: factions clash") only says where
_SPEAKER_ENTS = frozenset({"PERSON", "ORG"})
# an all-capital label word longer than an acronym is a dateline or rubric ("ISLAMABAD:", "UPDATE:")
_MAX_ACRONYM = 5


def said_label(text: str) -> str | None:
    """``text`` with a headline's opening label colon read as "says" ("Hamas: Israel broke the truce"
    -> "Hamas says Israel broke the truce"), or None when ``text`` opens with no such label."""
    if not _one_line(text):
        return None
    m = _LABEL.match(text)
    if m is None or any(w.isupper() and len(w) > _MAX_ACRONYM for w in m.group(1).split()):
        return None
    return f"{m.group(1)} says {text[m.end():]}"


def parse_said(nlp: Language, text: str, said: str) -> Doc | None:
    """The parse of ``said`` (``said_label``) laid over the words of ``text``, the label's colon taking
    the analysis of "says"; None when the label is no person or organisation that speaks."""
    parsed = nlp(said)
    say = next((t for t in parsed if t.lower_ == "says"), None)
    if say is None or say.dep_ != "ROOT" or not any(c.dep_ == "ccomp" for c in say.children):
        return None
    label = parsed[:say.i]
    if not all(t.ent_type_ in _SPEAKER_ENTS for t in label):
        return None
    return _laid_over(nlp, text, parsed)


# a verbless trip headline ("Iraqi PM in Tehran for talks", "Macron in Beijing to press Xi"): at most
# four words of traveller, "in", a capitalised place, then what the trip is for
_TRIP = re.compile(r"^([A-Z][\w'.-]*(?: [\w'.-]+){0,3}) in (?=[A-Z])")
# words after the place that give a trip's purpose
_PURPOSE = frozenset({"for", "to"})


# tags of a finite verb: a trip headline has none but its "visits"
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _finite_besides(parsed: Doc, i: int) -> bool:
    """Whether a word of ``parsed`` other than its ``i``-th is tagged a finite verb, as the tagger left
    it: a whitespace token does not count (the attribute ruler makes its tag "_SP")."""
    return any(t.tag_ in _FINITE for t in parsed if t.i != i and not t.is_space)


def trip_headline(text: str) -> str | None:
    """``text`` with the "in" of a verbless trip headline read as "visits" ("Iraqi PM in Tehran for
    talks" -> "Iraqi PM visits Tehran for talks"), or None when ``text`` has no such opening."""
    if not _one_line(text):
        return None
    m = _TRIP.match(text)
    if m is None:
        return None
    return f"{m.group(1)} visits {text[m.end():]}"


def parse_trip(nlp: Language, text: str, trip: str, is_leader: Callable[[str], bool]) -> Doc | None:
    """The parse of ``trip`` (``trip_headline``) laid over the words of ``text``, the "in" taking the
    analysis of "visits"; None unless the headline has no verb of its own, a person or an official
    ("envoy", "PM": ``travellers`` in data/headline.yaml) travels, and a place and a purpose follow.

    Args:
        is_leader: whether a name is a leader the actor dictionary knows (the model may tag one a place).
    """
    # Most readings that match are body sentences ("Protesters in Cairo clashed with ..."): what can
    # refuse one before the whole pipeline runs is checked first, on the words and then on the tags
    # (for these the parse is what it would be, the same components running in the same order)
    parsed = nlp.make_doc(trip)
    visit = next((t for t in parsed if t.lower_ == "visits"), None)
    if visit is None or not any(t.lower_ in _PURPOSE for t in parsed):
        return None
    names = nlp.pipe_names
    if "tagger" in names:
        tagged = names[:names.index("tagger") + 1]
        parsed = nlp(parsed, disable=names[len(tagged):])
        if _finite_besides(parsed, visit.i):
            return None
        parsed = nlp(parsed, disable=tagged)
    else:
        parsed = nlp(parsed)
    visit = parsed[visit.i]
    if visit.dep_ != "ROOT":
        return None
    # the traveller is the whole opening; a finite verb anywhere else makes the headline no verbless one
    subj = [c for c in visit.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].left_edge.i != 0 or subj[0].right_edge.i != visit.i - 1:
        return None
    if (subj[0].ent_type_ != "PERSON" and subj[0].lower_ not in nlp_words("headline", "travellers")
            and not is_leader(parsed[:visit.i].text)):
        return None
    if any(t.tag_ in _FINITE for t in parsed if t.i != visit.i):
        return None
    place = [c for c in visit.children if c.dep_ == "dobj"]
    if len(place) != 1 or place[0].ent_type_ not in ("GPE", "LOC"):
        return None
    after = place[0].right_edge.i + 1
    if after >= len(parsed) or parsed[after].lower_ not in _PURPOSE:
        return None
    return _laid_over(nlp, text, parsed)


def _analysed(nlp: Language, words: list[str], spaces: list[bool], parsed: Doc) -> Doc:
    """A new document of ``words`` that carries the analysis of ``parsed``, token for token."""
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        morphs=[str(t.morph) for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        heads=[t.head.i for t in parsed],
        deps=[t.dep_ for t in parsed],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed],
    )


def _laid_over(nlp: Language, text: str, parsed: Doc) -> Doc | None:
    """``parsed``, the parse of a reading of ``text`` with one word put for another, laid over the words
    of ``text``; None when the two differ in their number of tokens."""
    words = nlp.tokenizer(text)
    if len(words) != len(parsed):
        return None
    return _analysed(nlp, [t.text for t in words], [bool(t.whitespace_) for t in words], parsed)


def parse_over(nlp: Language, text: str, recased: str) -> Doc:
    """Parse ``recased`` and lay its analysis over the words of ``text``, its original spelling."""
    parsed = nlp(recased)
    return _analysed(nlp, [text[t.idx:t.idx + len(t)] for t in parsed], [bool(t.whitespace_) for t in parsed],
                     parsed)
