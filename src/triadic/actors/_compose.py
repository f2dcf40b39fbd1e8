"""Role phrases: a role noun or title plus the country that owns it ("Russian officials", "China's foreign
ministry", "a court in Guyana", "South Korea's president", "Foreign Minister Wang Yi")."""

from __future__ import annotations

from triadic.actors._compile import Compiled, longest_first
from triadic.actors._entries import RoleDef
from triadic.actors._types import Mention
from triadic.actors._work import Work, actor_of, person_surname
from triadic.model import Actor

__all__ = ["compose_roles", "context_country"]

_DETS = frozenset({"the", "a", "an", "some", "several", "two", "three", "many", "other", "both", "all"})
_SKIP_ADJ = frozenset({"senior", "top", "chief", "deputy", "vice", "high-ranking", "ranking", "new", "acting",
                       "first", "current", "incoming", "outgoing", "local", "national", "federal", "central",
                       "regional", "provincial", "military", "foreign", "defense", "defence", "then", "-"})
_COUNTRY_VIAS = frozenset({"name", "adjective", "capital", "seat", "place", "coref"})
_RIGHT_PREPS = frozenset({"of", "in", "from", "at"})
# Bodies that sit in another country: "the embassy in Kabul" is not Afghanistan's (its owner comes from the
# phrase itself, "the U.S. embassy in Kabul", or from the context).
_HOSTED = frozenset({"embassy", "consulate", "consulate-general", "legation"})
_ROLE_NAMES = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels",
               "OPP": "opposition", "JUD": "judiciary", "LEG": "legislature", "BUS": "business",
               "MED": "media", "CVL": "civilians",
               "EDU": "education", "SPY": "intelligence", "REF": "refugees", "LAB": "labour", "HLH": "health",
               "CRM": "criminals", "INS": "insurgents", "UAF": "armed men", "SEP": "separatists",
               "AGR": "farmers", "NGO": "NGOs", "REL": "clergy", "PTY": "party"}
_NAMED_PLACES = frozenset({"FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_NOT_NAMES = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME", "FAC", "CARDINAL", "ORDINAL"})
_STATE_WORDS = frozenset({"state", "state-run", "state-owned", "state-controlled", "official"})


def _country_mention(m: Mention | None) -> bool:
    return m is not None and m.via in _COUNTRY_VIAS and m.actor.country is not None and not m.members


# How many earlier sentences vote on what a definite "the army" belongs to.
_CONTEXT_SENTS = 4
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _stateish(m: Mention) -> bool:
    return m.actor.country is not None and m.actor.kind == "state" and not m.members


def _weight(work: Work, m: Mention) -> float:
    """How strongly a mention makes its country the topic: subjects count double, by-/with-phrases half."""
    tok = work.doc[m.start:m.end].root
    for t in (tok, *tok.ancestors):
        if t.dep_ in _SUBJECT_DEPS:
            return 2.0
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "across") and t is tok:
            return 2.0  # where the news happens ("fighting in Khartoum") is what the article is about
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "with", "to", "from", "for"):
            return 0.5
        if t.dep_ in ("ROOT", "ccomp", "advcl", "relcl"):
            break
    return 1.0


