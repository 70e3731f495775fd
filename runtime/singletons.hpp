// singletons.hpp — None, NotImplemented and Ellipsis: immortal objects of their own types.
#pragma once

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

extern Type none_type;
extern Type notimplemented_type;
extern Type ellipsis_type;
extern Object g_none;
extern Object g_notimplemented;
extern Object g_ellipsis;

inline Value none() { return Value(&g_none); }
inline Value not_implemented() { return Value(&g_notimplemented); }
inline Value ellipsis() { return Value(&g_ellipsis); }
inline bool is_none(Value v) { return v == none(); }

}  // namespace minipy::rt
