// gil_recorder.cpp — per-thread GIL statistics and the GIL timeline (see gil_recorder.hpp).
#include "vm/gil_recorder.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>

namespace minipy::vm {

static int64_t steady_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

GilRecorder::GilRecorder(bool trace, int64_t interval_us, std::string policy)
    : m_trace(trace), m_start(steady_ns()), m_interval_us(interval_us), m_policy(std::move(policy)) {}

int64_t GilRecorder::now_ns() const { return steady_ns() - m_start; }

GilThreadRecord* GilRecorder::add_thread(const std::string& name, uint64_t native_id) {
    auto r = std::make_unique<GilThreadRecord>();
    r->name = name;
    r->native_id = native_id;
    r->state_since = now_ns();
    if (m_trace) r->events.reserve(1024);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_threads.push_back(std::move(r));
    return m_threads.back().get();
}

void GilRecorder::transition(GilThreadRecord* r, GilState state) {
    int64_t now = now_ns();
    if (r->state != GilState::None) {
        r->total_ns[static_cast<int>(r->state)] += now - r->state_since;
        if (m_trace && now > r->state_since) r->events.push_back({r->state_since, now, r->state});
    }
    r->state = state;
    r->state_since = now;
}

// =============================================================================================
// --gil-stats

void GilRecorder::write_stats(std::FILE* out, uint64_t switches, int64_t interval_us) {
    std::lock_guard<std::mutex> lock(m_mutex);
    int64_t now = now_ns();
    // Close the open intervals (without recording events) so totals include them.
    std::fprintf(out, "\nGIL statistics (switch interval %.3f ms, policy %s, run time %.3f s)\n",
                 interval_us / 1000.0, m_policy.c_str(), now / 1e9);
    std::fprintf(out, "%-28s %12s %12s %12s %13s %13s\n", "thread", "hold (ms)", "wait (ms)", "blocked (ms)",
                 "acquisitions", "forced drops");
    int64_t hold = 0, wait = 0, blocked = 0;
    uint64_t acq = 0, forced = 0;
    for (auto& t : m_threads) {
        int64_t tot[4];
        for (int i = 0; i < 4; i++) tot[i] = t->total_ns[i];
        if (t->state != GilState::None) tot[static_cast<int>(t->state)] += now - t->state_since;
        std::string name = t->name.size() > 28 ? t->name.substr(0, 28) : t->name;
        std::fprintf(out, "%-28s %12.1f %12.1f %12.1f %13llu %13llu\n", name.c_str(),
                     tot[static_cast<int>(GilState::Holding)] / 1e6, tot[static_cast<int>(GilState::Waiting)] / 1e6,
                     tot[static_cast<int>(GilState::Blocked)] / 1e6, static_cast<unsigned long long>(t->acquisitions),
                     static_cast<unsigned long long>(t->forced_drops));
        hold += tot[static_cast<int>(GilState::Holding)];
        wait += tot[static_cast<int>(GilState::Waiting)];
        blocked += tot[static_cast<int>(GilState::Blocked)];
        acq += t->acquisitions;
        forced += t->forced_drops;
    }
    std::fprintf(out, "%-28s %12.1f %12.1f %12.1f %13llu %13llu\n", "total", hold / 1e6, wait / 1e6, blocked / 1e6,
                 static_cast<unsigned long long>(acq), static_cast<unsigned long long>(forced));
    std::fprintf(out, "GIL switches (the holder changed): %llu\n", static_cast<unsigned long long>(switches));
}

// =============================================================================================
// --gil-trace FILE.json: Chrome trace-event format (chrome://tracing, https://ui.perfetto.dev)

static const char* state_label(GilState s) {
    switch (s) {
        case GilState::Holding: return "holding GIL";
        case GilState::Waiting: return "waiting for GIL";
        case GilState::Blocked: return "blocked (GIL released)";
        default: return "?";
    }
}

static std::string json_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    return out;
}

void GilRecorder::write_json(std::FILE* out) {
    std::fprintf(out, "{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n");
    bool first = true;
    auto sep = [&]() {
        if (!first) std::fprintf(out, ",\n");
        first = false;
    };
    sep();
    std::fprintf(out, "{\"name\": \"process_name\", \"ph\": \"M\", \"pid\": 1, \"args\": {\"name\": \"minipy (GIL %s)\"}}",
                 m_policy.c_str());
    int tid = 0;
    for (auto& t : m_threads) {
        tid++;
        sep();
        std::fprintf(out, "{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": %d, \"args\": {\"name\": \"%s\"}}",
                     tid, json_escape(t->name).c_str());
        sep();
        std::fprintf(out, "{\"name\": \"thread_sort_index\", \"ph\": \"M\", \"pid\": 1, \"tid\": %d, \"args\": {\"sort_index\": %d}}",
                     tid, tid);
        for (const GilEvent& e : t->events) {
            sep();
            std::fprintf(out, "{\"name\": \"%s\", \"cat\": \"gil\", \"ph\": \"X\", \"pid\": 1, \"tid\": %d, \"ts\": %.3f, \"dur\": %.3f}",
                         state_label(e.state), tid, e.start_ns / 1e3, (e.end_ns - e.start_ns) / 1e3);
        }
    }
    std::fprintf(out, "\n]}\n");
}

