// eval_breaker.hpp — what the eval loop does when a thread's eval-breaker word is non-zero.
#pragma once

#include "vm/thread_state.hpp"

namespace minipy::vm {

// Handles every pending event of the thread's breaker word: GIL drop requests (gil.cpp), signals
// (KeyboardInterrupt on SIGINT, main thread only), asynchronous exceptions. Returns false with an
// exception set when one of them raises.
bool handle_eval_breaker(ThreadState* ts);

// Installs the SIGINT handler that turns Ctrl-C into KeyboardInterrupt in the main thread.
void install_signal_handlers();
// Called from a signal handler: marks `signum` pending and wakes the main thread's eval loop.
void signal_pending(int signum);

// Set by the `signal` module (stdlib/signal.cpp): runs the Python handlers of the signals that
// arrived, in the main thread, when its eval loop sees kBreakSignals. Returns false with an
// exception set when a handler raised.
extern bool (*g_signal_handlers_hook)();

}  // namespace minipy::vm