def context_country(work: Work, i: int, max_sents: int | None = None) -> Mention | None:
    """The country a definite phrase at token ``i`` belongs to ("the army", "the government").

    The nearest country earlier in the same sentence wins. Otherwise the earlier sentences vote: each
    country mention counts by its grammatical weight (subjects most) over its distance in sentences, and
    the article's first country gets a topic bonus, so a foreign capital named in passing does not take
    over from the country the paragraph is about. With no country named before, the dateline's country.

    Args:
        max_sents: only ask whether any country lies within this many sentences before (nearest one).
    """
    here = work.sentence_index(i)
    if max_sents is not None:
        first = work.sent_starts[max(0, here - max_sents)]
        for m in work.before(i):
            if m.start < first:
                return work.dateline
            if _stateish(m):
                return m
        return work.dateline
    sent_start = work.sent_starts[here] if here >= 0 else 0
    scores: dict[str, float] = {}
    best: dict[str, Mention] = {}
    freq: dict[str, int] = {}
    topic: Mention | None = None  # ends as the earliest country named
    for m in work.before(i):
        if not _stateish(m):
            continue
        if m.start >= sent_start:
            return m  # the same sentence: the nearest country
        topic = m
        key = m.actor.country or ""
        dist = here - work.sentence_index(m.start)
        if dist > _CONTEXT_SENTS:
            freq[key] = freq.get(key, 0) + 1
            continue
        freq[key] = freq.get(key, 0) + 1
        scores[key] = scores.get(key, 0.0) + _weight(work, m) / (1 + dist)
        best.setdefault(key, m)
    for key in scores:
        scores[key] += 0.25 * min(freq[key], 4)  # how often the article has named the country so far
    if not scores:
        return topic or work.dateline
    # Ties go to the nearer country (dicts keep insertion order, nearest first).
    win = max(scores, key=lambda k: scores[k])
    return best[win]


def _cameo(work: Work, iso3: str) -> str:
    c = work.dictionary.countries.get(iso3)
    return c.cameo if c else iso3


def compose_roles(work: Work, compiled: Compiled) -> None:
    """Turn role nouns and titles into country-role mentions, absorbing the country words they modify."""
    doc, d = work.doc, compiled.dictionary
    found = longest_first(compiled.roles, doc)
    taken = [False] * len(doc)
    roles: list[tuple[int, int, RoleDef]] = []
    for s, e, key in found:
        last = doc[e - 1]
        if any(taken[s:e]) or last.pos_ not in ("NOUN", "PROPN") or last.ent_type_ in _NAMED_PLACES:
            continue  # "the Great Hall of the People" names a building, not the people
        if e < len(doc) and doc[e].text == "-" and not last.whitespace_:
            continue  # "rebel-held", "state-run": part of a compound modifier, not a noun
        if last.ent_type_ == "PERSON" and doc[s].ent_iob_ != "B":
            continue  # inside a person's name ("Lee Jin-man"), not a role noun
        if (s >= 1 and doc[s - 1].lower_ == "both") or \
                (s >= 2 and doc[s - 1].lower_ in ("two", "2") and doc[s - 2].lower_ == "the"):
            continue  # "the two governments", "both governments": a pair that coreference resolves
        m = work.at(e - 1)
        if m is not None and m.start <= s and m.end >= e and m.end - m.start > e - s:
            continue  # the role word is part of a longer name ("the West Bank", "the White House")
        named = m is not None and (m.via not in _COUNTRY_VIAS or m.actor.role is not None
                                   or m.actor.kind != "state")
        if named:
            continue  # already a named actor ("Korean People's Army", "Associated Press")
        for i in range(s, e):
            taken[i] = True
        roles.append((s, e, d.roles[key]))
    for s, e, rd in sorted(roles):
        _compose_one(work, s, e, rd)


