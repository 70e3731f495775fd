"""struct: convert between Python values and C structs represented as bytes.

Everything lives in the native _struct module (stdlib/struct.cpp); this module only re-exports
it under the public name.
"""

from _struct import (Struct, calcsize, error, iter_unpack, pack, pack_into, unpack,
                     unpack_from, _clearcache)

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']
