"""The solver's holes phase: the meeting set is chosen, its holes are brought down to a
proven optimum where time allows.

Two searches share the two cores (`window_holes`). A probe thread asks "at most K holes?",
K rising from the proven bound: the seats first (seat_bound.py), then the relaxation over the
tightest days (hole_suspects.py), then CP-SAT's day-window model (compact_model.py), person
by person at one hole more than forced (one_hole.py). The main thread walks Kempe chains
(kempe.py), asks alongside the probe once that pays more than walking, and ends with the
fewest-holes model (holes_model.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from desk_app.scheduling.compact_model import at_most_holes
from desk_app.scheduling.hole_suspects import Suspects, ask_suspects, hole_suspects
from desk_app.scheduling.holes_model import HolesResult, minimise_holes_exact
from desk_app.scheduling.kempe import kempe_holes
from desk_app.scheduling.one_hole import OneHoleByPerson
from desk_app.scheduling.problem import Problem, holes_of
from desk_app.scheduling.seat_bound import SeatProgram

if TYPE_CHECKING:
    from desk_app.scheduling.solver import SolveRun

ANNEAL_MAX = 2000  # meetings; as lns.REORDER_MAX
PROBE_SECONDS = 2.5  # at least, per "at most K holes?" question...
PROBE_SHARE = 0.3  # ...or this share of the time left, then a restart with a new order
# "at most 1 hole?" (or one more than forced) with anyone allowed the hole: proven impossible
# within half a second when it is, on most JAIR instances (forum-14, forumt-*, tic-13crafc:
# 0.1-0.45 s); else asking person by person (one_hole.py) is what finds the placement
ONE_HOLE_FLAGS_SECONDS = 1.0
# per "at most K?" asked of the seats alone: 0.02-0.5 s when they answer (JAIR tic, forumt)
SEATS_SECONDS = 1.0
# guesses from the seats of who has the holes, and seconds for each (a right guess on JAIR
# tic-13crafc: found in 0.1 s; a wrong one: not in 13 s)
GUIDED_TRIES = 4
GUIDED_SECONDS = 1.0
# per guess, for the seats to name the people: 0.55-0.8 s on JAIR tic-13crafc alone, and
# nothing at all within 0.5 s; 1 s next to the Kempe walk missed it in 2 of 12 solves
GUESS_SECONDS = 2.5
# the relaxation over the tightest days (hole_suspects.py): 0.7 s on JAIR ticf-13crafb
SUSPECTS_SECONDS = 2.0
# per "at most K?" asked of the suspects with one-hole days: found in 2.8-3.9 s on JAIR
# forum-13crafb (6 holes), proven impossible in 1.0-1.4 s where exact
ONE_HOLE_DAYS_SECONDS = 4.0
HELPER_SEEDS = 1000  # the main thread's person-by-person rounds: seeds apart from the probe's
# The Kempe walk closes a last gap of one hole by itself, given time (forumt-14crafe: the walk
# reaches the optimum at 2.1-2.6 s of a 10 s solve; stopped at 3 s it missed it in 2 of 10).
WALK_SHARE = 0.4


def question_seconds(left: float, least: float) -> float:
    """Seconds for one question: `least`, or a share of the time left when that is more,
    never past the time left (then a restart with another order and seed)."""
    return min(left, max(least, PROBE_SHARE * left))


def ask_at_most(
    prob: Problem,
    start: dict[int, int],
    k: int,
    *,
    seed: int,
    max_moved: int,
    time_left: Callable[[], float],
    cancel: threading.Event,
    by_person: OneHoleByPerson | None = None,
) -> tuple[dict[int, int] | None, bool]:
    """One "at most k holes?" question of the probe: a placement, or None and whether "none"
    is proven. At one hole more than forced (`by_person.k`), an "unknown" from the flags model
    is followed by a round of `by_person` (one_hole.py): restarts of the flags model alternate
    with those rounds, as the flags model is what proves "at least 2" fast (ticf-13crafb,
    where every person is ruled out one by one, but only in 20 s)."""
    left = time_left()
    limit = question_seconds(left, PROBE_SECONDS)
    one_more = by_person is not None and k == by_person.k
    if one_more:
        limit = min(limit, ONE_HOLE_FLAGS_SECONDS)
    found, proven = at_most_holes(
        prob,
        start,
        k,
        max_moved=max_moved,
        time_limit=limit,
        cancel=cancel,
        seed=seed,
        days=by_person.days if by_person is not None else None,
    )
    if found is None and not proven and by_person is not None and one_more:
        found, proven = by_person.next_round(time_left, cancel)
    return found, proven


def seat_guided(
    prob: Problem,
    start: dict[int, int],
    k: int,
    program: SeatProgram,
    *,
    max_moved: int,
    time_left: Callable[[], float],
    cancel: threading.Event,
) -> dict[int, int] | None:
    """A placement with at most `k` holes, asked with only the people the seats would give
    holes allowed to have them (`SeatProgram.who_may_have_holes`): a few short tries, each
    with another guess. None when no guess worked."""
    for attempt in range(GUIDED_TRIES):
        if time_left() < 0.2:
            return None
        people = program.who_may_have_holes(
            time_limit=min(GUESS_SECONDS, time_left()), cancel=cancel, seed=attempt
        )
        if people is None:
            return None
        found, _ = at_most_holes(
            prob,
            start,
            k,
            max_moved=max_moved,
            time_limit=min(GUIDED_SECONDS, time_left()),
            cancel=cancel,
            seed=attempt,
            holey=people,
        )
        if found is not None:
            return found
    return None


def window_holes(run_: SolveRun, until: float) -> None:
    """The solver's holes phase: weight, meeting set and moved count stay as they are.

    Two searches share the two cores. A thread asks "at most K holes?", K rising from the
    proven lower bound while the answer is "impossible": each such answer raises the bound,
    and the first placement found is optimal. The seats alone answer first while they can
    (seat_bound.py). Once a hole is proven, the relaxation over the tightest days
    (hole_suspects.py) may raise the bound at once and name who may have the holes; they are
    asked first, with one-hole days. Then CP-SAT with the day-window model (compact_model.py).
    An "unknown" answer is asked again with another variable order and seed (finding is
    heavy-tailed: most successful probes answer within 2 s); at one hole more than forced,
    where the open question is also who gets it, it is asked person by person (one_hole.py).
    Meanwhile the main thread walks Kempe chains (kempe.py), which finds most low-hole
    placements the exact model is slow to find, then runs the fewest-holes model from the
    best placement so far. Once the probe asks the suspects, or person by person, the main
    thread stops walking and asks too. All stop as soon as a placement meets the bound.
    """
    prob = run_.prob
    if run_.stopped() or run_.holes_done or holes_of(prob, run_.best) == 0:
        return
    stop = threading.Event()  # a placement meets the proven bound, time is up, or cancel
    bound = [run_.holes_lb or 0]  # raised by the probe while the main thread reads it
    probed: list[HolesResult] = []
    start, max_moved = dict(run_.best), -run_.best_key[1]
    by_person = OneHoleByPerson(prob, start, max_moved=max_moved)
    walk_stop = threading.Event()  # stop, or the probe went person by person: both cores ask
    suspected: list[Suspects] = []  # ...or asks the suspects: both cores ask them at once
    handover = run_.until(WALK_SHARE)  # ...but not before the walk had this share of the time

    def probe() -> None:
        try:
            # below one hole per person without a compact day, the answer is known: start there
            k, seed = max(bound[0], by_person.k - 1), 0
            if k > bound[0]:
                bound[0] = k
                probed.append(HolesResult(None, holes_of(prob, run_.best), k, False))
            seats = True  # asked first while they rule K out (seat_bound.py)
            suspects: Suspects | None = None  # then the tightest days (hole_suspects.py)
            modelled = False
            while not stop.is_set() and k < holes_of(prob, run_.best):
                if run_.time_to(until) < 0.2:
                    return
                found, proven = None, False
                if seats:
                    program = SeatProgram(prob, start, k)
                    seconds = min(SEATS_SECONDS, run_.time_to(until))
                    seats = proven = program.rules_out(time_limit=seconds, cancel=stop)
                    if not seats and program.listed:
                        found = seat_guided(
                            prob,
                            start,
                            k,
                            program,
                            max_moved=max_moved,
                            time_left=lambda: run_.time_to(until),
                            cancel=stop,
                        )
                # the tightest days once a hole is proven (they take 0.2-1.6 s to model)
                if found is None and not proven and not seats and k > 0:
                    if not modelled:
                        modelled = True
                        suspects = hole_suspects(
                            prob,
                            start,
                            by_person.days,
                            time_limit=min(SUSPECTS_SECONDS, run_.time_to(until)),
                            cancel=stop,
                        )
                    if suspects is not None and k < suspects.lower_bound:
                        proven = True
                    elif suspects is not None and suspects.fewest > 0:
                        if not suspected:
                            suspected.append(suspects)
                        left = run_.time_to(until)
                        found, proven = ask_suspects(
                            prob,
                            start,
                            k,
                            suspects,
                            seed=seed,
                            max_moved=max_moved,
                            time_limit=question_seconds(left, ONE_HOLE_DAYS_SECONDS),
                            cancel=stop,
                            days=by_person.days,
                        )
                if found is None and not proven:
                    found, proven = ask_at_most(
                        prob,
                        start,
                        k,
                        seed=seed,
                        max_moved=max_moved,
                        time_left=lambda: run_.time_to(until),
                        cancel=stop,
                        by_person=by_person,
                    )
                if found is not None:
                    probed.append(HolesResult(found, holes_of(prob, found), k, True))
                    stop.set()
                    return
                if proven:
                    k += 1
                    bound[0] = k
                    probed.append(HolesResult(None, holes_of(prob, run_.best), k, False))
                else:
                    seed += 1  # same question, another order and seed: a restart
        finally:
            # optimal, or the bound reached a placement the main thread found meanwhile
            if (probed and probed[-1].optimal) or bound[0] >= holes_of(prob, run_.best):
                stop.set()

    def watch() -> None:
        """Forwards a cancel to `stop`; stops the walk once the main thread is better off
        asking: at once for the suspects, after `handover` for the person-by-person rounds."""
        while not stop.wait(0.05):
            if run_.cancel is not None and run_.cancel.is_set():
                stop.set()
            if by_person.started.is_set() and time.perf_counter() >= handover:
                walk_stop.set()
            if suspected:
                walk_stop.set()
        walk_stop.set()

    threads = [
        threading.Thread(target=probe, daemon=True, name="holes-probe"),
        threading.Thread(target=watch, daemon=True, name="holes-watch"),
    ]
    for th in threads:
        th.start()
    try:
        if len(run_.best) <= ANNEAL_MAX:
            walked = kempe_holes(prob, run_.best, run_.until(0.7), stop=walk_stop, target=bound)
            if holes_of(prob, walked) < holes_of(prob, run_.best):
                run_.offer(walked, "holes", force=True)
            if holes_of(prob, run_.best) <= bound[0]:
                stop.set()
        if not stop.is_set() and suspected:
            # by_person.days is computed already: the probe built the suspects from it
            _ask_suspects_too(run_, until, start, by_person.days, suspected[0], bound, stop, probed)
        if not stop.is_set() and by_person.started.is_set():
            _ask_by_person_too(run_, until, by_person.k, stop, probed)
        if not stop.is_set():
            _take(
                run_,
                minimise_holes_exact(
                    prob,
                    run_.best,
                    max_moved=max_moved,
                    time_limit=run_.time_to(until),
                    cancel=stop,
                ),
            )
    finally:
        stop.set()
        for th in threads:
            th.join()
    for result in probed:
        _take(run_, result)


def _ask_suspects_too(
    run_: SolveRun,
    until: float,
    start: dict[int, int],
    days: dict[int, list[int]],
    suspects: Suspects,
    bound: list[int],
    stop: threading.Event,
    probed: list[HolesResult],
) -> None:
    """The main thread's share once the probe asks the suspects: the same question with other
    seeds, or while the probe asks the exact one (`Suspects.exact_at`), the next one already.
    Finding is heavy-tailed (JAIR forum-13crafb, 6 holes: 2.8-3.9 s alone, over 4.5 s in 3 of
    6 solves next to the Kempe walk, which is stuck at 10 holes or more there)."""
    seed = HELPER_SEEDS
    while not stop.is_set() and run_.time_to(until) >= 0.2:
        k, left = bound[0], run_.time_to(until)
        if suspects.exact_at(k) and k + 1 < holes_of(run_.prob, run_.best):
            k += 1  # a placement found there is optimal once the probe rules k out
        found, _ = ask_suspects(
            run_.prob,
            start,
            k,
            suspects,
            seed=seed,
            max_moved=-run_.best_key[1],
            time_limit=question_seconds(left, ONE_HOLE_DAYS_SECONDS),
            cancel=stop,
            days=days,
        )
        seed += 1
        if found is not None:
            # offered at once: the probe stops when its bound reaches it
            run_.offer(found, "holes", force=True)
            if holes_of(run_.prob, found) <= bound[0]:
                stop.set()


def _ask_by_person_too(
    run_: SolveRun, until: float, k: int, stop: threading.Event, probed: list[HolesResult]
) -> None:
    """The main thread's share once the probe asks person by person: the same rounds, other
    people first and other seeds. Finding is a matter of tries (on ticf-13crafc, 1 in 7
    two-second tries of a right person succeeds), and the Kempe walk is stuck far above the
    bound by then."""
    helper = OneHoleByPerson(
        run_.prob,
        dict(run_.best),
        max_moved=-run_.best_key[1],
        first_seed=HELPER_SEEDS,
        second=True,
    )
    while not stop.is_set() and run_.time_to(until) >= 0.2:
        found, proven = helper.next_round(lambda: run_.time_to(until), stop)
        if found is not None:
            # the probe asks this only once "at most k - 1" is proven impossible
            probed.append(HolesResult(found, holes_of(run_.prob, found), k, True))
            stop.set()
        if proven:
            return


def _take(run_: SolveRun, result: HolesResult) -> None:
    found = result.slot_of
    if found is not None and holes_of(run_.prob, found) < holes_of(run_.prob, run_.best):
        run_.offer(found, "holes", force=True)
    run_.holes_done = run_.holes_done or result.optimal
    if run_.bound_applies():
        run_.raise_holes_lb(result.lower_bound)
