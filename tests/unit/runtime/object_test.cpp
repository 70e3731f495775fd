// object_test.cpp — the object model's foundations: value tagging, reference counts, immortal
// objects, Ref, deallocation when the count reaches zero, the cycle collector, slots and
// attribute lookup through the abstract protocol.
#include <gtest/gtest.h>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/gc.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

using namespace minipy::rt;

namespace {

TEST(Value, SmallIntsAreTaggedAndNeedNoAllocation) {
    Value v = Value::small_int(-42);
    EXPECT_TRUE(v.is_small_int());
    EXPECT_FALSE(v.is_object());
    EXPECT_EQ(v.as_small_int(), -42);
    EXPECT_EQ(type_of(v), &int_type);
    EXPECT_TRUE(Value::fits_small(kSmallIntMax));
    EXPECT_FALSE(Value::fits_small(kSmallIntMax + 1));
    EXPECT_EQ(Value::small_int(kSmallIntMin).as_small_int(), kSmallIntMin);
    Value null;
    EXPECT_TRUE(null.is_null());
    EXPECT_FALSE(static_cast<bool>(null));
}

TEST(Value, IntsBeyondTheTaggedRangeBecomeHeapObjects) {
    Ref big{int_from_i64(INT64_MAX)};
    ASSERT_TRUE(big);
    EXPECT_TRUE(big.get().is_object());
    EXPECT_EQ(type_of(big.get()), &int_type);
    // Arithmetic that comes back into range is normalized to a tagged int.
    Ref almost{int_from_i64(INT64_MAX - 1)};
    Ref one{int_sub(big.get(), almost.get())};
    EXPECT_TRUE(one.get().is_small_int());
    EXPECT_EQ(one.get().as_small_int(), 1);
}

TEST(RefCount, IncrefDecrefAndRef) {
    Value l = list_new(0);
    Object* o = l.as_object();
    EXPECT_EQ(refcount_of(o), 1u);
    incref(l);
    EXPECT_EQ(refcount_of(o), 2u);
    {
        Ref r = Ref::borrow(l);
        EXPECT_EQ(refcount_of(o), 3u);
        Ref moved = std::move(r);
        EXPECT_EQ(refcount_of(o), 3u);   // a move transfers, it does not add
    }
    EXPECT_EQ(refcount_of(o), 2u);
    decref(l);
    EXPECT_EQ(refcount_of(o), 1u);
    decref(l);   // frees it
}

TEST(RefCount, ContainersOwnTheirItems) {
    Ref item{str_from("an item that is not interned")};
    uint32_t before = refcount_of(item.get().as_object());
    Ref l{list_new(0)};
    ASSERT_TRUE(list_append(l.get(), item.get()));
    EXPECT_EQ(refcount_of(item.get().as_object()), before + 1);
    l.reset();   // the list goes away and releases its item
    EXPECT_EQ(refcount_of(item.get().as_object()), before);
}

TEST(RefCount, ImmortalObjectsNeverChange) {
    for (Value v : {none(), true_value(), false_value(), not_implemented(), Value(&int_type)}) {
        Object* o = v.as_object();
        uint32_t rc = refcount_of(o);
        EXPECT_TRUE(is_immortal(o));
        for (int i = 0; i < 100; i++) decref(v);
        for (int i = 0; i < 100; i++) incref(v);
        EXPECT_EQ(refcount_of(o), rc);
    }
    EXPECT_TRUE(is_immortal(intern("interned_names_are_immortal")));
}

TEST(Slots, BinaryOpsDispatchThroughTypes) {
    Ref a{str_from("ab")};
    Ref b{str_from("cd")};
    Ref c{binary_op(a.get(), b.get(), BinOp::Add)};
    ASSERT_TRUE(c);
    EXPECT_EQ(str_view(c.get()), "abcd");
    Ref bad{binary_op(a.get(), Value::small_int(1), BinOp::Add)};
    EXPECT_FALSE(bad);
    ASSERT_TRUE(error_matches(&exc::TypeError));
    Ref e{take_error()};
    Ref msg{to_str(e.get())};
    EXPECT_EQ(str_view(msg.get()), "can only concatenate str (not \"int\") to str");
}

TEST(Slots, BuiltinSlotsAreVisibleAsDunders) {
    Ref add{getattr(Value(&int_type), "__add__")};
    ASSERT_TRUE(add);
    Value args[2] = {Value::small_int(2), Value::small_int(3)};
    Ref r{call(add.get(), args, 2)};
    ASSERT_TRUE(r);
    EXPECT_EQ(r.get().as_small_int(), 5);
    // list defines __eq__ without hashing: unhashable, with CPython's message.
    Ref l{list_new(0)};
    EXPECT_EQ(hash(l.get()), -1);
    Ref err{take_error()};
    Ref msg{to_str(err.get())};
    EXPECT_EQ(str_view(msg.get()), "unhashable type: 'list'");
}

TEST(Attributes, MissingAttributeMessage) {
    Ref v{getattr(Value::small_int(1), "nope")};
    EXPECT_FALSE(v);
    Ref err{take_error()};
    EXPECT_EQ(type_of(err.get()), &exc::AttributeError);
    Ref msg{to_str(err.get())};
    EXPECT_EQ(str_view(msg.get()), "'int' object has no attribute 'nope'");
}

TEST(Gc, ListCycleIsCollected) {
    gc_collect(2);
    int64_t tracked_before = gc_tracked_count();
    {
        Ref l{list_new(0)};
        ASSERT_TRUE(list_append(l.get(), l.get()));   // l contains itself
        EXPECT_EQ(refcount_of(l.get().as_object()), 2u);
    }   // the only outside reference is gone; the cycle keeps the list alive
    EXPECT_EQ(gc_tracked_count(), tracked_before + 1);
    EXPECT_GE(gc_collect(2), 1);
    EXPECT_EQ(gc_tracked_count(), tracked_before);
}

TEST(Gc, ReachableObjectsSurvive) {
    gc_collect(2);
    Ref outer{list_new(0)};
    Ref inner{list_new(0)};
    ASSERT_TRUE(list_append(outer.get(), inner.get()));
    ASSERT_TRUE(list_append(inner.get(), outer.get()));   // a cycle, but still referenced from here
    EXPECT_EQ(gc_collect(2), 0);
    EXPECT_EQ(outer.as<List>()->size, 1);
    EXPECT_EQ(inner.as<List>()->size, 1);
    // Break the cycle by hand so the test leaves nothing behind.
    Ref popped{call_method0(inner.get(), "pop")};
    EXPECT_TRUE(popped);
}

}  // namespace
