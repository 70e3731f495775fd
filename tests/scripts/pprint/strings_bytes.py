# Long strings split into implicitly concatenated pieces after whitespace, and bytes in
# groups of four, at every width from 1 to 70, alone and inside containers.
import pprint

samples = [
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor',
    'first line\nsecond line is a little longer\n\nfourth after a blank one\n',
    '   leading blanks and trailing ones   ',
    'nospacesatallinthisverylongwordthatcannotbesplitanywhereatall',
    "quotes ' and \" both, and a back\\slash\t tab",
    'x',
]
for width in range(1, 71, 3):
    print('=== width', width)
    for s in samples:
        print(pprint.pformat(s, width=width))
        print(pprint.pformat([s], width=width))
        print(pprint.pformat({'key': s, 'k2': (s,)}, width=width))

blobs = [bytes(range(5)), bytes(range(32, 32 + 23)), bytes(range(240, 256)) * 2, b'abcdefgh']
for width in range(1, 71, 4):
    print('=== bytes width', width)
    for b in blobs:
        print(pprint.pformat(b, width=width))
        print(pprint.pformat([b, bytearray(b)], width=width))
        print(pprint.pformat(bytearray(b), width=width))
        print(pprint.pformat({'blob': b}, width=width, indent=3))

print(pprint.pformat(''), pprint.pformat(b''), pprint.pformat(bytearray()), pprint.pformat(['']))
print(pprint.pformat('a b c d e f g h i j k l m n o p q r s t u v w x y z ' * 4, width=20,
                     compact=True))