def _compose_one(work: Work, s: int, e: int, rd: RoleDef) -> None:
    doc, d = work.doc, work.dictionary
    sent = doc[s].sent
    role = rd.role
    extra_role: str | None = None
    former = False
    left = s
    country: Mention | None = None
    group: Mention | None = None
    unknown_people = False  # a nationality or ethnic word we do not know ("Kurdish fighters", "Druze")
    # Look left over modifiers for the owning country ("Russian officials", "China's foreign ministry").
    i = s - 1
    steps = 0
    while i >= sent.start and steps < 6:
        tok = doc[i]
        m = work.at(i)
        low = tok.lower_
        if _country_mention(m) or (m is not None and m.via in ("role", "leader") and m.actor.country
                                   and not m.members and m.actor.kind == "state"):
            country = m  # a country, or a country's body used as a modifier ("Syrian government forces")
            left = m.start  # type: ignore[union-attr]
            break
        if m is not None and m.via in ("igo", "name") and m.actor.kind in ("igo", "group"):
            group = m  # "Taliban militants", "NATO troops", "AUKUS partners": the organisation acts
            left = m.start
            break
        mod = d.modifiers.get(low)
        if mod is not None:
            former = former or mod.former
            if mod.role and mod.role != role:
                extra_role = mod.role
            left = i
        elif low in ("'s", "’s", "'") or low in _SKIP_ADJ or (tok.pos_ == "ADJ" and m is None):
            unknown_people = unknown_people or (m is None and tok.ent_type_ == "NORP")
        else:
            # An unknown proper name on the noun ("Druze soldiers"): someone's, but not the context country's.
            unknown_people = m is None and tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME")
            break
        i -= 1
        steps += 1
    if country is None and group is None:
        left = s if not (extra_role or former) else left
    # The whole noun phrase to the left of the head belongs to the mention ("Syrian government forces",
    # "280 child soldiers"); several countries in it make one mention each ("Nigerian and British forces").
    members: list[Mention] = []
    groups: list[Mention] = [group] if group is not None else []
    head = doc[e - 1]
    le = head.left_edge.i
    for k in range(left - 1, le - 1, -1):
        # A dateline or a date before the phrase ("March 28 - North Korean leader") is not part of it.
        infix = doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_  # "rebel-held"
        if (doc[k].is_punct and not infix and doc[k].text not in ("'s", "’s", "'")) \
                or doc[k].ent_type_ in ("DATE", "TIME"):
            le = k + 1
            break
    # "Egyptian and Hezbollah negotiators": the parser may hang the first demonym outside the phrase; a
    # demonym right before "and" cannot stand alone, so it belongs to this head too.
    if le >= left and left - 2 >= sent.start and doc[left - 1].lower_ == "and":
        prev = work.at(left - 2)
        if prev is not None and prev.via == "adjective" and prev.end == left - 1 \
                and doc[prev.end - 1].tag_ not in ("NNS", "NNPS"):
            le = prev.start
    if sent.start <= le < left and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(le, left)):
        for k in range(le, left):
            m = work.at(k)
            if _country_mention(m) and m not in members:
                members.append(m)  # type: ignore[arg-type]
            elif m is not None and m.actor.kind in ("igo", "group") and m.via in ("igo", "name") \
                    and m not in groups:
                groups.append(m)  # "Hamas and Israeli negotiators": an armed group beside a country
            mod = d.modifiers.get(doc[k].lower_)
            if mod is not None:
                former = former or mod.former
                if mod.role and mod.role != role:
                    extra_role = mod.role
        if country is None and group is None and members:
            country = members[-1]
        left = le
    if country is not None and country not in members:
        members.append(country)
    if groups and members:
        # "Israeli and Hamas negotiators": one mention, a member for each country's body and each group.
        _add_joint(work, left, e, [m.actor.country for m in members if m.actor.country], groups,
                   extra_role or role)
        return
    if group is not None and country is None:
        work.add(left, e, group.actor, group.via, members=group.members)
        return
    end = e
    hosted = doc[e - 1].lemma_.lower() in _HOSTED and doc[e].lower_ in ("in", "at") if e < len(doc) else False
    if country is None and e + 1 < len(doc) and doc[e].lower_ in _RIGHT_PREPS and not hosted:
        m = work.at(e + 1)
        if _country_mention(m) and m.start == e + 1:  # type: ignore[union-attr]
            country = m
            end = m.end  # type: ignore[union-attr]
    # A title right before a person's name: "Foreign Minister Wang Yi", "President Moon".
    person_end, person_mention, person_name = _person_after(
        work, end, rd, country.actor.country if country is not None else None)
    if left > sent.start and doc[left - 1].lower_ in _DETS:
        left -= 1
    if person_mention is not None and former:
        # "former President Park Geun-hye": the person's own country, never the context's.
        iso3_p = person_mention.actor.country or (country.actor.country if country is not None else None)
        _add_role(work, left, person_mention.end, iso3_p, role, None, True, person_mention.actor.name)
        return
    if person_mention is not None:
        actor = person_mention.actor
        if country is not None and actor.country not in (None, country.actor.country):
            return  # "Chinese President" before a foreign leader's name: leave both as they are
        work.add(left, person_mention.end, actor, person_mention.via,
                 surname=work.surnames.get(person_mention.start))
        return
    # "state media", "state-run television": the state is the article's current country.
    state_owned = any(doc[k].lower_ in _STATE_WORDS for k in range(max(sent.start, s - 3), e))
    if country is None:
        definite = left < s and doc[left].lower_ == "the"
        # Bare "officials", "troops", "police" are the state's own bodies: the nearby country's.
        state_body = role in _STATE_ROLES and extra_role is None and not former and not unknown_people
        if state_body and context_country(work, s, max_sents=2) is not None:
            definite = True
        if not (definite or rd.office or person_name or state_owned):
            if extra_role is None and not former:
                # A bare plural like "protesters" or "troops" keeps its role without a country.
                _add_role(work, left, e, None, role, None, former, None)
                return
        guess = (definite or rd.office or state_owned) and not former and not unknown_people
        country = context_country(work, s) if guess else None
    iso3 = country.actor.country if country is not None else None
    stop = person_end if person_end > end else end
    name = person_name
    # A ministry is an institution: only person titles take the office holder's name.
    if name is None and rd.office and iso3 and not former and doc[e - 1].lemma_.lower() != "ministry":
        holder = d.holder(iso3, rd.office, work.ref_date)
        if holder is not None:
            name = holder.name
    joint = tuple(m for m in members if m.actor.country) if len(members) > 1 else ()
    _add_role(work, left, stop, iso3, role, extra_role, former, name, joint=joint)


