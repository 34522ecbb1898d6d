// A startup probe for tokendesk-bench-window: tells the harness when the window is on screen.
#pragma once

class QWidget;

namespace TokenDesk {

// When the environment has TOKENDESK_BENCH_PROBE=1, writes the line "shown" to standard output
// (flushed) once `window` has been exposed and its first frame painted; otherwise does nothing.
// With TOKENDESK_BENCH_PROBE=2 the program then exits at once (_Exit(0)), so that valgrind
// --tool=callgrind counts the instructions from exec to the first frame and nothing after.
// Call it right after window->show(). Shared by tokendesk and the bench's bare window, so both
// report the same moment.
void installStartupProbe(QWidget *window);

} // namespace TokenDesk
