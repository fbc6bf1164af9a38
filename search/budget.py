"""How much work one search may do, and what the reader is told when a query asks for more.

Every limit is a count, so the same query over the same index always gets the same answer:
what is beyond a limit is dropped (in the order it was typed, the first words staying, or, for
the postings read, the commonest characters first), and a note (Chinese, then English) says
what was left out. A wall-clock deadline exists only as a last resort for what no count foresaw.
"""
from dataclasses import dataclass

from .analysis import units


@dataclass(frozen=True)
class Budget:
    terms: int = 12  # things to find, after splitting at punctuation
    single_characters: int = 6  # one-character terms, to find and to exclude together
    exclusions: int = 10
    expansions: int = 40  # alternative forms searched for the terms: a body's Chinese names, a term's synonyms, a regime's resolutions
    postings: int = 300_000  # index entries the lone units (characters, lone Latin/digit words) may read
    candidates: int = 5_000  # paragraphs checked in one pass (matched by the words to find, before exclusions)
    seconds: float = 10.0  # last resort: the matching pass stops and the hits found so far are shown


BUDGET = Budget()
LISTED = 10  # dropped words named in a note


def is_single_character(term):
    return term.kind in ("text", "phrase") and len(term.value) == 1


def is_lone(term):
    """A term of one unit (a character, or a Latin/digit word), matched through every bigram
    it starts (see search.characters)."""
    if term.kind not in ("text", "phrase"):
        return False
    runs = units(term.value)
    return len(runs) == 1 and len(runs[0]) == 1


def fit(understood, budget=BUDGET):
    """Drop what the counts do not allow from an `Understood`, with a note for each kind."""
    extra = [term for term in understood.terms + understood.excluded if is_single_character(term)][budget.single_characters:]
    drop(understood, extra)
    _note(understood, extra, f"单字过多，只用前 {budget.single_characters} 个单字，已忽略", f"too many single characters: only the first {budget.single_characters} are used; ignored")
    extra = understood.terms[budget.terms:]
    drop(understood, extra)
    _note(understood, extra, f"检索词过多，只检索前 {budget.terms} 个，已忽略", f"too many terms: only the first {budget.terms} are searched; ignored")
    extra = understood.excluded[budget.exclusions:]
    drop(understood, extra)
    _note(understood, extra, f"排除词过多，只排除前 {budget.exclusions} 个，未排除", f"too many exclusions: only the first {budget.exclusions} apply; not excluded")
    fit_expansions(understood, budget)
    return understood


def fit_postings(understood, cost, budget=BUDGET):
    """Keep the lone units (see `is_lone`) whose reading fits in `budget.postings` index entries.

    `cost(term)` is how many entries a term would read, known from the index's frequencies
    before reading them. The cheapest are kept first, terms to find before exclusions: a rarer
    character costs less to read and narrows the answer more, so what is dropped is what would
    have told the reader least. If only lone units are to be found and none fits, the cheapest
    is kept anyway, so there is an answer.
    """
    finding = {id(term) for term in understood.terms}
    lone = [term for term in understood.terms + understood.excluded if is_lone(term)]
    costs = [cost(term) for term in lone]
    order = sorted(range(len(lone)), key=lambda i: (id(lone[i]) not in finding, costs[i], i))
    spent, kept = 0, set()
    for i in order:
        if spent + costs[i] <= budget.postings:
            spent += costs[i]
            kept.add(i)
    if understood.terms and all(is_lone(term) for term in understood.terms) and not any(id(lone[i]) in finding for i in kept):
        kept.add(order[0])  # the cheapest term to find
    extra = [term for i, term in enumerate(lone) if i not in kept]
    drop(understood, extra)
    _note(understood, extra, "这些单字（或单个词）过于常见，一起检索费时过多，已忽略", "these single characters (or lone words) are too common to search for together; ignored")
    return understood


def stopped_note(reason, budget=BUDGET):
    """What the reader is told when the matching pass stopped short ("candidates" or "seconds")."""
    if reason == "candidates":
        return (
            f"检索在核对 {budget.candidates} 个候选段落后停止，结果与总数为估计；加词或筛选可缩小范围 "
            f"(search stopped after checking {budget.candidates} candidate paragraphs: hits and total are estimates; "
            "add words or filters to narrow it)"
        )
    return f"检索超过 {budget.seconds:g} 秒后停止，只显示已找到的结果 (search stopped after {budget.seconds:g} s: showing the hits found so far)"


def drop(understood, terms):
    understood.terms = [term for term in understood.terms if not any(term is other for other in terms)]
    understood.excluded = [term for term in understood.excluded if not any(term is other for other in terms)]
    understood.dropped.extend(term.surface for term in terms if term.surface not in understood.dropped)


def fit_expansions(understood, budget=BUDGET):
    """Each term keeps as many of its forms as `budget.expansions` still allows, in order; then a
    regime's resolutions, then its bodies (`Wanted.resolutions`, `Wanted.bodies`), which count the
    same; then its narrower terms that count beside another (`Wanted.together`), each pair whole or
    not at all, costing every form of both sides. Search calls it again once the forms learnt after
    the query was understood are added (the acronyms its texts define, the other spellings of its
    names)."""
    limit = budget.expansions
    spent, trimmed = 0, []
    for term in understood.expanded + understood.excluded:
        for name in ("forms", "resolutions", "bodies"):
            kept = getattr(term, name)
            allowed = max(0, limit - spent)
            if len(kept) > allowed:
                setattr(term, name, kept[:allowed])
                if not any(term is other for other in trimmed):
                    trimmed.append(term)
            spent += len(getattr(term, name))
        kept = []
        for forms, beside in term.together:
            if spent + len(forms) + len(beside) <= limit:
                kept.append((forms, beside))
                spent += len(forms) + len(beside)
            elif not any(term is other for other in trimmed):
                trimmed.append(term)
        term.together = kept
    _note(understood, trimmed, f"同义形式过多，只检索前 {limit} 个，已截短", f"too many alternative forms: only the first {limit} are searched; shortened")


def _note(understood, terms, chinese, english):
    if not terms:
        return
    surfaces = list(dict.fromkeys(term.surface for term in terms))
    shown, more = surfaces[:LISTED], len(surfaces) - LISTED
    zh, en = "、".join(shown), ", ".join(shown)
    if more > 0:
        zh, en = f"{zh} 等 {len(surfaces)} 个", f"{en} and {more} more"
    understood.notes.append(f"{chinese}：{zh} ({english}: {en})")