def _person_kind(work: Work, head: int) -> str | None:
    """'person'/'expert' when the role noun names individual non-state people (reporter, analyst)."""
    tok = work.doc[head]
    pr = work.dictionary.persons.get(tok.lemma_.lower()) or work.dictionary.persons.get(tok.lower_)
    return pr.kind if pr is not None else None


def _person_after(work: Work, end: int, rd: RoleDef,
                  iso3: str | None) -> tuple[int, Mention | None, str | None]:
    """A person named right after a title: (end token, their mention if known, their name)."""
    if not rd.title or end >= len(work.doc):
        return end, None, None
    doc = work.doc
    m = work.at(end)
    if m is not None and m.start == end and m.via in ("leader", "person"):
        return m.end, m, m.actor.name
    # "Bulgaria's foreign minister, Ekaterina Zaharieva": a name set off by a comma right after the title.
    if doc[end].text == "," and end + 1 < len(doc):
        m2 = work.at(end + 1)
        if m2 is not None and m2.start == end + 1 and m2.via in ("leader", "person"):
            return m2.end, m2, m2.actor.name
        ents = [ent for ent in work.ents if ent.start == end + 1 and ent.label_ == "PERSON"]
        if ents and m2 is None and work.free(ents[0].start, ents[0].end):
            return ents[0].end, None, ents[0].text
    # Bare surname after a title: the office holder of that name on the article's date.
    tok = doc[end]
    if tok.pos_ == "PROPN" and m is None and tok.is_title:
        e = work.dictionary.leader_by_surname(tok.text, work.ref_date, iso3, rd.office)
        if e is not None and (end + 1 >= len(doc) or doc[end + 1].pos_ != "PROPN"):
            lm = work.add(end, end + 1, actor_of(e), "leader", surname=e.surname)
            return end + 1, lm, e.name
        ents = [ent for ent in work.ents if ent.start == end and ent.label_ == "PERSON"]
        stop = ents[0].end if ents else end + 1
        # "President Edgars Rinkevics": the parser may leave an unfamiliar family name untagged.
        while stop < len(doc) and stop < end + 4 and doc[stop].pos_ == "PROPN" and work.at(stop) is None \
                and doc[stop].ent_type_ not in _NOT_NAMES and doc[stop].text[:1].isupper():
            stop += 1
        return stop, None, doc[end:stop].text
    return end, None, None


