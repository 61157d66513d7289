"""yargy's chart parser with a one-token lookahead, for the Russian trigger grammar.

yargy 0.16 (the last release) predicts every production of a rule at every token and
only then tests the production's first predicate against the token, in ``scan``: a
state object, a tree node and a hash per production per token, nearly all of them
dead at once (a trigger starts at one word in twenty). This parser tests a production's
first predicate before it predicts the production and skips those that cannot start
at the next token; such a state could neither advance nor complete (its next term is a
token predicate that rejects the only token it can read), so the matches are the same
and so are the ranks (a production keeps its index among all of its rule's
productions). Predicates are pure functions of a token, so each one is evaluated once
per token (memoised on the column that holds it).

The chart loop itself (``chart``) predicts the start rule only at a column whose next token
can open one of its productions, without a call per column, and not at the last column:
each start production opens with a token predicate, so a state predicted there would need a
token after the last to advance, and no match can come of it.

On the Russian corpus's trigger windows it runs three to four times as fast as yargy's own
parser (the grammar was a quarter of Russian extraction time); test_chart.py checks it
against that parser, match for match.
"""
from __future__ import annotations

from typing import Any

from yargy import Parser
from yargy.parser import Chart, Column, Leaf, Node, State
from yargy.predicates.bank import DictionaryPredicate
from yargy.predicates.constructors import AndPredicate, OrPredicate
from yargy.rule.bnf import is_rule
from yargy.span import Span, resolve_spans
from yargy.tagger import PassTagger
from yargy.token import MorphToken, Token, is_morph_token
from yargy.tokenizer import RUSSIAN, MorphTokenizer


def _accepts(column: Column, predicate: Any) -> bool:
    """Whether the predicate holds of the column's token, evaluated once per column."""
    memo: dict[int, bool] = column.__dict__.setdefault("_accepts", {})
    key = id(predicate)  # predicates live as long as the parser; the memo as long as the chart
    value = memo.get(key)
    if value is None:
        value = memo[key] = bool(predicate(column.token))
    return value


def _keys(column: Column) -> frozenset[str]:
    """What a ``normalized`` predicate compares of the column's token: the normal forms of
    its parses, or its lower-cased text for a token without morphology."""
    keys: frozenset[str] | None = column.__dict__.get("_keys")
    if keys is None:
        token = column.token
        keys = column.__dict__["_keys"] = frozenset(
            [form.normalized for form in token.forms] if is_morph_token(token) else [token.normalized])
    return keys


def _lemmas(predicate: Any) -> frozenset[str] | None:
    """The normal forms one of which a token must have for the predicate to hold, or None
    where the predicate does not say (``gram``, ``not_``, ...)."""
    if isinstance(predicate, DictionaryPredicate):
        return frozenset(predicate.value)
    if isinstance(predicate, AndPredicate):
        return next((lemmas for lemmas in map(_lemmas, predicate.predicates) if lemmas is not None), None)
    if isinstance(predicate, OrPredicate):
        found = [_lemmas(p) for p in predicate.predicates]
        return frozenset().union(*found) if found and all(f is not None for f in found) else None  # type: ignore[arg-type]
    return None


class OnePassTokenizer(MorphTokenizer):  # type: ignore[misc]  # yargy has no type hints
    """yargy's ``MorphTokenizer`` in one pass: a Russian word becomes its ``MorphToken`` at once,
    where yargy makes a plain token and then a copy of it with the forms (the same tokens; a
    fifth of the chart's time went to making them)."""

    def __call__(self, text: str) -> list[Token]:
        mapping, morph = self.mapping, self.morph
        out: list[Token] = []
        for match in self.regexp.finditer(text):
            kind = mapping[match.lastgroup]
            value = match.group(0)
            span = Span(*match.span())
            out.append(MorphToken(value, span, kind, morph(value)) if kind == RUSSIAN else Token(value, span, kind))
        return out


