// runtime_env.cpp — brings the runtime up once for every runtime unit test.
#include <gtest/gtest.h>

#include "runtime/init.hpp"
#include "runtime/thread_state.hpp"

namespace {

class RuntimeEnvironment : public ::testing::Environment {
public:
    void SetUp() override { minipy::rt::init_runtime(false); }
};

const auto* const g_env = ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);

}  // namespace