def _add_role(work: Work, start: int, end: int, iso3: str | None, role: str, extra: str | None, former: bool,
              name: str | None, joint: tuple[Mention, ...] = ()) -> None:
    doc = work.doc
    cameo = _cameo(work, iso3) if iso3 else ""
    if former:
        actor = Actor(code=cameo + "ELI", country=iso3, role="ELI", name=name or doc[start:end].text,
                      kind="person", affiliation="former official")
        work.add(start, end, actor, "person", surname=person_surname(name))
        return
    first, second = (extra, role) if extra else (role, None)
    code = cameo + first + (second or "")
    c = work.dictionary.countries.get(iso3) if iso3 else None
    label = name or (f"{c.name} {_ROLE_NAMES.get(first, first)}" if c else doc[start:end].text)
    kind = _person_kind(work, end - 1) or ("state" if iso3 else "group")
    actor = Actor(code=code, country=iso3, role=first, name=label, kind=kind)
    via = "title" if name else "role"
    countries = {m.actor.country: m for m in joint if m.actor.country}
    if len(countries) > 1:
        # "Nigerian and British armed forces": one mention per country, each the country's body.
        parts = [(m.start, m.end, Actor(code=_cameo(work, c) + first + (second or ""), country=c, role=first,
                                        name=f"{_country_name(work, c)} {_ROLE_NAMES.get(first, first)}",
                                        kind=kind))
                 for c, m in countries.items()]
        _add_split(work, start, end, parts, via)
        return
    work.add(start, end, actor, via, surname=person_surname(name) if name else None)


def _country_name(work: Work, iso3: str) -> str:
    c = work.dictionary.countries.get(iso3)
    return c.name if c else iso3


def _add_joint(work: Work, start: int, end: int, countries: list[str], groups: list[Mention],
               role: str) -> None:
    """A phrase naming countries and organisations together ("Israeli and Hamas negotiators"), split
    into one mention per side."""
    kind = _person_kind(work, end - 1) or "state"
    parts: list[tuple[int, Actor]] = []
    for m in groups:
        parts.append((m.start, m.actor))
    for iso3 in dict.fromkeys(countries):
        pos = next((k for k in range(start, end) if (c := work.at(k)) is not None and c.actor.country == iso3
                    and c.actor.kind == "state"), start)
        label = f"{_country_name(work, iso3)} {_ROLE_NAMES.get(role, role)}"
        parts.append((pos, Actor(code=_cameo(work, iso3) + role, country=iso3, role=role, name=label,
                                 kind=kind)))
    spans: list[tuple[int, int, Actor]] = []
    for pos, actor in parts:
        here = work.at(pos)
        spans.append((pos, here.end if here is not None and here.start == pos else pos + 1, actor))
    _add_split(work, start, end, spans, "role")


def _add_split(work: Work, start: int, end: int, parts: list[tuple[int, int, Actor]], via: str) -> None:
    """One mention per side of a coordinated phrase ("Indian and Pakistani troops"): each modifier is a
    mention of its own, and the last one runs on to the head noun and lists every side as ``members``
    (so "they" can refer back to all of them). The event coder reads each modifier as a side."""
    parts = sorted(parts, key=lambda p: p[0])
    together = tuple(a for _, _, a in parts)
    for k, (s, e, actor) in enumerate(parts):
        if k == len(parts) - 1:
            work.add(s, end, actor, via, members=together)
        else:
            work.add(start if k == 0 else s, e, actor, via)