def all_open_with_a_token(rule: Any) -> bool:
    """Whether every production of the rule opens with a token predicate (not a rule, not empty)."""
    return all(p.terms and not is_rule(p.terms[0]) for p in rule.productions)


class LookaheadParser(Parser):  # type: ignore[misc]  # yargy has no type hints
    """``yargy.Parser`` whose prediction skips productions that cannot read the next token."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._first: dict[int, tuple[frozenset[str] | None, tuple[frozenset[str] | None, ...]]] = {}

    def _first_lemmas(self, rule: Any) -> tuple[frozenset[str] | None, tuple[frozenset[str] | None, ...]]:
        """Per production, the normal forms its first token must have (None: any token, or a
        rule first); and their union where every production has such a set."""
        found = self._first.get(id(rule))
        if found is None:
            each = tuple(_lemmas(p.terms[0]) if p.terms and not is_rule(p.terms[0]) else None for p in rule.productions)
            union = frozenset().union(*each) if all(e is not None for e in each) else None  # type: ignore[arg-type]
            found = self._first[id(rule)] = (union, each)
        return found

    def chart(self, text: str, all: bool = True) -> Chart:  # yargy's own signature
        """yargy's ``chart``, less the predictions of the start rule that cannot lead to a match
        (module docstring); with ``all=False`` (yargy's ``match``) yargy's own."""
        start = self.rule
        if not all or not all_open_with_a_token(start):
            return super().chart(text, all)
        union = self._first_lemmas(start)[0]
        tokens = self.tokenizer(text)
        chart = Chart(tokens if isinstance(self.tagger, PassTagger) else self.tagger(tokens))
        columns = chart.columns
        last = len(columns) - 1
        for index, column in enumerate(columns):
            next_column = columns[index + 1] if index < last else None
            if next_column is not None and (union is None or not _keys(next_column).isdisjoint(union)):
                self.predict(column, next_column, start)
            for state in column:
                if state.completed:
                    self.complete(column, state)
                else:
                    next_term = state.next_term
                    if is_rule(next_term):
                        self.predict(column, next_column, next_term)
                    elif next_column:
                        self.scan(next_column, next_term, state)
        return chart

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The character spans of ``findall``'s matches, without building match objects and trees:
        the grammar has no relations, so every completed parse is a match, and ``findall`` keeps,
        of the token ranges sorted by start and then the longer first, those ``resolve_spans`` picks
        (test_chart.py checks it against ``findall``)."""
        chart = self.chart(text)
        ranges = sorted({state.range for state in chart.matches(self.rule)}, key=lambda r: (r[0], -r[1]))
        tokens = chart.tokens
        return [(tokens[a].span.start, tokens[b - 1].span.stop) for a, b in resolve_spans(ranges)]

    def predict(self, column: Column, next_column: Column | None, rule: Any) -> None:
        """yargy's ``predict``, less the productions whose first predicate rejects the next token."""
        productions = rule.predict(next_column.token) if next_column is not None else None
        if next_column is None or productions is not rule.productions:
            super().predict(column, next_column, rule)
            return
        keys = _keys(next_column)
        union, each = self._first_lemmas(rule)
        if union is not None and keys.isdisjoint(union):
            return
        for index, production in enumerate(productions):
            terms = production.terms
            if terms and not is_rule(terms[0]):
                lemmas = each[index]
                if (lemmas is not None and keys.isdisjoint(lemmas)) or not _accepts(next_column, terms[0]):
                    continue
            node = Node(rule, production, rank=index, children=[])
            column.append(State(rule, production, dot_index=0, start_column=column, stop_column=column, node=node))

    def scan(self, column: Column, predicate: Any, state: State) -> None:
        """yargy's ``scan``, with the predicate's verdict memoised."""
        if _accepts(column, predicate):
            leaf = Leaf(predicate, predicate.constrain(column.token))
            column.append(State(state.rule, state.production, dot_index=state.dot_index + 1,
                                start_column=state.start_column, stop_column=column, node=state.node.attached(leaf)))
