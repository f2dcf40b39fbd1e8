"""Whether a pattern fits a token: its words among the dependents, its object among the verb's objects."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from triadic.events._arg_phrases import argument_words
from triadic.events._patterns import SUBJECT_KEY, Pattern
from triadic.events._syntax import RELATIVE_PRONOUNS, SUBJ_DEPS, is_passive, misread_relative, preps_of
from triadic.events._tree import (
    DocTable,
    conjuncts,
    dep_labels,
    dependents,
    doc_tokens,
    has_to,
    lower_lemmas,
    lower_words,
    token_memo,
)
from triadic.nlp._docs import word_set

__all__ = [
    "verb_matches", "noun_matches", "lexical_objects", "through_amount", "object_fits", "count_of",
    "plain_object_keys", "words_below",
]

# Dependents that can carry a pattern's particle or preposition ("crack down on", "stab to death").
WORD_DEPS = frozenset(
    {
        "prt",
        "prep",
        "advmod",
        "dobj",
        "acomp",
        "oprd",
        "xcomp",
        "aux",
        "npadvmod",
        "dative",
        "attr",
        "pobj",
        "compound",
        "amod",
        "ccomp",
        "advcl",
        # "called for Iran to release": the parser makes "for" the marker of the clause
        "mark",
        # "said no to the plan": the parser hangs "no" on the verb as an interjection
        "intj",
    }
)
# Where a verb's lexical object can sit: its direct object, a passive subject, or a prepositional object.
OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
# How a pattern's own preposition or particle hangs on its verb (an adverb too: in "walked away from
# the talks" the parser hangs "from" on "away").
_OWN_PREP_DEPS = frozenset({"prep", "prt", "agent", "advmod"})
# ("dative": the parser labels the "to" of "gave its support to the bid" so, as a preposition)
_PREP_ONLY = frozenset({"prep", "dative"})
# A predicate noun's own prepositions are not the verb's: "calling the stance [an attack on] X" is
# no "call on".
_PREDICATE_DEPS = frozenset({"oprd", "attr"})


def _key_of(tok: Token) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


# (lemma, form) of a token, asked of the same objects by every pattern of their verb
_key = token_memo(_key_of)


def _words_present(head: Token, words: Sequence[str]) -> bool:
    """Every word is a (grand)child of ``head`` by lemma or form."""
    if not words:
        return True
    found = _words_below(head)
    for w in words:
        if w not in found:
            return False
    return True


def _below(head: Token) -> frozenset[str]:
    """Lemmas and forms of the dependents that can carry a pattern's words, two levels down."""
    found: set[str] = set()
    frontier = [head]
    # the document's labels, lemmas and words, read by index: a token decodes its strings anew on every
    # read (the lemma and word are ``_key``'s)
    doc = head.doc
    deps, lemmas, lows = dep_labels(doc), lower_lemmas(doc), lower_words(doc)
    for _ in range(2):
        nxt: list[Token] = []
        for t in frontier:
            for c in dependents(t):
                k = c.i
                dep = deps[k]
                if dep == "aux" and c.tag_ == "TO" and (t.i == head.i or deps[t.i] == "advcl"):
                    # the trigger's own infinitive marker ("to protest") is no preposition, nor is
                    # that of a purpose clause ("had come [to report] on the vote" is no "come to")
                    continue
                if dep == "mark" and t.i == head.i:
                    # nor is the marker of the trigger's own clause ("a deadline for migrants to
                    # leave" is no "leave for"); a clause below it keeps it ("called for X to ...")
                    continue
                if dep in WORD_DEPS or dep == "pobj":
                    if dep == "prep" and _time_phrase(c):
                        continue  # "called X on Tuesday" is no "call on"
                    if t.i != head.i and dep in _HYPHENED_DEPS and _hyphened(c):
                        # the second half of a hyphenated modifier of an object ("struck Iran-backed
                        # militias", "hit US-led forces") is no particle of the verb: no "strike back"
                        continue
                    found.add(lemmas[k])
                    found.add(lows[k])
                    if dep not in _PREDICATE_DEPS:
                        nxt.append(c)
        frontier = nxt
    nxt_i = head.i + 1
    if nxt_i < len(doc) and deps[nxt_i] == "quantmod" and doc[nxt_i].pos_ == "ADP" and head.pos_ == "VERB":
        # the parser reads a particle before a number as the number's "over" ("handed over 10
        # prisoners", "took over 30 villages" parse as "more than 10"): right after the verb it is the
        # verb's particle
        found.add(lemmas[nxt_i])
        found.add(lows[nxt_i])
    return frozenset(found)


