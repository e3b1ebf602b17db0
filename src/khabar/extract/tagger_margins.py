"""How sure the tagger is of a name: the probability the CRF gives its exact span.

Viterbi gives the best labels; forward-backward over the same label scores (the decoder's
constraints included) and transitions gives the probability, over every labelling of the
sentence, that tokens ``[i, j)`` are one name of a kind: opened at ``i`` (by B-, or by I-
after no label of that kind, as the decoder reads it), I- inside, and not I- after ``j``.
A name the rules also find needs no such number; one the tagger alone proposes may be
weighed by it (``gate``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

Span = tuple[str, int, int]


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    import numpy as np

    top = x.max(axis=axis, keepdims=True)
    return np.squeeze(top, axis=axis) + np.log(np.exp(x - top).sum(axis=axis))


def layout(
    ranges: list[tuple[int, int]],
) -> tuple[list[int], list[int], list[int], list[int]]:
    """The sentences ``[a, b)`` laid side by side, longest first (ties in their order), as
    both decoders walk them: their order, lengths and starts in that order, and how many
    still run at each step. In Python: a few lists of a document's sentences cost less than
    the numpy calls that made them."""
    lengths = [b - a for a, b in ranges]
    order = sorted(range(len(lengths)), key=lengths.__getitem__, reverse=True)  # stable
    lengths = [lengths[s] for s in order]
    starts = [ranges[s][0] for s in order]
    running: list[int] = []  # s sentences run until the s-th longest ends
    for s in range(len(lengths), 0, -1):
        running += [s] * (lengths[s - 1] - len(running))
    return order, lengths, starts, running


def side_by_side(
    scores: np.ndarray, ranges: list[tuple[int, int]]
) -> tuple[np.ndarray, np.ndarray, list[int], np.ndarray]:
    """The sentences ``[a, b)`` of ``scores`` laid side by side (``layout``): their order,
    lengths, how many still run at each step, and the scores as steps × sentences × labels
    (a finished sentence repeats its last row)."""
    import numpy as np

    order, lengths, starts, running = layout(ranges)
    steps = np.arange(lengths[0])[:, None]
    at, to = np.array(lengths), np.array(starts)
    return (
        np.array(order),
        at,
        running,
        scores[np.minimum(steps, at[None, :] - 1) + to[None, :]],
    )


def forward_backward(
    scores: np.ndarray, trans: np.ndarray, ranges: list[tuple[int, int]]
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Log forward and backward scores (n × labels each) of every sentence ``[a, b)`` of
    ``scores``, found side by side as ``tagger.best_labels`` finds the best labels: longest
    first, a step working on the sentences still running. The sums run in exp space, each
    step scaled to one, its log scale kept (a step of matrix products, not of logs)."""
    import numpy as np

    order, lengths, running, kept = side_by_side(scores, ranges)
    longest, count = int(lengths[0]), len(ranges)
    top = kept.max(axis=2, keepdims=True)
    emit = np.exp(kept - top)  # steps × sentences × labels, at most 1
    step = np.exp(trans)
    forward, backward = np.empty_like(emit), np.ones_like(emit)
    scale = np.zeros((longest, count))
    forward[0] = emit[0] / emit[0].sum(axis=1, keepdims=True)
    scale[0] = np.log(emit[0].sum(axis=1))
    for t in range(1, longest):
        n = running[t]
        a = (forward[t - 1, :n] @ step) * emit[t, :n]
        total = a.sum(axis=1, keepdims=True)
        forward[t, :n] = a / total
        scale[t, :n] = np.log(total[:, 0])
    for t in range(longest - 2, -1, -1):
        n = running[t + 1]
        b = (emit[t + 1, :n] * backward[t + 1, :n]) @ step.T
        backward[t, :n] = b / np.exp(scale[t + 1, :n])[:, None]
    logs = scale + top[:, :, 0]
    done = np.cumsum(logs, axis=0)  # log scale of the sums up to each step
    out: list[tuple[np.ndarray, np.ndarray]] = [(forward, forward)] * count
    with np.errstate(divide="ignore"):
        for k, (at, n) in enumerate(zip(order.tolist(), lengths.tolist(), strict=True)):
            alpha = np.log(forward[:n, k]) + done[:n, k, None]
            beta = np.log(backward[:n, k]) + (done[n - 1, k] - done[:n, k])[:, None]
            out[at] = (alpha, beta)
    return out


