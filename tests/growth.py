"""Growth, not wall-clock bounds: time a function on input of size n and 4n and compare.

A machine under load makes every absolute bound flaky and none of them sees quadratic growth that
stays below it; the ratio of CPU times at n and 4n does both: linear code gives about 4, quadratic
about 16. Each size is timed a few times and the fastest run kept, after one warm-up call that pays
for lazy loading. Tests that use this are marked ``slow`` and run in CI with ``-m slow``.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

FACTOR = 4
LIMIT = 6.0  # linear is ~4; allows for noise and for n log n, fails long before n**2 (16)
RETRIES = 2  # measurements again after one over the limit
MEASURABLE = 0.08  # seconds of CPU time the small input must cost
MAX_N = 2_000_000


def _fastest(run: Callable[[str], object], text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        # CPython's cyclic collector runs a full pass over every live object each time enough
        # allocations pile up, so a run that allocates n objects pays about n**2 / threshold in
        # collections: a property of the collector, not of the code under test. Time it off.
        gc.disable()
        try:
            started = time.process_time()
            run(text)
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


def growth_ratio(run: Callable[[str], object], make: Callable[[int], str], n: int, repeats: int = 3) -> float:
    """CPU time of ``run(make(FACTOR * n))`` over that of ``run(make(n))``."""
    small = make(n)
    run(small)
    # Below tens of milliseconds, timer and allocator noise swamp the ratio: grow n until the small
    # input costs enough to measure.
    small_time = _fastest(run, small, repeats)
    while small_time < MEASURABLE and n < MAX_N:
        n *= 2
        small = make(n)
        small_time = _fastest(run, small, repeats)
    return _fastest(run, make(FACTOR * n), repeats) / max(small_time, 1e-3)


def assert_linear(run: Callable[[str], object], make: Callable[[int], str], n: int, what: str = "") -> None:
    ratio = growth_ratio(run, make, n)
    for _ in range(RETRIES):
        if ratio < LIMIT:
            break
        # A noisy measurement (another process on the core, a service of an earlier test shutting
        # down) must not fail the build; a real superlinear cost is over the limit every time.
        ratio = min(ratio, growth_ratio(run, make, n))
    assert ratio < LIMIT, f"{what}: {FACTOR}x the input took {ratio:.1f}x the time (linear is about {FACTOR})"


def repeat(unit: str, suffix: str = "") -> Callable[[int], str]:
    """Input of about ``n`` characters: ``unit`` repeated, then ``suffix``."""
    return lambda n: unit * max(1, n // len(unit)) + suffix
