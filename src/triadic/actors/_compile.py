"""Compile a Dictionary into spaCy matchers once per (pipeline, dictionary files) and cache them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from triadic.actors._dictionary import Dictionary, load_dictionary

__all__ = ["Compiled", "compiled_for", "longest_first", "plural_forms"]


@dataclass(frozen=True, slots=True)
class Compiled:
    """A dictionary with its matchers: ``terms`` on exact text, ``roles`` on lower case."""

    dictionary: Dictionary
    terms: PhraseMatcher
    roles: PhraseMatcher
    # lower-case English words in the pipeline's lemmatizer index ("brown", "rice", "harper"): a family name
    # that is also one of these names a leader bare only where the parser sees a name (see bare_leader)
    common_words: frozenset[str] = frozenset()


def longest_first(matcher: PhraseMatcher, doc: Doc, rightmost: bool = False) -> list[tuple[int, int, str]]:
    """The matcher's hits in ``doc`` as (start, end, key), longest first, then leftmost: the greedy order.

    Args:
        rightmost: break ties between equally long hits towards the right, where English names put their
            head ("the North Korea": "North Korea", not "the North"; "The South African government").
    """
    strings = doc.vocab.strings
    hits = [(s, e, strings[k]) for k, s, e in matcher(doc)]
    hits.sort(key=lambda t: (-(t[1] - t[0]), -t[0] if rightmost else t[0]))
    return hits


def plural_forms(noun: str) -> list[str]:
    """The noun and its regular plural, pluralising the last word of a phrase."""
    head, _, last = noun.rpartition(" ")
    pre = f"{head} " if head else ""
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        plural = last + "es" if not last.endswith("s") else last
    else:
        plural = last + "s"
    return [noun] if plural == last else [noun, pre + plural]


def _variants(term: str) -> list[str]:
    out = [term]
    if term.startswith("the "):
        out.append("The " + term[4:])
    return out


# a romanised given name in two hyphenated syllables ("Jae-in", "Geun-hye", "Ing-wen")
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _keep_given_names_whole(nlp: Language, dictionary: Dictionary) -> None:
    """Teach the tokenizer the hyphenated given names of the dictionary's people, so that "Moon Jae-in"
    is two words: split, the parser reads "in" as a preposition and the sentence loses its verb."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    if not isinstance(nlp.tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    words = {w for key, entries in dictionary.terms.items() if any(e.via == "leader" for e in entries)
             for w in key.split() if _HYPHENED_GIVEN_NAME.fullmatch(w)}
    for word in sorted(words):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _compile(nlp: Language, dictionary: Dictionary) -> Compiled:
    _keep_given_names_whole(nlp, dictionary)
    terms = PhraseMatcher(nlp.vocab, attr="ORTH")
    keys = [*dictionary.terms, *dictionary.ambiguous, *dictionary.blocked]
    for key in dict.fromkeys(keys):
        terms.add(key, [nlp.make_doc(v) for v in _variants(key)])
    roles = PhraseMatcher(nlp.vocab, attr="LOWER")
    for noun in dictionary.roles:
        if noun.endswith("."):
            # an abbreviated title ("gen.", "gov.") is one token only as the wire writes it, capitalised
            roles.add(noun, [nlp.make_doc(noun), nlp.make_doc(noun.capitalize())])
            continue
        roles.add(noun, [nlp.make_doc(v) for v in plural_forms(noun)])
    return Compiled(dictionary=dictionary, terms=terms, roles=roles, common_words=_word_index(nlp))


def _word_index(nlp: Language) -> frozenset[str]:
    """The lemmatizer's word index (WordNet lemmas of every part of speech), or nothing without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("noun", "adj", "verb", "adv"):
        words.update(index.get(pos, ()))
    return frozenset(words)


@cache
def _cached(nlp: Language, files: tuple[tuple[str, float], ...]) -> Compiled:
    return _compile(nlp, load_dictionary([Path(f) for f, _ in files]))


def compiled_for(nlp: Language, user_files: tuple[Path, ...] = ()) -> Compiled:
    """Matchers for this pipeline and these user files; rebuilt only when a file changes."""
    key = tuple((str(Path(f).resolve()), Path(f).stat().st_mtime if Path(f).is_file() else -1.0)
                for f in user_files)
    return _cached(nlp, key)
