"""First pass: dictionary terms found by the phrase matcher, longest first, read by date and context."""

from __future__ import annotations

from spacy.tokens import Doc

from triadic.actors._compile import Compiled, longest_first
from triadic.actors._dictionary import Dictionary
from triadic.actors._entries import Entry, Reading
from triadic.actors._work import Work, actor_of
from triadic.model import Actor

__all__ = ["NOT_NAME_WORDS", "match_terms"]

_NAME_VIAS = frozenset({"name", "capital", "seat", "place"})
# The nouns a state's formal name ends in ("the Islamic Republic", "the People's Republic", short names of
# Iran and China): followed by "of" and a name, they open another state's formal name ("the Islamic
# Republic of Afghanistan", "the People's Republic of Bangladesh"), which that name codes.
_STATE_FORMS = frozenset({"republic", "kingdom", "federation", "emirate", "emirates", "sultanate",
                          "principality", "state", "union"})
# Words that may follow a name without being part of it ("Erdogan Monday", "Kim Jr.").
NOT_NAME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december", "jr", "jr.", "sr", "sr."})


def _choose_reading(readings: tuple[Reading, ...], codes: set[str], words: set[str]) -> Reading | None:
    best: Reading | None = None
    best_score = 0
    for r in readings:
        score = 2 * len(r.context_codes & codes) + len(r.context_words & words)
        if score > best_score:
            best, best_score = r, score
    if best is None:
        best = next((r for r in readings if r.default), None)
    return best


def _someone_else(doc: Doc, s: int, entries: tuple[Entry, ...]) -> bool:
    """True when a one-word leader alias opens a longer person's name that is not that leader's."""
    if s + 1 >= len(doc):
        return False
    nxt = doc[s + 1]
    # The parser may tag the name a person or an organisation; either way a second name word follows. A
    # day or place run into it ("Erdogan Monday", "Putin Moscow") is not part of a name.
    if nxt.pos_ != "PROPN" or not nxt.is_title or nxt.lower_ in NOT_NAME_WORDS \
            or nxt.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME"):
        return False
    return nxt.text not in {w for x in entries for w in x.name.split()}


def _paper_before_role(doc: Doc, e: int, entries: tuple[Entry, ...], d: Dictionary) -> bool:
    """True when a one-word paper title ("The Australian", "The Hindu") modifies a role noun after it."""
    if e >= len(doc) or not entries or any(x.role != "MED" for x in entries):
        return False
    head = doc[e - 1]
    for _ in range(3):  # up the modifier chain: "The Hindu nationalist government"
        if head.dep_ not in ("amod", "compound", "nmod") or not head.i < head.head.i <= e + 2:
            break
        head = head.head
    if head.i < e:
        return False
    role = d.roles.get(head.lower_) or d.roles.get(head.lemma_.lower())
    return role is not None and role.role != "MED"


def _member_actors(work: Work, codes: tuple[str, ...]) -> tuple[Actor, ...]:
    """Actors for the member codes of a joint term ("AUKUS" -> Australia, UK, US)."""
    out: list[Actor] = []
    for code in codes:
        c = work.dictionary.countries.get(code[:3])
        out.append(Actor(code=code, country=c.iso3 if c else None, role=code[3:6] or None,
                         name=c.name if c else code, kind="state" if c else "igo"))
    return tuple(out)


def _choose_entry(entries: tuple[Entry, ...], work: Work) -> tuple[Actor, str] | None:
    """The actor a term stands for on the article's date; out-of-office leaders become private people."""
    day = work.ref_date
    valid = [e for e in entries if e.valid_on(day)]
    if valid:
        e = valid[0]
        return actor_of(e), e.via
    dated = [e for e in entries if e.via == "leader"]
    if dated:
        e = max(dated, key=lambda x: x.end or x.start or day)  # type: ignore[arg-type,return-value]
        c = work.dictionary.countries.get(e.country or "")
        code = (c.cameo if c else "") + "ELI"
        # A former (or not yet) office holder is a person, never the government of the day.
        return Actor(code=code, country=e.country, role="ELI", name=e.name, kind="person",
                     affiliation="former official" if e.end and day and day > e.end else None), "person"
    return None


