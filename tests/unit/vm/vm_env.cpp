// vm_env.cpp — brings the runtime up once for every vm unit test.
#include <gtest/gtest.h>

#include "runtime/init.hpp"

namespace {

class VmEnvironment : public ::testing::Environment {
public:
    void SetUp() override { minipy::rt::init_runtime(false); }
};

const auto* const g_env = ::testing::AddGlobalTestEnvironment(new VmEnvironment);

}  // namespace
