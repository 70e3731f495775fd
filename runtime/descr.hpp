// descr.hpp — descriptors: how attributes that live on a type behave when read from an instance.
//
//   method_descriptor   a native method in a builtin type's dict (str.split); binds self on get
//   classmethod_descriptor   a native class method (dict.fromkeys)
//   wrapper_descriptor  a slot exposed as a dunder (int.__add__), generated from slots.def
//   getset_descriptor   a native property (function.__name__)
//   member_descriptor   a __slots__ entry of a Python class
//   property, classmethod, staticmethod   the Python-level decorators
#pragma once

#include "native.hpp"
#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct MethodDescr : Object {
    const NativeDef* def;
    const ArgSpec* spec;
    Type* owner;
};

struct GetSetDescr : Object {
    const GetSetDef* def;
    Type* owner;
    Value name;              // str, owned
};

struct MemberDescr : Object {  // __slots__ entry: a value stored at a fixed offset in the instance
    Type* owner;
    Value name;              // str, owned
    int32_t offset;          // from the object start; negative: in the prefix (type.cpp)
};

struct Property : Object {
    Value fget, fset, fdel, doc;   // owned, may be null
    Value name;                     // set by __set_name__, for messages; owned, may be null
};

struct ClassMethod : Object { Value func; Dict* dict; };     // owned
struct StaticMethod : Object { Value func; Dict* dict; };    // owned

extern Type method_descr_type;
extern Type classmethod_descr_type;
extern Type wrapper_descr_type;
extern Type method_wrapper_type;
extern Type getset_descr_type;
extern Type member_descr_type;
extern Type property_type;
extern Type classmethod_type;
extern Type staticmethod_type;

extern Type mappingproxy_type;
extern Type generic_alias_type;   // types.GenericAlias (list[int])
// Gives a builtin type `__class_getitem__`, so that T[int] is a types.GenericAlias (PEP 585).
void enable_class_getitem(Type* t);

Value method_descr_new(Type* owner, const NativeDef* def);
Value alloc_staticmethod(Value func);    // staticmethod(func); func borrowed
Value alloc_classmethod(Value func);     // classmethod(func); func borrowed
Value make_mappingproxy(Value mapping);  // a read-only view of a dict (type.__dict__)
Value getset_descr_new(Type* owner, const GetSetDef* def);
Value member_descr_new(Type* owner, Value name, int32_t offset);

}  // namespace minipy::rt
