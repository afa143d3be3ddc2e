"""A wall-clock deadline that interrupts running Python code: the per-article time budget.

In the main thread of a process (the CLI, and each worker process of the batch runner) the deadline is
a ``SIGALRM`` timer (``setitimer``): when it fires, ``DeadlineExceeded`` is raised wherever the code is,
so even an endless pure-Python loop ends. In any other thread, signals cannot be used; a watchdog timer
then raises the same exception asynchronously in the thread that set the deadline. Code inside one long
C call (one spaCy call) is interrupted when that call returns.

``DeadlineExceeded`` derives from ``BaseException`` so that stage code catching ``Exception`` does not
swallow it.
"""

from __future__ import annotations

import _signal  # the C module under ``signal``: the same handlers, without converting each one to an Enum
import ctypes
import signal
import threading
from contextlib import contextmanager
from typing import Any, Iterator


class DeadlineExceeded(BaseException):
    """Raised inside the running code when its time budget is spent."""


def _raise(signum: int, frame: Any) -> None:
    raise DeadlineExceeded()


def _can_use_signals() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Run the body with a time limit; ``None`` or a non-positive value means no limit.

    Raises ``DeadlineExceeded`` (from inside the body) when the limit is reached. Deadlines do not nest:
    an inner one replaces an outer one for its duration.
    """
    if seconds is None or seconds <= 0:
        yield
        return
    if _can_use_signals():
        # (``signal.signal`` turns the handler it returns into a ``Handlers`` member, and a Python function fails that
        # conversion through a ValueError: ~14 us per call, two calls per stage of every article; ``_signal`` does not)
        previous = _signal.signal(signal.SIGALRM, _raise)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _signal.signal(signal.SIGALRM, previous)
        return
    target = threading.get_ident()
    done = threading.Event()
    lock = threading.Lock()

    def fire() -> None:
        with lock:
            if not done.is_set():
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(DeadlineExceeded))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            done.set()
        timer.cancel()