def span_probability(
    labels: list[str], trans: np.ndarray, scores: np.ndarray, spans: list[Span]
) -> list[float]:
    """The probability of each (kind, i, j) of ``spans`` in one sentence whose label scores
    are ``scores`` (tokens indexed from the sentence's first)."""
    alpha, beta = forward_backward(scores, trans, [(0, len(scores))])[0]
    return _probability(labels, trans, scores, alpha, beta, spans)


def _probability(
    labels: list[str],
    trans: np.ndarray,
    scores: np.ndarray,
    alpha: np.ndarray,
    beta: np.ndarray,
    spans: list[Span],
) -> list[float]:
    import numpy as np

    log_z = float(_logsumexp(alpha[-1], axis=0))
    n = len(scores)
    out = []
    for kind, i, j in spans:
        b, inside = labels.index("B-" + kind), labels.index("I-" + kind)
        other = [y for y in range(len(labels)) if y not in (b, inside)]
        opened_by_i = (
            alpha[0, inside]
            if i == 0
            else float(_logsumexp(alpha[i - 1, other] + trans[other, inside], axis=0))
            + scores[i, inside]
        )
        run = np.array([alpha[i, b], opened_by_i])  # the name's token so far is B- or I-
        for t in range(i + 1, j):
            into = float(_logsumexp(run + trans[[b, inside], inside], axis=0))
            run = np.array([-np.inf, into + scores[t, inside]])
        if j < n:
            after = [y for y in range(len(labels)) if y != inside]
            rest = trans[np.ix_([b, inside], after)] + (scores[j, after] + beta[j, after])
            run = run + _logsumexp(rest, axis=1)
        out.append(float(np.exp(_logsumexp(run, axis=0) - log_z)))
    return out


# none: measured, not shipped (docs/measurements.md, "How sure the tagger is")
GATE: dict[str, float] = {}
_thresholds = dict(GATE)


def use_gate(thresholds: dict[str, float] | None) -> None:
    """Let a name of the tagger's alone stand only at this probability or more, per kind
    (``None``: the shipped thresholds)."""
    global _thresholds
    _thresholds = dict(GATE if thresholds is None else thresholds)


def parse_gate(text: str) -> dict[str, float]:
    """«PER=0.5,ORG=0.7» as thresholds per kind."""
    pairs = (part.split("=") for part in text.split(",") if part)
    return {kind: float(limit) for kind, limit in pairs}


def confirmed(kind: str, i: int, j: int, marks: dict[int, list[str]]) -> bool:
    """The rules found a name of this kind on a token of ``[i, j)``, or a person, whom the
    tagger's other name there keeps out («مولوی عبدالحمیدنهاد علمی آموزشی ...»)."""
    own = _RULE_MARKS[kind]
    return any(
        m.startswith(own) or m[:2] in _PERSON_MARKS for k in range(i, j) for m in marks.get(k, ())
    )


_RULE_MARKS = {"PER": "rP", "LOC": "rL", "ORG": "rO"}  # ``tagger_features.rule_marks``
_PERSON_MARKS = ("rP", "rT")


def gate(
    labels: list[str],
    trans: np.ndarray,
    scores: np.ndarray,
    ranges: list[tuple[int, int]],
    proposed: list[Span],
    found: list[Span],
    marks: dict[int, list[str]],
) -> list[Span]:
    """``found`` without the names the model ``proposed`` (as its best labels read) that
    the rules do not confirm and that it gives less than its kind's threshold; ``scores``
    are indexed from ``ranges[0][0]``, ``marks`` by token. A name made or retyped by the
    decoder's consistency (not among ``proposed``) is the rules' doing and stands."""
    limits = _thresholds
    doubtful = set(proposed).intersection(
        s for s in found if limits.get(s[0], 0.0) > 0.0 and not confirmed(*s, marks)
    )
    if not doubtful:
        return found
    first = ranges[0][0]
    held = [(a, b) for a, b in ranges if any(a <= s[1] < b for s in doubtful)]
    sums = forward_backward(scores, trans, [(a - first, b - first) for a, b in held])
    weak: set[Span] = set()
    for (a, b), (alpha, beta) in zip(held, sums, strict=True):
        spans = sorted(s for s in doubtful if a <= s[1] < b)
        local = [(kind, i - a, j - a) for kind, i, j in spans]
        probability = _probability(labels, trans, scores[a - first : b - first], alpha, beta, local)
        weak.update(s for s, p in zip(spans, probability, strict=True) if p < limits[s[0]])
    return [s for s in found if s not in weak]
