"""jieba's HMM pass over a run of unknown Han characters, the same answer in about a third of the time.

Where jieba's dictionary has no word for a run of characters, `POSTokenizer.__cut` segments and
tags it with `jieba.posseg.viterbi`: for each character, each of its states takes the best of
*every* state the previous character had, the ~90% with no transition to it included (their
sum is -inf). On real Chinese OKRs that pass was ~20% of a new text's analysis (memoised per run
by zh_hmm, but real texts bring new runs). Here each state looks only at the previous states
with a transition to it (the others could only win where every sum is -inf, and jieba's states
are always reached by one that leads to them). The answer is exactly jieba's, ties included: among
equal sums `max` over (sum, state) pairs takes the greatest state, and so does this.
tests/analysis/test_zh_viterbi.py compares both on every run of the examples and on random ones.

Used only with the jieba release it was written against (`hmm_pass_for`): another keeps its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

MIN_FLOAT = -3.14e100  # jieba's: the log-probability of a character a state never emits
MIN_INF = float("-inf")
_KNOWN_JIEBA = "0.42"  # the release line whose posseg `__cut` and `viterbi` this repeats
_TABLES = ("char_state_tab_P", "start_P", "trans_P", "emit_P")

State = tuple[str, str]  # (B/M/E/S, jieba flag)


def viterbi(obs: str, states: dict[str, tuple[State, ...]], start_p: dict[State, float],
            trans_p: dict[State, dict[State, float]], emit_p: dict[State, dict[str, float]]) -> tuple[float, list[State]]:
    """`jieba.posseg.viterbi.viterbi`'s (probability, route) for `obs`, computed over transitions that exist."""
    all_states = trans_p.keys()
    first = obs[0]
    scores = {y: start_p[y] + emit_p[y].get(first, MIN_FLOAT) for y in states.get(first, all_states)}
    paths: list[dict[State, Any]] = [dict.fromkeys(scores, "")]
    for t in range(1, len(obs)):
        char = obs[t]
        previous = [x for x in scores if trans_p[x]]  # states that lead anywhere (in any order: ties go to the greatest)
        expected: set[State] = set()
        for x in previous:
            expected.update(trans_p[x])
        here = expected.intersection(states.get(char, all_states))
        if not here:
            here = expected if expected else set(all_states)
        next_scores: dict[State, float] = {}
        came_from: dict[State, State] = {}
        for y in here:
            emit = emit_p[y].get(char, MIN_FLOAT)
            best, state = MIN_INF, None
            for y0 in previous:
                step = trans_p[y0].get(y)
                if step is not None:
                    score = scores[y0] + step + emit  # summed in jieba's order: the same float
                    if score > best or (score == best and state is not None and y0 > state):
                        best, state = score, y0
            if state is None:  # every sum is -inf: jieba's max of (-inf, state) pairs (ValueError when there are none)
                state = max(previous)
            next_scores[y] = best
            came_from[y] = state
        scores = next_scores
        paths.append(came_from)
    probability, state = max((scores[y], y) for y in paths[-1])
    route: list[Any] = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return probability, route


def hmm_pass_for(posseg: Any, jieba_version: str) -> Callable[[str], Iterator[Any]] | None:
    """`POSTokenizer.__cut` of this jieba.posseg with the faster Viterbi; None for a jieba it was not written against."""
    if not jieba_version.startswith(_KNOWN_JIEBA) or not all(hasattr(posseg, name) for name in (*_TABLES, "pair")):
        return None

    def hmm_pass(sentence: str) -> Iterator[Any]:
        # jieba's __cut, word for word: the route's B…E spans are words, S single characters, a tail left open one word
        _, pos_list = viterbi(sentence, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
        pair = posseg.pair
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield pair(sentence[begin:i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == "S":
                yield pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield pair(sentence[nexti:], pos_list[nexti][1])

    return hmm_pass