// =============================================================================================
// --gil-trace FILE.svg: a self-contained picture of the same timeline

static const char* state_color(GilState s) {
    switch (s) {
        case GilState::Holding: return "#2e9d4a";   // green: running Python code
        case GilState::Waiting: return "#e0663a";   // orange: wants the GIL
        case GilState::Blocked: return "#5b8bd6";   // blue: in a blocking call, GIL released
        default: return "#999999";
    }
}

static std::string svg_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '&') out += "&amp;";
        else out += c;
    }
    return out;
}

void GilRecorder::write_svg(std::FILE* out) {
    int64_t end = 0;
    for (auto& t : m_threads)
        for (const GilEvent& e : t->events) end = std::max(end, e.end_ns);
    if (end <= 0) end = 1;
    const int label_w = 190, plot_w = 1000, row_h = 26, top = 50, pad = 10;
    const int rows = static_cast<int>(m_threads.size());
    const int height = top + rows * row_h + 70;
    const int width = label_w + plot_w + 2 * pad;
    const double scale = static_cast<double>(plot_w) / static_cast<double>(end);
    std::fprintf(out,
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                 "font-size=\"12\">\n",
                 width, height);
    std::fprintf(out, "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n");
    std::fprintf(out,
                 "<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">GIL timeline — policy %s, switch "
                 "interval %.1f ms, %.3f s</text>\n",
                 pad, svg_escape(m_policy).c_str(), m_interval_us / 1000.0, end / 1e9);
    // Time axis: about 10 ticks at round values.
    double span_ms = end / 1e6;
    double step = std::pow(10.0, std::floor(std::log10(span_ms / 10)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (span_ms / (step * m) <= 10) { step *= m; break; }
    for (double ms = 0; ms <= span_ms + 1e-9; ms += step) {
        double x = label_w + pad + ms * 1e6 * scale;
        std::fprintf(out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>\n", x, top - 5, x,
                     top + rows * row_h);
        std::fprintf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\">%g ms</text>\n", x,
                     top + rows * row_h + 15, ms);
    }
    int row = 0;
    for (auto& t : m_threads) {
        int y = top + row * row_h;
        std::fprintf(out, "<text x=\"%d\" y=\"%d\">%s</text>\n", pad, y + row_h / 2 + 4, svg_escape(t->name).c_str());
        // Merge consecutive tiny events of one state into one rectangle (keeps the file small).
        double last_x = -1, last_end = -1;
        GilState last_state = GilState::None;
        auto flush = [&]() {
            if (last_state != GilState::None && last_end > last_x)
                std::fprintf(out, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"/>\n", last_x, y + 3,
                             std::max(last_end - last_x, 0.3), row_h - 6, state_color(last_state));
        };
        for (const GilEvent& e : t->events) {
            double x0 = label_w + pad + e.start_ns * scale;
            double x1 = label_w + pad + e.end_ns * scale;
            if (e.state == last_state && x0 - last_end < 0.5) {
                last_end = x1;
                continue;
            }
            flush();
            last_x = x0;
            last_end = x1;
            last_state = e.state;
        }
        flush();
        row++;
    }
    int ly = top + rows * row_h + 40;
    int lx = pad;
    for (GilState s : {GilState::Holding, GilState::Waiting, GilState::Blocked}) {
        std::fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>\n", lx, ly - 11, state_color(s));
        std::fprintf(out, "<text x=\"%d\" y=\"%d\">%s</text>\n", lx + 20, ly, state_label(s));
        lx += 220;
    }
    std::fprintf(out, "</svg>\n");
}

bool GilRecorder::write_trace(const std::string& path) {
    std::lock_guard<std::mutex> lock(m_mutex);
    // Close the intervals still open at exit.
    int64_t now = now_ns();
    for (auto& t : m_threads) {
        if (t->state != GilState::None && now > t->state_since) t->events.push_back({t->state_since, now, t->state});
        t->state_since = now;
    }
    std::FILE* out = std::fopen(path.c_str(), "w");
    if (!out) return false;
    bool svg = path.size() >= 4 && path.compare(path.size() - 4, 4, ".svg") == 0;
    if (svg) write_svg(out);
    else write_json(out);
    return std::fclose(out) == 0;
}

}  // namespace minipy::vm