# every pattern of a token's lemma asks for the same words below it
_words_below = token_memo(_below)
# (the trigger finder's name for it: a pattern whose words are not all in it fails ``verb_matches``)
words_below = _words_below


_HYPHENED_DEPS = frozenset({"amod", "compound", "npadvmod"})


def _hyphened(tok: Token) -> bool:
    """``tok`` is the second half of a hyphenated word ("backed" in "Iran-backed")."""
    i = tok.i
    if i < 2:
        return False
    hy = tok.doc[i - 1]
    return hy.tag_ == "HYPH" and not hy.whitespace_ and not tok.doc[i - 2].whitespace_


def _time_phrase(prep: Token) -> bool:
    """A prepositional phrase that only says when ("on Tuesday", "in March")."""
    objs = [g for g in dependents(prep) if g.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def through_amount(o: Token, amounts: frozenset[str]) -> Token | None:
    """The noun inside an amount's or partitive's "of" ("thousands of refugees" -> refugees)."""
    if not (o.like_num or o.pos_ == "NUM" or o.lemma_.lower() in amounts or o.lower_ in amounts):
        return None
    for c in dependents(o):
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in dependents(c):
                if g.dep_ == "pobj":
                    return g
    return None


def _reported_relative(verb: Token) -> Token | None:
    """The relative clause whose verb reports ``verb`` as its content ("a move [the Kremlin said] it
    would answer"): a relative with a subject of its own and no object but that clause; None else."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "relcl" or verb.i < head.i:
        return None
    kids = dependents(head)
    if any(c.dep_ in OBJ_DEPS for c in kids) or not any(
            c.dep_ in SUBJ_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in kids):
        return None
    return head


def lexical_objects(verb: Token, preps: Sequence[str] = ()) -> list[Token]:
    """Tokens that can satisfy a pattern's ``+object``: direct or prepositional object, passive subject."""
    out: list[Token] = []
    passive = is_passive(verb)
    if passive and verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "a deal brokered by Qatar", "talks hosted by the EU": the modified noun is the object
        out.append(verb.head)
    elif (
        verb.dep_ == "relcl"
        and not any(c.dep_ in OBJ_DEPS for c in dependents(verb))
        and any(c.dep_ in SUBJ_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in dependents(verb))
    ):
        # an object relative ("the sanctions Washington imposed on Moscow", "a charge Abu Dhabi
        # rejected"): the modified noun is the object
        out.append(verb.head)
    reported = _reported_relative(verb)
    if reported is not None and not any(
            c.dep_ in OBJ_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in dependents(verb)):
        # "a decision [Nairobi said] it regretted": the clause a relative's speech verb reports has
        # the modified noun for its object
        out.append(reported.head)
    for c in dependents(verb):
        if c.dep_ in OBJ_DEPS or (passive and c.dep_ in SUBJ_DEPS):
            out.append(c)
            out.extend(conjuncts(c))
            if reported is not None and c.lower_ in RELATIVE_PRONOUNS:
                continue  # the modified noun, added above
            if verb.dep_ == "relcl" and c.lower_ in RELATIVE_PRONOUNS and c.lower_ != "what":
                # "the treaty which Russia and China signed", "sanctions that were imposed on X": the
                # relative pronoun stands for the modified noun
                out.append(verb.head)
        elif c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ"):
            out.append(c)
        elif c.dep_ == "ccomp" and c.pos_ == "ADJ":
            # "found the minister guilty": the parser makes the predicate adjective a clause
            out.append(c)
        elif c.dep_ == "ccomp" and has_to(c):
            # "allowed UN inspectors to visit": the parser makes the object the infinitive's subject
            out.extend(g for g in dependents(c) if g.dep_ == "nsubj" and g.i < c.i)
        elif c.dep_ == "ccomp" and c.i > verb.i and (
                (c.tag_ == "VB" and not any(a.dep_ in ("aux", "mark") for a in dependents(c)))
                or c.pos_ == "ADV"):
            # "let IAEA inspectors reinstall cameras" (a bare infinitive), "would allow inspectors back
            # into the country" (a verbless clause on the adverb): the parser makes the object the
            # subject of the clause, as it does the subject of a "to" infinitive above
            out.extend(g for g in dependents(c) if g.dep_ == "nsubj" and g.i < c.i)
        elif c.dep_ == "ccomp" and c.pos_ == "NOUN" and c.i > verb.i and not any(
                k.dep_ in OBJ_DEPS for k in dependents(verb)):
            # "refused to let UN investigators into Rakhine": with a place phrase for the infinitive,
            # the parser makes the object a verbless clause of its own
            out.append(c)
            out.extend(conjuncts(c))
        elif c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and c.i > verb.i:
            # "welcomed the truce agreed between A and B": the parser makes the reduced relative a
            # clause and the noun its subject; a "between"/"by" party phrase marks the reading
            out.extend(_reduced_relative_head(verb, c))
        elif c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > verb.i and not any(
                k.dep_ in OBJ_DEPS for k in dependents(verb)) and not any(
                a.dep_ in ("aux", "auxpass", "mark") for a in dependents(c)):
            # "allowed a UN convoy carrying rice into Rakhine": the parser makes the object the subject of
            # its own participle phrase (no auxiliary: "said troops were carrying" is a reported clause)
            out.extend(g for g in dependents(c) if g.dep_ == "nsubj" and g.i < c.i)
        elif c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i > verb.i:
            # "rejected as baseless the accusations ...": with the object shifted after "as" and its
            # adjective, the parser hangs the object on the adjective
            out.extend(_shifted_past_as(verb, c))
        elif c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i and not any(
                k.dep_ in OBJ_DEPS for k in dependents(verb)):
            # "rejected as interference a statement by X": after a noun predicate the parser hangs
            # the shifted object on that noun as its own object
            out.extend(o for n in dependents(c) if n.dep_ in ("pcomp", "pobj") and n.pos_ == "NOUN"
                       for o in dependents(n) if o.dep_ == "dobj" and o.i > n.i)
        elif c.dep_ == "advmod" and c.i > verb.i:
            # "moved troops closer to the border": the parser hangs the object on the adverb
            out.extend(g for g in dependents(c) if g.dep_ == "npadvmod" and g.pos_ == "NOUN" and g.i < c.i)
        elif (c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i > verb.i
              and any(o.dep_ in ("dobj", "dative") and o.i < c.i for o in dependents(verb))):
            # "gave the junta one week to ...": after a first object the parser takes the second
            # object of a two-object verb for a time adverb
            out.append(c)
    out.extend(_raised_object(verb))
    # only through the pattern's own preposition ("take into +custody"), not any prepositional
    # phrase ("suspended aid in protest at ..."); "pull out of +talk" through "of" on "out"
    for p in preps_of(verb, frozenset(preps), _OWN_PREP_DEPS) if preps else ():
        for g in dependents(p):
            # "accused Kyiv of spying": a gerund object names the act as a noun would
            if g.dep_ == "pobj" or (g.dep_ == "pcomp" and g.tag_ == "VBG"):
                out.append(g)
                out.extend(conjuncts(g))
                if g.dep_ == "pcomp":
                    # "accused X of opening fire", "of launching an offensive": what the gerund
                    # does names the act too
                    out.extend(o for o in dependents(g) if o.dep_ == "dobj")
    return out


def _raised_object(verb: Token) -> list[Token]:
    """The object of the next coordinated verb when ``verb`` has none and that verb no subject of its own."""
    kids = dependents(verb)
    if verb.pos_ != "VERB" or any(c.dep_ in OBJ_DEPS or c.dep_ in ("prep", "agent", "ccomp", "xcomp")
                                  for c in kids):
        return []
    # "Police beat and arrested dozens of protesters": both verbs act on the object the parser hangs
    # on the second
    for c in kids:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i \
                and not any(x.dep_ in SUBJ_DEPS for x in dependents(c)):
            return [o for o in dependents(c) if o.dep_ == "dobj"][:1]
    return []


def _reduced_relative_head(verb: Token, clause: Token) -> list[Token]:
    """The noun a mis-parsed reduced relative ``clause`` modifies, when it is ``verb``'s real object."""
    kids = dependents(clause)
    if any(k.dep_ in OBJ_DEPS for k in dependents(verb)) or any(k.dep_ in OBJ_DEPS for k in kids):
        return []
    if not any(k.dep_ == "agent" or (k.dep_ == "prep" and k.lower_ == "between") for k in kids):
        return []
    # the noun sits right after the governing verb ("welcomed the truce agreed"), never a
    # reported clause's own subject ("said Hamas agreed by ..." has a proper-noun subject)
    return [k for k in kids if k.pos_ == "NOUN" and k.i < clause.i and misread_relative(k) is not None]


def _shifted_past_as(verb: Token, adj: Token) -> list[Token]:
    """The object of ``verb`` hung on its "as" adjective ("dismissed as false the claims"), if any."""
    kids = dependents(adj)
    if not any(k.lower_ == "as" and k.i < adj.i for k in kids):
        return []
    if any(k.dep_ in OBJ_DEPS for k in dependents(verb)):
        return []
    return [k for k in kids if k.dep_ == "dobj" and k.i > adj.i]


def _objects(verb: Token, preps: tuple[str, ...]) -> tuple[Token, ...]:
    """:func:`lexical_objects`, found once per verb and preposition set of the document."""
    if not preps:
        # most patterns name no words: their verb's objects are one per token (a token memo costs less
        # to ask than the keyed table, and the patterns of a verb ask thousands of times per corpus)
        return _plain_objects(verb)
    table = _OBJECTS.table(verb.doc, None)
    key = (verb.i, preps)
    found: tuple[Token, ...] | None = table.get(key)
    if found is None:
        found = table[key] = tuple(lexical_objects(verb, preps))
    return found


# the patterns of one verb ask for its objects again and again, mostly with the same words
_OBJECTS = DocTable()


def _plain_objects_of(verb: Token) -> tuple[Token, ...]:
    return tuple(lexical_objects(verb))


# ... and, for the patterns without words, with none
_plain_objects = token_memo(_plain_objects_of)


def verb_matches(tok: Token, pat: Pattern, amounts: frozenset[str] = frozenset()) -> Token | None:
    """If ``pat`` fits the verb ``tok``, the token that satisfied its object (or ``tok`` itself).

    Args:
        amounts: amount and partitive words whose "of" holds the real object ("dozens of troops").
    """
    words = pat.words
    if words:  # (most patterns have no words)
        if not _words_present(tok, words):
            return None
        # (labels read from the document's table: a token decodes its label anew on every read)
        deps = dep_labels(tok.doc)
        if any(deps[c.i] == "prt" and c.lower_ not in words for c in dependents(tok)):
            # a particle makes a phrasal verb of its own: "did not rule out an operation against X" is no
            # "rule against", "called off the talks with X" no "call ... with"
            return None
    if pat.intransitive and (any(c.dep_ == "dobj" for c in dependents(tok)) or is_passive(tok)):
        # a passive verb has an object, its subject ("was returned to Spain" is given back)
        return None
    if not pat.objects:
        return None if pat.prep_objects and not _prep_objects_present(tok, pat, amounts) else tok
    # the object before the ``+prep:object`` phrases, which cost more to read: most patterns' objects
    # are absent, and the verb fits only with both
    for o in _objects(tok, words):
        if _object_fits(o, pat.objects, pat.carriers, amounts):
            return None if pat.prep_objects and not _prep_objects_present(tok, pat, amounts) else o
    return None


# What a verb's plain objects (those of a pattern with no words) offer ``_object_fits``'s first two tests,
# all objects together: the words by which one fits itself, their lemmas and words (which a pattern's
# carriers may carry), and whether one is a name.
ObjectKeys = tuple[frozenset[str], frozenset[str], bool]


def _object_keys_table_of(tok: Token) -> dict[frozenset[str], ObjectKeys]:
    return {}


# each verb's ``ObjectKeys`` by the amount words asked with (the grammar's, or none)
_object_keys_tables = token_memo(_object_keys_table_of)


def plain_object_keys(verb: Token, amounts: frozenset[str] = frozenset()) -> ObjectKeys:
    """The ``ObjectKeys`` of ``verb``'s plain objects. A pattern with objects and no words whose
    ``objects`` miss the first and whose ``carriers`` miss the second, when no object is a name, fits no
    object (``_object_fits`` turns each down at its first two tests), so ``verb_matches`` gives None:
    the trigger finder turns most of a verb's object patterns down by these two set tests."""
    by_amounts = _object_keys_tables(verb)
    found = by_amounts.get(amounts)
    if found is None:
        words: set[str] = set()
        keys: set[str] = set()
        named = False
        for o in _plain_objects(verb):
            fits = _fit_tables(o)
            fw = fits.get(amounts)
            if fw is None:
                fw = fits[amounts] = _fit_words_of(o, amounts)
            words |= fw[0]
            keys.add(fw[2])
            keys.add(fw[3])
            named = named or fw[4]
        found = by_amounts[amounts] = (frozenset(words), frozenset(keys), named)
    return found


def object_fits(o: Token, pat: Pattern, amounts: frozenset[str] = frozenset()) -> bool:
    """``o`` meets ``pat``'s ``+object`` as a verb's object would (a pattern with none fits nothing)."""
    return bool(pat.objects) and _object_fits(o, pat.objects, pat.carriers, amounts)


def _object_fits(o: Token, lemmas: frozenset[str], carriers: frozenset[str], amounts: frozenset[str]) -> bool:
    """``o`` is one of ``lemmas``, through an amount, a carrier noun or a split hyphenated word."""
    # the words that can make ``o`` fit, read once per token (and amount words): every pattern of a
    # verb asks about the same objects with its own ``lemmas``, and most ask in vain
    by_amounts = _fit_tables(o)
    found = by_amounts.get(amounts)
    if found is None:
        found = by_amounts[amounts] = _fit_words_of(o, amounts)
    words, modifiers, lem, low, propn = found
    if not words.isdisjoint(lemmas):
        return True
    # a modifier names the object only before a noun that merely carries it ("aid deliveries",
    # "curfew hours") or before a name ("journalist Ali Demir"): "a protest leader" is a person,
    # no protest
    if not (lem in carriers or low in carriers or propn):
        return False
    if not modifiers.isdisjoint(lemmas):
        return True
    return not propn and _carried_of(o, lemmas, carriers, amounts)


# What ``_object_fits`` looks for in a pattern's words, for one token: the words by which the token
# itself fits, those its modifiers lend it when it is carried, its lemma and word (to tell whether a
# pattern's carriers carry it) and whether it is a name.
_FitWords = tuple[frozenset[str], frozenset[str], str, str, bool]


def _fit_table_of(tok: Token) -> dict[frozenset[str], _FitWords]:
    return {}


# each token's ``_FitWords`` by the amount words asked with (the grammar's, or none)
_fit_tables = token_memo(_fit_table_of)


def _fit_words_of(o: Token, amounts: frozenset[str]) -> _FitWords:
    """The ``_FitWords`` of ``o`` (what ``_object_fits`` once read anew for every pattern)."""
    lem, low = _key(o)
    words = {lem, low}
    if o.tag_ in ("NNP", "NNPS") and o.is_sent_start:
        # "Rebels of the M23 pulled out": a capitalised plural opening the sentence is read as a
        # name, which keeps its plural as its lemma
        words.update(_singulars(low))
    # "welcomed thousands of refugees": the noun inside the amount meets the pattern, but the
    # amount stays the object (the phrase's head for the arguments)
    inner = through_amount(o, amounts) if amounts else None
    if inner is not None:
        words.add(inner.lemma_.lower())
        words.add(inner.lower_)
    if lem in argument_words().currency_nouns or low in argument_words().currency_nouns:
        # "would give 500 million crowns", "provide 100 million pounds": a sum counted in any currency
        # is money, as a pattern's "+money" names it (the list cannot name every currency)
        words.add(_MONEY)
    # "forced 80,000 Afghans to leave": a large count meets a pattern's count word
    # ("+#thousands", "+#hundreds"); patterns name these where the size of the group decides
    # the act (a mass expulsion), apart from the plain word ("deported thousands of migrants")
    words.update(_magnitude(o) & _MAGNITUDE_WORDS)
    modifiers: set[str] = set()
    for c in dependents(o):
        dep = c.dep_  # read once: a token decodes its label anew on every read
        if dep in ("compound", "amod", "nummod"):
            # the modifier words of a carried object ("aid deliveries")
            modifiers.add(c.lemma_.lower())
            modifiers.add(c.lower_)
        if dep == "compound" and c.i + 2 == o.i and o.doc[c.i + 1].tag_ == "HYPH":
            # "declared a cease-fire", split by the tokenizer into "cease - fire"
            words.add(f"{c.lower_}-{low}")
            words.add(f"{c.lower_}-{lem}")
    return frozenset(words), frozenset(modifiers), lem, low, o.pos_ == "PROPN"


# The pattern word a sum counted in a currency (arguments.yaml ``currency_nouns``) meets.
_MONEY = "money"


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars a plural word can have ("rebels", "militias", "gunmen"); none for others."""
    if word.endswith("men"):
        return (word[:-3] + "man",)
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("s") and not word.endswith("ss"):
        return (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return ()


def _carried_of(o: Token, lemmas: frozenset[str], carriers: frozenset[str], amounts: frozenset[str]) -> bool:
    """A carrier noun's "of" phrase or contents clause names what it carries ("a team of military
    planners", "a convoy of trucks carrying flour", "shells filled with sarin"): that phrase's
    object (or one joined to it) meets ``lemmas`` as the carrier's object would."""
    for c in dependents(o):
        if c.dep_ == "prep" and c.lower_ == "of":
            inner = [g for g in dependents(c) if g.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.lemma_.lower() in _CONTENTS_VERBS:
            # "trucks carrying flour" (its object), "munitions filled with chlorine" (its with)
            inner = [g for g in dependents(c) if g.dep_ == "dobj"]
            for p in dependents(c):
                if p.dep_ == "prep" and p.lower_ == "with":
                    inner.extend(g for g in dependents(p) if g.dep_ == "pobj")
        else:
            continue
        for g in inner:
            for t in (g, *conjuncts(g)):
                if _object_fits(t, lemmas, carriers, amounts):
                    return True
    return False


# verbs of a clause that says what a vehicle or weapon holds
_CONTENTS_VERBS = frozenset({"carry", "fill", "load", "laden", "lade", "pack", "contain", "transport"})
# amount words a pattern may name, and the least count each stands for
_MAGNITUDES = (("#millions", 1_000_000), ("#thousands", 1_000), ("#hundreds", 100))
_MAGNITUDE_WORDS = frozenset(w for w, _ in _MAGNITUDES)


def _magnitude(o: Token) -> frozenset[str]:
    """The count words (``#thousands``, ...) a count on ``o`` amounts to ("80,000 Afghans", or
    the count itself as the object); empty without a count."""
    counts = [o] if o.like_num else [c for c in dependents(o) if c.dep_ == "nummod"]
    out: set[str] = set()
    for n in counts:
        value = _number(n)
        if value is not None:
            out.update(w for w, least in _MAGNITUDES if value >= least)
    return frozenset(out)


def count_of(o: Token) -> float | None:
    """The count a noun's figure gives ("at least 38 villagers": 38); None without one in figures."""
    values = [v for c in dependents(o) if c.dep_ == "nummod" and (v := _number(c)) is not None]
    return max(values) if values else None


def _number(n: Token) -> float | None:
    """The value of a count written in figures ("80,000"), with a following "million"."""
    if n.lower_ in ("million", "billion"):
        # "two million people": the count hangs on the scale word
        scale = 1_000_000 if n.lower_ == "million" else 1_000_000_000
        figures = [c for c in dependents(n) if c.like_num and c.lower_ not in ("million", "billion")]
        base = _number(figures[0]) if figures else None
        return scale * (base if base is not None else 1)
    text = n.text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    nxt = n.doc[n.i + 1] if n.i + 1 < len(n.doc) else None
    if nxt is not None and nxt.lower_ in ("million", "billion") and nxt.head is n.head:
        value *= 1_000_000 if nxt.lower_ == "million" else 1_000_000_000
    return value


def _holders_of(tok: Token) -> tuple[Token, ...]:
    """The tokens a verb's ``+prep:object`` phrases can hang on: the verb, its objects, and the phrases
    the parser hangs theirs on."""
    holders = [tok, *(c for c in dependents(tok) if c.dep_ in ("dobj", "dative"))]
    # "fired shells filled with sarin": what the object holds hangs on its contents clause
    holders.extend(
        a
        for h in holders[1:]
        for a in dependents(h)
        if a.dep_ == "acl" and a.lemma_.lower() in _CONTENTS_VERBS
    )
    # "rejected calls by the opposition for new elections": the parser hangs the object's own
    # phrase on the "by" or "from" phrase that names who made it
    holders.extend(
        g
        for h in holders[1:]
        for p in dependents(h)
        if p.dep_ == "prep" and p.lower_ in ("by", "from")
        for g in dependents(p)
        if g.dep_ == "pobj"
    )
    return tuple(holders)


# every pattern of a verb with ``+prep:object`` phrases asks for the same holders
_holders = token_memo(_holders_of)


def _prep_objects_present(tok: Token, pat: Pattern, amounts: frozenset[str]) -> bool:
    """Each of the pattern's ``+prep:object`` phrases hangs on the verb or on its direct object
    (the parser attaches "with weapons" in "backed Kyiv with weapons" to either)."""
    holders = _holders(tok)
    for prep, lemmas in pat.prep_objects:
        if prep == SUBJECT_KEY:
            if not any(_object_fits(o, lemmas, pat.carriers, amounts) for o in _doers(tok)):
                return False
            continue
        found = False
        # (no holder has the preposition when no word of the document is it: most patterns' words are
        # absent, and the walk below reads every holder's prepositions)
        for h in holders if prep in _doc_words(tok.doc) else ():
            # "walked out +of:parliament": "of" hangs on the pattern's own objectless "out"
            for c in preps_of(h, frozenset({prep, *pat.words}), _PREP_ONLY):
                if c.lower_ != prep:
                    continue
                for g in dependents(c):
                    if g.dep_ == "pobj":
                        objs: tuple[Token, ...] = (g, *conjuncts(g))
                    elif g.dep_ == "pcomp" and g.tag_ == "VBG":
                        # "barred him from holding office": the gerund and its object name the phrase
                        objs = (g, *(o for o in dependents(g) if o.dep_ == "dobj"))
                    else:
                        continue
                    if any(_object_fits(o, lemmas, pat.carriers, amounts) for o in objs):
                        found = True
        if not found and prep == "with":
            # "attacked the base using mortars": a means participle says what "with" would
            found = any(
                _object_fits(o, lemmas, pat.carriers, amounts)
                for c in dependents(tok)
                if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() == "use"
                for g in dependents(c)
                if g.dep_ == "dobj"
                for o in (g, *conjuncts(g))
            )
        if not found:
            return False
    return True


def _doc_words(doc: Doc) -> frozenset[str]:
    """The lower-cased words of ``doc``, found once per document (shared with the actor layer)."""
    return word_set(doc)


def _doers(tok: Token) -> list[Token]:
    """Who does what ``tok`` says: its active subject or its passive "by" agent, else the subject
    it shares with the verb it is joined to ("the storm hit the coast and killed ten"); for an
    infinitive, whom the governing verb moves to act ("ordered the envoy to leave", "gave the
    migrants a week to leave")."""
    moved = _controlled_doers(tok)
    if moved:
        return moved
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        # "teachers striking for higher pay": a participle's doer is the noun it modifies
        return [tok.head, *conjuncts(tok.head)]
    for verb in (tok, tok.head) if tok.dep_ in ("conj", "xcomp") or tok.tag_ == "VBG" else (tok,):
        out: list[Token] = []
        passive = is_passive(verb)
        for c in dependents(verb):
            if c.dep_ == "nsubj" and not passive and c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "protesters who set fire to ...": the relative pronoun stands for the noun
                out.extend((verb.head, *conjuncts(verb.head)))
            elif c.dep_ == "nsubj" and not passive:
                out.extend((c, *conjuncts(c)))
            elif c.dep_ == "agent" and passive:
                out.extend(g for g in dependents(c) if g.dep_ == "pobj")
        if out:
            return out
    return []


def _infinitive(tok: Token) -> bool:
    """``tok`` is a to-infinitive ("to leave")."""
    return tok.tag_ == "VB" and has_to(tok)


def _controlled_doers(tok: Token) -> list[Token]:
    """The doer of an infinitive without a subject of its own, when it is not the governing verb's
    subject: the governing verb's object ("ordered the envoy to leave", object control), or the one a
    noun the infinitive modifies is given to ("gave the migrants 48 hours to leave")."""
    if not _infinitive(tok) or any(c.dep_ in SUBJ_DEPS for c in dependents(tok)):
        return []
    head = tok.head
    if tok.dep_ == "xcomp":
        objs = [c for c in dependents(head) if c.dep_ in ("dobj", "dative") and c.i < tok.i
                and c.pos_ in ("NOUN", "PROPN", "PRON")]
        return [o for c in objs[:1] for o in (c, *conjuncts(c))]
    if tok.dep_ in ("acl", "relcl", "advcl"):
        # "a deadline [for the migrants] to leave", "gave him 48 hours to leave" (an infinitive on
        # a noun, which the parser may read as a relative clause)
        holder = head if tok.dep_ == "advcl" else head.head
        given = [g for c in dependents(head) if c.dep_ == "prep" and c.lower_ == "for"
                 for g in dependents(c) if g.dep_ == "pobj"]
        given = given or [c for c in dependents(holder) if c.dep_ == "dative" and c.pos_ != "ADP"]
        return [o for c in given[:1] for o in (c, *conjuncts(c))]
    return []


def noun_matches(tok: Token, pat: Pattern, start: int | None = None) -> bool:
    """The words before the head noun read as the pattern's modifiers ("air strike", "state of emergency").

    Args:
        start: where the token's sentence starts, when the caller knows (``tok.sent`` scans for it).
    """
    if pat.prep_objects and not _noun_of_present(tok, pat):
        return False
    n = len(pat.words)
    if n == 0:
        return True
    doc = tok.doc
    if start is None:
        start = tok.sent.start
    i = tok.i - 1
    # the document's shared tokens, words and lemmas, read by index: ``doc[i]`` builds a new token and a
    # token decodes its strings anew on every read, and every noun pattern of the word walks back here
    toks, lows, lemmas = doc_tokens(doc), lower_words(doc), lower_lemmas(doc)
    # walk back over the modifiers, stepping over hyphens ("cease - fire", "air - strike")
    for w in reversed(pat.words):
        while i >= start and toks[i].tag_ == "HYPH":
            i -= 1
        if i < start:
            return False
        if w != lows[i] and w != lemmas[i]:
            return False
        i -= 1
    return True


# The object class a noun pattern's prepositional object may name instead of lemmas ("strike +on:<name>"):
# a proper name that is no date or time ("strikes on Kharkiv", not "a strike on Monday").
NAME_OBJECT = "<name>"
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "EVENT"})


def _noun_of_present(tok: Token, pat: Pattern) -> bool:
    """Each of a noun pattern's ``+of:object`` phrases hangs on the noun ("the killing of protesters")."""
    for prep, lemmas in pat.prep_objects:
        objs = [
            o
            for c in dependents(tok)
            if c.dep_ == "prep" and c.lower_ == prep
            for g in dependents(c)
            if g.dep_ == "pobj"
            for o in (g, *conjuncts(g))
        ]
        if not any(_object_fits(o, lemmas, pat.carriers, frozenset())
                   or (NAME_OBJECT in lemmas and _named(o)) for o in objs):
            return False
    return True


def _named(o: Token) -> bool:
    """``o`` heads a proper name that is no date, time or number ("Kharkiv"; not "Monday")."""
    return o.pos_ == "PROPN" and o.ent_type_ not in _NOT_NAMES
