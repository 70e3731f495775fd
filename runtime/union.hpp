// union.hpp — types.UnionType: what `int | str` returns (PEP 604).
#pragma once

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Tuple;

extern Type union_type;

// The `|` slot of `type`, types.GenericAlias and types.UnionType: a union of the two operands when
// both can be members (None, a class, a GenericAlias, a union), else NotImplemented.
Value union_or(Value a, Value b);

// The members of a union (a borrowed tuple); isinstance()/issubclass() treat a union as this tuple.
Tuple* union_args(Value u);

void init_union_type();   // after init_descr_types (GenericAlias is a possible member)

}  // namespace minipy::rt
