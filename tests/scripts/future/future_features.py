# __future__: the feature objects, their releases and flags, and the module's names.
import __future__ as f
print(f.all_feature_names, f.__all__)
for n in f.all_feature_names:
    x = getattr(f, n)
    print(n, x, x.getOptionalRelease(), x.getMandatoryRelease(), x.compiler_flag)
print(sorted(k for k in dir(f) if k.startswith('CO_')))
print([getattr(f, k) for k in sorted(k for k in dir(f) if k.startswith('CO_'))])
print(sorted(k for k in vars(f) if not k.startswith('__')))
