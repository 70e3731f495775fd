// gil_recorder.hpp — what --gil-stats and --gil-trace record about the GIL.
//
// Each thread's time is split into three states, as seen from the GIL:
//     holding   it owns the GIL and runs bytecode
//     waiting   it wants the GIL and sits in Gil::take()
//     blocked   it gave the GIL up around a blocking call (sleep, lock wait, I/O)
// The GIL reports every transition; the recorder keeps per-thread totals (--gil-stats) and, when
// tracing, the intervals themselves (--gil-trace), which it writes at exit as Chrome trace-event
// JSON or as an SVG picture. Each thread appends only to its own record, under no lock; the
// records list itself is guarded by a mutex taken when a thread starts.
//
// Cost: when neither flag is given, the GIL calls nothing here (one null-pointer test per
// transition). When recording, each transition reads the clock and appends one 24-byte event;
// transitions happen at most once per switch interval per CPU-bound thread, and once per blocking
// call for I/O-bound ones (docs/gil.md measures it).
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace minipy::vm {

struct ThreadState;

enum class GilState : uint8_t { None, Holding, Waiting, Blocked };

struct GilEvent {
    int64_t start_ns;
    int64_t end_ns;
    GilState state;
};

struct GilThreadRecord {
    std::string name;
    uint64_t native_id = 0;
    GilState state = GilState::None;
    int64_t state_since = 0;       // ns, relative to the recorder's start
    int64_t total_ns[4] = {0, 0, 0, 0};   // indexed by GilState
    uint64_t acquisitions = 0;
    uint64_t forced_drops = 0;
    std::vector<GilEvent> events;
};

class GilRecorder {
public:
    GilRecorder(bool trace, int64_t interval_us, std::string policy);

    GilThreadRecord* add_thread(const std::string& name, uint64_t native_id);
    // Moves the thread to `state` now, closing the interval of its previous state.
    void transition(GilThreadRecord* r, GilState state);
    void count_acquisition(GilThreadRecord* r) { r->acquisitions++; }
    void count_forced_drop(GilThreadRecord* r) { r->forced_drops++; }
    void note_switch() { m_switches++; }

    void write_stats(std::FILE* out, uint64_t switches, int64_t interval_us);
    bool write_trace(const std::string& path);   // .svg -> SVG picture, else Chrome JSON

    int64_t now_ns() const;

private:
    bool m_trace;
    int64_t m_start;
    int64_t m_interval_us;
    std::string m_policy;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<GilThreadRecord>> m_threads;
    uint64_t m_switches = 0;

    void write_json(std::FILE* out);
    void write_svg(std::FILE* out);
};

}  // namespace minipy::vm
