// gil_test.cpp — the GIL's protocol, driven directly with thread states (no interpreter needed).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "vm/gil.hpp"
#include "vm/thread_state.hpp"

using namespace minipy::vm;
using namespace std::chrono_literals;

namespace {

// A "CPU-bound thread": holds the GIL and polls its eval breaker like the eval loop's back-edges.
void spin_holding(Gil& gil, ThreadState& ts, std::atomic<bool>& stop, std::atomic<int>& yields) {
    gil.take(&ts);
    while (!stop.load()) {
        if (ts.eval_breaker.load(std::memory_order_relaxed) & kBreakGilDrop) {
            yields++;   // counted before yielding: yield() returns only once this thread has the GIL again
            gil.yield(&ts);
        }
    }
    gil.drop(&ts, DropReason::Final);
}

TEST(Gil, WaiterGetsTheLockThroughADropRequestAfterAboutOneInterval) {
    Gil gil(2000, GilPolicy::CPython, nullptr);   // 2 ms interval
    ThreadState a, b;
    std::atomic<bool> stop{false};
    std::atomic<int> yields{0};
    std::thread holder(spin_holding, std::ref(gil), std::ref(a), std::ref(stop), std::ref(yields));
    std::this_thread::sleep_for(10ms);
    auto t0 = std::chrono::steady_clock::now();
    gil.take(&b);   // must wait for the holder to honour a drop request
    auto waited = std::chrono::steady_clock::now() - t0;
    EXPECT_GE(yields.load(), 1);
    // A waiter first waits one full interval before it asks (CPython's protocol).
    EXPECT_GE(waited, 2ms);
    EXPECT_EQ(b.eval_breaker.load() & kBreakGilDrop, 0u);   // cleared for the new holder
    stop = true;
    gil.drop(&b, DropReason::Final);
    holder.join();
}

TEST(Gil, ForcedSwitchesAlternateTwoCpuBoundThreads) {
    Gil gil(1000, GilPolicy::CPython, nullptr);
    ThreadState a, b;
    std::atomic<bool> stop{false};
    std::atomic<int> ya{0}, yb{0};
    std::thread t1(spin_holding, std::ref(gil), std::ref(a), std::ref(stop), std::ref(ya));
    std::thread t2(spin_holding, std::ref(gil), std::ref(b), std::ref(stop), std::ref(yb));
    std::this_thread::sleep_for(100ms);
    stop = true;
    t1.join();
    t2.join();
    // Both threads were made to give the GIL up, and the holder changed many times.
    EXPECT_GE(ya.load(), 3);
    EXPECT_GE(yb.load(), 3);
    EXPECT_GE(gil.switch_number(), 6u);
}

TEST(Gil, VoluntaryReleaseLetsAWaiterInWithoutADropRequest) {
    Gil gil(1000000, GilPolicy::CPython, nullptr);   // 1 s interval: no drop request can happen
    ThreadState a, b;
    gil.take(&a);
    std::atomic<bool> got{false};
    std::thread waiter([&] {
        gil.take(&b);
        got = true;
        gil.drop(&b, DropReason::Final);
    });
    std::this_thread::sleep_for(20ms);
    EXPECT_FALSE(got.load());
    gil.drop(&a, DropReason::Blocking);   // like GilRelease around a blocking call
    waiter.join();
    EXPECT_TRUE(got.load());
    EXPECT_EQ(a.eval_breaker.load() & kBreakGilDrop, 0u);
}

TEST(Gil, PriorityPolicyServesAThreadBackFromBlockingQuickly) {
    Gil gil(400000, GilPolicy::Priority, nullptr);   // 400 ms interval
    ThreadState spinner, io;
    std::atomic<bool> stop{false};
    std::atomic<int> yields{0};
    std::thread cpu(spin_holding, std::ref(gil), std::ref(spinner), std::ref(stop), std::ref(yields));
    std::this_thread::sleep_for(10ms);
    io.gil_last_drop = static_cast<uint8_t>(DropReason::Blocking);   // as after a sleep or a read
    auto t0 = std::chrono::steady_clock::now();
    gil.take(&io);
    auto waited = std::chrono::steady_clock::now() - t0;
    // Far less than the 400 ms interval a CPython-policy waiter would sit out first (a wide
    // margin: this checks the protocol, not speed).
    EXPECT_LT(waited, 200ms);
    stop = true;
    gil.drop(&io, DropReason::Final);
    cpu.join();
}

}  // namespace
