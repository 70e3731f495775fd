// str_format.hpp — the three ways to format text: printf-style `%` for str and bytes,
// str.format / str.format_map, and str.__format__ (the `s` presentation of the format-spec
// mini-language; numbers bring their own __format__).
#pragma once

#include "object.hpp"

namespace minipy::rt {

Value str_percent_format(Value fmt, Value args);      // fmt % args; fmt a str
Value bytes_percent_format(Value fmt, Value args);    // fmt % args; fmt bytes or bytearray (result: same type)
Value str_format_method(Value fmt, Value args_tuple, Value kwargs_dict);   // fmt.format(*args, **kwargs); kwargs may be null
Value str_format_map(Value fmt, Value mapping);       // fmt.format_map(mapping)
Value str_format_spec(Value s, Value spec);           // str.__format__(s, spec); spec a str

}  // namespace minipy::rt
