# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(keyword.kwlist)
print(len(keyword.kwlist))
print(keyword.softkwlist)
for w in ['if', 'True', 'print', 'match', 'async', 'nonlocal', 'None', 'none', '_', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
