// weakref_test.cpp — weak references (runtime/weakref.hpp): a reference answers None once its
// referent is freed, plain references are shared, callbacks run after the referent is gone (by
// reference counting or by the cycle collector), and unsupported types are refused.
#include <gtest/gtest.h>

#include "runtime/errors.hpp"
#include "runtime/gc.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/set.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/weakref.hpp"

using namespace minipy::rt;

namespace {

TEST(WeakRef, AnswersTheReferentThenNone) {
    Ref s{set_new(Value{})};
    ASSERT_TRUE(s);
    Ref r{weakref_new(&weakref_type, s.get(), Value{})};
    ASSERT_TRUE(r);
    EXPECT_EQ(refcount_of(s.get().as_object()), 1u);   // the reference does not own it
    {
        Ref got{weakref_get(r.as<WeakRef>())};
        EXPECT_EQ(got.get(), s.get());
    }
    EXPECT_EQ(weakref_count(s.get().as_object()), 1);
    s = Ref{};   // frees the set
    Ref got{weakref_get(r.as<WeakRef>())};
    EXPECT_TRUE(is_none(got.get()));
}

TEST(WeakRef, PlainReferencesAreShared) {
    Ref s{set_new(Value{})};
    Ref a{weakref_new(&weakref_type, s.get(), Value{})};
    Ref b{weakref_new(&weakref_type, s.get(), none())};   // None means "no callback"
    EXPECT_EQ(a.get(), b.get());
    EXPECT_EQ(weakref_count(s.get().as_object()), 1);
}

TEST(WeakRef, UnsupportedTypesAreRefused) {
    Ref l{list_new(0)};
    Ref r{weakref_new(&weakref_type, l.get(), Value{})};
    EXPECT_FALSE(r);
    Ref err{take_error()};
    EXPECT_EQ(type_of(err.get()), &exc::TypeError);
    Ref msg{to_str(err.get())};
    EXPECT_EQ(str_view(msg.get()), "cannot create weak reference to 'list' object");
}

TEST(WeakRef, CallbackRunsOnceAfterTheReferentIsFreed) {
    Ref seen{list_new(0)};
    Ref append{getattr(seen.get(), "append")};
    Ref s{set_new(Value{})};
    Ref r{weakref_new(&weakref_type, s.get(), append.get())};
    ASSERT_TRUE(r);
    EXPECT_EQ(seen.as<List>()->size, 0);
    s = Ref{};
    ASSERT_EQ(seen.as<List>()->size, 1);
    EXPECT_EQ(seen.as<List>()->items[0], r.get());   // the callback got the reference itself
    EXPECT_EQ(weakref_count(r.get().as_object()), 0);
}

TEST(WeakRef, CycleCollectorClearsReferencesToGarbage) {
    gc_collect(2);
    Ref seen{list_new(0)};
    Ref append{getattr(seen.get(), "append")};
    Ref r;
    {
        Ref m{Value(module_new_cstr("cyclic"))};
        module_add(m.as<Module>(), "me", m.get());   // the module refers to itself
        r = Ref{weakref_new(&weakref_type, m.get(), append.get())};
        ASSERT_TRUE(r);
    }
    Ref alive{weakref_get(r.as<WeakRef>())};
    EXPECT_FALSE(is_none(alive.get()));   // only the cycle keeps it
    alive = Ref{};
    EXPECT_EQ(seen.as<List>()->size, 0);
    EXPECT_GE(gc_collect(2), 1);
    EXPECT_EQ(seen.as<List>()->size, 1);
    Ref dead{weakref_get(r.as<WeakRef>())};
    EXPECT_TRUE(is_none(dead.get()));
}

}  // namespace
