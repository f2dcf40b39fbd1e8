"""Recoding a draft from its modality: a speaker's own future act as intent or threat, a negated
future act of cooperation as a refusal, a governing verb's own phrase pattern."""

from __future__ import annotations

from spacy.tokens import Token

from triadic.events._clauses import reported_intent
from triadic.events._draft import _Draft
from triadic.events._finders import Trigger
from triadic.events._patterns import Pattern
from triadic.events._reading import SentenceReader
from triadic.events._syntax import MentionIndexLike
from triadic.events._tree import dependents

__all__ = ["Recoder"]


class Recoder(SentenceReader):
    """The drafting's recoding (a base of :class:`~triadic.events._drafting.EventDrafter`): codes
    that follow from what a clause says about an act, not from the act's own pattern."""

    @staticmethod
    def _phrase_pattern(head: Token, tok: Token, by_tok: dict[int, Trigger]) -> Pattern | None:
        """The governing verb's own pattern when it names the embedded word ("declined to comment",
        "refused to lift"): the phrase's meaning, more specific than the derived code."""
        own = by_tok.get(head.i)
        if own is None:
            return None
        words = {tok.lemma_.lower(), tok.lower_}
        return own.pattern if words & (set(own.pattern.words) | own.pattern.objects) else None

    def _intents(self, drafts: list[_Draft], by_tok: dict[int, Trigger], index: MentionIndexLike) -> None:
        """Recode a speaker's own future act in a clause it reports as its intent or threat ("the
        rebels said they would release X" is 0353, "announced it will impose sanctions" 1312)."""
        for d in drafts:
            root = d.code[:2]
            family = self.g.intent_family(root)
            own = by_tok.get(d.trigger.i)
            joint = (own is not None and own.pattern.reciprocal) or d.mutual
            if family is None or (family == "03" and joint):
                # a joint act ("said they will meet") stays the meeting both sides hold
                continue
            if d.rule.startswith(("complement", "deontic", "intent")):
                continue
            speech = reported_intent(d.trigger, self.g)
            if speech is None:
                continue
            if root in self.g.announced_roots:
                # "said it would deploy troops to the border": the posture, planned (a threat
                # verb governing it is a complement, handled before)
                continue
            if root in self.g.scheduled_roots and d.trigger.i < speech.i:
                # "the president will travel to Argentina next week, officials said": a visit put
                # before who reports it is news of a schedule, not the speaker's declared intent
                # ("Argentina's president said he would visit Chile" is)
                continue
            speakers, _ = self._sources_of_verb(speech, index)
            # only what the speaker itself (or its own side) will do: "Paris said Rome will
            # withdraw" is a prediction about Rome
            side = {m.actor.code for m in speakers} | {m.actor.country for m in speakers if m.actor.country}
            if not any(m.actor.code in side or m.actor.country in side for m in d.sources):
                continue
            d.code = self.g.derived_code(family, d.code)
            d.rule = f"intent({d.rule})->{d.code}"
            d.modality = "asserted"
            # "Cairo warned Addis Ababa that it would use force": the warning is that threat, made to
            # whom it was told; one event, with the threat's own code
            told = next(
                (
                    o
                    for o in drafts
                    if o.trigger.i == speech.i and o.secondary is None and o.targets and o.code[:2] == family
                ),
                None,
            )
            if told is not None:
                told.code, told.rule = d.code, d.rule
                d.secondary = told

    def _refusal(self, tok: Token, pat: Pattern, mod: str) -> bool:
        """A cooperative act whose clause ``tok`` is negated with a future or volitional auxiliary
        ("will not lift", "won't hold talks", "would not allow"): a refusal, not only an act that
        did not happen."""
        if mod != "negated" or not ("03" <= pat.code[:2] <= "08"):
            return False
        if tok.dep_ == "xcomp" and self.g.lemma(tok.head) in self.g.failure_verbs:
            # "failed to reach a deal": an agreement not reached is rejected; other failed acts
            # ("failed to deliver aid") only did not happen
            return (
                pat.kind == "verb"
                and pat.code in self.g.failure_codes
                and not any(c.dep_ == "neg" for c in dependents(tok.head))
            )
        kids = list(dependents(tok))
        return any(c.dep_ == "neg" for c in kids) and any(
            c.dep_ == "aux" and (c.lower_ in self.g.planned_aux or c.lower_ == "would") for c in kids
        )