def match_terms(work: Work, compiled: Compiled) -> None:
    """Add a mention for every dictionary term in the document (blocked phrases swallow their parts)."""
    doc, d = work.doc, compiled.dictionary
    spans = longest_first(compiled.terms, doc, rightmost=True)
    taken = [False] * len(doc)
    chosen: list[tuple[int, int, str]] = []
    person_ents = [(ent.start, ent.end) for ent in work.ents if ent.label_ == "PERSON"]
    # The parser's person entity may take in the possessive ending ("Sri Lanka's"): only the words before
    # it say whether a place name sits inside a longer person's name.
    names = [(ps, pe - 1 if pe - ps > 1 and doc[pe - 1].tag_ == "POS" else pe) for ps, pe in person_ents]
    for s, e, key in spans:
        if any(taken[s:e]):
            continue
        entries = d.terms.get(key, ())
        # "Jordan" in "Michael Jordan", "Georgia" in a person's name: the entity is a person, not a state.
        # Only place names read as people's names; a demonym or an organisation inside a would-be person
        # ("Sri Lankan Tamil", "Somali al-Shabaab") is the parser's mistake.
        name_like = key in d.ambiguous or any(x.via in _NAME_VIAS and (x.role is None or x.via != "name")
                                              for x in entries)
        if name_like and any(ps <= s and e <= pe and (pe - ps) > (e - s) for ps, pe in names):
            continue
        if e - s == 1 and any(x.via == "leader" for x in entries) \
                and _someone_else(doc, s, entries):
            continue  # "Isaias" in "Isaias Samakuva" is not Isaias Afwerki
        if doc[e - 1].lower_ in _STATE_FORMS and e + 1 < len(doc) and doc[e].lower_ == "of" \
                and (doc[e + 1].is_title or doc[e + 1].lower_ == "the"):
            continue  # "the Islamic Republic of Afghanistan": the short name of Iran opens another's
        if entries and all(x.org_only for x in entries) and (
                not any(doc[i].ent_type_ == "ORG" for i in range(s, e)) or (s and doc[s - 1].lower_ == "the")
                or (doc[s].is_sent_start and doc[e - 1].dep_ in ("compound", "amod", "nmod")
                    and doc[e - 1].head.i >= e)):
            # "Apple prices", "Shell fire", "protect the Amazon": the word, the river or the place, not the
            # company, which takes no article and which the parser tags an organisation; first in a
            # sentence the capital says nothing, so a modifier there ("Apple growers") is the word
            continue
        if e - s == 2 and doc[s].lower_ == "the" and _paper_before_role(doc, e, entries, d):
            continue  # "The Australian Government" is Australia's government, not the paper "The Australian"
        for i in range(s, e):
            taken[i] = True
        chosen.append((s, e, key))
    codes: set[str] = set()
    for _, _, key in chosen:
        for x in d.terms.get(key, ())[:1]:
            codes.add(x.code[:3])
    # the document's words matter only to an ambiguous term, which most documents lack
    words: set[str] | None = None
    for s, e, key in sorted(chosen):
        if key in d.blocked and key not in d.terms:
            continue
        if key in d.ambiguous:
            if words is None:
                words = {t.lower_ for t in work.toks}
            r = _choose_reading(d.ambiguous[key], codes, words)
            if r is None:
                continue
            members = tuple(Actor(code=m, country=work.dictionary.countries.get(m).iso3  # type: ignore[union-attr]
                                  if work.dictionary.countries.get(m) else None, role=None, name=m)
                            for m in r.entry.members)
            work.add(s, e, actor_of(r.entry), r.entry.via, members=members)
            continue
        got = _choose_entry(d.terms[key], work)
        if got is None:
            continue
        actor, via = got
        joint = next((x.members for x in d.terms[key] if x.members and x.valid_on(work.ref_date)), ())
        surname = next((x.surname for x in d.terms[key] if x.surname), None)
        if surname:
            # "King Salman bin Abdulaziz Al Saud": the parser's person name may run past the dictionary's.
            for ps, pe in person_ents:
                if ps <= s < e < pe <= e + 3 and work.free(e, pe):
                    e = pe
        work.add(s, e, actor, via, surname=surname, members=_member_actors(work, joint))
